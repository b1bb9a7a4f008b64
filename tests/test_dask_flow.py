"""The nightly flow fanned out to a real Dask cluster gives the same results as locally."""
import shutil

import duckdb
import pytest

from callqa.settings import load_settings
from flows.nightly import nightly_flow_for

pytestmark = [pytest.mark.flow, pytest.mark.asr]
DATE = "2026-11-20"


def _results(db):
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT c.recording_id, c.status, c.score, c.grade, "
        "list(h.rule_id || '@' || round(h.start_s, 1) ORDER BY h.idx) "
        "FROM call_results c LEFT JOIN hits h USING (recording_id, rulebook_id, rulebook_version) "
        "GROUP BY ALL ORDER BY 1").fetchall()
    utts = con.execute("SELECT recording_id, idx, role, text FROM utterances ORDER BY 1, 2").fetchall()
    con.close()
    return rows, utts


def test_dask_cluster_run_equals_local_run(prefect_harness, tmp_path, data_dir, model_cache_dir):
    from distributed import LocalCluster

    day = tmp_path / "rec" / DATE
    day.mkdir(parents=True)
    for name in ("fx_forbidden_nogreet.wav", "fx_clean.wav", "fx_customer_says.wav"):
        shutil.copyfile(data_dir / name, day / name)
    (day / "broken.wav").write_bytes(b"RIFF")
    runs = {}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        for mode, address in (("local", None), ("dask", cluster.scheduler_address)):
            cfg = tmp_path / f"{mode}.toml"
            cfg.write_text(f'var_dir = "{tmp_path / mode}"\nmodel_cache_dir = "{model_cache_dir}"\n'
                           f'recordings_root = "{tmp_path / "rec"}"\ntranscript_cache = false\n'
                           f'[flow]\ndask_address = "{address or ""}"\n', encoding="utf-8")
            settings = load_settings(cfg)
            out = nightly_flow_for(settings)(call_date=DATE, config=str(cfg))
            assert out["counts"]["ok"] == 3 and out["counts"]["failed"] == 1
            assert out["counts"]["transcripts_cached"] == 0      # really transcribed
            runs[mode] = _results(tmp_path / mode / "callqa.duckdb")
    assert runs["dask"] == runs["local"]
    hits = [h for row in runs["dask"][0] for h in row[4] if h]
    assert any(h.startswith("forbidden.") for h in hits)
