"""Who speaks each stretch of a mono call: voice, wording and turn-taking together.

Voice clusters alone fail when two voices are alike (a quiet line, two similar
speakers): KMeans then mixes them, and a call whose roles are wrong hides the
agent's words or accuses the agent of the customer's. Three weak cues are
combined instead, as a two-state sequence model decoded with Viterbi:

* **voice**: how much nearer a stretch's voice print lies to one cluster than to
  the other, weighted by how well the clusters separate;
* **wording**: the log-odds that the text is the agent's (a model of how agents
  and customers talk, with the greeting as a strong cue);
* **turn-taking**: after a pause the other party usually speaks (two people take
  turns), and an inbound call's first words are usually the agent's.

Both ways of naming the clusters (cluster 0 = agent, or cluster 1) are decoded and
the better path wins. The confidence is how clearly the stretches' roles are
decided (forward-backward posteriors of the winning model), so a call where the
cues disagree keeps its roles unknown rather than guessing.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

AGENT, CUSTOMER = 0, 1


@dataclass(frozen=True)
class SequenceWeights:
    """How much each cue counts (log-likelihood units per stretch).

    Attributes:
        voice: weight of a stretch's voice margin at perfect cluster separation.
        text: weight of the wording's agent log-odds (clipped to ±``text_clip``).
        switch: probability that the next stretch is the other party's.
        first_agent: probability that an inbound call's first stretch is the agent's
            (an outbound call's first stretch is the customer's answer).
    """

    voice: float = 3.0
    text: float = 0.7
    text_clip: float = 4.0
    switch: float = 0.65
    first_agent: float = 0.75


@dataclass
class RoleSequence:
    roles: list[int]            # AGENT / CUSTOMER per stretch
    posterior: list[float]      # probability of the chosen role per stretch
    agent_cluster: int
    confidence: float


def _emissions(voice_margin: np.ndarray, text_log_odds: np.ndarray, separation: float,
               agent_cluster: int, w: SequenceWeights) -> np.ndarray:
    """Log-score of (stretch, role): positive evidence for the role it names.

    ``voice_margin`` > 0 means nearer cluster 1 than cluster 0.
    """
    toward_agent_voice = voice_margin if agent_cluster == 1 else -voice_margin
    voice = w.voice * max(separation, 0.0) * np.tanh(toward_agent_voice)
    text = w.text * np.clip(text_log_odds, -w.text_clip, w.text_clip)
    agentness = voice + text
    return np.stack([agentness / 2, -agentness / 2], axis=1)


def _priors(first_is_agent: float, w: SequenceWeights) -> tuple[np.ndarray, np.ndarray]:
    start = np.log(np.array([first_is_agent, 1 - first_is_agent]))
    stay, switch = math.log(1 - w.switch), math.log(w.switch)
    trans = np.array([[stay, switch], [switch, stay]])
    return start, trans


def _viterbi(emit: np.ndarray, start: np.ndarray, trans: np.ndarray) -> tuple[list[int], float]:
    n = len(emit)
    score = start + emit[0]
    back = np.zeros((n, 2), dtype=int)
    for k in range(1, n):
        cand = score[:, None] + trans          # from (rows) -> to (cols)
        back[k] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emit[k]
    path = [int(score.argmax())]
    for k in range(n - 1, 0, -1):
        path.append(int(back[k][path[-1]]))
    return path[::-1], float(score.max())


def _posteriors(emit: np.ndarray, start: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Forward-backward in log space: P(role | all cues) per stretch."""
    n = len(emit)
    fwd = np.zeros((n, 2))
    bwd = np.zeros((n, 2))
    fwd[0] = start + emit[0]
    for k in range(1, n):
        fwd[k] = np.logaddexp.reduce(fwd[k - 1][:, None] + trans, axis=0) + emit[k]
    for k in range(n - 2, -1, -1):
        bwd[k] = np.logaddexp.reduce(trans + (emit[k + 1] + bwd[k + 1])[None, :], axis=1)
    joint = fwd + bwd
    joint -= np.logaddexp.reduce(joint, axis=1)[:, None]
    return np.exp(joint)


def decode_roles(voice_margin: np.ndarray, text_log_odds: np.ndarray, separation: float,
                 direction: str | None, weights: SequenceWeights = SequenceWeights(),
                 durations: np.ndarray | None = None) -> RoleSequence:
    """The most likely role of every stretch (in time order) and how sure that is.

    Confidence is the duration-weighted mean of ``2·P(chosen role) − 1`` over the
    stretches (at least 0): 0 when the cues leave every stretch a coin toss, 1 when
    they agree.
    """
    voice_margin = np.asarray(voice_margin, dtype=float)
    text_log_odds = np.asarray(text_log_odds, dtype=float)
    first = weights.first_agent if direction != "outbound" else 1 - weights.first_agent
    start, trans = _priors(first, weights)
    best: tuple[float, int, list[int], np.ndarray] | None = None
    for agent_cluster in (0, 1):
        emit = _emissions(voice_margin, text_log_odds, separation, agent_cluster, weights)
        path, score = _viterbi(emit, start, trans)
        if best is None or score > best[0]:
            best = (score, agent_cluster, path, emit)
    assert best is not None
    _, agent_cluster, path, emit = best
    post = _posteriors(emit, start, trans)
    chosen = np.array([post[k, r] for k, r in enumerate(path)])
    dur = np.ones(len(path)) if durations is None else np.maximum(np.asarray(durations, float), 0.2)
    confidence = max(0.0, float(np.sum((2 * chosen - 1) * dur) / np.sum(dur)))
    return RoleSequence(path, chosen.round(3).tolist(), agent_cluster, round(confidence, 3))
