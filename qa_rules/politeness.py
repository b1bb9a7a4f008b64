"""The ``politeness`` kind: 您 rather than 你, and 请, over the agent's whole call.

004 三要: "请"字当头, "您"字不离口. Whisper often writes 你 for 您 (and 你好 for
您好), so a single 你 proves nothing: the rule judges the share of 你 among
all 你/您 over the call, only once 你 was heard ``min_count`` times, and it
never counts the words in ``ignore`` (你好, 你们). Low severity by design.
"""
from __future__ import annotations

from pipeline.model import RuleHit, Utterance
from qa_rules.evaluator import Indexed, role_utts, select_window, vetoed
from qa_rules.normalize import normalize
from qa_rules.schema import PolitenessRule

QUOTE_MAX = 30


def address_counts(text: str, ignore: list[str]) -> tuple[int, int]:
    """``(你, 您)`` counts in the normalised text, without the ignored words."""
    t = normalize(text).text
    for word in sorted(ignore, key=len, reverse=True):
        w = normalize(word).text
        if w:
            t = t.replace(w, "\0")
    return t.count("你"), t.count("您")


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX] + "…"


def _hit(rule: PolitenessRule, utts: list[Utterance], evidence: str, conf: float) -> RuleHit:
    return RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                   role=rule.role if rule.role != "any" else "unknown",  # type: ignore[arg-type]
                   start_s=utts[0].start_s, end_s=utts[-1].end_s, evidence=evidence,
                   method="regex", confidence=round(conf, 2))


def _address(rule: PolitenessRule, utts: list[Utterance]) -> list[RuleHit]:
    ni = nin = 0
    rude: list[Utterance] = []
    for u in utts:
        a, b = address_counts(u.text, rule.ignore)
        ni, nin = ni + a, nin + b
        if a:
            rude.append(u)
    if ni < rule.min_count or ni / (ni + nin) <= rule.max_ratio:
        return []
    share = ni / (ni + nin)
    examples = "".join(f"「{_quote(u.text)}」" for u in rude[:2])
    evidence = (f"坐席称呼客户用「你」{ni}次、「您」{nin}次(「你」占{share:.0%}),"
                f"例如{examples}")
    # ASR writes 你 for 您: even a clear share is not certain
    return [_hit(rule, rude, evidence, min(0.9, share))]


def _please(rule: PolitenessRule, utts: list[Utterance]) -> list[RuleHit]:
    if len(utts) < rule.min_utterances:
        return []
    n = sum(normalize(u.text).text.count("请") for u in utts)
    if n >= rule.min_count:
        return []
    evidence = f"坐席{len(utts)}句话中「请」字只出现{n}次(要求至少{rule.min_count}次)"
    return [_hit(rule, utts, evidence, 0.8)]


def eval_politeness(rule: PolitenessRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """At most one hit per call: the measure is about the whole conversation."""
    own = role_utts(utts, rule.role, include_unknown=False)
    window = select_window(rule.window, own, duration_s)
    mine = [u for i, u in own if i in window and not vetoed(rule.exclude, rule.method, u.text)]
    if not mine:
        return []
    return _address(rule, mine) if rule.measure == "address" else _please(rule, mine)
