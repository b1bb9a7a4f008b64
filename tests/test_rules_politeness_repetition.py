"""The ``politeness`` (你 vs 您, 请) and ``repetition`` (same question again) kinds."""
from __future__ import annotations

import copy

import pytest

from pipeline.model import CallTranscript, Utterance
from qa_rules.engine import evaluate_rule
from qa_rules.politeness import address_counts
from qa_rules.repetition import is_question
from qa_rules.schema import validate_rulebook

SCORECARD = {"sections": [{"id": "a", "name": "服务态度", "items": [
    {"id": "a.1", "name": "礼貌", "weight": 10, "categories": ["impolite_address"]},
    {"id": "a.7", "name": "不反复询问", "weight": 4, "categories": ["repeated_question"]}]}]}
ADDRESS = {"id": "politeness.address", "kind": "politeness", "measure": "address",
           "category": "impolite_address", "severity": "minor", "message": "你/您"}
PLEASE = {**ADDRESS, "id": "politeness.please", "measure": "please", "min_utterances": 4,
          "min_count": 1}
REPEAT = {"id": "repetition.same_question", "kind": "repetition",
          "category": "repeated_question", "severity": "minor", "message": "重复询问",
          "threshold": 0.6, "exclude": [{"regex": "没听清|再说一遍"}]}


def rule_of(data: dict):
    rb = validate_rulebook({"rulebook": "t", "version": "1.0.0",
                            "scorecard": copy.deepcopy(SCORECARD), "rules": [copy.deepcopy(data)]})
    return rb.rules[0]


def call(*lines: tuple[str, str]) -> CallTranscript:
    utts = [Utterance(role=r, start_s=3.0 * k, end_s=3.0 * k + 3.0, text=t)  # type: ignore[arg-type]
            for k, (r, t) in enumerate(lines)]
    return CallTranscript(utts, 3.0 * len(utts))


# ------------------------------------------------------------------ politeness

def test_address_counts_ignore_greeting_and_plural():
    assert address_counts("你好,你们那边,你的手机号,您稍等", ["你好", "你们"]) == (1, 1)


def test_agent_who_mostly_says_ni_is_flagged_once_per_call():
    (hit,) = evaluate_rule(rule_of(ADDRESS), call(
        ("agent", "你好"), ("customer", "我查话费"), ("agent", "你手机号多少"),
        ("agent", "你等一下"), ("agent", "你这个月八十块"), ("agent", "您还有事吗")))
    assert hit.category == "impolite_address" and hit.severity == "minor"
    assert "「你」3次、「您」1次" in hit.evidence
    assert hit.start_s == 6.0 and hit.confidence <= 0.9


def test_greeting_ni_hao_at_the_start_is_not_impolite():
    assert evaluate_rule(rule_of(ADDRESS), call(
        ("agent", "你好,这里是客服中心"), ("agent", "你好,能听到吗"), ("agent", "你好"),
        ("agent", "您的问题已经登记"))) == []


def test_a_few_asr_slips_among_polite_speech_are_not_impolite():
    assert evaluate_rule(rule_of(ADDRESS), call(
        ("agent", "您好"), ("agent", "你的手机号是多少"), ("agent", "您稍等"),
        ("agent", "你这个月话费八十元"), ("agent", "您还有其他问题吗"), ("agent", "感谢您的来电"))) == []


def test_customer_saying_ni_is_not_the_agents_fault():
    assert evaluate_rule(rule_of(ADDRESS), call(
        ("customer", "你们怎么回事,你到底管不管,你说啊,你快点"), ("agent", "您别着急"))) == []


def test_please_measure_needs_enough_agent_speech():
    rule = rule_of(PLEASE)
    rude = [("agent", "您好"), ("agent", "手机号多少"), ("agent", "好了"), ("agent", "再见")]
    (hit,) = evaluate_rule(rule, call(*rude))
    assert "「请」字只出现0次" in hit.evidence
    assert evaluate_rule(rule, call(("agent", "您好,请问有什么可以帮您"), *rude[1:])) == []
    assert evaluate_rule(rule, call(*rude[:3])) == []


# ------------------------------------------------------------------ repetition

@pytest.mark.parametrize("text,expected", [
    ("您的手机号码是多少", True), ("请问您住哪个小区", True), ("是本人吗", True),
    ("好的,已经登记了", False), ("您稍等", False)])
def test_question_detection_works_without_punctuation(text, expected):
    assert is_question(text) is expected


def test_same_question_after_an_answer_is_flagged_with_every_time_asked():
    (hit,) = evaluate_rule(rule_of(REPEAT), call(
        ("agent", "请问您的手机号码是多少"), ("customer", "一三九一二三四五六七八"),
        ("agent", "好的"), ("agent", "您的手机号码是多少")))
    assert hit.category == "repeated_question" and hit.method == "semantic"
    assert "问了2次" in hit.evidence and hit.start_s == 9.0


def test_asking_again_into_silence_or_after_a_bad_line_is_no_fault():
    rule = rule_of(REPEAT)
    assert evaluate_rule(rule, call(("agent", "请问您的手机号码是多少"),
                                    ("agent", "喂?请问您的手机号码是多少"))) == []
    assert evaluate_rule(rule, call(("agent", "请问您的手机号码是多少"), ("customer", "一三九"),
                                    ("agent", "不好意思没听清,您的手机号码是多少"))) == []


def test_different_questions_are_not_a_repetition():
    assert evaluate_rule(rule_of(REPEAT), call(
        ("agent", "请问您的手机号码是多少"), ("customer", "一三九"),
        ("agent", "请问您家住哪个小区"), ("customer", "阳光花园"),
        ("agent", "请问您的订单号是多少"))) == []


def test_min_times_three_needs_a_third_ask():
    rule = rule_of({**REPEAT, "min_times": 3})
    lines = [("agent", "您住哪个小区"), ("customer", "阳光花园"), ("agent", "请问您住哪个小区"),
             ("customer", "阳光花园啊")]
    assert evaluate_rule(rule, call(*lines)) == []
    (hit,) = evaluate_rule(rule, call(*lines, ("agent", "您住的是哪个小区")))
    assert "问了3次" in hit.evidence
