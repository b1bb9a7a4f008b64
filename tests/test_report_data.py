"""The weekly report's figures on synthetic warehouses, checked against plain SQL."""
from datetime import date

import pytest

from callqa.settings import ReportOptions
from tools.make_warehouse import COMMON, WEAK, CATEGORY_TABLE, make_warehouse
from warehouse import db as wdb
from warehouse.reference import import_reference
from warehouse.report_data import build_report_data
from warehouse.report_model import CATEGORY_LABELS, mask_numbers
from warehouse.snapshot import load_week
from warehouse.weeks import parse_week

W47 = parse_week("2026-W47")
START = date(2026, 11, 9)


def report(path, week=W47, options=None, rulebook_version=None):
    con = load_week(path, week, "Asia/Shanghai", rulebook_version)
    try:
        return build_report_data(con, week, options or ReportOptions())
    finally:
        con.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """24 agents in 3 teams, 4000 calls over 2026-W46 and W47."""
    path = tmp_path_factory.mktemp("syn") / "syn.duckdb"
    make_warehouse(path, calls=4000, start=START, days=14, agents=24, teams=3)
    return path


@pytest.fixture(scope="module")
def synthetic_report(synthetic):
    return report(synthetic)


@pytest.fixture
def sample(tmp_path):
    """The five sample agents with their reference CSVs, 700 calls over two weeks."""
    path = tmp_path / "sample.duckdb"
    make_warehouse(path, calls=700, start=START, days=14, reference="samples/reference")
    return path


