"""The ``repetition`` kind: the agent asks the customer the same question again.

000 §1 item 7: 不能心不在焉或反复多次询问客户同一问题. A question counts as
asked again when it is similar to an earlier question of the same speaker
(cosine in the semantic model's TF-IDF space, which also hears 手机号 in
手机好) and, with ``require_answer``, the other party spoke in between: asking
again into silence, or after 没听清 (``exclude``), is no fault.
"""
from __future__ import annotations

import re

from pipeline.model import RuleHit, Utterance
from qa_rules.evaluator import Indexed, role_utts, select_window, vetoed
from qa_rules.normalize import normalize
from qa_rules.schema import RepetitionRule
from qa_rules.semantic import similarity

#: Questions: a question mark, a question particle, or a question word.
QUESTION = re.compile(r"[??]|[吗嘛么呢]\s*$|多少|什么|哪|几|是否|是不是|有没有|能不能|"
                      r"可不可以|怎么|请问|对吗|对吧|没有\s*$")
QUOTE_MAX = 40


def is_question(text: str) -> bool:
    """Does the utterance ask something? (punctuation or wording; ASR drops '?')."""
    return bool(QUESTION.search(text))


def _answered_between(utts: Indexed, a: int, b: int, role: str) -> bool:
    """Did someone other than ``role`` speak between positions ``a`` and ``b``?"""
    return any(u.role not in (role, "unknown") and normalize(u.text).text
               for _, u in utts[a + 1:b])


def _clusters(rule: RepetitionRule, utts: Indexed, asks: list[int]) -> list[list[int]]:
    """Chains of the same question: each ask joins the first chain holding an ask
    it resembles (a third wording may echo the first more than the second) and, if
    required, whose latest ask was answered since."""
    chains: list[list[int]] = []
    for pos in asks:
        text = utts[pos][1].text
        for chain in chains:
            last = chain[-1]
            if max(similarity(text, utts[p][1].text) for p in chain) >= rule.threshold and (
                    not rule.require_answer or _answered_between(utts, last, pos, rule.role)):
                chain.append(pos)
                break
        else:
            chains.append([pos])
    return chains


def _hit(rule: RepetitionRule, asked: list[Utterance], conf: float) -> RuleHit:
    first = asked[0].text if len(asked[0].text) <= QUOTE_MAX else asked[0].text[:QUOTE_MAX] + "…"
    times = "、".join(f"{u.start_s:.0f}秒" for u in asked)
    return RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                   role=rule.role if rule.role != "any" else "unknown",  # type: ignore[arg-type]
                   start_s=asked[1].start_s, end_s=asked[-1].end_s,
                   evidence=f"同一问题「{first}」问了{len(asked)}次(分别在{times})",
                   method="semantic", confidence=round(conf, 2))


def eval_repetition(rule: RepetitionRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """One hit per question asked at least ``min_times`` times."""
    own = role_utts(utts, rule.role, include_unknown=False)
    window = select_window(rule.window, own, duration_s)
    pos_of = {i: p for p, (i, _) in enumerate(utts)}
    asks = []
    for i, u in own:
        if i not in window or len(normalize(u.text).text) < rule.min_chars:
            continue
        if rule.questions_only and not is_question(u.text):
            continue
        if vetoed(rule.exclude, rule.method, u.text):
            continue
        asks.append(pos_of[i])
    hits = []
    for chain in _clusters(rule, utts, asks):
        if len(chain) >= rule.min_times:
            asked = [utts[p][1] for p in chain]
            conf = min(similarity(asked[0].text, u.text) for u in asked[1:])
            hits.append(_hit(rule, asked, min(conf, 1.0)))
    return hits
