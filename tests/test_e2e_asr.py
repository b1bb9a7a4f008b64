"""End to end with the real Whisper base model on short committed clips (and one whole
sample call whose decoding loop does not recur on a clip)."""
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, analyze_clip as analyze

pytestmark = pytest.mark.asr


def test_forbidden_phrase_and_missing_greeting_found_with_times(analyzer, data_dir, fixture_truth):
    truth = fixture_truth["fx_forbidden_nogreet.wav"]
    result = analyze(analyzer, data_dir, "fx_forbidden_nogreet.wav")
    assert result.status == "ok", result.error
    by_cat = {}
    for h in result.hits:
        by_cat.setdefault(h.category, []).append(h)
    forbidden = [f for f in truth["faults"] if f["category"] == "forbidden_phrase"][0]
    hit = by_cat["forbidden_phrase"][0]
    assert hit.role == "agent"
    assert abs(hit.start_s - forbidden["start_s"]) < 1.5 and hit.end_s <= forbidden["end_s"] + 1.5
    assert hit.method in ("exact", "pinyin")
    greet = by_cat["missing_greeting"][0]
    assert greet.method == "absence" and greet.start_s < 15
    assert result.score.critical_failed and result.score.grade == "不合格"
    # the transcript itself: agent and customer on one timeline, in order
    roles = [u.role for u in result.utterances]
    assert roles[0] == "agent" and "customer" in roles
    assert all(a.start_s <= b.start_s for a, b in zip(result.utterances, result.utterances[1:]))


def test_clean_call_has_no_findings(analyzer, data_dir):
    result = analyze(analyzer, data_dir, "fx_clean.wav")
    assert result.status == "ok", result.error
    assert result.hits == [], [(h.rule_id, h.evidence) for h in result.hits]
    assert result.score.grade == "优秀" and result.score.score == 100


def test_customer_saying_a_forbidden_phrase_is_not_a_fault(analyzer, data_dir):
    result = analyze(analyzer, data_dir, "fx_customer_says.wav")
    assert result.status == "ok", result.error
    assert any("不清楚" in u.text for u in result.utterances if u.role == "customer")
    assert not [h for h in result.hits if h.category in ("forbidden_phrase", "shirking")]


def test_second_analysis_comes_from_the_transcript_cache(analyzer, data_dir):
    first = analyze(analyzer, data_dir, "fx_clean.wav")
    again = analyze(analyzer, data_dir, "fx_clean.wav")
    assert again.asr["cache_hit"] is True
    assert [u.text for u in again.utterances] == [u.text for u in first.utterances]


def test_analyze_cli_prints_the_json_contract(tmp_path, data_dir, model_cache_dir):
    env = {**os.environ, "CALLQA_VAR_DIR": str(tmp_path / "var"),
           "CALLQA_MODEL_CACHE_DIR": model_cache_dir}
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "callqa.cli", "analyze",
                           str(data_dir / "fx_forbidden_nogreet.wav"), str(empty), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1, proc.stderr          # one file failed
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2
    ok, bad = lines
    assert set(ok) >= {"file", "recording_id", "status", "error", "duration_s", "channel_layout",
                       "utterances", "hits", "score", "grade"}
    assert ok["status"] == "ok" and ok["channel_layout"] == "agent-left"
    assert set(ok["utterances"][0]) == {"role", "start_s", "end_s", "text"}
    assert {"rule_id", "category", "severity", "role", "start_s", "end_s", "evidence", "method",
            "confidence"} <= set(ok["hits"][0])
    assert "forbidden_phrase" in {h["category"] for h in ok["hits"]}
    assert bad["status"] == "failed" and "empty file" in bad["error"] and bad["score"] is None


def test_outbound_opening_keeps_the_agents_greeting_whole(analyzer, data_dir):
    """The first 24 s of samples/2026-12-25/c0024.mp3 (outbound): the customer's short 喂,
    then the agent's 您好,这里是…. Heard in one pass, the model times 您 over the 喂
    (p < 0.1); without the stray-word repair the agent starts with 好 and the call gets a
    false missing greeting."""
    result = analyze(analyzer, data_dir, "fx_outbound_opening.mp3")
    assert result.status == "ok", result.error
    agent = [u for u in result.utterances if u.role == "agent"]
    assert agent and agent[0].text.startswith(("您好", "你好")), agent[0].text
    assert not [u for u in result.utterances if u.role == "customer" and u.text.strip("，,。 ") == "您"]
    assert "missing_greeting" not in {h.category for h in result.hits}


def test_a_decoding_loop_is_heard_again_not_lost(analyzer):
    """samples/2027-01-08/c0002.wav (64 s, outbound): heard in one pass, Whisper base fell
    into 点点点… for 20 s, and the call was set aside as asr_unreliable with its curt
    长话短说 unreported. The looping segment is now dropped and its speech transcribed
    again on its own."""
    from pipeline.model import CallRecord
    from pipeline.transcribe import repetition_problem

    path = REPO / "samples" / "2027-01-08" / "c0002.wav"
    result = analyzer.analyze(CallRecord(file=str(path), recording_id="loop",
                                         channel_layout="agent-left", direction="outbound"))
    assert result.status == "ok", result.error
    assert repetition_problem([u.text for u in result.utterances]) is None
    customer = "".join(u.text for u in result.utterances if u.role == "customer")
    assert "刮" in customer and "记录" in customer      # the customer's turn under the loop
    assert "forbidden_phrase" in {h.category for h in result.hits}


def test_the_initial_prompt_read_back_is_no_utterance(analyzer):
    """samples/2026-12-11/c0003.mp3 (59 s): after the customer's last words Whisper base
    read the initial prompt back (请用简体中文和标…), and it stood as the agent's last
    utterance, where the closing is looked for. It is dropped, and said why."""
    from pipeline.model import CallRecord

    path = REPO / "samples" / "2026-12-11" / "c0003.mp3"
    result = analyzer.analyze(CallRecord(file=str(path), recording_id="echo",
                                         channel_layout="agent-left"))
    assert result.status == "ok", result.error
    assert not [u.text for u in result.utterances if "简体" in u.text]
    assert any("简体" in d for d in result.asr["dropped"])
    assert result.utterances[-1].text.startswith("那好吧")
