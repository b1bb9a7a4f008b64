"""Timing measures of a call from its role timelines: talk time, silences, overlaps.

The measures are neutral facts; rules decide what is a fault (the dead-air
threshold, the interruption delay live in the rulebook). A silence right after the
agent asked the customer to hold (请稍等…) is marked ``after_hold`` because the
standard excuses it.
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.model import Utterance

HOLD_PATTERN = re.compile(r"稍等|稍候|等一下|等一等|稍后|请您等|帮您(查|看|核实|确认)一下|我(查|看)一下|别挂")
MIN_SILENCE_S = 1.0
MIN_OVERLAP_S = 0.2


def _merge(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _total(intervals: list[tuple[float, float]]) -> float:
    return sum(e - s for s, e in intervals)


def measure(utterances: list[Utterance], duration_s: float) -> dict[str, Any]:
    """Talk time per role, silences (with hold context) and agent-over-customer overlaps."""
    by_role: dict[str, list[tuple[float, float]]] = {}
    for u in utterances:
        by_role.setdefault(u.role, []).append((u.start_s, u.end_s))
    merged = {r: _merge(iv) for r, iv in by_role.items()}
    anyone = _merge([iv for ivs in merged.values() for iv in ivs])

    silences = []
    prev_end = 0.0
    for s, e in anyone + [(duration_s, duration_s)]:
        gap = s - prev_end
        if gap >= MIN_SILENCE_S and prev_end > 0.0:
            before = [u for u in utterances if u.end_s <= prev_end + 0.05]
            last = before[-1] if before else None
            agent_before = [u for u in before if u.role == "agent"][-2:]
            silences.append({
                "start_s": round(prev_end, 2), "end_s": round(s, 2), "duration_s": round(gap, 2),
                "after_role": last.role if last else None,
                "after_hold": any(HOLD_PATTERN.search(u.text) for u in agent_before),
                "at_end": s >= duration_s,
            })
        prev_end = max(prev_end, e)

    overlaps = []
    agent_utts = [u for u in utterances if u.role == "agent"]
    for cust in (u for u in utterances if u.role == "customer"):
        for ag in agent_utts:
            if cust.start_s < ag.start_s < cust.end_s:
                ov = min(cust.end_s, ag.end_s) - ag.start_s
                if ov >= MIN_OVERLAP_S:
                    overlaps.append({"start_s": round(ag.start_s, 2),
                                     "end_s": round(ag.start_s + ov, 2),
                                     "duration_s": round(ov, 2),
                                     "agent_text": ag.text, "customer_text": cust.text})
    talk = {r: round(_total(iv), 2) for r, iv in merged.items()}
    return {
        "talk_s": talk,
        "non_talk_s": round(max(duration_s - _total(anyone), 0.0), 2),
        "longest_silence_s": max((x["duration_s"] for x in silences), default=0.0),
        "silences": silences,
        "overlaps": overlaps,
    }
