"""Timing measures and the acoustic/metadata rule kinds, on hand-made timelines."""
from pipeline import acoustics
from pipeline.model import CallRecord, CallTranscript, Utterance
from qa_rules.engine import evaluate, load_rulebook
from callqa.settings import Settings

U = Utterance


def test_silence_overlap_latency_and_rate_from_vad_activity():
    utts = [U("agent", 0.3, 3.0, "您好,请问有什么可以帮您?"),
            U("customer", 3.5, 6.0, "我家停电了,什么时候来电?"),
            U("agent", 13.0, 16.0, "下午三点恢复供电。"),
            U("customer", 16.5, 19.0, "好的我知道了谢谢你们"),
            U("agent", 17.8, 20.0, "不客气,再见")]
    activity = {"agent": [(0.3, 3.0), (13.0, 16.0), (17.8, 20.0)],
                "customer": [(3.5, 6.0), (16.5, 19.0)]}
    m = acoustics.measure(utts, 21.0, activity)
    assert m["source"] == "vad"
    assert m["talk_s"] == {"agent": 7.9, "customer": 5.0}
    [sil] = m["silences"]
    assert (sil["start_s"], sil["end_s"], sil["before_role"], sil["after_role"],
            sil["after_hold"]) == (6.0, 13.0, "customer", "agent", False)
    [ov] = m["overlaps"]
    assert (ov["start_s"], ov["duration_s"]) == (17.8, 1.2)
    assert m["response_latency"][0]["latency_s"] == 7.0
    assert m["speech_rate"]["chars_per_min"]["agent"] > 0


def test_silence_after_a_hold_request_is_marked():
    utts = [U("customer", 0, 2, "帮我查下话费"), U("agent", 2.5, 4.5, "请您稍等,我帮您查询一下"),
            U("agent", 14.5, 16, "查到了")]
    [sil] = acoustics.measure(utts, 16.0)["silences"]
    assert sil["after_hold"] and sil["duration_s"] == 10.0


def _rules():
    return load_rulebook(Settings().rulebook_path)


def _cats(utts, duration, record=None):
    t = CallTranscript(utts, duration, record, acoustics.measure(utts, duration))
    return [(h.category, h.start_s, h.end_s) for h in evaluate(_rules(), t)
            if h.category in ("dead_air", "interruption", "agent_hung_up_first")]


def test_dead_air_rule_honours_threshold_and_hold_exception():
    base = [U("agent", 0, 3, "您好,这里是客服中心,请问有什么可以帮您?"), U("customer", 3.5, 6, "我想查话费")]
    assert _cats(base + [U("agent", 14, 17, "您的话费是八十元")], 20) == [("dead_air", 6.0, 14.0)]
    held = base + [U("agent", 6.5, 8, "请您稍等"), U("agent", 16, 18, "您的话费是八十元")]
    assert _cats(held, 20) == []
    assert _cats(base + [U("agent", 9, 12, "您的话费是八十元")], 20) == []  # 3 s < 5 s


def test_interruption_needs_overlap_beyond_the_delay():
    talk = [U("customer", 0, 5, "我家水管一直漏水楼下都淹了")]
    assert _cats(talk + [U("agent", 3.5, 6, "您别说了")], 8) == [("interruption", 3.5, 5.0)]
    assert _cats(talk + [U("agent", 4.5, 6, "好的")], 8) == []


def test_text_only_transcript_measures_nothing():
    utts = [U("customer", 0, 3, "我想查话费"), U("agent", 12, 14, "好的")]
    hits = evaluate(_rules(), CallTranscript(utts, 15))
    assert not [h for h in hits if h.method == "acoustic"]


def test_mono_without_roles_gets_no_acoustic_accusation():
    utts = [U("unknown", 0, 3, "我想查话费"), U("unknown", 12, 14, "好的")]
    assert _cats(utts, 15) == []


def test_hang_up_side_comes_from_the_call_record():
    utts = [U("agent", 0, 3, "感谢您的来电,再见")]
    rec = CallRecord(file="x", recording_id="x", hangup_by="agent")
    assert _cats(utts, 4, rec) == [("agent_hung_up_first", 3.0, 4.0)]
    rec.hangup_by = "customer"
    assert _cats(utts, 4, rec) == []
