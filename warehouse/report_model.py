"""The weekly report as data: titled tables of typed columns, shared by HTML, XLSX and JSON.

The queries (``report_data``) fill these; the renderers only format. Labels are the
Chinese terms team leaders and QC leads use; codes (category ids, call ids) stay as
they are so a reader can find the call in the review UI.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from pipeline.model import CATEGORIES

ColumnKind = Literal["text", "int", "score", "delta", "pct", "date"]

#: Chinese names of the finding categories (pipeline.model.CATEGORIES).
CATEGORY_LABELS: dict[str, str] = {
    "forbidden_phrase": "服务忌语",
    "shirking": "推诿搪塞",
    "missing_greeting": "缺少问候语",
    "missing_self_intro": "未自报工号/姓名",
    "missing_confirmation": "未确认客户是否明了",
    "missing_apology": "未致歉",
    "missing_closing": "缺少结束语",
    "interruption": "打断客户",
    "dead_air": "长时间静音",
    "repeated_question": "重复询问",
    "impolite_address": "不礼貌称呼(喂)",
    "speech_rate": "语速不当",
    "agent_hung_up_first": "坐席先挂机",
    "agent_on_leave": "请假期间有通话",
}
assert set(CATEGORY_LABELS) == set(CATEGORIES), "every category needs a Chinese label"

SEVERITY_LABELS = {"critical": "严重", "major": "一般", "minor": "轻微"}
STATUS_LABELS = {"ok": "已评分", "failed": "失败", "asr_unreliable": "转写不可靠",
                 "too_short": "过短"}
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


@dataclass
class Column:
    """A column: Chinese header and how its values are formatted."""

    name: str
    kind: ColumnKind = "text"


@dataclass
class Table:
    """One table of the report.

    Attributes:
        key: stable id (sheet and anchor name source, JSON key).
        title: Chinese title shown above the table and as the sheet name.
        columns: headers and kinds.
        rows: values in column order (None = no value).
        note: one or two Chinese sentences saying how to read the table.
        empty: what to show when there are no rows.
    """

    key: str
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    note: str = ""
    empty: str = "本周无数据"

    def column(self, name: str) -> list[Any]:
        i = [c.name for c in self.columns].index(name)
        return [r[i] for r in self.rows]


@dataclass
class ReportData:
    """Everything the weekly report shows, computed once.

    Attributes:
        week / previous_week: ISO labels, e.g. ``2026-W47``.
        monday / sunday: the week's first and last day.
        headline: the key figures at the top (Chinese label → value).
        tables: in display order.
        rulebook_versions / asr_models: what produced the results.
        notes: caveats the reader must see (e.g. default grade bands).
        counts: the week's totals for the ``runs`` table (recorded, sampled, ok, failed,
            asr_unreliable, too_short, flagged).
    """

    week: str
    previous_week: str
    monday: date
    sunday: date
    generated_at: datetime
    headline: dict[str, Any]
    tables: dict[str, Table]
    rulebook_versions: list[str] = field(default_factory=list)
    asr_models: list[str] = field(default_factory=list)
    grade_bands: list[tuple[str, float]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.headline.get("抽检通话")

    def to_json_dict(self) -> dict[str, Any]:
        """Plain JSON (dates as ISO strings), the report's machine-readable twin."""
        out = asdict(self)
        out["monday"], out["sunday"] = self.monday.isoformat(), self.sunday.isoformat()
        out["generated_at"] = self.generated_at.isoformat(timespec="seconds")
        return _jsonable(out)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def mmss(seconds: float | None) -> str:
    """Position in a call as m:ss (what a listener seeks to)."""
    if seconds is None:
        return ""
    s = max(0, int(round(seconds)))
    return f"{s // 60}:{s % 60:02d}"


_NUMBER_RUN = re.compile(r"(?:[0-9零〇一二三四五六七八九幺][\s-]?){6,}")


def mask_numbers(text: str | None) -> str:
    """Hide phone, ID and card numbers (runs of 6+ digits, Arabic or Chinese) in quotes
    that leave QC, e.g. for the 录音分享会 (privacy rule, quality standard §7)."""
    if not text:
        return ""
    return _NUMBER_RUN.sub(lambda m: "*" * min(len(m.group(0).strip()), 11), text)
