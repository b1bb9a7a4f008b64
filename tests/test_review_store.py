"""Review storage on a real DuckDB file: rescoring, stale verdicts, the audit log,
the search index, and how the web process shares and releases the file."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from callqa.settings import Settings
from pipeline.model import RuleHit
from qa_rules.engine import load_rulebook
from review.testing import build_template, fixture_results, settings_for
from warehouse import review_queries, review_store, search, store
from warehouse.review_store import ReviewError, ReviewWarehouse, rescore


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook(Settings().rulebook_path)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("review-store"))


@pytest.fixture
def wh(template, tmp_path):
    s = settings_for(template, tmp_path)
    w = ReviewWarehouse(s.database, linger_s=0.3)
    yield w
    w.close()


def key_of(wh, rid):
    with wh.read() as con:
        return review_store.current_key(con, rid)


# --------------------------------------------------------------------- rescoring

def hit(cat, sev, rule="r"):
    return RuleHit(rule, cat, sev, "agent", 1.0, 2.0, "x", "exact", 1.0)


def test_rescore_without_changes_equals_the_machine_score(rulebook):
    from pipeline.scoring import score_call

    hits = [hit("missing_greeting", "major"), hit("dead_air", "major")]
    machine = score_call(hits, rulebook.scorecard, 60.0)
    again = rescore(hits, rulebook.scorecard, 60.0, {})
    assert again["score"] == machine.score and again["grade"] == machine.grade


def test_manual_na_scores_join_the_denominator(rulebook):
    base = rescore([], rulebook.scorecard, 60.0, {})
    assert base["score"] == 100.0
    na = [i for i in base["items"] if i["status"] == "na"]
    assert na
    half = rescore([], rulebook.scorecard, 60.0, {na[0]["item_id"]: na[0]["weight"] / 2})
    scorable = sum(i["weight"] for i in base["items"] if i["earned"] is not None)
    expected = round(100 * (scorable + na[0]["weight"] / 2) / (scorable + na[0]["weight"]), 2)
    assert half["score"] == expected
    item = next(i for i in half["items"] if i["item_id"] == na[0]["item_id"])
    assert item["status"] == "manual"


def test_a_critical_finding_still_fails_the_call_after_manual_scores(rulebook):
    out = rescore([hit("forbidden_phrase", "critical")], rulebook.scorecard, 60.0,
                  {"skills.1": 6})
    assert out["score"] == 0.0 and out["critical_failed"]


def test_too_short_calls_stay_unscored(rulebook):
    assert rescore([], rulebook.scorecard, 3.0, {})["score"] is None


# --------------------------------------------------------------------- verdicts

def test_verdict_for_an_unknown_finding_is_refused(wh, rulebook):
    key = key_of(wh, "F1")
    with pytest.raises(ReviewError) as err, wh.write() as con:
        review_store.set_verdict(con, key, 99, "rejected", None, "insp", rulebook.scorecard)
    assert err.value.code == "not_found"
    with pytest.raises(ReviewError), wh.write() as con:
        review_store.set_verdict(con, key, 0, "maybe", None, "insp", rulebook.scorecard)


def test_a_rerun_that_renumbers_findings_leaves_old_verdicts_behind(wh, rulebook, template):
    key = key_of(wh, "F1")
    with wh.write() as con:
        found = review_store.findings(con, key)
        forbidden = next(f for f in found if f["category"] == "forbidden_phrase")
        review_store.set_verdict(con, key, forbidden["idx"], "rejected", "误报", "insp",
                                 rulebook.scorecard)
    # the nightly run scores F1 again and its hits come out in another order
    f1 = next(r for r in fixture_results(template / "rec", rulebook) if r.record.recording_id == "F1")
    f1.hits = list(reversed(f1.hits))
    with wh.write() as con:
        con.execute("COMMIT")
        store.save_result(con, f1, "rerun")
        con.execute("BEGIN TRANSACTION")
    with wh.read() as con:
        found = review_store.findings(con, key)
    assert all(f["verdict"] is None for f in found)            # nothing attached to the wrong hit
    with wh.read() as con:
        rows, _ = review_queries.queue(con, review_queries.QueueFilter())
    assert next(r for r in rows if r["recording_id"] == "F1")["n_ruled"] == 0


def test_concurrent_verdicts_are_serialised(wh, rulebook):
    keys = {rid: key_of(wh, rid) for rid in ("F1", "F2", "F4")}
    errors = []

    def work(rid, n):
        try:
            with wh.write() as con:
                f = review_store.findings(con, keys[rid])[0]
                review_store.set_verdict(con, keys[rid], f["idx"],
                                         "confirmed" if n % 2 else "rejected", str(n), f"u{n}",
                                         rulebook.scorecard)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(rid, n)) for n in range(6)
               for rid in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with wh.read() as con:
        n = con.execute("SELECT count(*) FROM audit_log WHERE action = 'verdict.set'").fetchone()[0]
    assert n == len(threads)


def test_user_changes_are_audited_without_password_hashes(wh):
    with wh.write() as con:
        review_store.add_user(con, "qc7", "inspector", "scrypt$x", "七号")
        review_store.set_password(con, "qc7", "scrypt$y")
        review_store.set_active(con, "qc7", False)
        with pytest.raises(ReviewError):
            review_store.add_user(con, "qc7", "inspector", "scrypt$x")
        with pytest.raises(ReviewError):
            review_store.add_user(con, "qc8", "boss", "scrypt$x")
    with wh.read() as con:
        entries = review_queries.audit_entries(con)
        user = review_store.get_user(con, "qc7")
    actions = [e["action"] for e in entries if e["target"] == "user:qc7"]
    assert actions == ["user.disable", "user.passwd", "user.add"]
    assert "scrypt" not in str(entries)
    assert user["session_epoch"] == 2 and not user["active"]


# --------------------------------------------------------------------- search index

def test_index_refresh_is_incremental(wh):
    with wh.write() as con:
        first = search.refresh_index(con)
        assert first["added"] == con.execute("SELECT count(*) FROM utterances").fetchone()[0]
        assert search.refresh_index(con) == {"added": 0, "removed": 0}
        con.execute("DELETE FROM utterances WHERE recording_id = 'F3'")
        assert search.refresh_index(con) == {"added": 0, "removed": 3}
        con.execute("UPDATE utterances SET text = '换了一句话' WHERE recording_id = 'F2' AND idx = 0")
        assert search.refresh_index(con) == {"added": 1, "removed": 1}
        words = con.execute("SELECT words, syllables FROM search_docs WHERE text = '换了一句话'"
                            ).fetchone()
    assert words[0].split()[:1] == ["换"]
    assert words[1].split()[0] == "fan"              # folded: huan ~ fan (hu/f)


def test_search_by_sound_ranks_exact_matches_first(wh):
    with wh.write() as con:
        con.execute("UPDATE utterances SET text = '这个不归我们关' WHERE recording_id = 'F2' "
                    "AND idx = 1")
        search.refresh_index(con)
    with wh.read() as con:
        res = search.search(con, search.SearchQuery(q="不归我们管"))
    assert [(r["recording_id"], r["method"]) for r in res["results"]] == [
        ("F1", "exact"), ("F2", "pinyin")]


# --------------------------------------------------------------------- sharing the file

def _other_process_writes(path) -> subprocess.CompletedProcess:
    code = ("import duckdb,sys; c=duckdb.connect(sys.argv[1]); "
            "c.execute('CREATE TABLE IF NOT EXISTS probe(x INT)'); c.close()")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=60)


def test_the_file_is_released_when_idle(wh):
    with wh.read() as con:                            # while a request uses it …
        con.execute("SELECT count(*) FROM recordings").fetchone()
        held = _other_process_writes(wh.path)         # … no other process can write
    assert held.returncode != 0 and "lock" in held.stderr.lower()
    deadline = time.monotonic() + 5
    while wh.is_open and time.monotonic() < deadline:  # linger 0.3 s, then it lets go
        time.sleep(0.05)
    assert not wh.is_open
    assert _other_process_writes(wh.path).returncode == 0
    with wh.read() as con:                            # and the workbench opens it again
        assert con.execute("SELECT count(*) FROM probe").fetchone()[0] == 0
    assert wh.opens == 2


def test_busy_workbench_still_lets_go_after_max_hold(template, tmp_path):
    s = settings_for(template, tmp_path)
    w = ReviewWarehouse(s.database, linger_s=30, max_hold_s=0.3)
    try:
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:            # a request every 50 ms
            with w.read() as con:
                con.execute("SELECT 1").fetchone()
            time.sleep(0.05)
        assert w.opens >= 2                           # closed at least once in between
        with w.read():
            pass
        time.sleep(0.35)
        with w.read():
            pass
        assert not w.is_open
    finally:
        w.close()
