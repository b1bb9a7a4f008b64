"""Evaluate rules on a call transcript and produce ``RuleHit`` findings.

Role policy (why it is asymmetric): utterances with role ``unknown`` come from
mono calls without speaker separation. They never *trigger* a prohibition
scoped to agent or customer (a ``phrase`` rule, an ``anchored`` trigger): we
cannot tell who said it, and a false accusation costs an agent more than a
miss costs the centre. For the same reason they *satisfy* requirements
(``required`` rules, the response of ``anchored`` rules) whenever they fall
inside the window, whoever said them. Absence is still asserted when *nobody*
said the required wording: if neither voice of a mono mix closed the call, the
agent did not either (utterance-count windows are doubled there, since two voices
share the count, and the confidence is lower). A ``required`` rule whose window
cannot be evaluated at all (no speech of the role anywhere in the call) produces
no hit. Roles that speaker separation *guessed* for a mono mix
(``CallTranscript.roles_guessed``) are treated the same way for ``required`` rules:
a misattributed 再见 must not become a missing closing. Only words the separation
is sure belong to the other party (posterior >= ``SURE_ROLE``) are left out: a
customer's 清楚了吧 does not stand in for the agent's check.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from pipeline.model import CallTranscript, RuleHit, Utterance
from qa_rules.matchers import DEFAULT_OPTIONS, Match, find
from qa_rules.normalize import normalize
from qa_rules.semantic import LABEL_ZH, class_match
from qa_rules.schema import (AcousticRule, AnchoredRule, MatchSpec, MetadataRule, PhraseEntry,
                             PhraseRule, RequiredRule, Rulebook, RuleBase, Window)
from qa_rules.timing import span_to_seconds

#: An absent phrase may also be an ASR miss; absence findings are never certain.
ABSENCE_CONFIDENCE = 0.8
#: … and less certain still when the speakers of a mono mix could not be told apart.
UNATTRIBUTED_ABSENCE_CONFIDENCE = 0.7
#: Posterior above which a guessed mono role counts as known for ``required`` rules: on 96
#: downmixed sample calls, all 98 stretches given to the customer at >= 0.9 were the
#: customer's (at 0.8 one more false missing confirmation appeared).
SURE_ROLE = 0.9
QUOTE_MAX = 60    # characters of the trigger utterance quoted in evidence
ROLE_ZH = {"agent": "坐席", "customer": "客户", "any": "双方", "unknown": "未分离说话人"}

Indexed = list[tuple[int, Utterance]]
Ranges = list[tuple[float, float]] | None   # None: the whole utterance counts


@dataclass(frozen=True)
class Found:
    """A match located in one utterance and on the call timeline."""

    utt_index: int
    utt: Utterance
    match: Match
    start_s: float
    end_s: float


# --------------------------------------------------------------------------- matching

def entry_matches(entry: PhraseEntry, default_method: str, text: str,
                  protect: str = "") -> list[Match]:
    """Matches of one phrase-list entry, with the rule's defaults applied."""
    phrase, method, whole_word = entry.resolve(default_method)
    return find(phrase, text, method, whole_word,  # type: ignore[arg-type]
                DEFAULT_OPTIONS.protecting(protect))


def vetoed(excludes: list[PhraseEntry], default_method: str, text: str,
           match_start: int = 0) -> bool:
    """Exclusions use the default protection only: a veto may be generous. An entry
    marked ``follows`` vetoes only when it ends after ``match_start``."""
    return any(m.end > match_start if e.follows else True
               for e in excludes for m in entry_matches(e, default_method, text))


def _locate(idx: int, utt: Utterance, m: Match) -> Found:
    s, e = span_to_seconds(utt, m.start, m.end)
    return Found(idx, utt, m, s, e)


def _in_ranges(f: Found, ranges: Ranges) -> bool:
    return ranges is None or any(f.start_s <= hi and f.end_s >= lo for lo, hi in ranges)


SEMANTIC_KEY = -1   # key of a semantic-class match in ``find_in_utterance``'s result


def semantic_found(spec: MatchSpec, idx: int, utt: Utterance, ranges: Ranges) -> Found | None:
    """The whole utterance as a match when the model puts it in ``spec.semantic``."""
    if spec.semantic is None:
        return None
    found = class_match(spec.semantic, utt.text)
    if found is None:
        return None
    p, a, b = found
    f = _locate(idx, utt, Match(a, b, utt.text[a:b], "semantic", round(p, 2),
                                spec.semantic.label))
    return f if _in_ranges(f, ranges) else None


