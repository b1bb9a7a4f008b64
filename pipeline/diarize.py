"""Two-speaker separation for mono recordings, without any downloaded model.

The unit is a stretch of speech between pauses (the VAD's, where one speaker usually
hands over to the other), not the recogniser's utterance: Whisper often runs one
segment across a turn change, its last word stretched over the pause. Each stretch
gets a voice print (cepstral means of Whisper's log-mel plus the median pitch); KMeans
splits them into two speakers, and every utterance is cut where its words pass from
one speaker's stretch to the other's. Without stretches, utterances are the unit.
Who is the agent is decided per stretch, not per cluster: the voice clusters, the
wording (``models.speaker_role``: agents greet, ask and explain; customers state
problems) and turn-taking are decoded together (``pipeline.role_sequence``), so two
similar voices no longer leave a call with its roles unknown or swapped. The
confidence is how clearly the stretches' roles are decided; method and confidence
are stored with the call. Stereo stays the preferred path: this is the fallback.
"""
from __future__ import annotations

import warnings
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from pipeline.model import Utterance, Word
from pipeline.role_sequence import AGENT, SequenceWeights, decode_roles

METHOD = "kmeans-cepstrum-f0+wording+turns"
_HOP_S = 0.01


@dataclass
class Diarization:
    method: str
    confidence: float
    agent_cluster: int | None
    reason: str


def _pitch(samples: np.ndarray, rate: int = 16000) -> float:
    """Median F0 (Hz) over voiced 40 ms frames by autocorrelation; 0 if unvoiced."""
    frame, hop = int(0.04 * rate), int(0.02 * rate)
    lo, hi = int(rate / 400), int(rate / 70)
    f0s = []
    for start in range(0, max(len(samples) - frame, 0), hop):
        x = samples[start:start + frame]
        x = x - x.mean()
        energy = float(np.dot(x, x))
        if energy < 1e-4:
            continue
        ac = np.correlate(x, x, mode="full")[frame - 1:]
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] / energy > 0.45:
            f0s.append(rate / lag)
    return float(np.median(f0s)) if f0s else 0.0


def voice_prints(samples: np.ndarray, spans: list[tuple[float, float]],
                 rate: int = 16000) -> np.ndarray:
    """Per span: 13 cepstral means (DCT of Whisper's log-mel) and the log median pitch.

    Few dimensions on purpose: a call has a handful of stretches to cluster.
    """
    from faster_whisper.feature_extractor import FeatureExtractor
    from scipy.fft import dct

    mel = FeatureExtractor(feature_size=80)(samples)  # (80, frames), 10 ms hop
    rows = []
    for start_s, end_s in spans:
        a = int(start_s / _HOP_S)
        seg = mel[:, a:max(int(end_s / _HOP_S), a + 1)]
        if seg.shape[1] == 0:
            seg = np.zeros((mel.shape[0], 1), dtype=np.float32)
        cep = dct(seg, axis=0, norm="ortho")[1:14].mean(axis=1)
        pitch = _pitch(samples[int(start_s * rate):int(end_s * rate)], rate)
        rows.append(np.concatenate([cep, [np.log(max(pitch, 50.0)) * 3.0]]))
    return np.asarray(rows, dtype=np.float64)


def _span_of(t: float, speech: list[tuple[float, float]]) -> int:
    """Index of the speech stretch a time belongs to (stretches sorted, disjoint): the
    one containing it, else the one whose edge is nearest."""
    i = bisect_right([s for s, _ in speech], t) - 1     # last stretch starting at or before t
    if i < 0:
        return 0
    if t <= speech[i][1] or i + 1 == len(speech):
        return i
    return i if t - speech[i][1] <= speech[i + 1][0] - t else i + 1


def _word_point(w: Word) -> float:
    """Where a word really is: near its end. Whisper stretches a segment's last word
    back over the pause before it, so its start can lie in the previous speaker's turn."""
    return max(w.start_s, w.end_s - 0.05)


