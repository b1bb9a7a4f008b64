"""The weekly report as an XLSX workbook: the same tables, every row, native charts.

One sheet per table (plus an overview), typed cells with number formats so team
leaders can sort and filter, frozen headers, and Excel's own charts (they stay
editable and render CJK with the reader's fonts). Written in openpyxl's write-only
mode (streamed rows): a thousand-agent week stays well under a second.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from warehouse.report_model import ReportData, Table

FORMATS = {"int": "#,##0", "score": "0.0", "delta": "+0.0;-0.0;0.0", "pct": "0.0%",
           "date": "yyyy-mm-dd"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
BOLD, TITLE, NOTE = Font(bold=True), Font(size=13, bold=True), Font(color="5A6878")
ORDER = ["coverage", "teams", "shifts", "agents", "categories", "common", "individual", "rules",
         "focus", "leave", "sharing"]
MAX_CHART_ROWS = 30


def write_xlsx(data: ReportData, path: str | Path) -> Path:
    """Write the workbook to ``path`` and return it."""
    wb = Workbook(write_only=True)
    _overview(wb.create_sheet("概览"), data)
    sheets: dict[str, Worksheet] = {}
    for key in ORDER:
        table = data.tables[key]
        ws = wb.create_sheet(_sheet_name(table.title))
        sheets[key] = ws
        _charts(ws, key, data)              # charts first: write-only sheets take them any time
        _write_table(ws, table)
    path = Path(path)
    wb.save(path)
    return path


def _sheet_name(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31]


def _cell(ws: Worksheet, value: Any, font: Font | None = None, fmt: str | None = None,
          fill: PatternFill | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value="" if value is None else value)
    if font:
        cell.font = font
    if fmt:
        cell.number_format = fmt
    if fill:
        cell.fill = fill
    return cell


def _overview(ws: Worksheet, data: ReportData) -> None:
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    ws.append([_cell(ws, f"呼叫中心质检周报 {data.week}", Font(size=16, bold=True))])
    ws.append([f"{data.monday:%Y-%m-%d}(周一)至 {data.sunday:%Y-%m-%d}(周日),对比上周 "
               f"{data.previous_week}"])
    ws.append(["规则书", "、".join(data.rulebook_versions) or "—"])
    ws.append(["转写模型", "、".join(data.asr_models) or "—"])
    ws.append(["等级分档", "、".join(f"{g} ≥ {m:g}" for g, m in data.grade_bands)])
    ws.append(["生成时间 (UTC)", data.generated_at.strftime("%Y-%m-%d %H:%M")])
    ws.append([])
    ws.append([_cell(ws, "指标", BOLD, fill=HEADER_FILL), _cell(ws, "本周", BOLD, fill=HEADER_FILL)])
    formats = {"有问题通话占比": "0.0%", "平均分": "0.0", "较上周": "+0.0;-0.0;0.0"}
    for key, value in data.headline.items():
        ws.append([key, _cell(ws, value, fmt=formats.get(key, "#,##0"))])
    for note in data.notes:
        ws.append([])
        ws.append([_cell(ws, note, Font(color="9C5700", bold=True))])


def _write_table(ws: Worksheet, table: Table) -> None:
    for i, col in enumerate(table.columns, 1):
        width = max([_width(col.name)] + [_width(r[i - 1]) for r in table.rows[:500]])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "B4"
    if table.rows:
        ws.auto_filter.ref = f"A3:{get_column_letter(len(table.columns))}{3 + len(table.rows)}"
    ws.append([_cell(ws, table.title, TITLE)])
    ws.append([_cell(ws, table.note, NOTE)])
    ws.append([_cell(ws, c.name, BOLD, fill=HEADER_FILL) for c in table.columns])
    formats = [FORMATS.get(c.kind) for c in table.columns]
    for row in table.rows:
        ws.append([_cell(ws, v, fmt=f) if f and v is not None else _value(v)
                   for v, f in zip(row, formats)])
    if not table.rows:
        ws.append([table.empty])


def _value(v: Any) -> Any:
    return "" if v is None else v


def _width(v: Any) -> int:
    """Display width: CJK characters count double."""
    text = "" if v is None else str(v)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _charts(ws: Worksheet, key: str, data: ReportData) -> None:
    """Native charts next to the coverage, team, shift and category tables."""
    table = data.tables[key]
    anchor = f"{get_column_letter(len(table.columns) + 2)}3"
    if key == "coverage" and any(r[3] for r in table.rows[:7]):
        bars = BarChart()
        bars.title, bars.y_axis.title = "每日已评分通话与平均分", "通话数"
        bars.add_data(Reference(ws, min_col=4, min_row=3, max_row=10), titles_from_data=True)
        bars.set_categories(Reference(ws, min_col=1, min_row=4, max_row=10))
        line = LineChart()
        line.add_data(Reference(ws, min_col=9, min_row=3, max_row=10), titles_from_data=True)
        line.y_axis.axId, line.y_axis.title, line.y_axis.crosses = 200, "平均分", "max"
        bars += line
        bars.width, bars.height = 18, 8
        ws.add_chart(bars, anchor)
    elif key in ("teams", "shifts") and table.rows:
        n = min(len(table.rows), MAX_CHART_ROWS)
        label = "班组" if key == "teams" else "班次"
        chart = BarChart()
        chart.type = "bar"
        chart.title = f"{label}平均分:本周与上周" + (f"(前 {n} 个)" if n < len(table.rows) else "")
        for col in (4, len(table.columns) - 1):          # 平均分, 上周平均分
            chart.add_data(Reference(ws, min_col=col, min_row=3, max_row=3 + n),
                           titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=3 + n))
        chart.width, chart.height = 18, max(7, 0.5 * n)
        ws.add_chart(chart, anchor)
    elif key == "categories" and table.rows:
        n = len(table.rows)
        chart = BarChart()
        chart.type, chart.title = "bar", "各类问题涉及通话数"
        chart.add_data(Reference(ws, min_col=4, min_row=3, max_row=3 + n), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=3 + n))
        chart.width, chart.height = 18, max(7, 0.6 * n)
        ws.add_chart(chart, anchor)
