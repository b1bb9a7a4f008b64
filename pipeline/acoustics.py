"""Timing measures of a call from its role timelines: talk time, silences, overlaps,
response latency and speech rate.

The measures are neutral facts; rules decide what is a fault (the dead-air
threshold and the interruption delay live in the rulebook). Speech activity comes
from a tight VAD per channel (``TrackTranscript.speech``) when the call is stereo,
else from the utterances' word timings. A silence right after the agent asked the
customer to hold (请稍等…) is marked ``after_hold`` because the standard excuses it.
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.model import Utterance

HOLD_PATTERN = re.compile(r"稍等|稍候|等一下|等一等|稍后|请您等|别挂|帮您(查|看|核实|确认|问|联系|转)")
PROMPT_PATTERN = re.compile(r"喂|在吗|还在|有人吗|听得到|怎么不说话")
QUESTION_PATTERN = re.compile(r"[？?]|吗|呢|怎么|什么|多少|几|哪|是否|能不能|可不可以|行不行|要不要")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_SILENCE_S = 1.0
MIN_OVERLAP_S = 0.2

Interval = tuple[float, float]


def _merge(intervals: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _total(intervals: list[Interval]) -> float:
    return sum(e - s for s, e in intervals)


def _activity_from_utterances(utterances: list[Utterance]) -> dict[str, list[Interval]]:
    by_role: dict[str, list[Interval]] = {}
    for u in utterances:
        by_role.setdefault(u.role, []).append((u.start_s, u.end_s))
    return by_role


def _speaker_at(utterances: list[Utterance], t: float, before: bool) -> Utterance | None:
    """The utterance that ends last before ``t`` (or starts first after it)."""
    if before:
        cands = [u for u in utterances if u.end_s <= t + 0.3]
        return max(cands, key=lambda u: u.end_s) if cands else None
    cands = [u for u in utterances if u.start_s >= t - 0.3]
    return min(cands, key=lambda u: u.start_s) if cands else None


def silences(utterances: list[Utterance], activity: dict[str, list[Interval]],
             duration_s: float) -> list[dict[str, Any]]:
    """Stretches where nobody speaks, with who spoke before and after and hold context."""
    anyone = _merge([iv for ivs in activity.values() for iv in ivs])
    out = []
    for (_, prev_end), (next_start, _) in zip(anyone, anyone[1:]):
        gap = next_start - prev_end
        if gap < MIN_SILENCE_S:
            continue
        before = _speaker_at(utterances, prev_end, before=True)
        after = _speaker_at(utterances, next_start, before=False)
        agent_before = [u for u in utterances if u.role == "agent" and u.end_s <= prev_end + 0.3][-2:]
        out.append({
            "start_s": round(prev_end, 2), "end_s": round(next_start, 2),
            "duration_s": round(gap, 2),
            "before_role": before.role if before else None,
            "after_role": after.role if after else None,
            "after_hold": any(HOLD_PATTERN.search(u.text) for u in agent_before),
            "customer_prompted": bool(after and after.role == "customer"
                                      and PROMPT_PATTERN.search(after.text)),
        })
    return out


def overlaps(activity: dict[str, list[Interval]], utterances: list[Utterance]) -> list[dict[str, Any]]:
    """Agent speech that starts while the customer is speaking, with the overlap length."""
    out = []
    for cs, ce in activity.get("customer", []):
        for as_, ae in activity.get("agent", []):
            if cs < as_ < ce:
                ov = min(ce, ae) - as_
                if ov >= MIN_OVERLAP_S:
                    agent_u = _speaker_at([u for u in utterances if u.role == "agent"], as_, False)
                    cust_u = _speaker_at([u for u in utterances if u.role == "customer"], ce, True)
                    out.append({"start_s": round(as_, 2), "end_s": round(as_ + ov, 2),
                                "duration_s": round(ov, 2),
                                "agent_text": agent_u.text if agent_u else "",
                                "customer_text": cust_u.text if cust_u else ""})
    return out


def response_latencies(utterances: list[Utterance]) -> list[dict[str, Any]]:
    """Customer question ends → the agent's next start."""
    out = []
    for i, u in enumerate(utterances):
        if u.role != "customer" or not QUESTION_PATTERN.search(u.text):
            continue
        nxt = next((v for v in utterances[i + 1:] if v.role == "agent"), None)
        if nxt is not None:
            out.append({"question_end_s": round(u.end_s, 2),
                        "agent_start_s": round(nxt.start_s, 2),
                        "latency_s": round(max(nxt.start_s - u.end_s, 0.0), 2)})
    return out


def speech_rates(utterances: list[Utterance], activity: dict[str, list[Interval]]) -> dict[str, Any]:
    """Characters per minute per role, and the agent's rate relative to the customer's."""
    rates: dict[str, float | None] = {}
    for role in ("agent", "customer"):
        chars = sum(len(_CJK.findall(u.text)) for u in utterances if u.role == role)
        minutes = _total(_merge(activity.get(role, []))) / 60.0
        rates[role] = round(chars / minutes, 1) if minutes > 0.05 and chars else None
    ratio = (round(rates["agent"] / rates["customer"], 2)
             if rates.get("agent") and rates.get("customer") else None)
    return {"chars_per_min": rates, "agent_to_customer": ratio}


def measure(utterances: list[Utterance], duration_s: float,
            activity: dict[str, list[Interval]] | None = None) -> dict[str, Any]:
    """All measures of one call (JSON-ready; stored with the call)."""
    act = {r: _merge(iv) for r, iv in (activity or _activity_from_utterances(utterances)).items()}
    anyone = _merge([iv for ivs in act.values() for iv in ivs])
    sil = silences(utterances, act, duration_s)
    lat = response_latencies(utterances)
    return {
        "source": "vad" if activity else "utterances",
        "talk_s": {r: round(_total(iv), 2) for r, iv in act.items()},
        "non_talk_s": round(max(duration_s - _total(anyone), 0.0), 2),
        "longest_silence_s": max((x["duration_s"] for x in sil), default=0.0),
        "silences": sil,
        "overlaps": overlaps(act, utterances),
        "response_latency": lat,
        "mean_response_latency_s": (round(sum(x["latency_s"] for x in lat) / len(lat), 2)
                                    if lat else None),
        "speech_rate": speech_rates(utterances, act),
    }
