"""Schema migrations: a database made by schema version 1 is upgraded in place, rows kept."""
from importlib import resources

import duckdb

from warehouse import db as wdb
from warehouse.snapshot import load_week
from warehouse.weeks import parse_week


def make_v1_database(path) -> None:
    """Exactly what callqa 0.1 left behind: migration 0001 and some rows."""
    sql = resources.files("warehouse.migrations").joinpath("0001_initial.sql").read_text("utf-8")
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMPTZ DEFAULT current_timestamp)")
    con.execute(sql)
    con.execute("INSERT INTO schema_version (version, name) VALUES (1, '0001_initial.sql')")
    con.execute("INSERT INTO runs (run_id, kind, call_date, started_at, finished_at, status, "
                "n_ok) VALUES ('r1', 'nightly', '2026-11-20', now(), now(), 'ok', 1)")
    con.execute("INSERT INTO recordings (recording_id, call_date, file_path, file_name, agent_id, "
                "agent_name, team, started_at, updated_at) VALUES ('C1', '2026-11-20', "
                "'/r/c1.wav', 'c1.wav', 'A01', '王芳', '一组', '2026-11-20T09:14:03+08:00', now())")
    con.execute("INSERT INTO call_results VALUES ('C1', 'default', '1.0', '2026-11-20', 'r1', "
                "'ok', NULL, 75.0, '合格', false, 1, '{}', now())")
    con.execute("INSERT INTO hits VALUES ('C1', 'default', '1.0', 0, 'required.closing', "
                "'missing_closing', 'major', 'agent', 40.0, 42.0, '好,就这样', 'absence', 1.0)")
    con.close()


def test_version_1_database_is_upgraded_in_place_without_losing_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    make_v1_database(path)
    latest = max(v for v, _, _ in wdb.migrations())
    assert latest >= 2
    with wdb.connect(path) as con:
        assert wdb.schema_version(con) == latest
        versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
        assert versions == [v for v, _, _ in wdb.migrations()]
        assert con.execute("SELECT run_id, status, n_ok, details FROM runs").fetchall() == [
            ("r1", "ok", 1, None)]                           # new column, old row intact
        assert con.execute("SELECT count(*) FROM hits").fetchone()[0] == 1
        # the new views work on old rows: no reference data, so the metadata team is used
        assert con.execute("SELECT recording_id, agent_name, team, team_source, shift, on_leave, "
                           "score FROM call_facts").fetchall() == [
            ("C1", "王芳", "一组", "metadata", None, False, 75.0)]
        for table in ("agents", "team_membership", "shifts", "roster", "leave_periods"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    with wdb.connect(path) as con:                          # nothing re-applied
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(versions)


def test_a_reader_upgrades_an_old_database_before_reading(tmp_path):
    path = tmp_path / "old.duckdb"
    make_v1_database(path)
    mem = load_week(path, parse_week("2026-W47"), "Asia/Shanghai")
    assert mem.execute("SELECT recording_id, team FROM calls").fetchall() == [("C1", "一组")]
    mem.close()
    with wdb.connect(path, read_only=True) as con:
        assert wdb.schema_version(con) == max(v for v, _, _ in wdb.migrations())


def test_migrations_have_unique_increasing_numbers_and_the_reference_schema_is_2():
    numbers = [v for v, _, _ in wdb.migrations()]
    assert numbers == sorted(set(numbers)) and numbers[:2] == [1, 2]


def test_a_lower_numbered_migration_landing_later_is_still_applied(tmp_path):
    """Migrations are applied by set membership, not 'above the highest applied'."""
    import duckdb

    from warehouse import db as wdb

    path = tmp_path / "qa.duckdb"
    with wdb.connect(path):
        pass
    con = duckdb.connect(str(path))
    second = sorted(v for v, _, _ in wdb.migrations())[1]
    con.execute("DELETE FROM schema_version WHERE version = ?", [second])  # as if it came later
    con.execute("CREATE TABLE probe_marker (x INTEGER)")
    con.close()
    applied = []
    real = wdb.migrations

    def spy():
        out = real()
        return [(v, n, (sql if v != second else "CREATE TABLE late_one (x INTEGER);"))
                for v, n, sql in out]

    import pytest
    mp = pytest.MonkeyPatch()
    mp.setattr(wdb, "migrations", spy)
    try:
        with wdb.connect(path) as con2:
            applied = [v for (v,) in con2.execute("SELECT version FROM schema_version").fetchall()]
            assert con2.execute("SELECT count(*) FROM late_one").fetchone()[0] == 0
    finally:
        mp.undo()
    assert second in applied
