"""The weekly report as a real Prefect flow: files, a `runs` row, a markdown artifact."""
import json
from datetime import date

import duckdb
import pytest

from flows.weekly import weekly_report
from tools.make_warehouse import make_warehouse

pytestmark = pytest.mark.flow


@pytest.fixture
def sample_config(tmp_path):
    db = tmp_path / "var" / "callqa.duckdb"
    db.parent.mkdir()
    make_warehouse(db, calls=700, start=date(2026, 11, 9), days=14, reference="samples/reference")
    cfg = tmp_path / "callqa.toml"
    cfg.write_text(f'var_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    return cfg, db, tmp_path / "var"


def report_runs(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT status, call_date, n_discovered, n_sampled, n_ok, "
                           "rulebook_id, rulebook_version, asr_model, details, message, "
                           "finished_at IS NOT NULL FROM runs WHERE kind = 'report'").fetchall()
    finally:
        con.close()


def test_weekly_flow_writes_files_records_its_run_and_publishes_an_artifact(prefect_harness,
                                                                            sample_config):
    cfg, db, var = sample_config
    out = weekly_report(week="2026-W47", config=str(cfg))
    assert out["out_dir"] == str(var / "reports" / "2026-W47")   # default under var/reports
    for kind in ("html", "xlsx", "json"):
        assert out["files"][kind].endswith(f"callqa-weekly-2026-W47.{kind}")
    [row] = report_runs(db)
    status, monday, recorded, sampled, scored, rb_id, rb_version, model, details, msg, done = row
    assert (status, monday, done, msg) == ("ok", date(2026, 11, 16), True, None)
    assert sampled == out["counts"]["sampled"] == 355 and scored == out["counts"]["scored"]
    assert (rb_id, rb_version, model) == ("default", "1.0", "base")
    assert json.loads(details)["files"] == out["files"]

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["weekly-report-summary"])))
    assert arts and "质检周报 2026-W47" in arts[0].data and "| 班组 |" in arts[0].data


def test_weekly_flow_on_an_empty_warehouse(prefect_harness, tmp_path):
    db = tmp_path / "empty.duckdb"
    out = weekly_report(week="2026-W47", db=str(db), out=str(tmp_path / "out"))
    assert out["counts"]["sampled"] == 0 and out["notes"]
    assert (tmp_path / "out" / "callqa-weekly-2026-W47.html").is_file()
    assert report_runs(db)[0][0] == "ok"


def test_a_failing_report_is_recorded_as_crashed(prefect_harness, tmp_path):
    cfg = tmp_path / "callqa.toml"
    cfg.write_text(f'var_dir = "{tmp_path}"\ncentre_timezone = "Mars/Olympus"\n', encoding="utf-8")
    with pytest.raises(Exception, match="Mars/Olympus"):
        weekly_report(week="2026-W47", config=str(cfg))
    [row] = report_runs(tmp_path / "callqa.duckdb")
    assert row[0] == "crashed" and "Mars/Olympus" in row[9]
