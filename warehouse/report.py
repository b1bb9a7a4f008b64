"""Build the weekly QC report: snapshot → figures → HTML + XLSX + JSON.

Used by the Prefect flow (``flows/weekly.py``, one task per step) and by the
benchmark; ``build_report`` is the whole thing in one call with timings per step.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from callqa.settings import ReportOptions, Settings
from warehouse.report_data import DEFAULT_BANDS, build_report_data
from warehouse.report_html import render_html
from warehouse.report_model import ReportData
from warehouse.report_xlsx import write_xlsx
from warehouse.snapshot import load_week
from warehouse.weeks import IsoWeek, parse_week

log = logging.getLogger(__name__)


@dataclass
class ReportFiles:
    """Where a report was written and how long each step took (seconds)."""

    html: Path
    xlsx: Path
    json: Path
    data: ReportData
    timings: dict[str, float] = field(default_factory=dict)


def grade_bands(settings: Settings) -> tuple[list[tuple[str, float]], list[str]]:
    """The rulebook's grade bands, and a note for the reader if defaults had to be used."""
    try:
        from qa_rules.engine import load_rulebook

        bands = [(g.grade, float(g.min)) for g in load_rulebook(settings.rulebook_path)
                 .scorecard.grades]
        return bands, []
    except Exception as exc:  # noqa: BLE001 - the report must not die on a rulebook problem
        log.warning("grade bands from %s unavailable (%s); using defaults",
                    settings.rulebook_path, exc)
        return DEFAULT_BANDS, [f"规则书 {settings.rulebook_path} 无法读取,平均分等级使用默认分档"
                               "(优秀 ≥ 90,良好 ≥ 80,合格 ≥ 60)。"]


def report_paths(out_dir: str | Path, week: IsoWeek) -> dict[str, Path]:
    base = Path(out_dir) / f"callqa-weekly-{week.label}"
    return {ext: base.with_suffix(f".{ext}") for ext in ("html", "xlsx", "json")}


def write_outputs(data: ReportData, out_dir: str | Path, options: ReportOptions
                  ) -> dict[str, Path]:
    """HTML page, XLSX workbook and the JSON twin, side by side in ``out_dir``."""
    paths = report_paths(out_dir, parse_week(data.week))
    paths["html"].parent.mkdir(parents=True, exist_ok=True)
    paths["html"].write_text(render_html(data, options.html_max_rows), encoding="utf-8")
    write_xlsx(data, paths["xlsx"])
    paths["json"].write_text(json.dumps(data.to_json_dict(), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return paths


def build_report(db_path: str | Path, week: IsoWeek, out_dir: str | Path,
                 options: ReportOptions, timezone: str, rulebook_version: str | None = None,
                 bands: list[tuple[str, float]] | None = None,
                 notes: list[str] | None = None) -> ReportFiles:
    """The whole report in one call (what the benchmark times)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    con = load_week(db_path, week, timezone, rulebook_version)
    timings["snapshot"] = time.perf_counter() - t
    try:
        t = time.perf_counter()
        data = build_report_data(con, week, options, bands, notes)
        timings["aggregate"] = time.perf_counter() - t
    finally:
        con.close()
    t = time.perf_counter()
    paths = write_outputs(data, out_dir, options)
    timings["render"] = time.perf_counter() - t
    timings["total"] = sum(timings.values())
    return ReportFiles(paths["html"], paths["xlsx"], paths["json"], data,
                       {k: round(v, 2) for k, v in timings.items()})
