"""Reference data from CSV and call attribution: teams, shifts across midnight, leave."""
from datetime import date
from pathlib import Path

import pytest

from pipeline.model import CallRecord, CallResult, CallScore, RuleHit
from warehouse import db as wdb
from warehouse import store
from warehouse.reference import ReferenceImportError, import_reference

REPO = Path(__file__).parent.parent
SAMPLES = REPO / "samples" / "reference"
TZ = "Asia/Shanghai"


def save_call(con, rid: str, agent: str, started_at: str, team: str | None = "一组",
              score: float | None = 80.0, call_date: str | None = None) -> None:
    """Store one scored call as the nightly flow would."""
    rec = CallRecord(file=f"/rec/{rid}.wav", recording_id=rid, call_id=rid, agent_id=agent,
                     agent_name="?", team=team, started_at=started_at,
                     call_date=call_date or started_at[:10])
    res = CallResult(record=rec, status="ok", rulebook_id="default", rulebook_version="1.0",
                     duration_s=60.0, channel_layout="agent-left",
                     score=CallScore(score, "良好"),
                     hits=[RuleHit("required.closing", "missing_closing", "major", "agent", 50.0,
                                   55.0, "好,就这样", "absence")])
    store.save_result(con, res, "r1")


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def load_samples(con) -> None:
    for kind in ("agents", "teams", "shifts", "roster", "leave"):
        import_reference(con, kind, SAMPLES / f"{kind}.csv", TZ)


def attribution(con, rid: str) -> tuple:
    return con.execute("SELECT team, team_source, shift, shift_date, on_leave, leave_type "
                       "FROM call_attribution WHERE recording_id = ?", [rid]).fetchone()


@pytest.fixture
def con(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as c:
        yield c


def test_sample_reference_files_import_cleanly(con):
    load_samples(con)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("agents", "team_membership", "shifts", "roster", "leave_periods")}
    assert counts == {"agents": 5, "team_membership": 6, "shifts": 3, "roster": 73,
                      "leave_periods": 2}
    new_hire = con.execute("SELECT agent_id FROM agents WHERE hire_date >= '2026-10-01'").fetchall()
    assert new_hire == [("A05",)]


def test_bad_rows_are_reported_by_line_and_nothing_is_loaded(con, tmp_path):
    import_reference(con, "agents", SAMPLES / "agents.csv", TZ)
    bad = write(tmp_path, "leave.csv",
                "agent_id,leave_type,start,end\n"
                "A01,年假,2026-11-12,2026-11-13\n"          # fine, but must not load
                "A02,休假,2026-11-12,2026-11-12\n"          # unknown type
                "A03,病假,2026-11-20,2026-11-19\n"          # ends before it starts
                "A04,事假,20.11.2026,2026-11-20\n"          # not a date
                "A01,年假,2026-11-12,2026-11-13\n")         # duplicate of line 2
    with pytest.raises(ReferenceImportError) as err:
        import_reference(con, "leave", bad, TZ)
    lines = {p.line: p.message for p in err.value.problems}
    assert set(lines) == {3, 4, 5, 6}
    assert "休假" in lines[3] and "事假 病假 年假" in lines[3]
    assert "not after start" in lines[4] and "not a date" in lines[5]
    assert "duplicate of line 2" in lines[6]
    assert f"{bad}:3:" in str(err.value)
    assert con.execute("SELECT count(*) FROM leave_periods").fetchone()[0] == 0


def test_database_checks_reject_the_whole_file(con, tmp_path):
    load_samples(con)
    roster = "SELECT shift FROM roster WHERE work_date = '2026-11-23' AND agent_id = 'A01'"
    assert con.execute(roster).fetchall() == [("早班",)]
    bad = write(tmp_path, "roster.csv", "date,agent_id,shift\n"
                "2026-11-23,A01,中班\n2026-11-23,A09,早班\n2026-11-24,A02,夜宵班\n")
    with pytest.raises(ReferenceImportError) as err:
        import_reference(con, "roster", bad, TZ)
    assert [p.line for p in err.value.problems] == [3, 4]
    assert "unknown agent 'A09'" in str(err.value) and "unknown shift '夜宵班'" in str(err.value)
    assert con.execute(roster).fetchall() == [("早班",)]    # the valid row 2 was not applied


def test_missing_columns_name_the_header_line(con, tmp_path):
    bad = write(tmp_path, "agents.csv", "id,name\nA01,王芳\n")
    with pytest.raises(ReferenceImportError, match=r"agents.csv:1: missing column\(s\) agent_id"):
        import_reference(con, "agents", bad, TZ)


def test_excel_gb18030_file_with_chinese_headers(con, tmp_path):
    path = write(tmp_path, "agents.csv", "工号,姓名,入职日期\nA01,王芳,2023/3/1\n", "gb18030")
    assert import_reference(con, "agents", path, TZ).rows == 1
    assert con.execute("SELECT name, hire_date::VARCHAR FROM agents").fetchone() == ("王芳", "2023-03-01")


def test_overlapping_team_periods_are_rejected(con, tmp_path):
    import_reference(con, "agents", SAMPLES / "agents.csv", TZ)
    bad = write(tmp_path, "teams.csv", "agent_id,team,valid_from,valid_to\n"
                "A01,一组,2026-01-01,2026-11-20\nA01,二组,2026-11-15,\n")
    with pytest.raises(ReferenceImportError, match="teams.csv:3: A01 is in 一组 until 2026-11-20"):
        import_reference(con, "teams", bad, TZ)


