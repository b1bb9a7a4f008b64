"""How the apology rule cuts a reply into units, and the complaint trigger's calibration."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import CallTranscript, Utterance
from qa_rules.engine import evaluate_rule, load_rulebook
from qa_rules.problems import RulebookError
from qa_rules.schema import validate_rulebook
from qa_rules.semantic import clauses, sentences
from tools.calibrate_complaint import choose, counts, with_trigger_threshold

DEFAULT = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"


@pytest.fixture(scope="module")
def default():
    return load_rulebook(DEFAULT)


def call(*lines: tuple[str, str]) -> CallTranscript:
    utts = [Utterance(role=r, start_s=3.0 * k, end_s=3.0 * k + 3.0, text=t)  # type: ignore[arg-type]
            for k, (r, t) in enumerate(lines)]
    return CallTranscript(utts, 3.0 * len(utts))


def test_sentences_split_at_full_stops_not_commas():
    text = "您带的狗粮吃完了,换成了我们的。您先带它去医院看看?好"
    assert [text[a:b] for a, b in sentences(text)] == [
        "您带的狗粮吃完了,换成了我们的。", "您先带它去医院看看?", "好"]
    assert len(clauses(text)) == 4
    assert sentences("一句话,没有句号") == []        # one sentence: the whole text is judged


def test_a_spec_splits_into_clauses_or_sentences_not_both():
    rule = {"id": "anchored.x", "kind": "anchored", "category": "missing_apology",
            "severity": "major", "message": "道歉", "role": "agent", "trigger_role": "customer",
            "trigger": {"any": ["投诉"]},
            "then": {"any": ["抱歉"], "semantic": {"label": "apology", "clauses": True,
                                                 "sentences": True}}}
    book = {"rulebook": "t", "version": "1.0.0", "rules": [rule], "scorecard": {"sections": [
        {"id": "a", "name": "服务态度", "items": [
            {"id": "a.1", "name": "致歉", "weight": 10, "categories": ["missing_apology"]}]}]}}
    with pytest.raises(RulebookError, match="clauses or sentences, not both"):
        validate_rulebook(book, "t.yaml")


def test_a_fragment_with_women_de_is_no_apology_but_a_sentence_of_one_is(default):
    rule = next(r for r in default.rules if r.id == "anchored.apology")
    complaint = ("customer", "狗接回来就一直拉肚子,你们太过分了")
    (hit,) = evaluate_rule(rule, call(complaint, (
        "agent", "记录上写着您带的狗粮吃完了,换成了我们的。您先带它去宠物医院看看。")))
    assert hit.category == "missing_apology"
    assert evaluate_rule(rule, call(complaint, (
        "agent", "我看了记录,确实是我们没做到位。今天就给您补发。"))) == []


def test_the_trigger_threshold_is_the_rulebooks_and_the_calibration_varies_only_it(default):
    rule = next(r for r in default.rules if r.id == "anchored.apology")
    assert rule.trigger.semantic.min_probability == 0.94
    complaint = call(("customer", "排了两个钟头还没叫到号,你们这什么效率"),   # no listed phrase
                     ("agent", "您报一下手机号"))
    assert evaluate_rule(rule, complaint)
    strict = with_trigger_threshold(default, 1.0)
    (strict_rule,) = [r for r in strict.rules if r.id == "anchored.apology"]
    assert evaluate_rule(strict_rule, complaint) == []
    assert strict_rule.trigger.any == rule.trigger.any and strict_rule.then == rule.then
    assert [r for r in strict.rules if r.id != rule.id] == [r for r in default.rules if r.id != rule.id]
    assert rule.trigger.semantic.min_probability == 0.94           # the original is untouched


def test_calibration_prefers_f1_then_the_lowest_threshold():
    def rows(day, tp, fp, fn):
        return ([{"day": day, "truth": {"missing_apology"}, "callqa": {"missing_apology"}}] * tp
                + [{"day": day, "truth": set(), "callqa": {"missing_apology"}}] * fp
                + [{"day": day, "truth": {"missing_apology"}, "callqa": set()}] * fn)
    per = {0.90: rows("a", 5, 3, 0) + rows("b", 5, 3, 0),
           0.94: rows("a", 5, 0, 0) + rows("b", 5, 1, 0),
           0.95: rows("a", 5, 0, 0) + rows("b", 5, 1, 0),
           0.99: rows("a", 3, 0, 2) + rows("b", 3, 0, 2)}
    assert counts(per[0.94]) == (10, 1, 0)
    assert choose(per, {"a", "b"}) == 0.94
    assert choose(per, {"a"}) == 0.94
