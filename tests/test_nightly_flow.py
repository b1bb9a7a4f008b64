"""A real Prefect flow run over a day folder with good and bad files, into a real DuckDB file."""
import shutil

import duckdb
import pytest

from flows.nightly import nightly_qa

pytestmark = [pytest.mark.flow, pytest.mark.asr]

DATE = "2026-11-20"
META = ("file,call_id,agent_id,agent_name,team,started_at,direction,hangup_by,channel_layout\n"
        "bad_greeting.wav,T-1,A01,王芳,一组,2026-11-20T09:00:00+08:00,inbound,customer,agent-left\n"
        "good.wav,T-2,A02,李静,二组,2026-11-20T17:30:00+08:00,inbound,customer,agent-left\n")


@pytest.fixture
def day(tmp_path, data_dir, model_cache_dir):
    root = tmp_path / "recordings"
    d = root / DATE
    d.mkdir(parents=True)
    shutil.copyfile(data_dir / "fx_forbidden_nogreet.wav", d / "bad_greeting.wav")
    shutil.copyfile(data_dir / "fx_clean.wav", d / "good.wav")
    (d / "empty.wav").write_bytes(b"")
    clean = (data_dir / "fx_clean.wav").read_bytes()
    (d / "truncated.wav").write_bytes(clean[: len(clean) // 3])
    (d / "notes.wav").write_text("这不是音频文件", encoding="utf-8")
    (d / "metadata.csv").write_text(META, encoding="utf-8")
    cfg = tmp_path / "callqa.toml"
    cfg.write_text(f'var_dir = "{tmp_path / "var"}"\nmodel_cache_dir = "{model_cache_dir}"\n',
                   encoding="utf-8")
    return root, cfg, tmp_path / "var" / "callqa.duckdb"


def test_nightly_run_survives_bad_files_and_reruns_idempotently(prefect_harness, day):
    root, cfg, db = day
    out = nightly_qa(call_date=DATE, recordings=str(root), config=str(cfg))
    c = out["counts"]
    assert (c["discovered"], c["sampled"], c["ok"], c["failed"]) == (5, 5, 2, 3)
    reasons = {f["file"].rsplit("/", 1)[-1]: f["error"] for f in out["failed"]}
    assert "empty file" in reasons["empty.wav"]
    assert "truncated WAV" in reasons["truncated.wav"]
    assert "not a WAV file" in reasons["notes.wav"]

    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT recording_id, status FROM call_results").fetchall())
    assert rows["T-1"] == "ok" and rows["T-2"] == "ok"
    assert sorted(v for k, v in rows.items() if k.startswith(DATE)) == ["failed"] * 3
    cats = {c for (c,) in con.execute("SELECT category FROM hits WHERE recording_id='T-1'").fetchall()}
    assert {"forbidden_phrase", "missing_greeting"} <= cats
    assert con.execute("SELECT count(*) FROM hits WHERE recording_id='T-2'").fetchone()[0] == 0
    # everything needed later is recoverable from the database alone
    evidence = con.execute(
        "SELECT r.file_name, r.agent_name, r.started_at IS NOT NULL, h.start_s, h.evidence "
        "FROM hits h JOIN recordings r USING (recording_id) WHERE h.category='forbidden_phrase'"
    ).fetchone()
    assert evidence[0] == "bad_greeting.wav" and evidence[1] == "王芳" and evidence[2]
    run = con.execute("SELECT status, n_ok, n_failed, rulebook_version FROM runs").fetchone()
    assert run[:3] == ("partial", 2, 3) and run[3]
    con.close()

    again = nightly_qa(call_date=DATE, recordings=str(root), config=str(cfg))
    assert again["table_counts"] | {"runs": 0} == out["table_counts"] | {"runs": 0}
    assert again["table_counts"]["runs"] == out["table_counts"]["runs"] + 1
    assert again["counts"]["transcripts_cached"] == 2       # no second transcription
