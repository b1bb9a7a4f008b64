"""The weekly report as one self-contained HTML page (Chinese, for team leaders).

No external resources: CSS inline, charts as inline SVG with text as text, fonts from
the reader's system (a CJK font-family list). Long tables are cut to
``html_max_rows`` with a pointer to the XLSX workbook, which has every row.
"""
from __future__ import annotations

from html import escape
from typing import Any

from warehouse import report_charts as charts
from warehouse.report_model import ReportData, Table

_CSS = """
:root { --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "WenQuanYi Micro Hei", "Hiragino Sans GB", "SimHei", sans-serif; }
body { font-family: var(--cjk); margin: 0; color: #1d2733; background: #f4f6f9; }
svg text { font-family: var(--cjk) !important; }
header { background: #1f3b5c; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 6px; font-size: 24px; }
header p { margin: 0; opacity: .85; font-size: 13px; }
nav { background: #fff; padding: 8px 32px; border-bottom: 1px solid #dde3ea; font-size: 13px; }
nav a { margin-right: 14px; color: #1f3b5c; text-decoration: none; }
main { padding: 12px 32px 40px; max-width: 1220px; }
section { background: #fff; border-radius: 6px; padding: 14px 20px; margin: 14px 0;
          box-shadow: 0 1px 2px rgba(0,0,0,.06); }
h2 { font-size: 19px; margin: 4px 0 10px; border-left: 4px solid #2f6db5; padding-left: 8px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.note { color: #5a6878; font-size: 12.5px; margin: 4px 0 8px; }
.warn { background: #fff4e0; border: 1px solid #f0c36d; padding: 8px 12px; border-radius: 4px;
        margin: 12px 0; font-size: 13.5px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 14px 0; }
.card { background: #fff; border-radius: 6px; padding: 12px 16px; min-width: 118px;
        box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.card .v { font-size: 24px; font-weight: bold; }
.card .k { font-size: 12.5px; color: #5a6878; }
table { border-collapse: collapse; font-size: 12.5px; width: 100%; margin: 4px 0 6px; }
th { background: #eef2f7; text-align: left; padding: 5px 7px; border-bottom: 1px solid #cfd8e3;
     white-space: nowrap; }
td { padding: 4px 7px; border-bottom: 1px solid #edf0f4; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f7f9fb; }
.up { color: #1e8449; } .down { color: #c0392b; }
.tag { padding: 1px 6px; border-radius: 3px; font-size: 12px; white-space: nowrap; }
.tag.common { background: #fbe3e0; color: #a93226; }
.tag.individual { background: #fdf0d9; color: #9a6400; }
.tag.flag { background: #e8ecef; color: #4d5b66; }
.chart { margin: 6px 0 4px; } .chart svg { max-width: 100%; height: auto; }
.empty { color: #7a8794; font-style: italic; padding: 6px 0; }
footer { color: #7a8794; font-size: 12px; padding: 0 32px 30px; }
"""

_SECTIONS: list[tuple[str, str, list[str]]] = [
    ("coverage", "一、覆盖情况", ["coverage"]),
    ("scores", "二、成绩:班组、坐席、班次", ["teams", "shifts", "agents"]),
    ("findings", "三、问题分析:共性与个性", ["categories", "common", "individual", "rules"]),
    ("focus", "四、下周重点监听", ["focus"]),
    ("leave", "五、请假期间的通话", ["leave"]),
    ("sharing", "六、录音分享会候选", ["sharing"]),
]


def render_html(data: ReportData, max_rows: int = 200) -> str:
    """The full page as a string."""
    t = data.tables
    chart_for = {
        "coverage": charts.daily_chart(t["coverage"]),
        "teams": charts.group_chart(t["teams"], "班组", "teams"),
        "shifts": charts.group_chart(t["shifts"], "班次", "shifts"),
        "categories": charts.categories_chart(t["categories"]),
    }
    parts = [f"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>质检周报 {escape(data.week)}</title><style>{_CSS}</style></head><body>",
             _header(data), _nav(), "<main>"]
    parts += [f"<div class=\"warn\">{escape(n)}</div>" for n in data.notes]
    parts.append(_cards(data.headline))
    for anchor, title, keys in _SECTIONS:
        parts.append(f"<section id=\"{anchor}\"><h2>{escape(title)}</h2>")
        for key in keys:
            table = t[key]
            if len(keys) > 1 or table.title not in title:
                parts.append(f"<h3>{escape(table.title)}</h3>")
            if chart_for.get(key):
                parts.append(f"<div class=\"chart\">{chart_for[key]}</div>")
            parts.append(_table(table, max_rows))
        parts.append("</section>")
    parts.append("</main><footer>由 callqa 根据夜间质检结果自动生成。机器质检的每条问题都附有证据"
                 "(时间点与原话),需经质检员复核后再用于考核,坐席可申诉。</footer></body></html>")
    return "\n".join(parts)