def sql(path, query, params=None):
    with wdb.connect(path, read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def test_coverage_totals_match_the_stored_results(synthetic, synthetic_report):
    t = synthetic_report.tables["coverage"]
    assert len(t.rows) == 9 and t.rows[7][0] == "本周合计" and t.rows[8][0] == "上周合计"
    expected = sql(synthetic, """
        SELECT count(*), count(score), count(*) FILTER (WHERE status = 'failed'),
               count(*) FILTER (WHERE status = 'asr_unreliable'),
               count(*) FILTER (WHERE status = 'too_short'), round(avg(score), 1)
        FROM call_facts WHERE call_date BETWEEN '2026-11-16' AND '2026-11-22'""")[0]
    total = t.rows[7]
    assert (total[2], total[3], total[4], total[5], total[6], total[8]) == expected
    assert sum(r[2] for r in t.rows[:7]) == expected[0]
    assert synthetic_report.counts["sampled"] == expected[0]


def test_team_scores_and_change_from_previous_week(synthetic, synthetic_report):
    expected = dict((team, (round(cur, 1), round(cur - prev, 1))) for team, cur, prev in sql(synthetic, """
        SELECT team, avg(score) FILTER (WHERE call_date >= '2026-11-16'),
               avg(score) FILTER (WHERE call_date < '2026-11-16')
        FROM call_facts WHERE call_date BETWEEN '2026-11-09' AND '2026-11-22' GROUP BY team"""))
    teams = synthetic_report.tables["teams"]
    got = {r[0]: (r[3], r[-1]) for r in teams.rows}
    assert got == expected
    grade_cols = [c.name for c in teams.columns][5:9]
    assert grade_cols == ["优秀", "良好", "合格", "不合格"]
    assert all(sum(r[5:9]) == r[2] for r in teams.rows)     # every scored call has a grade


def test_night_shift_is_reported_as_its_own_shift(synthetic_report):
    shifts = [r[0] for r in synthetic_report.tables["shifts"].rows]
    assert shifts[:3] == ["早班", "中班", "晚班"]             # in order of start time


def test_common_problems_are_shared_individual_ones_are_not(synthetic_report):
    t = synthetic_report.tables
    kind = {r[1]: r[-1] for r in t["categories"].rows}
    common = {CATEGORY_TABLE[i][0] for i in COMMON}
    weak = {CATEGORY_TABLE[i][0] for i in WEAK}
    assert {c for c, k in kind.items() if k == "共性问题"} >= common
    assert {c for c, k in kind.items() if k == "个性问题"} <= weak
    assert {r[0] for r in t["common"].rows} == {CATEGORY_LABELS[c] for c, k in kind.items()
                                                if k == "共性问题"}
    assert t["individual"].rows and all(r[3] in {CATEGORY_LABELS[c] for c in weak}
                                        for r in t["individual"].rows)
    assert {r[-2] for r in t["rules"].rows} <= {"共性问题", "个性问题"}


def test_focus_list_names_the_lowest_the_droppers_and_new_hires(synthetic, synthetic_report):
    focus = {r[0]: r for r in synthetic_report.tables["focus"].rows}
    lowest = [a for (a,) in sql(synthetic, """
        SELECT agent_id FROM call_facts WHERE call_date >= '2026-11-16' AND score IS NOT NULL
        GROUP BY 1 ORDER BY avg(score), 1 LIMIT 3""")]
    for rank, agent in enumerate(lowest, 1):
        assert f"倒数第 {rank} 名" in focus[agent][6]
    droppers = [a for (a,) in sql(synthetic, """
        SELECT agent_id FROM call_facts WHERE call_date BETWEEN '2026-11-09' AND '2026-11-22'
        GROUP BY 1 HAVING avg(score) FILTER (WHERE call_date < '2026-11-16')
                        - avg(score) FILTER (WHERE call_date >= '2026-11-16') >= 5""")]
    assert droppers, "the synthetic data should contain a drop"
    assert all("较上周下降" in focus[a][6] for a in droppers)
    hires = [a for (a,) in sql(synthetic, "SELECT agent_id FROM agents "
                                          "WHERE hire_date > DATE '2026-11-22' - 90")]
    assert all("新员工" in focus[a][6] for a in hires)
    assert all(focus[a][7] for a in lowest)                  # calls to listen to first


def test_sharing_examples_give_call_time_and_words(synthetic, synthetic_report):
    rows = synthetic_report.tables["sharing"].rows
    assert {r[1] for r in rows} == {"反面", "正面"}
    cats_of = {}
    for rid, cat in sql(synthetic, "SELECT recording_id, category FROM hits"):
        cats_of.setdefault(rid, set()).add(cat)
    label_to_cat = {v: k for k, v in CATEGORY_LABELS.items()}
    best_calls = [r[2] for r in rows if r[1] == "正面"]
    assert len(best_calls) == len(set(best_calls))          # each good call used once
    for label, kind, call_id, _, _, _, at, words, score, _ in rows:
        assert words and ":" in at
        if kind == "正面":
            assert label_to_cat[label] not in cats_of.get(call_id, set())
    per_cat = {}
    for r in rows:
        per_cat.setdefault((r[0], r[1]), []).append(r)
    assert max(len(v) for v in per_cat.values()) <= ReportOptions().examples_per_category


def test_numbers_in_quotes_are_masked():
    assert mask_numbers("我的手机是 138 1234 5678,工号 1023") == "我的手机是 ***********,工号 1023"
    assert mask_numbers("身份证一一零一零五一九八") == "身份证*********"
    assert mask_numbers("幸福路 18 号") == "幸福路 18 号"


def test_calls_under_agents_on_leave_are_listed(sample):
    data = report(sample)
    leave = data.tables["leave"].rows
    assert leave and {(r[2], r[6]) for r in leave} == {("A03", "病假")}
    assert all(r[1].startswith("2026-11-20") for r in leave)
    assert data.headline["请假期间通话"] == len(leave)
    assert any(r[1] == "agent_on_leave" and r[-1] == "QC 标记(不扣分)"
               for r in data.tables["categories"].rows)


def test_agents_without_calls_and_new_hires_without_calls(sample, tmp_path):
    agents = tmp_path / "a.csv"
    agents.write_text("agent_id,name,hire_date\nA06,赵敏,2026-11-02\nA07,孙丽,2020-01-01\n",
                      encoding="utf-8")
    roster = tmp_path / "r.csv"
    roster.write_text("date,agent_id,shift\n2026-11-18,A07,早班\n", encoding="utf-8")
    with wdb.connect(sample) as con:
        import_reference(con, "agents", agents, "Asia/Shanghai")
        import_reference(con, "roster", roster, "Asia/Shanghai")
    data = report(sample)
    rows = {r[0]: r for r in data.tables["agents"].rows}
    assert rows["A07"][3:7] == (0, 0, None, None)            # rostered, no calls
    assert rows["A06"][3] == 0                                # new hire, no calls
    focus = {r[0]: r[6] for r in data.tables["focus"].rows}
    assert "新员工(入职 20 天)" in focus["A06"] and "本周无评分通话" in focus["A06"]
    assert "A07" not in focus


def test_empty_week_gives_an_empty_report_not_an_error(synthetic):
    data = report(synthetic, parse_week("2026-W40"))
    assert data.is_empty and data.notes and "2026-W40" in data.notes[0]
    assert data.headline["平均分"] is None and data.headline["抽检通话"] == 0
    for key in ("teams", "shifts", "categories", "common", "individual", "rules", "leave",
                "sharing"):
        assert data.tables[key].rows == []
    assert [r[2] for r in data.tables["coverage"].rows] == [0] * 9


def test_empty_database_gives_an_empty_report(tmp_path):
    path = tmp_path / "new.duckdb"
    with wdb.connect(path):
        pass
    data = report(path)
    assert data.is_empty and data.tables["focus"].rows == []


def test_a_week_with_one_agent_and_one_call(tmp_path):
    from tests.test_warehouse_reference import save_call

    path = tmp_path / "one.duckdb"
    with wdb.connect(path) as con:
        save_call(con, "only", "A01", "2026-11-18T10:00:00+08:00", score=72.0)
    data = report(path)
    assert data.headline["已评分"] == 1 and data.headline["平均分"] == 72.0
    assert [r[0] for r in data.tables["agents"].rows] == ["A01"]
    assert data.tables["focus"].rows[0][6].startswith("周均分倒数第 1 名")
    assert [r[-1] for r in data.tables["categories"].rows] == ["个性问题"]  # 1 agent < 2
    assert data.tables["teams"].rows[0][-1] is None            # no previous week to compare
    assert [r[1] for r in data.tables["sharing"].rows] == ["反面"]


def test_newest_rulebook_version_per_call_unless_one_is_asked_for(tmp_path):
    from pipeline.model import CallRecord, CallResult, CallScore, RuleHit
    from warehouse import store

    path = tmp_path / "v.duckdb"
    with wdb.connect(path) as con:
        for rid, day, scores in (("C", "2026-11-18", (60.0, 90.0, 70.0)),      # this week
                                 ("P", "2026-11-11", (50.0, 80.0, 40.0))):     # last week
            for version, score in zip(("1.9", "1.10", "1.2"), scores):
                rec = CallRecord(file=f"/r/{rid}.wav", recording_id=rid, agent_id="A01",
                                 team="一组", started_at=f"{day}T10:00:00+08:00", call_date=day)
                res = CallResult(record=rec, status="ok", rulebook_id="default",
                                 rulebook_version=version, score=CallScore(score, "良好"),
                                 hits=[RuleHit("r", "dead_air", "minor", "agent", 1, 2, "…",
                                               "acoustic")] * (version == "1.10"))
                store.save_result(con, res, "r")
    newest = report(path)
    assert newest.headline["平均分"] == 90.0 and newest.headline["较上周"] == 10.0
    assert newest.rulebook_versions == ["default 1.10"]
    assert newest.tables["categories"].rows[0][7] == 1          # last week's 1.10 hit
    old = report(path, rulebook_version="1.9")
    assert old.headline["平均分"] == 60.0 and old.headline["较上周"] == 10.0
    assert old.tables["categories"].rows == []