def split_at_stretches(utterances: list[Utterance],
                       speech: list[tuple[float, float]]) -> list[tuple[Utterance, int]]:
    """Utterances cut where their words pass from one speech stretch to another, each
    piece with its stretch's index (an utterance without words keeps its midpoint's)."""
    pieces: list[tuple[Utterance, int]] = []
    for u in utterances:
        if not u.words:
            pieces.append((u, _span_of((u.start_s + u.end_s) / 2, speech)))
            continue
        groups: list[tuple[int, list[Word]]] = []
        for w in u.words:
            k = _span_of(_word_point(w), speech)
            if groups and groups[-1][0] == k:
                groups[-1][1].append(w)
            else:
                groups.append((k, [w]))
        if len(groups) == 1:
            pieces.append((u, groups[0][0]))
            continue
        for k, ws in groups:
            text = "".join(w.text for w in ws).strip()
            if text:
                pieces.append((replace(u, start_s=ws[0].start_s, end_s=ws[-1].end_s,
                                       text=text, words=ws), k))
    return pieces


def assign_roles(samples: np.ndarray, utterances: list[Utterance],
                 direction: str | None = "inbound",
                 speech: list[tuple[float, float]] | None = None,
                 text_scorer: Callable[[str], float] | None = None,
                 ) -> tuple[list[Utterance], Diarization]:
    """Utterances with roles agent/customer (or unchanged if it can't be told).

    With ``speech`` (the VAD's stretches) the stretches are the units and utterances
    are cut at speaker changes; without it each utterance is a unit. ``text_scorer``
    gives an utterance's agent log-odds (default: the committed speaker-role model).
    """
    if speech:
        pieces = split_at_stretches(utterances, speech)
        used = sorted({k for _, k in pieces})
        spans = [speech[k] for k in used]
        unit_of = {k: i for i, k in enumerate(used)}
        units = [unit_of[k] for _, k in pieces]
        utterances = [u for u, _ in pieces]
    else:
        spans = [(u.start_s, u.end_s) for u in utterances]
        units = list(range(len(utterances)))
    if len(spans) < 3:      # two stretches are one exchange at most: too little to tell
        return utterances, Diarization(METHOD, 0.0, None, "fewer than three stretches of speech")
    separation, margin = _voice_margins(samples, spans)
    if text_scorer is None:
        from models.speaker_role import default_role_model
        text_scorer = default_role_model().agent_log_odds
    texts = [""] * len(spans)
    for u, k in zip(utterances, units):
        texts[k] += u.text
    seq = decode_roles(margin, np.array([text_scorer(t) for t in texts]), separation,
                       direction, SequenceWeights(),
                       durations=np.array([e - s for s, e in spans]))
    out = [replace(u, role="agent" if seq.roles[k] == AGENT else "customer",
                   role_confidence=seq.posterior[k])
           for u, k in zip(utterances, units)]
    reason = (f"voice (separation {separation:.2f}), wording and turn-taking agree on "
              f"{sum(p >= 0.75 for p in seq.posterior)} of {len(spans)} stretches")
    return out, Diarization(METHOD, seq.confidence, seq.agent_cluster, reason)


def _voice_margins(samples: np.ndarray, spans: list[tuple[float, float]]
                   ) -> tuple[float, np.ndarray]:
    """How well two voice clusters separate (silhouette, 0 when they don't) and, per
    span, how much nearer cluster 1 it lies than cluster 0 (±2 at the centres)."""
    from sklearn.cluster import KMeans
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    feats = StandardScaler().fit_transform(voice_prints(samples, spans))
    weights = np.array([max(e - s, 0.2) for s, e in spans])
    with warnings.catch_warnings():     # identical prints (one voice, silence): one cluster
        warnings.simplefilter("ignore", ConvergenceWarning)
        km = KMeans(n_clusters=2, n_init=10, random_state=0).fit(feats, sample_weight=weights)
    if len(set(km.labels_)) < 2:
        return 0.0, np.zeros(len(spans))
    separation = float(silhouette_score(feats, km.labels_))
    c0, c1 = km.cluster_centers_
    d0 = np.linalg.norm(feats - c0, axis=1)
    d1 = np.linalg.norm(feats - c1, axis=1)
    return separation, 2 * (d0 - d1) / max(float(np.linalg.norm(c0 - c1)), 1e-6)
