"""The report files: a self-contained HTML page with CJK-safe charts, an XLSX with the same
tables and native charts, and the JSON twin."""
import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from callqa.settings import ReportOptions
from tools.make_warehouse import make_warehouse
from warehouse.report import build_report, write_outputs
from warehouse.report_charts import svg_text_is_text
from warehouse.report_html import render_html
from warehouse.weeks import parse_week

W47 = parse_week("2026-W47")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    db = root / "sample.duckdb"
    make_warehouse(db, calls=700, start=date(2026, 11, 9), days=14, reference="samples/reference")
    return build_report(db, W47, root / "out", ReportOptions(), "Asia/Shanghai")


def test_html_is_self_contained_and_its_charts_keep_text_as_text(built):
    html = built.html.read_text(encoding="utf-8")
    assert built.html.name == "callqa-weekly-2026-W47.html"
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    assert "<script" not in html and "<link" not in html and "<img" not in html
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert len(svgs) == 4
    assert all(svg_text_is_text(s) for s in svgs)            # <text>班组…</text>, no glyph paths
    assert "Noto Sans CJK SC" in html and "svg text { font-family: var(--cjk) !important; }" in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))                          # charts do not clash
    for heading in ("覆盖情况", "班组成绩", "坐席成绩", "班次成绩", "问题类别", "共性问题",
                    "个性问题", "规则明细", "下周重点监听", "请假期间的通话", "录音分享会候选"):
        assert heading in html


def test_long_tables_are_cut_in_html_but_complete_in_xlsx(built):
    html = render_html(built.data, max_rows=3)
    assert "仅显示前 3 行,共 14 行" in html                  # the 14 calls under leave
    wb = load_workbook(built.xlsx)
    assert wb["请假期间的通话"].max_row == 3 + 14


def test_xlsx_has_every_table_typed_and_native_charts(built):
    wb = load_workbook(built.xlsx)
    assert wb.sheetnames == ["概览", "覆盖情况(每日)", "班组成绩", "班次成绩", "坐席成绩", "问题类别",
                             "共性问题", "个性问题", "规则明细", "下周重点监听", "请假期间的通话",
                             "录音分享会候选"]
    agents = wb["坐席成绩"]
    assert [c.value for c in agents[3]][:6] == ["工号", "姓名", "班组", "通话数", "评分通话", "平均分"]
    assert agents.max_row == 3 + len(built.data.tables["agents"].rows)
    assert agents["F4"].number_format == "0.0" and isinstance(agents["F4"].value, float)
    assert agents.freeze_panes == "B4"
    for sheet in ("覆盖情况(每日)", "班组成绩", "班次成绩", "问题类别"):
        assert len(wb[sheet]._charts) == 1, sheet
    overview = {r[0]: r[1] for r in wb["概览"].iter_rows(values_only=True) if r and r[0]}
    assert overview["已评分"] == built.data.headline["已评分"]


def test_json_twin_has_the_same_tables(built):
    data = json.loads(built.json.read_text(encoding="utf-8"))
    assert data["week"] == "2026-W47" and data["monday"] == "2026-11-16"
    assert set(data["tables"]) == set(built.data.tables)
    assert len(data["tables"]["agents"]["rows"]) == 5


def test_empty_report_renders(tmp_path, built):
    from warehouse import db as wdb

    path = tmp_path / "empty.duckdb"
    with wdb.connect(path):
        pass
    out = build_report(path, W47, tmp_path / "out", ReportOptions(), "Asia/Shanghai")
    html = out.html.read_text(encoding="utf-8")
    assert "<svg" not in html and "没有已处理的通话" in html and "本周无数据" in html
    assert load_workbook(out.xlsx)["坐席成绩"]["A4"].value == "本周无数据"
    assert out.timings["total"] >= 0


def test_outputs_are_replaced_not_duplicated(tmp_path, built):
    first = write_outputs(built.data, tmp_path, ReportOptions())
    second = write_outputs(built.data, tmp_path, ReportOptions())
    assert first == second and len(list(tmp_path.iterdir())) == 3
