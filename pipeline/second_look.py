"""Listen again before asserting that something was not said.

An absence finding (no greeting in the first 15 s, no closing at the end) rests on
the transcript, and the transcript can drop a word: in the one-pass stereo stream a
short 您好 right after the customer's 喂你好 is sometimes lost. A false "missing
greeting" costs an agent points, so before such a finding is kept, the stretch of
the agent's own channel it is about (at most ``MAX_CLIP_S``) is transcribed again on
its own. If the rule is satisfied by what that second pass hears, the finding is
dropped and the result says why. Only major or critical ``required`` rules with a
time-bounded window (the opening, the ending) on a separated channel qualify: minor
findings are not worth the extra ASR time, and mono mixes have no channel of their
own to re-hear.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Collection

import numpy as np

from pipeline.model import CallTranscript, RuleHit, Utterance

#: Longest stretch transcribed again (one Whisper window).
MAX_CLIP_S = 30.0
PAD_S = 0.5
#: Re-hear only when at least this much of the role's speech (VAD) in the stretch has no
#: recognised word on it: a dropped word leaves speech uncovered (c0012: 0.55 s of 您好
#: before the first word 我是), while a stretch whose speech is all accounted for would
#: most likely be heard the same way again.
MIN_UNCOVERED_S = 0.3
WORD_SLACK_S = 0.15


@dataclass
class SecondLook:
    """What a second pass heard for one absence finding, and whether it stood."""

    rule_id: str
    role: str
    start_s: float
    end_s: float
    heard: str
    finding_kept: bool

    def to_dict(self) -> dict[str, Any]:
        return {"rule_id": self.rule_id, "role": self.role, "start_s": round(self.start_s, 2),
                "end_s": round(self.end_s, 2), "heard": self.heard,
                "finding_kept": self.finding_kept}


#: Severities worth a second pass: a minor finding costs less than the extra ASR time.
SEVERITIES = ("major", "critical")


def qualifies(hit: RuleHit, rule: Any, duration_s: float) -> bool:
    """An absence finding of a major ``required`` rule about a known role's short window."""
    if not (hit.method == "absence" and getattr(rule, "kind", None) == "required"
            and rule.severity in SEVERITIES and hit.role in ("agent", "customer")
            and rule.window is not None and (rule.window.first_s or rule.window.last_s)):
        return False
    lo, hi = _span(rule, duration_s)
    return hi - lo <= MAX_CLIP_S + 2 * PAD_S


def _span(rule: Any, duration_s: float) -> tuple[float, float]:
    """The stretch a window's time bounds cover (the opening or the ending of the call)."""
    lo, hi = duration_s, 0.0
    if rule.window.first_s:
        lo, hi = 0.0, max(hi, rule.window.first_s + PAD_S)
    if rule.window.last_s:
        lo, hi = min(lo, duration_s - rule.window.last_s - PAD_S), duration_s
    return max(0.0, lo), min(duration_s, hi)


def uncovered_speech_s(speech: list[tuple[float, float]], utterances: list[Utterance],
                       a: float, b: float, slack_s: float = WORD_SLACK_S) -> float:
    """Seconds of speech in [a, b] that no recognised word (± slack) lies on."""
    step = 0.01
    n = max(0, int(round((b - a) / step)))
    if n == 0:
        return 0.0
    mask = np.zeros(n, dtype=bool)

    def span(s: float, e: float) -> slice:
        return slice(max(0, int((s - a) / step)), max(0, min(n, int(np.ceil((e - a) / step)))))

    for s, e in speech:
        if e > a and s < b:
            mask[span(s, e)] = True
    for u in utterances:
        for w in (u.words or [u]):
            s, e = (w.start_s, w.end_s)
            if e + slack_s > a and s - slack_s < b:
                mask[span(s - slack_s, e + slack_s)] = False
    return float(mask.sum()) * step


def recheck_absences(hits: list[RuleHit], rules: dict[str, Any], transcript: CallTranscript,
                     roles: Collection[str],
                     hear: Callable[[str, float, float], list[Utterance]],
                     evaluate_rule: Callable[[Any, CallTranscript], list[RuleHit]],
                     speech: dict[str, list[tuple[float, float]]] | None = None,
                     ) -> tuple[list[RuleHit], list[SecondLook]]:
    """Keep the hits a second pass confirms; drop absence findings it contradicts.

    ``roles`` are the separated channels' roles; ``hear(role, start, end)`` returns that
    stretch's utterances on the call's timeline (transcribed alone, or from cache).
    With ``speech`` (role → VAD activity), a stretch is re-heard only when some of its
    speech has no word on it (``MIN_UNCOVERED_S``).
    """
    spans: dict[int, tuple[float, float]] = {}
    for k, hit in enumerate(hits):
        rule = rules.get(hit.rule_id)
        if rule is not None and hit.role in roles and qualifies(hit, rule, transcript.duration_s):
            a, b = _span(rule, transcript.duration_s)
            if speech is not None and uncovered_speech_s(
                    speech.get(hit.role, []),
                    [u for u in transcript.utterances if u.role == hit.role], a, b) < MIN_UNCOVERED_S:
                continue
            spans[k] = (a, b)
    # One pass per role when its findings' stretches fit in one window together
    # (a missing greeting and a missing self-introduction are about the same opening).
    heard_for: dict[int, tuple[float, float, list[Utterance]]] = {}
    for role in {hits[k].role for k in spans}:
        ks = [k for k in spans if hits[k].role == role]
        lo, hi = min(spans[k][0] for k in ks), max(spans[k][1] for k in ks)
        groups = [(ks, lo, hi)] if hi - lo <= MAX_CLIP_S else [([k], *spans[k]) for k in ks]
        for members, a, b in groups:
            heard = hear(role, a, b)
            for k in members:
                heard_for[k] = (a, b, heard)
    kept: list[RuleHit] = []
    looks: list[SecondLook] = []
    for k, hit in enumerate(hits):
        if k not in heard_for:
            kept.append(hit)
            continue
        a, b, heard = heard_for[k]
        rule = rules[hit.rule_id]
        others = [u for u in transcript.utterances
                  if not (u.role == hit.role and u.start_s < b and u.end_s > a)]
        again = replace(transcript, utterances=sorted(others + heard,
                                                      key=lambda u: (u.start_s, u.end_s)))
        # a second pass that hears nothing contradicts nothing: the finding stands
        still = not heard or any(h.rule_id == hit.rule_id for h in evaluate_rule(rule, again))
        looks.append(SecondLook(hit.rule_id, hit.role, a, b,
                                "".join(u.text for u in heard), still))
        if still:
            kept.append(hit)
    return kept, looks
