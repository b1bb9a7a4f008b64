"""Turn a call's rule hits into a scorecard score and grade.

Each scorecard item loses a per-severity deduction for every hit in its
categories, capped at the item's weight. Items only an inspector can judge are
N/A and left out of the denominator, so the score is
``100 × earned / sum of machine-scorable weights``. A critical hit in an
``auto_fail`` item (服务忌语) fails the whole call: score 0 and the failing
grade. Weights, deductions and grade bands are configuration: the centre's
documents give none (see the scorecard in the rulebook).
"""
from __future__ import annotations

from typing import Any, Mapping

from pipeline.model import CallScore, RuleHit, ScoreItem
from qa_rules.scorecard import Scorecard


def as_scorecard(scorecard: Scorecard | Mapping[str, Any]) -> Scorecard:
    """Accept a validated ``Scorecard`` or the plain mapping from YAML."""
    return scorecard if isinstance(scorecard, Scorecard) else Scorecard.model_validate(scorecard)


def is_too_short(duration_s: float | None, scorecard: Scorecard | Mapping[str, Any]) -> bool:
    """Calls shorter than ``min_duration_s`` (wrong numbers, dropped lines) are not scored."""
    return duration_s is None or duration_s < as_scorecard(scorecard).min_duration_s


def grade_for(score: float, scorecard: Scorecard) -> str:
    """The first band (best first) whose ``min`` the score reaches."""
    for band in scorecard.grades:
        if score >= band.min:
            return band.grade
    return scorecard.grades[-1].grade


def score_call(hits: list[RuleHit], scorecard: Scorecard | Mapping[str, Any],
               duration_s: float | None) -> CallScore:
    """Score one call; ``CallScore(score=None, grade=None)`` if it is too short."""
    card = as_scorecard(scorecard)
    if is_too_short(duration_s, card):
        return CallScore(score=None, grade=None)
    items: list[ScoreItem] = []
    failed = False
    for section in card.sections:
        for spec in section.items:
            if not spec.machine:
                items.append(ScoreItem(spec.id, section.name, spec.name, spec.weight,
                                       None, "na"))
                continue
            mine = [h for h in hits if h.category in spec.categories]
            lost = min(spec.weight, sum(card.deduction(spec, h.severity) for h in mine))
            status = "deducted" if mine else "ok"
            earned = spec.weight - lost
            if spec.auto_fail and any(h.severity == "critical" for h in mine):
                failed, status, earned = True, "failed", 0.0
            rule_ids = sorted({h.rule_id for h in mine})
            items.append(ScoreItem(spec.id, section.name, spec.name, spec.weight,
                                   earned, status, rule_ids))  # type: ignore[arg-type]
    scorable = sum(i.weight for i in items if i.earned is not None)
    if scorable <= 0:
        return CallScore(score=None, grade=None, items=items)
    if failed:
        return CallScore(score=0.0, grade=card.failing_grade, critical_failed=True, items=items)
    score = round(100.0 * sum(i.earned or 0.0 for i in items) / scorable, 2)
    return CallScore(score=score, grade=grade_for(score, card), items=items)
