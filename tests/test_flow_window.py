"""The nightly flow keeps at most ``flow.max_in_flight`` calls in flight and stores all.

A fast test with a stand-in analyzer (the real pipeline runs in test_nightly_flow.py and
test_dask_flow.py); the Prefect run and the DuckDB file are real.
"""
import threading
import time

import duckdb
import pytest

import flows.nightly as nightly
from pipeline.model import CallResult
from tests.conftest import tone, write_wav

pytestmark = pytest.mark.flow
DATE = "2026-11-20"


class SlowAnalyzer:
    """Counts how many calls are being analyzed at once."""

    def __init__(self, real):
        self.rulebook, self.model_id = real.rulebook, "stand-in"
        self.lock = threading.Lock()
        self.now = self.peak = 0

    def analyze(self, record):
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(0.3 if record.recording_id.endswith("1") else 0.05)
        with self.lock:
            self.now -= 1
        return CallResult(record=record, status="failed", error=f"{record.file}: stand-in",
                          rulebook_id=self.rulebook.rulebook,
                          rulebook_version=self.rulebook.version)


def test_sliding_window_bounds_calls_in_flight_and_stores_every_call(prefect_harness, tmp_path,
                                                                     monkeypatch):
    day = tmp_path / "rec" / DATE
    day.mkdir(parents=True)
    for i in range(9):
        write_wav(day / f"c{i}.wav", [tone(1.0, 440.0)])
    cfg = tmp_path / "callqa.toml"
    cfg.write_text(f'var_dir = "{tmp_path / "var"}"\n[flow]\nlocal_workers = 4\n'
                   'max_in_flight = 2\nstore_batch = 4\n', encoding="utf-8")
    real_get = nightly.get_analyzer
    stand_in: dict = {}

    def get_analyzer(settings):
        if "a" not in stand_in:
            stand_in["a"] = SlowAnalyzer(real_get(settings))
        return stand_in["a"]

    monkeypatch.setattr(nightly, "get_analyzer", get_analyzer)
    seen = []
    listener = lambda done, total, result: seen.append((done, total))  # noqa: E731
    nightly.add_progress_listener(listener)
    try:
        out = nightly.nightly_flow_for(nightly.load_settings(str(cfg)))(
            call_date=DATE, recordings=str(tmp_path / "rec"), config=str(cfg))
    finally:
        nightly.remove_progress_listener(listener)
    assert stand_in["a"].peak == 2            # 4 worker threads, but only 2 calls let in
    assert out["counts"]["failed"] == 9 and len(seen) == 9 and seen[-1] == (9, 9)
    con = duckdb.connect(str(tmp_path / "var" / "callqa.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM call_results").fetchone()[0] == 9
    con.close()
