"""Charts for the HTML report: matplotlib → inline SVG whose text stays text.

With ``svg.fonttype = 'none'`` labels are real ``<text>`` elements in a CJK
font-family list, so the browser draws the Chinese with whatever CJK font the reader
has (no tofu boxes, no font files shipped, searchable and crisp). Each chart gets its
own id prefix so several inline SVGs on one page do not collide.
"""
from __future__ import annotations

import io
import logging
import re
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from warehouse.report_model import Table  # noqa: E402

#: Tried in order by the browser (and by matplotlib for text metrics).
CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
             "WenQuanYi Micro Hei", "Hiragino Sans GB", "SimHei", "DejaVu Sans"]
MAX_BARS = 20
CUR, PREV, COMMON, INDIVIDUAL, FLAG = "#2f6db5", "#b9c7d8", "#c0392b", "#e08e0b", "#7f8c8d"

_STYLE = {"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": CJK_FONTS,
          "font.size": 10, "axes.spines.top": False, "axes.spines.right": False,
          "axes.titlesize": 12, "axes.titleweight": "bold"}
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)


def _svg(fig: plt.Figure, salt: str) -> str:
    buf = io.StringIO()
    with plt.rc_context({"svg.hashsalt": salt}), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg"):]          # inline: drop the XML prologue and doctype
    # ids must be unique on the page: prefix every id and every reference to one
    text = re.sub(r'\bid="([^"]+)"', rf'id="{salt}-\1"', text)
    return re.sub(r'(url\(#|href="#)([^)"]+)', rf"\g<1>{salt}-\2", text)


def _figure(width: float, height: float) -> tuple[plt.Figure, plt.Axes]:
    with plt.rc_context(_STYLE), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        return plt.subplots(figsize=(width, height))


def daily_chart(coverage: Table) -> str | None:
    """Scored calls per day (bars) and the day's average score (line)."""
    days = [r for r in coverage.rows if not str(r[0]).endswith("合计")]
    if not any(r[3] for r in days):
        return None
    with plt.rc_context(_STYLE):
        fig, ax = _figure(7.5, 3.0)
        labels = [r[0] for r in days]
        ax.bar(labels, [r[3] for r in days], color=CUR, label="已评分通话")
        ax.set_ylabel("通话数")
        ax2 = ax.twinx()
        ax2.spines["top"].set_visible(False)
        xs = [i for i, r in enumerate(days) if r[-1] is not None]
        ax2.plot(xs, [days[i][-1] for i in xs], color=COMMON, marker="o", label="平均分")
        ax2.set_ylim(0, 100)
        ax2.set_ylabel("平均分")
        ax.set_title("每日评分通话与平均分")
        handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
        ax.legend(handles, ["已评分通话", "平均分"], loc="upper center", frameon=False, ncol=2,
                  bbox_to_anchor=(0.5, -0.12))
        return _svg(fig, "daily")


def group_chart(table: Table, label: str, salt: str) -> str | None:
    """Average per team or shift, this week against last week (lowest first if many)."""
    rows = [r for r in table.rows if r[3] is not None]
    if not rows:
        return None
    title = f"{label}平均分:本周与上周"
    if len(rows) > MAX_BARS:
        rows = sorted(rows, key=lambda r: r[3])[:MAX_BARS]
        title += f"(平均分最低的 {MAX_BARS} 个)"
    avg_i, prev_i = 3, len(table.columns) - 2
    with plt.rc_context(_STYLE):
        fig, ax = _figure(7.5, 0.9 + 0.32 * len(rows))
        names = [str(r[0]) for r in rows][::-1]
        ys = range(len(names))
        ax.barh([y + 0.2 for y in ys], [r[avg_i] for r in rows][::-1], height=0.4, color=CUR,
                label="本周")
        ax.barh([y - 0.2 for y in ys], [r[prev_i] or 0 for r in rows][::-1], height=0.4,
                color=PREV, label="上周")
        for y, r in zip(ys, rows[::-1]):
            ax.text(r[avg_i] + 0.5, y + 0.2, f"{r[avg_i]:.1f}", va="center", fontsize=8)
        ax.set_yticks(list(ys), names)
        ax.set_xlim(0, 105)
        ax.set_title(title)
        ax.legend(loc="upper left", frameon=False, bbox_to_anchor=(1.0, 1.0))
        return _svg(fig, salt)


def categories_chart(categories: Table) -> str | None:
    """Calls per finding category, coloured common / individual / flag."""
    rows = [r for r in categories.rows if r[3]]
    if not rows:
        return None
    colours = {"共性问题": COMMON, "个性问题": INDIVIDUAL}
    with plt.rc_context(_STYLE):
        fig, ax = _figure(7.5, 0.9 + 0.34 * len(rows))
        rows = rows[::-1]
        ax.barh([str(r[0]) for r in rows], [r[3] for r in rows],
                color=[colours.get(r[-1], FLAG) for r in rows])
        prev = [(i, r[7]) for i, r in enumerate(rows) if r[7] is not None]
        ax.scatter([p for _, p in prev], [i for i, _ in prev], marker="|", s=120, color="black",
                   label="上周", zorder=3)
        ax.set_xlabel("涉及通话数")
        ax.set_title("问题类别(红:共性问题 橙:个性问题 灰:QC 标记)")
        if prev:
            ax.legend(loc="upper left", frameon=False, bbox_to_anchor=(1.0, 1.0))
        return _svg(fig, "categories")


def svg_text_is_text(svg: str) -> bool:
    """True when labels are <text> elements (not glyph paths): the no-tofu guarantee."""
    return bool(re.search(r"<text[^>]*>[^<]*[\u4e00-\u9fff]", svg))
