"""Two-speaker separation for mono recordings, without any downloaded model.

Each utterance (cut at pauses by the transcriber) gets a voice print: mean and
spread of Whisper's log-mel bands plus the median pitch. KMeans splits them into
two speakers. The agent is the speaker who opens the call with a greeting, else the
one who speaks first on an inbound call. Confidence combines how well the clusters
separate with how clear the role assignment is; both method and confidence are
stored with the call. Stereo stays the preferred path: this is the fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from pipeline.model import Utterance

METHOD = "kmeans-cepstrum-f0"
GREETING = re.compile(r"您好|你好|请问有什么|很高兴为您|欢迎致电|客服|热线|工号|为您服务")
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


def voice_prints(samples: np.ndarray, utterances: list[Utterance], rate: int = 16000) -> np.ndarray:
    """Per utterance: 13 cepstral means (DCT of Whisper's log-mel) and the log median pitch.

    Few dimensions on purpose: a call has a handful of utterances to cluster.
    """
    from faster_whisper.feature_extractor import FeatureExtractor
    from scipy.fft import dct

    mel = FeatureExtractor(feature_size=80)(samples)  # (80, frames), 10 ms hop
    rows = []
    for u in utterances:
        a = int(u.start_s / _HOP_S)
        seg = mel[:, a:max(int(u.end_s / _HOP_S), a + 1)]
        if seg.shape[1] == 0:
            seg = np.zeros((mel.shape[0], 1), dtype=np.float32)
        cep = dct(seg, axis=0, norm="ortho")[1:14].mean(axis=1)
        pitch = _pitch(samples[int(u.start_s * rate):int(u.end_s * rate)], rate)
        rows.append(np.concatenate([cep, [np.log(max(pitch, 50.0)) * 3.0]]))
    return np.asarray(rows, dtype=np.float64)


def assign_roles(samples: np.ndarray, utterances: list[Utterance],
                 direction: str | None = "inbound") -> tuple[list[Utterance], Diarization]:
    """Utterances with roles agent/customer (or unchanged if it can't be told)."""
    if len(utterances) < 2:
        return utterances, Diarization(METHOD, 0.0, None, "fewer than two utterances")
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    feats = StandardScaler().fit_transform(voice_prints(samples, utterances))
    weights = np.array([max(u.end_s - u.start_s, 0.2) for u in utterances])
    labels = KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(feats, sample_weight=weights)
    if len(set(labels)) < 2:
        return utterances, Diarization(METHOD, 0.0, None, "one voice only")
    separation = float(silhouette_score(feats, labels)) if len(utterances) > 2 else 0.3

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
    confidence = round(max(0.0, min(1.0, separation * 2)) * role_conf, 3)
    out = [Utterance(**{**u.__dict__, "role": "agent" if lab == agent else "customer"})
           for u, lab in zip(utterances, labels)]
    return out, Diarization(METHOD, confidence, agent, reason)