def find_in_utterance(spec: MatchSpec, rule: RuleBase, idx: int, utt: Utterance,
                      ranges: Ranges = None, extra_exclude: list[PhraseEntry] | None = None
                      ) -> dict[int, Found]:
    """First match of each phrase of ``spec`` in the utterance (keyed by phrase
    position; a semantic-class match under ``SEMANTIC_KEY``), empty if an
    exclusion vetoes the utterance."""
    out: dict[int, Found] = {}
    for k, entry in enumerate(spec.phrases()):
        for m in entry_matches(entry, rule.method, utt.text, rule.protect):
            f = _locate(idx, utt, m)
            if _in_ranges(f, ranges):
                out[k] = f
                break
    if not out:
        sem = semantic_found(spec, idx, utt, ranges)
        if sem is not None:
            out[SEMANTIC_KEY] = sem
    if out and vetoed(list(spec.exclude) + list(extra_exclude or []), rule.method, utt.text,
                      min(f.match.start for f in out.values())):
        return {}
    return out


# --------------------------------------------------------------------------- windows

def select_window(window: Window | None, utts: Indexed, duration_s: float) -> dict[int, Ranges]:
    """Utterances inside the window; time windows also bound where a match may lie."""
    if window is None:
        return {i: None for i, _ in utts}
    sel: dict[int, Ranges] = {}

    def add(i: int, ranges: Ranges) -> None:
        if i in sel and sel[i] is None:
            return
        if ranges is None:
            sel[i] = None
        else:
            sel[i] = (sel.get(i) or []) + ranges

    if window.first_utterances:
        for i, _ in utts[: window.first_utterances]:
            add(i, None)
    if window.last_utterances:
        for i, _ in utts[-window.last_utterances:]:
            add(i, None)
    for lo, hi in time_ranges(window, duration_s):
        for i, u in utts:
            if u.start_s <= hi and u.end_s >= lo:
                add(i, [(lo, hi)])
    return sel


def time_ranges(window: Window, duration_s: float) -> list[tuple[float, float]]:
    out = []
    if window.first_s:
        out.append((0.0, window.first_s))
    if window.last_s:
        out.append((max(0.0, duration_s - window.last_s), math.inf))
    return out


def describe_window(window: Window | None, role: str) -> str:
    """Chinese description of the window for evidence texts."""
    if window is None:
        return "整通通话中"
    who = ROLE_ZH.get(role, role)
    parts = []
    if window.first_s:
        parts.append(f"通话开始{window.first_s:g}秒内")
    if window.first_utterances:
        parts.append(f"{who}前{window.first_utterances}句话内")
    if window.last_utterances:
        parts.append(f"{who}最后{window.last_utterances}句话内")
    if window.last_s:
        parts.append(f"通话最后{window.last_s:g}秒内")
    return "或".join(parts)


def describe_phrases(spec: MatchSpec, limit: int = 4) -> str:
    """'以下任一用语:「您好」「你好」…' for evidence of an absence."""
    entries = spec.phrases()
    plain = [e.phrase for e in entries if e.phrase is not None and e.method != "regex"]
    shown = (plain or [e.label() for e in entries])[:limit]
    more = "等" if len(entries) > len(shown) else ""
    head = {1: "以下任一用语"}.get(spec.needed(), f"以下至少{spec.needed()}个用语")
    if spec.all is not None:
        head = "以下全部用语"
    tail = "或意思相近的说法" if spec.semantic is not None else ""
    return head + ":" + "".join(f"「{s}」" for s in shown) + more + tail


# --------------------------------------------------------------------------- rules

def role_utts(utts: Indexed, role: str, include_unknown: bool) -> Indexed:
    if role == "any":
        return list(utts)
    return [(i, u) for i, u in utts if u.role == role or (include_unknown and u.role == "unknown")]


