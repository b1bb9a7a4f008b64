"""Scorecard scoring: deductions, caps, N/A items, auto-fail, grades, too-short calls."""
from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.model import RuleHit
from pipeline.scoring import grade_for, is_too_short, score_call
from qa_rules.engine import load_rulebook
from qa_rules.scorecard import Scorecard

DEFAULT = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"

CARD = {
    "min_duration_s": 10,
    "deductions": {"critical": 15, "major": 5, "minor": 2},
    "sections": [
        {"id": "attitude", "name": "服务态度", "items": [
            {"id": "a1", "name": "礼貌用语", "weight": 10,
             "categories": ["missing_greeting", "missing_closing"]},
            {"id": "a3", "name": "服务忌语", "weight": 15, "categories": ["forbidden_phrase"],
             "auto_fail": True},
            {"id": "a4", "name": "推诿", "weight": 10, "categories": ["shirking"]},
            {"id": "a5", "name": "道歉", "weight": 5, "categories": ["missing_apology"],
             "deductions": {"major": 5}},
        ]},
        {"id": "skills", "name": "处理技巧", "items": [
            {"id": "s2", "name": "控制交谈", "weight": 60, "machine": False},
        ]},
    ],
}


def hit(category: str, severity: str = "major", rule_id: str | None = None) -> RuleHit:
    return RuleHit(rule_id=rule_id or f"r.{category}", category=category, severity=severity,
                   role="agent", start_s=1.0, end_s=2.0, evidence="…", method="exact")


def item(score, item_id):
    return next(i for i in score.items if i.item_id == item_id)


def test_clean_call_scores_100_and_na_items_are_excluded():
    s = score_call([], CARD, 120.0)
    assert s.score == 100.0 and s.grade == "优秀" and not s.critical_failed
    na = item(s, "s2")
    assert na.status == "na" and na.earned is None and na.section == "处理技巧"


def test_score_is_earned_over_machine_scorable_weights():
    # 40 machine points; missing greeting (major, -5) -> 35/40, the 60 N/A points don't count
    s = score_call([hit("missing_greeting")], CARD, 120.0)
    assert s.score == 87.5 and s.grade == "良好"
    a1 = item(s, "a1")
    assert a1.status == "deducted" and a1.earned == 5 and a1.rule_ids == ["r.missing_greeting"]


def test_deductions_are_capped_at_the_item_weight():
    hits = [hit("shirking", rule_id=f"r{i}") for i in range(5)]     # 5 × 5 = 25 > 10
    s = score_call(hits, CARD, 120.0)
    assert item(s, "a4").earned == 0 and s.score == 75.0
    assert item(s, "a4").rule_ids == [f"r{i}" for i in range(5)]


def test_critical_forbidden_phrase_fails_the_call():
    s = score_call([hit("forbidden_phrase", "critical")], CARD, 120.0)
    assert s.critical_failed and s.score == 0.0 and s.grade == "不合格"
    assert item(s, "a3").status == "failed" and item(s, "a3").earned == 0


def test_major_forbidden_phrase_only_deducts():
    s = score_call([hit("forbidden_phrase", "major")], CARD, 120.0)
    assert not s.critical_failed and item(s, "a3").earned == 10


def test_critical_outside_auto_fail_items_only_deducts():
    s = score_call([hit("shirking", "critical")], CARD, 120.0)
    assert not s.critical_failed and item(s, "a4").earned == 0


def test_per_item_deduction_override_and_unmapped_categories():
    s = score_call([hit("missing_apology"), hit("speech_rate")], CARD, 120.0)
    assert item(s, "a5").earned == 0
    assert s.score == 87.5                     # speech_rate maps to no item


def test_too_short_call_is_not_scored():
    assert is_too_short(9.9, CARD) and not is_too_short(10.0, CARD)
    s = score_call([hit("forbidden_phrase", "critical")], CARD, 5.0)
    assert s.score is None and s.grade is None and s.items == []
    assert is_too_short(30.0, {**CARD, "min_duration_s": 45})


@pytest.mark.parametrize("score,grade", [(90, "优秀"), (89.99, "良好"), (80, "良好"),
                                         (60, "合格"), (59.9, "不合格"), (0, "不合格")])
def test_default_grade_bands(score, grade):
    assert grade_for(score, Scorecard.model_validate(CARD)) == grade


def test_grade_bands_are_configurable():
    card = {**CARD, "grades": [{"grade": "达标", "min": 75}, {"grade": "未达标", "min": 0}]}
    assert score_call([hit("missing_greeting")], card, 60).grade == "达标"
    assert score_call([hit("forbidden_phrase", "critical")], card, 60).grade == "未达标"


def test_unknown_category_is_rejected():
    bad = {**CARD, "sections": [{"id": "x", "name": "x", "items": [
        {"id": "i", "name": "i", "weight": 1, "categories": ["rudeness"]}]}]}
    with pytest.raises(ValidationError, match="unknown category 'rudeness'"):
        score_call([], bad, 60)


def test_category_mapped_twice_is_rejected():
    bad = {**CARD, "sections": [{"id": "x", "name": "x", "items": [
        {"id": "i", "name": "i", "weight": 1, "categories": ["shirking"]},
        {"id": "j", "name": "j", "weight": 1, "categories": ["shirking"]}]}]}
    with pytest.raises(ValidationError, match="deducted twice"):
        Scorecard.model_validate(bad)


def test_default_rulebook_scorecard():
    card = load_rulebook(DEFAULT).scorecard
    assert card is not None
    weights = {sec.name: sum(i.weight for i in sec.items) for sec in card.sections}
    assert weights == {"服务态度": 70, "处理技巧": 30}
    s = score_call([hit("missing_greeting")], card, 120.0)
    assert s.score == round(100 * 65 / 70, 2)              # 处理技巧 all N/A today
    assert [i.status for i in s.items].count("na") == 5
    assert score_call([hit("forbidden_phrase", "critical")], card, 120.0).grade == "不合格"
