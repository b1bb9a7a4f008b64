"""Choose which recordings to process, deterministically for a given date.

Each recording gets a rank from a hash of (seed, date, recording id); the lowest
ranks are taken. A re-run of the same date with the same settings therefore picks
the same calls, and adding one file to the folder does not reshuffle the rest.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict

from pipeline.model import CallRecord

MODES = ("all", "per_agent", "ratio")


def _rank(seed: str, call_date: str, recording_id: str) -> str:
    return hashlib.sha256(f"{seed}|{call_date}|{recording_id}".encode()).hexdigest()


def sample_records(records: list[CallRecord], options, call_date: str) -> list[CallRecord]:
    """The records to process, in their original order."""
    if options.mode not in MODES:
        raise ValueError(f"sampling.mode must be one of {', '.join(MODES)}, got {options.mode!r}")
    if options.mode == "all":
        return list(records)
    by_agent: dict[str, list[CallRecord]] = defaultdict(list)
    for r in records:
        by_agent[r.agent_id or ""].append(r)
    chosen: set[str] = set()
    for group in by_agent.values():
        ranked = sorted(group, key=lambda r: _rank(options.seed, call_date, r.recording_id))
        if options.mode == "per_agent":
            n = max(0, int(options.per_agent))
        else:
            if not 0 < options.ratio <= 1:
                raise ValueError(f"sampling.ratio must be in (0, 1], got {options.ratio}")
            n = math.ceil(len(group) * options.ratio)
        chosen.update(r.recording_id for r in ranked[:n])
    return [r for r in records if r.recording_id in chosen]