def _hit_from_found(rule: RuleBase, found: list[Found], role: str) -> RuleHit:
    found = sorted(found, key=lambda f: (f.utt_index, f.match.start, -f.match.end))
    found = [f for k, f in enumerate(found)
             if not any(g.utt_index == f.utt_index and g.match.start <= f.match.start
                        and f.match.end <= g.match.end for g in found[:k])]
    weakest = min(found, key=lambda f: f.match.confidence)
    quotes = []
    for f in found:
        q = f.match.text
        if f.match.method == "pinyin":
            q += f"(读音近似「{f.match.phrase}」)"
        elif f.match.method == "semantic":
            q = f"「{q}」(语义判断:{LABEL_ZH.get(f.match.phrase, f.match.phrase)},"
            q += f"概率{f.match.confidence:.2f})"
        quotes.append(q)
    return RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                   role=role,  # type: ignore[arg-type]
                   start_s=found[0].start_s, end_s=max(f.end_s for f in found),
                   evidence=" … ".join(quotes), method=weakest.match.method,
                   confidence=weakest.match.confidence)


def eval_phrase(rule: PhraseRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """One hit per utterance in which the prohibited wording was said."""
    own = role_utts(utts, rule.role, include_unknown=False)
    by_idx = dict(own)
    hits = []
    for i, ranges in select_window(rule.window, own, duration_s).items():
        utt = by_idx[i]
        found = find_in_utterance(rule.match, rule, i, utt, ranges, rule.exclude)
        if len(found) >= rule.match.needed():
            hits.append(_hit_from_found(rule, list(found.values()),
                                        utt.role if rule.role == "any" else rule.role))
    return hits


def eval_required(rule: RequiredRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """A hit when the window holds role speech but none of the required wording."""
    candidates = role_utts(utts, rule.role, include_unknown=True)
    if not candidates:
        return []                      # no speech of the role: cannot be evaluated
    sel = select_window(rule.window, candidates, duration_s)
    by_idx = dict(candidates)
    unattributed = any(by_idx[i].role == "unknown" for i in sel)
    if unattributed:
        # Anyone's words satisfy the rule: look at every voice, with a window wide
        # enough for two speakers' turns (see module docstring).
        candidates = list(utts)
        by_idx = dict(candidates)
        sel = {i: r for i, r in select_window(_widened(rule.window), candidates, duration_s).items()
               if rule.role == "any" or by_idx[i].role in (rule.role, "unknown")}
    have: set[int] = set()
    for i, ranges in sel.items():
        have |= set(find_in_utterance(rule.match, rule, i, by_idx[i], ranges, rule.exclude))
        if len(have) >= rule.match.needed():
            return []
    start, end = _absence_span(rule.window, [by_idx[i] for i in sel], duration_s)
    who = "通话双方(说话人未分离)都" if unattributed else ROLE_ZH[rule.role]
    evidence = f"{describe_window(rule.window, rule.role)}没有听到{who}说{describe_phrases(rule.match)}"
    return [RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                    role=rule.role if rule.role != "any" else "unknown",  # type: ignore[arg-type]
                    start_s=start, end_s=end, evidence=evidence, method="absence",
                    confidence=UNATTRIBUTED_ABSENCE_CONFIDENCE if unattributed
                    else ABSENCE_CONFIDENCE)]


def _widened(window: Window | None) -> Window | None:
    """The same window with its utterance counts doubled (two voices share them)."""
    if window is None or not (window.first_utterances or window.last_utterances):
        return window
    return window.model_copy(update={
        "first_utterances": 2 * (window.first_utterances or 0) or None,
        "last_utterances": 2 * (window.last_utterances or 0) or None})


def _absence_span(window: Window | None, in_window: list[Utterance],
                  duration_s: float) -> tuple[float, float]:
    if window is None:
        return 0.0, duration_s
    starts = [u.start_s for u in in_window]
    ends = [u.end_s for u in in_window]
    for lo, hi in time_ranges(window, duration_s):
        starts.append(lo)
        ends.append(min(hi, duration_s))
    return (min(starts), max(ends)) if starts else (0.0, duration_s)


#: A reply this short (嗯, 对, 好的) is a backchannel, or the first piece of a sentence the
#: recogniser cut in two (对 | 不起,刚才不该打断您): it does not use up a reply.
FRAGMENT_MAX_CHARS = 2


def _replies(rule: AnchoredRule, i: int, responders: Indexed, order: dict[int, int]
             ) -> tuple[Indexed, Indexed]:
    """The responder's first ``within_utterances`` replies after utterance ``i``, not
    counting fragments, and the fragments among them (they may still hold the response)."""
    replies: Indexed = []
    fragments: Indexed = []
    for j, u in responders:
        if j == i or order[j] <= order[i]:
            continue
        if len(replies) == rule.within_utterances:
            break
        if len(normalize(u.text).text) <= FRAGMENT_MAX_CHARS:
            fragments.append((j, u))
        else:
            replies.append((j, u))
    return replies, fragments


def eval_anchored(rule: AnchoredRule, utts: Indexed, duration_s: float) -> list[RuleHit]:
    """For each trigger, the next N utterances of ``role`` must hold the response."""
    triggers = role_utts(utts, rule.trigger_role, include_unknown=False)
    responders = role_utts(utts, rule.role, include_unknown=True)
    order = {i: pos for pos, (i, _) in enumerate(utts)}
    hits: list[RuleHit] = []
    last_first_reply: int | None = None
    by_idx = dict(triggers)
    selected = select_window(rule.window, triggers, duration_s)
    for i, ranges in sorted(selected.items(), key=lambda p: order[p[0]]):
        utt = by_idx[i]
        found = find_in_utterance(rule.trigger, rule, i, utt, ranges, rule.exclude)
        if len(found) < rule.trigger.needed():
            continue
        replies, fragments = _replies(rule, i, responders, order)
        if not replies:
            continue                   # call ended: the responder had no chance
        if replies[0][0] == last_first_reply:
            continue                   # same complaint episode, already judged
        last_first_reply = replies[0][0]
        if any(u.role == "unknown" for _, u in replies):
            continue
        earlier = ([(j, u) for j, u in responders if order[j] < order[i]][-rule.also_before:]
                   if rule.also_before else [])
        if any(len(find_in_utterance(rule.then, rule, j, u)) >= rule.then.needed()
               for j, u in earlier + replies + fragments):
            continue
        trig = _hit_from_found(rule, list(found.values()), rule.role)
        who = ROLE_ZH[rule.role]
        said = utt.text if len(utt.text) <= QUOTE_MAX else utt.text[:QUOTE_MAX] + "…"
        trig.evidence = (f"{ROLE_ZH[rule.trigger_role]}说「{said}」后,{who}随后"
                         f"{len(replies)}句话中没有说{describe_phrases(rule.then)}")
        trig.method = "absence"
        trig.confidence = min(trig.confidence, ABSENCE_CONFIDENCE)
        hits.append(trig)
    return hits


def _hit(rule: RuleBase, start: float, end: float, evidence: str, method: str,
         confidence: float = 1.0) -> RuleHit:
    return RuleHit(rule_id=rule.id, category=rule.category, severity=rule.severity,
                   role=rule.role if rule.role != "any" else "unknown",  # type: ignore[arg-type]
                   start_s=round(start, 2), end_s=round(end, 2), evidence=evidence,
                   method=method, confidence=confidence)


def eval_acoustic(rule: AcousticRule, transcript: CallTranscript) -> list[RuleHit]:
    """Dead air, interruptions and speech rate against the rule's thresholds."""
    if any(u.role == "unknown" for u in transcript.utterances):
        return []                      # who is silent or who interrupts is unknown
    m = transcript.acoustics           # empty for a text-only transcript: nothing measured
    hits = []
    if rule.measure == "dead_air":
        for s in m.get("silences", []):
            waiting = (s["before_role"] == "customer" or s["after_role"] == "agent"
                       or s.get("customer_prompted"))
            if s["duration_s"] < rule.min_duration_s or not waiting:
                continue
            if rule.excuse_after_hold and s["after_hold"]:
                continue
            hits.append(_hit(rule, s["start_s"], s["end_s"],
                             f"双方静音{s['duration_s']:.1f}秒,客户在等待坐席回应", "acoustic"))
    elif rule.measure == "interruption":
        for o in m.get("overlaps", []):
            if o["duration_s"] >= rule.min_duration_s:
                hits.append(_hit(rule, o["start_s"], o["end_s"],
                                 f"客户说「{o['customer_text'][:QUOTE_MAX]}」时坐席插话"
                                 f"「{o['agent_text'][:QUOTE_MAX]}」,重叠{o['duration_s']:.1f}秒",
                                 "acoustic"))
    else:
        rate = m.get("speech_rate", {})
        agent_cpm = (rate.get("chars_per_min") or {}).get("agent")
        ratio = rate.get("agent_to_customer")
        talk = (m.get("talk_s") or {}).get("agent", 0.0)
        if agent_cpm is None or talk < rule.min_talk_s:
            return []
        reasons = []
        if rule.max_chars_per_min and agent_cpm > rule.max_chars_per_min:
            reasons.append(f"坐席语速{agent_cpm:.0f}字/分钟,超过{rule.max_chars_per_min:.0f}")
        if rule.max_ratio and ratio and ratio > rule.max_ratio:
            reasons.append(f"坐席语速是客户的{ratio:.1f}倍")
        if reasons:
            hits.append(_hit(rule, 0.0, transcript.duration_s, ";".join(reasons), "acoustic", 0.9))
    return hits


def eval_metadata(rule: MetadataRule, transcript: CallTranscript) -> list[RuleHit]:
    """A call-record fact, e.g. the agent hung up first."""
    record = transcript.record
    value = getattr(record, rule.field, None) if record else None
    if value is None or str(value) != rule.equals:
        return []
    end = transcript.duration_s
    return [_hit(rule, max(end - 1.0, 0.0), end, f"通话记录:{rule.field}={value}", "metadata")]


_EVALUATORS = {"phrase": eval_phrase, "required": eval_required, "anchored": eval_anchored}
_CALL_EVALUATORS = {"acoustic": eval_acoustic, "metadata": eval_metadata}


def _timeline_evaluator(kind: str):
    """Evaluator of a kind over the ordered utterances; the semantic kinds live in
    their own modules (imported here, late, because they build on this one)."""
    if kind in _EVALUATORS:
        return _EVALUATORS[kind]
    from qa_rules.politeness import eval_politeness
    from qa_rules.repetition import eval_repetition
    from qa_rules.similarity import eval_similarity
    return {"similarity": eval_similarity, "repetition": eval_repetition,
            "politeness": eval_politeness}[kind]


def _surely_other(u: Utterance, role: str) -> bool:
    """A guessed role other than ``role`` that the separation is sure of."""
    return (role != "any" and u.role not in (role, "unknown")
            and (u.role_confidence or 0.0) >= SURE_ROLE)


def evaluate_rule(rule: RuleBase, transcript: CallTranscript) -> list[RuleHit]:
    """Hits of one rule (ignores ``enabled``; used by the example runner too)."""
    kind = rule.kind  # type: ignore[attr-defined]
    if kind in _CALL_EVALUATORS:
        return _CALL_EVALUATORS[kind](rule, transcript)
    ordered = sorted(enumerate(transcript.utterances), key=lambda p: (p[1].start_s, p[0]))
    if transcript.roles_guessed and kind == "required":
        # Separated voices of a mono mix are a guess: required wording counts whoever
        # the separation gave it to (a misattributed 再见 is no missing closing), unless
        # the separation is sure the words are the other party's.
        ordered = [(i, u if _surely_other(u, rule.role) else replace(u, role="unknown"))  # type: ignore[attr-defined]
                   for i, u in ordered]
    return _timeline_evaluator(kind)(rule, ordered, transcript.duration_s)


def _overlaps(a: RuleHit, b: RuleHit) -> bool:
    return a.start_s < b.end_s and b.start_s < a.end_s


def drop_flagged_twice(rulebook: Rulebook, by_rule: dict[str, list[RuleHit]]) -> None:
    """Remove hits of rules with ``unless_flagged`` whose words another kind of
    rule already flagged with one of those categories (one sentence, one deduction)."""
    kinds = {r.id: r.kind for r in rulebook.rules}  # type: ignore[attr-defined]
    for rule in rulebook.rules:
        cats = set(getattr(rule, "unless_flagged", []) or [])
        if not cats or rule.id not in by_rule:
            continue
        others = [h for rid, hs in by_rule.items() if kinds[rid] != rule.kind  # type: ignore[attr-defined]
                  for h in hs if h.category in cats]
        by_rule[rule.id] = [h for h in by_rule[rule.id]
                            if not any(_overlaps(h, o) for o in others)]


def evaluate(rulebook: Rulebook, transcript: CallTranscript) -> list[RuleHit]:
    """All hits of the enabled rules, in timeline order."""
    by_rule: dict[str, list[RuleHit]] = {}
    for rule in rulebook.rules:
        if rule.enabled:
            by_rule.setdefault(rule.id, []).extend(evaluate_rule(rule, transcript))
    drop_flagged_twice(rulebook, by_rule)
    hits = [h for hs in by_rule.values() for h in hs]
    return sorted(hits, key=lambda h: (h.start_s, h.rule_id))
