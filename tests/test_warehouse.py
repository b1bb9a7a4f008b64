"""The DuckDB warehouse on a real file: migrations, idempotent writes, pruning."""
import duckdb
import pytest

from pipeline.model import (CallRecord, CallResult, CallScore, RuleHit, ScoreItem, Utterance,
                            Word)
from warehouse import db as wdb
from warehouse import queries, store


def make_result(rid="C1", status="ok", n_hits=1, version="1.0", date="2026-11-20"):
    rec = CallRecord(file=f"/rec/{rid}.wav", recording_id=rid, call_id=rid, agent_id="A01",
                     agent_name="王芳", team="一组", started_at="2026-11-20T09:00:00+08:00",
                     call_date=date, extra={"queue": "VIP"})
    res = CallResult(record=rec, status=status, rulebook_id="default", rulebook_version=version,
                     audio_sha256="ab" * 32, duration_s=42.0, channel_layout="agent-left",
                     asr={"model": "m", "options": {"beam_size": 5}, "codec": "pcm_s16le"})
    if status == "failed":
        res.error = f"/rec/{rid}.wav: empty file (0 bytes)"
        return res
    res.utterances = [Utterance("agent", 0.5, 2.0, "喂,什么事?", 0, -0.2, 0.01,
                                [Word(0.5, 0.9, "喂,"), Word(1.0, 2.0, "什么事?")]),
                      Utterance("customer", 2.5, 4.0, "我家停电了", 1)]
    res.hits = [RuleHit("forbidden.x", "forbidden_phrase", "critical", "agent", 5.0, 6.0,
                        "这事不归我们管", "pinyin", 0.9)][:n_hits]
    res.score = CallScore(0.0, "不合格", True,
                          [ScoreItem("attitude.3", "服务态度", "服务忌语", 10, 0, "failed",
                                     ["forbidden.x"])])
    return res


def test_fresh_database_is_migrated_and_versioned(tmp_path):
    path = tmp_path / "qa.duckdb"
    with wdb.connect(path) as con:
        assert wdb.schema_version(con) == max(v for v, _, _ in wdb.migrations())
        assert queries.table_counts(con)["recordings"] == 0
    with wdb.connect(path) as con:  # second open: nothing re-applied
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(wdb.migrations())


def test_saving_twice_leaves_one_set_of_rows(tmp_path):
    path = tmp_path / "qa.duckdb"
    with wdb.connect(path) as con:
        store.start_run(con, "r1", "nightly", "2026-11-20", "default", "1.0", "m", {})
        store.save_result(con, make_result(), "r1")
        first = queries.table_counts(con)
        store.save_result(con, make_result(), "r2")
        assert queries.table_counts(con) == first
        assert first["utterances"] == 2 and first["hits"] == 1 and first["score_items"] == 1
        row = con.execute("SELECT file_name, agent_name, started_at IS NOT NULL, extra->>'queue' "
                          "FROM recordings").fetchone()
        assert row == ("C1.wav", "王芳", True, "VIP")
        words = con.execute("SELECT words->0->>'text' FROM utterances WHERE idx = 0").fetchone()[0]
        assert words == "喂,"


def test_a_call_that_now_fails_replaces_its_old_rows(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as con:
        store.save_result(con, make_result(), "r1")
        store.save_result(con, make_result(status="failed"), "r2")
        counts = queries.table_counts(con)
        assert counts["hits"] == 0 and counts["utterances"] == 0 and counts["call_results"] == 1
        assert con.execute("SELECT status, error FROM call_results").fetchone() == (
            "failed", "/rec/C1.wav: empty file (0 bytes)")


def test_results_are_kept_per_rulebook_version(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as con:
        store.save_result(con, make_result(version="1.0"), "r1")
        store.save_result(con, make_result(version="2.0"), "r2")
        assert queries.table_counts(con)["call_results"] == 2


def test_prune_drops_results_the_rerun_no_longer_covers(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as con:
        for rid in ("C1", "C2", "C3"):
            store.save_result(con, make_result(rid), "r1")
        store.save_result(con, make_result("D1", date="2026-11-21"), "r1")
        assert store.prune_date(con, "2026-11-20", "default", "1.0", ["C1", "C3"]) == 1
        left = {r for (r,) in con.execute("SELECT recording_id FROM call_results").fetchall()}
        assert left == {"C1", "C3", "D1"}


def test_failed_write_rolls_back_the_whole_call(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as con:
        store.save_result(con, make_result(), "r1")
        bad = make_result()
        bad.hits = bad.hits * 2
        bad.hits[1] = RuleHit("x", "forbidden_phrase", "critical", "agent", 1, 2, "e", "exact",
                              confidence="not-a-number")
        with pytest.raises(duckdb.Error):
            store.save_result(con, bad, "r2")
        assert queries.table_counts(con)["hits"] == 1  # previous rows intact


def test_run_rows_record_counts(tmp_path):
    with wdb.connect(tmp_path / "qa.duckdb") as con:
        store.start_run(con, "r1", "nightly", "2026-11-20", "default", "1.0", "m", {"a": 1})
        store.finish_run(con, "r1", "partial", {"discovered": 3, "sampled": 3, "ok": 2, "failed": 1})
        assert con.execute("SELECT status, n_ok, n_failed, finished_at IS NOT NULL FROM runs"
                           ).fetchone() == ("partial", 2, 1, True)
