"""`callqa import`, `callqa export` and ISO weeks, through the command line."""
from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

from callqa.cli import app
from tools.make_warehouse import make_warehouse
from warehouse.weeks import last_complete_week, parse_week

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("exp") / "sample.duckdb"
    make_warehouse(db, calls=700, start=date(2026, 11, 9), days=14, reference="samples/reference")
    return db


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_calls_findings_and_score_items(sample_db, tmp_path, fmt):
    result = runner.invoke(app, ["export", "--week", "2026-W47", "--format", fmt,
                                 "--db", str(sample_db), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    read = "read_csv_auto" if fmt == "csv" else "read_parquet"
    q = duckdb.connect()
    files = {n: tmp_path / f"callqa-2026-W47-{n}.{fmt}" for n in ("calls", "findings", "score_items")}
    calls = q.execute(f"SELECT count(*), min(call_date), max(call_date), "
                       f"count(*) FILTER (WHERE on_leave) FROM {read}('{files['calls']}')").fetchone()
    assert calls[0] == 355 and str(calls[1]) >= "2026-11-16" and str(calls[2]) <= "2026-11-22"
    assert calls[3] == 14
    leave = q.execute(f"SELECT count(*) FROM {read}('{files['findings']}') "
                       f"WHERE category = 'agent_on_leave'").fetchone()[0]
    assert leave == 14
    cols = [d[0] for d in q.execute(f"SELECT * FROM {read}('{files['calls']}') LIMIT 1").description]
    assert {"team", "shift", "started_local", "score", "grade", "rulebook_version"} <= set(cols)
    assert q.execute(f"SELECT count(*) FROM {read}('{files['score_items']}')").fetchone()[0] > 0


def test_export_rejects_a_bad_week_or_format(sample_db, tmp_path):
    bad_week = runner.invoke(app, ["export", "--week", "2026-47", "--db", str(sample_db)])
    assert bad_week.exit_code == 2 and "not an ISO week" in bad_week.output
    bad_fmt = runner.invoke(app, ["export", "--week", "2026-W47", "--format", "xls",
                                  "--db", str(sample_db), "--out", str(tmp_path)])
    assert bad_fmt.exit_code == 2 and "parquet, csv" in bad_fmt.output


def test_import_commands_report_rows_and_problems(tmp_path):
    db = str(tmp_path / "qa.duckdb")
    for kind in ("agents", "teams", "shifts", "roster", "leave"):
        result = runner.invoke(app, ["import", kind, f"samples/reference/{kind}.csv", "--db", db])
        assert result.exit_code == 0, result.output
        assert f"{kind} row(s) imported" in result.output
    bad = tmp_path / "roster.csv"
    bad.write_text("date,agent_id,shift\n2026-11-31,A01,早班\n", encoding="utf-8")
    result = runner.invoke(app, ["import", "roster", str(bad), "--db", db])
    assert result.exit_code == 1
    assert "nothing imported" in result.output and f"{bad}:2: date '2026-11-31'" in result.output
    missing = runner.invoke(app, ["import", "agents", str(tmp_path / "nope.csv"), "--db", db])
    assert missing.exit_code == 2 and "file not found" in missing.output


def test_report_command_rejects_a_bad_week_before_starting_prefect():
    result = runner.invoke(app, ["report", "--week", "2026-W54"])
    assert result.exit_code == 2 and "2026 has no week 54" in result.output


def test_iso_weeks():
    w = parse_week("2026-W47")
    assert (w.monday, w.sunday, w.label) == (date(2026, 11, 16), date(2026, 11, 22), "2026-W47")
    assert w.previous().label == "2026-W46" and parse_week("2027w1").previous().label == "2026-W53"
    assert last_complete_week(date(2026, 11, 23)).label == "2026-W47"   # a Monday
    assert last_complete_week(date(2026, 11, 22)).label == "2026-W46"   # a Sunday