def test_overlapping_roster_periods_are_rejected(con, tmp_path):
    import_reference(con, "agents", SAMPLES / "agents.csv", TZ)
    shifts = write(tmp_path, "shifts.csv", "shift,start,end\n夜班,22:00,06:00\n早班,05:00,13:00\n")
    import_reference(con, "shifts", shifts, TZ)
    roster = write(tmp_path, "roster.csv", "date,agent_id,shift\n"
                   "2026-11-19,A01,夜班\n2026-11-20,A01,早班\n")
    with pytest.raises(ReferenceImportError, match="overlap"):
        import_reference(con, "roster", roster, TZ)
    assert con.execute("SELECT count(*) FROM roster").fetchone()[0] == 0


def test_team_is_the_dated_membership_at_call_time_else_the_metadata(con):
    load_samples(con)
    save_call(con, "before", "A02", "2026-11-13T10:00:00+08:00", team="一组")
    save_call(con, "after", "A02", "2026-11-16T10:00:00+08:00", team="二组")
    save_call(con, "stranger", "X99", "2026-11-16T10:00:00+08:00", team="三组")
    assert attribution(con, "before")[:2] == ("二组", "membership")   # A02 rotated on 11-16
    assert attribution(con, "after")[:2] == ("一组", "membership")
    assert attribution(con, "stranger")[:2] == ("三组", "metadata")


def test_night_shift_after_midnight_belongs_to_the_previous_evening(con):
    load_samples(con)        # A04 works 晚班 (24:00-08:00) in 2026-W46
    save_call(con, "night", "A04", "2026-11-11T01:30:00+08:00")
    save_call(con, "utc", "A04", "2026-11-10T17:30:00+00:00")   # 01:30 centre time, 11-11
    save_call(con, "day", "A01", "2026-11-20T09:14:03+08:00")
    assert attribution(con, "night")[2:4] == ("晚班", date(2026, 11, 10))
    assert attribution(con, "utc")[2:4] == attribution(con, "night")[2:4]
    assert attribution(con, "day")[2] == "早班"


def test_shift_hours_changed_later_move_the_roster(con, tmp_path):
    load_samples(con)
    save_call(con, "late", "A01", "2026-11-20T16:30:00+08:00")
    assert attribution(con, "late")[2] is None               # after 早班 08:00-16:00
    import_reference(con, "shifts", write(tmp_path, "s.csv", "shift,start,end\n早班,09:00,17:00\n"), TZ)
    assert attribution(con, "late")[2] == "早班"


def test_leave_filed_after_the_fact_flags_earlier_calls_without_changing_scores(con, tmp_path):
    import_reference(con, "agents", SAMPLES / "agents.csv", TZ)
    save_call(con, "c1", "A05", "2026-11-18T17:00:00+08:00", score=91.0)
    save_call(con, "c2", "A05", "2026-11-19T17:00:00+08:00", score=85.0)
    assert con.execute("SELECT count(*) FROM call_flags").fetchone()[0] == 0

    leave = write(tmp_path, "leave.csv", "agent_id,leave_type,start,end,note\n"
                  "A05,病假,2026-11-18,2026-11-18,事后补假\n")
    result = import_reference(con, "leave", leave, TZ)
    assert result.calls_flagged == 1
    flags = con.execute("SELECT recording_id, category, evidence FROM call_flags").fetchall()
    assert [(r, c) for r, c, _ in flags] == [("c1", "agent_on_leave")]
    assert "病假" in flags[0][2]
    facts = dict(con.execute("SELECT recording_id, score FROM call_facts").fetchall())
    assert facts == {"c1": 91.0, "c2": 85.0}                  # a flag, not a deduction
    assert con.execute("SELECT count(*) FROM hits WHERE category = 'agent_on_leave'").fetchone()[0] == 0


def test_half_day_leave_uses_local_times(con, tmp_path):
    import_reference(con, "agents", SAMPLES / "agents.csv", TZ)
    save_call(con, "am", "A01", "2026-11-20T09:00:00+08:00")
    save_call(con, "pm", "A01", "2026-11-20T15:00:00+08:00")
    import_reference(con, "leave", write(tmp_path, "l.csv", "agent_id,leave_type,start,end\n"
                                         "A01,事假,2026-11-20 13:00,2026-11-20 18:00\n"), TZ)
    assert [r for (r,) in con.execute("SELECT recording_id FROM call_flags").fetchall()] == ["pm"]


def test_day_off_in_the_roster_removes_the_shift(con, tmp_path):
    load_samples(con)
    import_reference(con, "roster", write(tmp_path, "r.csv", "date,agent_id,shift\n"
                                          "2026-11-20,A01,休\n"), TZ)
    assert con.execute("SELECT count(*) FROM roster WHERE work_date = '2026-11-20' "
                       "AND agent_id = 'A01'").fetchone()[0] == 0


def test_reimport_is_idempotent(con):
    load_samples(con)
    before = con.execute("SELECT count(*) FROM roster").fetchone()[0]
    load_samples(con)
    assert con.execute("SELECT count(*) FROM roster").fetchone()[0] == before
    assert con.execute("SELECT count(*) FROM leave_periods").fetchone()[0] == 2


def test_nightly_summary_counts_calls_under_leave_and_uses_the_dated_team(con, tmp_path):
    from warehouse import queries

    load_samples(con)                                  # A03 on sick leave on 2026-11-20
    save_call(con, "c1", "A03", "2026-11-20T17:00:00+08:00", team="旧组")
    save_call(con, "c2", "A01", "2026-11-20T09:00:00+08:00", team="一组")
    summary = queries.run_summary(con, "2026-11-20", "default", "1.0")
    assert dict(summary["flagged"]) == {"missing_closing": 2, "agent_on_leave": 1}
    assert {a[0]: a[2] for a in summary["agents"]} == {"A01": "一组", "A03": "二组"}