def _header(data: ReportData) -> str:
    meta = [f"{data.monday:%Y-%m-%d}(周一)至 {data.sunday:%Y-%m-%d}(周日)",
            f"对比上周 {data.previous_week}"]
    if data.rulebook_versions:
        meta.append("规则书 " + "、".join(data.rulebook_versions))
    if data.asr_models:
        meta.append("转写模型 " + "、".join(data.asr_models))
    meta.append(f"生成于 {data.generated_at:%Y-%m-%d %H:%M} UTC")
    return (f"<header><h1>呼叫中心质检周报 · {escape(data.week)}</h1>"
            f"<p>{escape(' · '.join(meta))}</p></header>")


def _nav() -> str:
    links = "".join(f"<a href=\"#{a}\">{escape(t)}</a>" for a, t, _ in _SECTIONS)
    return f"<nav>{links}</nav>"


def _cards(headline: dict[str, Any]) -> str:
    cards = []
    for key, value in headline.items():
        if key == "较上周":
            continue
        if key == "有问题通话占比":
            shown = "—" if value is None else f"{value:.1%}"
        elif key == "平均分":
            shown = "—" if value is None else f"{value:.1f}"
            delta = headline.get("较上周")
            if delta is not None:
                cls = "up" if delta > 0 else "down" if delta < 0 else ""
                shown += f" <span class=\"{cls}\" style=\"font-size:15px\">{delta:+.1f}</span>"
        else:
            shown = "—" if value is None else f"{value:,}"
        cards.append(f"<div class=\"card\"><div class=\"v\">{shown}</div>"
                     f"<div class=\"k\">{escape(key)}</div></div>")
    return f"<div class=\"cards\">{''.join(cards)}</div>"


def _table(table: Table, max_rows: int) -> str:
    out = []
    if table.note:
        out.append(f"<p class=\"note\">{escape(table.note)}</p>")
    if not table.rows:
        out.append(f"<p class=\"empty\">{escape(table.empty)}</p>")
        return "".join(out)
    head = "".join(f"<th>{escape(c.name)}</th>" for c in table.columns)
    body = []
    for row in table.rows[:max_rows]:
        cls = " class=\"total\"" if str(row[0]).endswith("合计") else ""
        cells = "".join(_cell(v, c.kind, c.name) for v, c in zip(row, table.columns))
        body.append(f"<tr{cls}>{cells}</tr>")
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
    if len(table.rows) > max_rows:
        out.append(f"<p class=\"note\">仅显示前 {max_rows} 行,共 {len(table.rows):,} 行;"
                   f"完整数据见 XLSX 工作簿“{escape(table.title)}”工作表。</p>")
    return "".join(out)


def _cell(value: Any, kind: str, column: str) -> str:
    if value is None or value == "":
        return "<td class=\"n\">—</td>" if kind != "text" else "<td></td>"
    if kind == "int":
        return f"<td class=\"n\">{value:,}</td>"
    if kind == "score":
        return f"<td class=\"n\">{value:.1f}</td>"
    if kind == "pct":
        return f"<td class=\"n\">{value:.1%}</td>"
    if kind == "delta":
        cls = "up" if value > 0 else "down" if value < 0 else ""
        text = f"{value:+.1f}" if isinstance(value, float) else f"{value:+,}"
        return f"<td class=\"n {cls}\">{text}</td>"
    if kind == "date":
        return f"<td class=\"n\">{value}</td>"
    if column == "性质":
        cls = {"共性问题": "common", "个性问题": "individual"}.get(str(value), "flag")
        return f"<td><span class=\"tag {cls}\">{escape(str(value))}</span></td>"
    return f"<td>{escape(str(value))}</td>"
