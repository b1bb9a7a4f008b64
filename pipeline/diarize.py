"""Two-speaker separation for mono recordings, without any downloaded model.

The unit is a stretch of speech between pauses (the VAD's, where one speaker usually
hands over to the other), not the recogniser's utterance: Whisper often runs one
segment across a turn change, its last word stretched over the pause. Each stretch
gets a voice print (cepstral means of Whisper's log-mel plus the median pitch); KMeans
splits them into two speakers, and every utterance is cut where its words pass from
one speaker's stretch to the other's. Without stretches, utterances are the unit.
The agent is the speaker who opens the call with a greeting, else the one who speaks
first on an inbound call; the agent's register (您, 请问…) confirms or, when clear,
overturns that guess. Confidence combines how well the clusters separate with how
clear the role assignment is; both method and confidence are stored with the call.
Stereo stays the preferred path: this is the fallback.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

import numpy as np

from pipeline.model import Utterance, Word

METHOD = "kmeans-cepstrum-f0"
GREETING = re.compile(r"您好|你好|请问有什么|很高兴为您|欢迎致电|客服|热线|工号|为您服务")
# Who talks like the agent: the service register (您, 为您, 请问, 稍等…) against the
# caller's (你们, 我想, 我家…). Used to confirm or, when clear, overturn the
# order-based guess.
AGENT_WORDS = re.compile(r"您|请问|稍等|工号|客服|来电|为您|帮您|给您")
CUSTOMER_WORDS = re.compile(r"你们|我想|我要|我家|我的|怎么回事|能不能")
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
                 ) -> tuple[list[Utterance], Diarization]:
    """Utterances with roles agent/customer (or unchanged if it can't be told).

    With ``speech`` (the VAD's stretches) the stretches are clustered and utterances
    are cut at speaker changes; without it each utterance is clustered as a whole.
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
    if len(spans) < 2:
        return utterances, Diarization(METHOD, 0.0, None, "fewer than two stretches of speech")
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    feats = StandardScaler().fit_transform(voice_prints(samples, spans))
    weights = np.array([max(e - s, 0.2) for s, e in spans])
    span_labels = KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(
        feats, sample_weight=weights)
    if len(set(span_labels)) < 2:
        return utterances, Diarization(METHOD, 0.0, None, "one voice only")
    separation = float(silhouette_score(feats, span_labels)) if len(spans) > 2 else 0.3
    labels = [int(span_labels[k]) for k in units]

    greeters = [labels[i] for i, u in enumerate(utterances[:3]) if GREETING.search(u.text)]
    if greeters:
        agent = int(greeters[0])
        role_conf, reason = 0.9, "agent greets first"
    elif direction == "outbound":
        agent = int(1 - labels[0])
        role_conf, reason = 0.6, "outbound: the customer answers first"
    else:
        agent = int(labels[0])
        role_conf, reason = 0.6, "inbound: the agent speaks first"
    register = _register_margin(utterances, labels)     # > 0: cluster 1 talks like the agent
    by_words = 1 if register > 0 else 0
    if role_conf < 0.9:                                 # a greeting outranks wording
        if abs(register) >= 2 and by_words == agent:
            role_conf, reason = 0.8, reason + "; the agent's wording agrees"
        elif abs(register) >= 3:
            agent, role_conf, reason = by_words, 0.6, "the agent's wording (您, 请问…) decides"
    confidence = round(max(0.0, min(1.0, separation * 2)) * role_conf, 3)
    out = [replace(u, role="agent" if lab == agent else "customer")
           for u, lab in zip(utterances, labels)]
    return out, Diarization(METHOD, confidence, agent, reason)


def _register_margin(utterances: list[Utterance], labels: list[int]) -> int:
    """Service-register score of cluster 1 minus that of cluster 0."""
    score = [0, 0]
    for u, lab in zip(utterances, labels):
        score[lab] += len(AGENT_WORDS.findall(u.text)) - len(CUSTOMER_WORDS.findall(u.text))
    return score[1] - score[0]
