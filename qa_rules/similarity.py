"""The ``similarity`` kind: an utterance that means what the example sentences mean.

Brush-offs (那不是我们负责的, 你去问别的部门吧) come in endless wordings and
survive ASR only approximately (部门 → 不闯); phrase lists cannot enumerate
them. A similarity rule asks the semantic model instead: the class
probability (``semantic``) and/or the similarity to the rule's own ``like``
sentences. Prohibitions follow the phrase rules' role policy: speech of
unknown role never triggers, and ``exclude`` (negation, quoting, an offer to
help) vetoes the utterance.
"""
from __future__ import annotations

from pipeline.model import RuleHit, Utterance
from qa_rules.evaluator import Indexed, role_utts, select_window, vetoed
from qa_rules.normalize import normalize
from qa_rules.schema import SimilarityRule
from qa_rules.semantic import LABEL_ZH, class_probability, nearest

QUOTE_MAX = 60


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX] + "…"


def judge(rule: SimilarityRule, text: str) -> tuple[float, str] | None:
    """``(confidence, reason)`` if the utterance matches the rule, else ``None``."""
    if len(normalize(text).text) < rule.min_chars:
        return None
    found: list[tuple[float, str]] = []
    if rule.like:
        sim, example = nearest(text, rule.like)
        if sim >= rule.threshold:
            near_miss, _ = nearest(text, rule.unlike)
            if near_miss < sim:
                found.append((sim, f"与示例「{example}」相似度{sim:.2f}"))
    if rule.semantic is not None:
        p = class_probability(rule.semantic, text)
        if p is not None:
            label = LABEL_ZH.get(rule.semantic.label, rule.semantic.label)
            found.append((p, f"语义判断:{label},概率{p:.2f}"))
    return max(found) if found else None


def _hit(rule: SimilarityRule, utt: Utterance, role: str, conf: float, reason: str) -> RuleHit:
    return RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                   role=role,  # type: ignore[arg-type]
                   start_s=utt.start_s, end_s=utt.end_s,
                   evidence=f"「{_quote(utt.text)}」({reason})", method="semantic",
                   confidence=round(conf, 2))


def eval_similarity(rule: SimilarityRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """One hit per utterance of ``role`` in the window that matches the rule."""
    own = role_utts(utts, rule.role, include_unknown=False)
    by_idx = dict(own)
    hits = []
    for i in sorted(select_window(rule.window, own, duration_s)):
        utt = by_idx[i]
        verdict = judge(rule, utt.text)
        if verdict is None or vetoed(rule.exclude, rule.method, utt.text):
            continue
        role = utt.role if rule.role == "any" else rule.role
        hits.append(_hit(rule, utt, role, *verdict))
    return hits
