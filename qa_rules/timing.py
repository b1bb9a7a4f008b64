"""Map a character span of an utterance to seconds on the call timeline.

Evidence must point into the audio. Word timestamps (faster-whisper
``word_timestamps=True``) give the best answer; without them the span is
placed by linear interpolation over the utterance, counting only characters
that survive normalisation (punctuation takes no time).
"""
from __future__ import annotations

from pipeline.model import Utterance
from qa_rules.normalize import normalize


def _char_times_from_words(utt: Utterance, n_chars: int) -> list[tuple[float, float]] | None:
    """Start/end of every normalised character, or None if the words don't line up."""
    times: list[tuple[float, float]] = []
    text = ""
    for w in utt.words:
        wt = normalize(w.text).text
        if not wt:
            continue
        step = (w.end_s - w.start_s) / len(wt)
        for k in range(len(wt)):
            times.append((w.start_s + step * k, w.start_s + step * (k + 1)))
        text += wt
    if text != normalize(utt.text).text or len(times) != n_chars:
        return None
    return times


def span_to_seconds(utt: Utterance, start: int, end: int) -> tuple[float, float]:
    """Seconds of the original-text span ``[start, end)`` of ``utt.text``."""
    norm = normalize(utt.text)
    n = len(norm.text)
    if n == 0:
        return utt.start_s, utt.end_s
    ns, ne = norm.norm_span(start, end)
    if ne <= ns:
        ne = min(ns + 1, n)
        ns = ne - 1
    if utt.words:
        times = _char_times_from_words(utt, n)
        if times is not None:
            return times[ns][0], times[ne - 1][1]
    dur = max(0.0, utt.end_s - utt.start_s)
    return utt.start_s + dur * ns / n, utt.start_s + dur * ne / n
