"""The transcript layer on real telephone audio: formats, mono, fake stereo, silence, loops."""
import pytest

from pipeline.analyze import Analyzer
from pipeline.model import Utterance
from pipeline.transcribe import TrackTranscript
from tests.conftest import analyze_clip as run

pytestmark = pytest.mark.asr


def _turn_texts(truth, role):
    return [t["text"] for t in truth["turns"] if t["role"] == role]


@pytest.mark.parametrize("name,codec", [("fx_mulaw.wav", "pcm_mulaw"), ("fx_mp3.mp3", "mp3")])
def test_telephone_formats_transcribe_with_roles(analyzer, data_dir, fixture_truth, name, codec):
    res = run(analyzer, data_dir, name)
    assert res.status in ("ok", "too_short"), res.error        # clips are under 10 s
    as_json = res.to_json_dict()
    assert as_json["status"] == "ok" and as_json["too_short"] == (res.status == "too_short")
    assert as_json["score"] is None if res.status == "too_short" else as_json["score"] is not None
    assert res.asr["codec"].startswith(codec.split("_")[0]) and res.asr["source_rate"] == 8000
    roles = {u.role for u in res.utterances}
    assert roles == {"agent", "customer"}
    agent_text = "".join(u.text for u in res.utterances if u.role == "agent")
    assert "再见" in agent_text                                    # the closing survived
    first = res.utterances[0]
    truth = fixture_truth[name]
    assert first.role == "agent" and abs(first.start_s - truth["turns"][0]["start_s"]) < 1.0


def test_mono_call_is_split_into_two_speakers(analyzer, data_dir):
    res = run(analyzer, data_dir, "fx_mono.wav", layout="mono")
    assert res.status in ("ok", "too_short"), res.error
    assert res.channel_layout == "mono"
    d = res.asr["diarization"]
    assert d["method"].startswith("kmeans") and 0.0 <= d["confidence"] <= 1.0
    if d["applied"]:
        assert res.utterances[0].role == "agent"
        assert {u.role for u in res.utterances} == {"agent", "customer"}
    else:
        assert {u.role for u in res.utterances} == {"unknown"}


def test_fake_stereo_is_treated_as_mono_and_noted(analyzer, data_dir):
    res = run(analyzer, data_dir, "fx_fakestereo.wav", layout="agent-left")
    assert res.channel_layout == "mono"
    assert any("fake stereo" in n for n in res.asr["notes"])
    assert "diarization" in res.asr
    assert "".join(u.text for u in res.utterances)               # it was still transcribed


def test_silent_file_yields_no_text_and_is_not_scored(analyzer, data_dir):
    res = run(analyzer, data_dir, "fx_silence.wav")
    assert res.utterances == []                                  # no hallucinated text survives
    assert res.status == "asr_unreliable" and "no speech" in res.error
    assert res.score is None and res.hits == []


def test_a_repetition_loop_marks_the_call_unreliable(analyzer, data_dir, monkeypatch):
    """A transcript fixture reproducing Whisper's loop (as conditioning on previous text
    does on long calls): the call is not scored as if the words were true."""
    loop = "好的我帮您查一下" * 12

    def looping(self, audio_sha, split, timings):
        return [TrackTranscript("agent", 0, [Utterance("agent", 1.0, 28.0, loop)]),
                TrackTranscript("customer", 1, [Utterance("customer", 0.0, 1.0, "喂")])], False

    monkeypatch.setattr(Analyzer, "_transcribe", looping)
    res = run(analyzer, data_dir, "fx_clean.wav")
    assert res.status == "asr_unreliable"
    assert "repetition loop" in res.error and "好的我帮您查一下" in res.error
    assert res.score is None and res.hits == []


def test_speech_that_loops_again_when_heard_twice_sets_the_call_aside(analyzer, data_dir,
                                                                       monkeypatch):
    """The repair pass looped too: that speech is unheard, and a finding of absence (no
    greeting, no apology) could rest on it, so the call is not scored."""
    def unheard(self, audio_sha, split, timings):
        agent = TrackTranscript("agent", 0, [Utterance("agent", 10.0, 12.0, "好的,再见")],
                                unheard=[[0.5, 9.5]])
        return [agent, TrackTranscript("customer", 1, [Utterance("customer", 0.0, 1.0, "喂")])], False

    monkeypatch.setattr(Analyzer, "_transcribe", unheard)
    res = run(analyzer, data_dir, "fx_clean.wav")
    assert res.status == "asr_unreliable"
    assert "looped again" in res.error and "0.5-9.5 s" in res.error
    assert res.score is None and res.hits == []
