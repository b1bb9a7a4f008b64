"""Mono roles from voice, wording and turn-taking (fast: synthetic cues, no audio)."""
import numpy as np
import pytest

from pipeline.role_sequence import AGENT, CUSTOMER, decode_roles


def test_wording_and_turn_taking_decide_when_the_voices_do_not_separate():
    # agent-like, customer-like, agent-like... but the voice says nothing
    text = np.array([2.0, -1.5, 1.0, -2.0, 0.5, -1.0])
    seq = decode_roles(np.zeros(6), text, separation=0.0, direction="inbound")
    assert seq.roles == [AGENT, CUSTOMER] * 3
    assert seq.confidence > 0.5


def test_turn_taking_carries_a_stretch_whose_words_say_nothing():
    text = np.array([2.0, -2.0, 0.0, -2.0, 2.0])   # the middle stretch is a bare 嗯/好的
    seq = decode_roles(np.zeros(5), text, separation=0.0, direction="inbound")
    assert seq.roles[2] == AGENT                    # between two customer stretches


def test_clear_voices_outweigh_a_misleading_sentence():
    voice = np.array([-2.0, 2.0, -2.0, 2.0, -2.0, 2.0])    # cluster 0, 1, 0, 1…
    text = np.array([1.5, -1.0, 1.0, 1.5, 1.0, -1.0])      # stretch 3: a customer saying 您好请问
    seq = decode_roles(voice, text, separation=0.6, direction="inbound")
    assert seq.roles == [AGENT, CUSTOMER] * 3
    assert seq.agent_cluster == 0


def test_an_outbound_call_opens_with_the_customer():
    seq = decode_roles(np.zeros(2), np.zeros(2), separation=0.0, direction="outbound")
    assert seq.roles[0] == CUSTOMER


def test_no_evidence_means_no_confidence():
    seq = decode_roles(np.zeros(8), np.zeros(8), separation=0.0, direction="inbound")
    assert seq.confidence < 0.5                     # below the default threshold: roles stay unknown
    strong = decode_roles(np.zeros(8), np.array([3.0, -3.0] * 4), 0.0, "inbound")
    assert strong.confidence > seq.confidence + 0.3


@pytest.mark.parametrize("direction", ["inbound", "outbound", None])
def test_posteriors_are_probabilities(direction):
    rng = np.random.default_rng(0)
    seq = decode_roles(rng.normal(size=12), rng.normal(size=12), 0.3, direction)
    assert len(seq.roles) == len(seq.posterior) == 12
    assert all(0.0 <= p <= 1.0 for p in seq.posterior)   # the path may disagree with a marginal
    assert 0.0 <= seq.confidence <= 1.0
