"""The ``similarity`` kind and ``semantic`` alternatives in phrase lists (no ASR)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from pipeline.model import CallTranscript, Utterance
from qa_rules.engine import check_file, evaluate, evaluate_rule, load_rulebook
from qa_rules.problems import RulebookError
from qa_rules.schema import validate_rulebook

DEFAULT = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"
SCORECARD = {"sections": [{"id": "a", "name": "服务态度", "items": [
    {"id": "a.1", "name": "不推诿", "weight": 10, "categories": ["shirking", "forbidden_phrase"]},
    {"id": "a.2", "name": "确认", "weight": 10, "categories": ["missing_confirmation"]}]}]}
SIMILAR = {"id": "semantic.shirking", "kind": "similarity", "category": "shirking",
           "severity": "major", "message": "推诿", "semantic": {"label": "shirking"},
           "examples": {"hit": ["你去问别的部门吧"], "ok": ["我马上为您处理"]}}


def book(*rules: dict) -> dict:
    return {"rulebook": "t", "version": "1.0.0", "scorecard": copy.deepcopy(SCORECARD),
            "rules": [copy.deepcopy(r) for r in rules]}


def call(*lines: tuple[str, str]) -> CallTranscript:
    utts = [Utterance(role=r, start_s=3.0 * k, end_s=3.0 * k + 3.0, text=t)  # type: ignore[arg-type]
            for k, (r, t) in enumerate(lines)]
    return CallTranscript(utts, 3.0 * len(utts))


@pytest.fixture(scope="module")
def default():
    return load_rulebook(DEFAULT)


def hits_of(rule: dict, *lines: tuple[str, str]):
    rb = validate_rulebook(book(rule))
    return evaluate_rule(rb.rules[0], call(*lines))


def test_paraphrased_brush_off_is_found_with_probability_as_confidence():
    (hit,) = hits_of(SIMILAR, ("agent", "这个不是我们管的,你自己找物业去"))
    assert hit.method == "semantic" and 0.5 <= hit.confidence <= 1.0
    assert hit.category == "shirking" and "推诿搪塞" in hit.evidence
    assert hit.start_s == 0.0 and hit.end_s == 3.0


def test_asr_noise_still_reads_as_a_brush_off():
    assert hits_of(SIMILAR, ("agent", "那不是我们不门负则的,你去问别的不门吧"))


@pytest.mark.parametrize("text", [
    "这事归我们管,我马上为您处理",
    "这个需要维修部处理,我现在帮您转接,请稍等",
    "不是您的问题,是我们系统出了故障",
    "您好,请问有什么可以帮您",
])
def test_hard_negatives_are_not_brush_offs(text):
    assert hits_of(SIMILAR, ("agent", text)) == []


def test_customer_and_unknown_speakers_are_not_judged():
    text = "那不是我们负责的,你去问别的部门吧"
    assert hits_of(SIMILAR, ("customer", text)) == []
    assert hits_of(SIMILAR, ("unknown", text)) == []


def test_like_sentences_work_without_a_model_class():
    rule = {**SIMILAR, "semantic": None, "like": ["请问您的手机号码是多少"], "threshold": 0.6,
            "unlike": ["您的手机号码已经登记好了"]}
    rule.pop("semantic")
    (hit,) = hits_of(rule, ("agent", "您的手机号码是多少"))
    assert "与示例「请问您的手机号码是多少」相似度" in hit.evidence
    assert hits_of(rule, ("agent", "您的手机号码已经登记好了")) == []   # nearer an unlike
    assert hits_of(rule, ("agent", "您家住哪个小区")) == []


def test_exclusions_veto_and_short_utterances_are_not_judged():
    rule = {**SIMILAR, "exclude": [{"regex": "您是说"}], "min_chars": 5}
    assert hits_of(rule, ("agent", "您是说营业厅让您去问别的部门吧")) == []
    assert hits_of(rule, ("agent", "找别人")) == []


def test_a_sentence_flagged_by_a_phrase_rule_is_not_deducted_twice(default):
    transcript = call(("agent", "您好,请问有什么可以帮您"), ("customer", "电梯坏了"),
                      ("agent", "这事不归我们管,你去问别的部门吧"))
    rule_ids = [h.rule_id for h in evaluate(default, transcript) if h.start_s == 6.0]
    assert "forbidden.not_our_business" in rule_ids
    assert "semantic.shirking" not in rule_ids


def test_semantic_alternative_satisfies_a_requirement(default):
    rule = next(r for r in default.rules if r.id == "required.confirmation")
    assert evaluate_rule(rule, call(("agent", "我刚才讲的这些您都了解了吧,还有什么疑问吗"))) == []
    (hit,) = evaluate_rule(rule, call(("agent", "好的,已经给您登记了")))
    assert "意思相近的说法" in hit.evidence


def test_semantic_needs_any():
    rule = {"id": "required.x", "kind": "required", "category": "missing_confirmation",
            "severity": "major", "message": "确认",
            "match": {"all": ["清楚"], "semantic": {"label": "confirmation"}}}
    with pytest.raises(RulebookError, match="'semantic' is an alternative"):
        validate_rulebook(book(rule))


def test_lint_rejects_a_class_the_model_does_not_have(tmp_path):
    path = tmp_path / "rb.yaml"
    path.write_text(yaml.safe_dump(book({**SIMILAR, "semantic": {"label": "sarcasm"}}),
                                   allow_unicode=True), encoding="utf-8")
    (problem,) = [p for p in check_file(path) if "sarcasm" in p]
    assert "rule 'semantic.shirking': field 'semantic'" in problem
    assert "has no class 'sarcasm'" in problem and "shirking" in problem


def test_default_curt_rule_maps_to_forbidden_phrase_and_spares_short_replies(default):
    rule = next(r for r in default.rules if r.id == "semantic.curt")
    (hit,) = evaluate_rule(rule, call(("agent", "这么简单的事你都不会吗,自己看说明书")))
    assert hit.category == "forbidden_phrase" and hit.severity == "major"
    assert evaluate_rule(rule, call(("agent", "你说吧"))) == []
