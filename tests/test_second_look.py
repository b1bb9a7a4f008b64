"""Absence findings are re-heard on the agent's own channel before they are kept."""
from pathlib import Path

import numpy as np
import pytest

from pipeline.model import CallRecord, CallTranscript, Utterance
from pipeline.second_look import recheck_absences
from qa_rules.engine import evaluate, evaluate_rule, load_rulebook

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook(ROOT / "qa_rules" / "rulebooks" / "default.yaml")


def _call(*lines, duration=40.0):
    utts = [Utterance(role=r, start_s=t, end_s=t + 3.0, text=x) for r, t, x in lines]
    return CallTranscript(utts, duration)


def _rules(rulebook):
    return {r.id: r for r in rulebook.rules}


OPENING_LOST = _call(("customer", 0.0, "喂,你好"), ("agent", 3.5, "我是美家电器售后的王芳,现在方便吗"),
                     ("customer", 8.0, "方便"), ("agent", 12.0, "师傅上门有没有另外收费"),
                     ("customer", 20.0, "没有"),
                     ("agent", 30.0, "跟您确认一下,没有收费对吗"), ("customer", 34.0, "对"),
                     ("agent", 36.0, "感谢您的支持,再见"))
TRACKS = {"agent": np.zeros(16000 * 40, np.float32), "customer": np.zeros(16000 * 40, np.float32)}


def test_a_greeting_the_second_pass_hears_drops_the_finding(rulebook):
    hits = evaluate(rulebook, OPENING_LOST)
    assert "required.greeting" in {h.rule_id for h in hits}
    calls = []

    def hear(role, a, b):
        calls.append((role, a, b))
        return [Utterance("agent", 3.4, 6.0, "您好,我是美家电器售后的王芳,现在方便吗")]

    kept, looks = recheck_absences(hits, _rules(rulebook), OPENING_LOST, TRACKS, hear, evaluate_rule)
    assert "required.greeting" not in {h.rule_id for h in kept}
    assert calls == [("agent", 0.0, 15.5)]
    (look,) = [x for x in looks if x.rule_id == "required.greeting"]
    assert look.finding_kept is False and "您好" in look.heard


def test_a_second_pass_that_hears_no_greeting_keeps_it(rulebook):
    hits = evaluate(rulebook, OPENING_LOST)
    kept, looks = recheck_absences(hits, _rules(rulebook), OPENING_LOST, TRACKS,
                                   lambda role, a, b: [Utterance("agent", 3.5, 6.0, "喂,你说")],
                                   evaluate_rule)
    assert [h.rule_id for h in kept] == [h.rule_id for h in hits]
    assert all(x.finding_kept for x in looks)


def test_a_stretch_whose_speech_is_all_worded_is_not_reheard(rulebook):
    hits = evaluate(rulebook, OPENING_LOST)
    speech = {"agent": [(3.5, 6.5), (12.0, 15.0)], "customer": [(0.0, 3.0)]}
    kept, looks = recheck_absences(
        hits, _rules(rulebook), OPENING_LOST, TRACKS,
        lambda *a: pytest.fail("every stretch of speech already has words"), evaluate_rule,
        speech=speech)
    assert kept == hits and looks == []
    # 0.5 s of speech before the first word (a dropped 您好) is reason to listen again
    speech["agent"][0] = (3.0, 6.5)
    _, looks = recheck_absences(hits, _rules(rulebook), OPENING_LOST, TRACKS,
                                lambda *a: [], evaluate_rule, speech=speech)
    assert [x.rule_id for x in looks] == ["required.greeting"]


def test_uncovered_speech_is_measured_in_the_stretch_only():
    from pipeline.second_look import uncovered_speech_s

    utts = [Utterance("agent", 1.0, 2.0, "您好")]
    assert uncovered_speech_s([(0.5, 2.0)], utts, 0.0, 10.0) == pytest.approx(0.35, abs=0.02)
    assert uncovered_speech_s([(20.0, 25.0)], utts, 0.0, 10.0) == 0.0


def test_prohibitions_are_not_reheard(rulebook):
    t = _call(("agent", 0.0, "您好,这里是客服中心,请问有什么可以帮您"), ("customer", 4.0, "我家停电了"),
              ("agent", 8.0, "这事不归我们管"), ("customer", 12.0, "好吧"),
              ("agent", 15.0, "跟您确认一下,是停电对吗"), ("agent", 18.0, "感谢来电,再见"),
              duration=22.0)
    hits = evaluate(rulebook, t)
    assert {h.category for h in hits} == {"forbidden_phrase"}
    kept, looks = recheck_absences(
        hits, _rules(rulebook), t, TRACKS,
        lambda *a: pytest.fail("only time-bounded absence findings are re-heard"), evaluate_rule)
    assert kept == hits and looks == []


def test_one_pass_serves_findings_about_the_same_stretch(rulebook):
    """A 20-s call missing both greeting and closing: opening and ending overlap, so the
    agent's channel is transcribed again once; the minor self-introduction is not re-heard."""
    t = _call(("agent", 0.0, "喂"), ("customer", 2.0, "我要查话费"), ("agent", 6.0, "手机号多少"),
              ("customer", 9.0, "一三九"), ("agent", 12.0, "本月六十八元,您清楚了吗"),
              ("customer", 16.0, "好"), duration=20.0)
    hits = evaluate(rulebook, t)
    assert {"required.greeting", "required.closing", "required.self_intro"} <= {h.rule_id for h in hits}
    calls = []
    kept, looks = recheck_absences(hits, _rules(rulebook), t, TRACKS,
                                   lambda role, a, b: calls.append((a, b)) or [], evaluate_rule)
    assert calls == [(0.0, 20.0)]
    assert sorted(x.rule_id for x in looks) == ["required.closing", "required.greeting"]
    assert {h.rule_id for h in kept} == {h.rule_id for h in hits}


@pytest.mark.asr
def test_real_call_whose_opening_greeting_the_stream_loses(analyzer):
    """Sample call c0012 (outbound): the customer's 喂你好 is followed by the agent's 您好,
    which the one-pass stereo stream can drop; the agent's channel alone hears it."""
    day = ROOT / "samples" / "2026-11-20"
    rec = CallRecord(file=str(day / "c0012.wav"), recording_id="c0012", channel_layout="agent-left",
                     direction="outbound")
    result = analyzer.analyze(rec)
    assert result.status == "ok", result.error
    assert "missing_greeting" not in {h.category for h in result.hits}
    agent_opening = "".join(u.text for u in result.utterances if u.role == "agent" and u.start_s < 15)
    looks = result.asr.get("second_look", [])
    assert "您好" in agent_opening or any(
        x["rule_id"] == "required.greeting" and not x["finding_kept"] and "您好" in x["heard"]
        for x in looks)


@pytest.mark.asr
def test_real_missing_greeting_survives_the_second_pass(analyzer, data_dir):
    from tests.conftest import analyze_clip

    result = analyze_clip(analyzer, data_dir, "fx_forbidden_nogreet.wav")
    assert "missing_greeting" in {h.category for h in result.hits}
    # re-heard only if some of the opening's speech had no word on it; if so, it stood
    assert all(x["finding_kept"] for x in result.asr.get("second_look", [])
               if x["rule_id"] == "required.greeting")
