"""Utterance cutting and the guards, on hand-made segments (no model: fast)."""
from types import SimpleNamespace as NS

from callqa.settings import AsrOptions
from pipeline.transcribe import (TrackTranscript, _guard_segments, cut_utterances, is_hallucination,
                                 merge_timeline, repetition_loop, repetition_problem,
                                 to_simplified)


def seg(words, text=None, avg_logprob=-0.3, no_speech_prob=0.01):
    ws = [NS(start=s, end=e, word=w, probability=0.9) for s, e, w in words]
    return NS(start=ws[0].start, end=ws[-1].end, text=text or "".join(w.word for w in ws),
              words=ws, avg_logprob=avg_logprob, no_speech_prob=no_speech_prob)


def test_a_segment_spanning_two_turns_is_cut_at_the_pause():
    # Whisper joined "您好" and, after a 2 s pause, "请问您贵姓" into one segment.
    s = seg([(0.5, 0.8, "您"), (0.8, 1.1, "好,"), (3.1, 3.4, "请问"), (3.4, 4.0, "您贵姓?")])
    utts = list(cut_utterances([s], [(0.4, 1.2), (3.0, 4.1)], "agent", 0, pause_split_s=0.6))
    assert [(u.text, u.start_s, u.end_s) for u in utts] == [("您好,", 0.5, 1.1),
                                                            ("请问您贵姓?", 3.1, 4.0)]


def test_vad_chunk_edge_cuts_even_without_a_long_word_gap():
    s = seg([(0.5, 1.0, "好的"), (1.3, 1.8, "稍等")])
    utts = list(cut_utterances([s], [(0.4, 1.1), (1.25, 1.9)], "agent", 0, pause_split_s=0.6))
    assert [u.text for u in utts] == ["好的", "稍等"]


def test_merge_interleaves_roles_by_time():
    a = TrackTranscript("agent", 0, list(cut_utterances(
        [seg([(0.0, 1.0, "您好")]), seg([(5.0, 6.0, "好的")])], [(0, 1), (5, 6)], "agent", 0, 0.6)))
    c = TrackTranscript("customer", 1, list(cut_utterances(
        [seg([(2.0, 4.0, "我要报修")])], [(2, 4)], "customer", 1, 0.6)))
    assert [u.role for u in merge_timeline([a, c])] == ["agent", "customer", "agent"]


def test_guards_drop_subtitle_credits_and_non_speech():
    asr = AsrOptions()
    kept = list(_guard_segments([
        seg([(0, 1, "字幕由Amara.org社群提供")]),
        seg([(1, 2, "请不吝点赞订阅转发打赏")]),
        seg([(2, 3, "嗯")], avg_logprob=-1.5, no_speech_prob=0.9),
        seg([(3, 4, "我家停电了")]),
    ], asr, dropped := []))
    assert [s.text for s in kept] == ["我家停电了"] and len(dropped) == 3
    assert not is_hallucination("谢谢您的来电")


def test_simplified_output_and_repetition_loops():
    assert to_simplified("這事不歸我們管") == "这事不归我们管"
    assert repetition_problem(["好的好的,我帮您查一下"]) is None
    assert "repeated" in repetition_problem(["我们会尽快处理" * 8])
    assert repetition_problem(["啊" * 12]) is not None
    assert repetition_problem(["您好这里是客服中心请问有什么可以帮您我想查一下话费"]) is None


def test_a_looping_segment_is_dropped_so_its_speech_is_heard_again():
    """A decoding loop buries real speech (2027-01-08 c0002: 点点点… over 20 s; 2026-12-25
    c0008: one sentence over and over): the segment goes, and its speech, now uncovered,
    is transcribed again on its own."""
    asr = AsrOptions()
    looping = "您好,我是检测中心的,这个阶级" + "点" * 80
    sentence = "您好,请问您要办理什么业务?" * 3
    kept = list(_guard_segments([seg([(0, 9, looping)]), seg([(9, 12, sentence)]),
                                 seg([(12, 13, "对对对,好的好的")])], asr, dropped := []))
    assert [s.text for s in kept] == ["对对对,好的好的"]
    assert len(dropped) == 2 and dropped[0].endswith("…")
    assert repetition_loop("您好请问您要办理什么业务" * 3).startswith("repetition loop")
    assert repetition_loop("我说一下,下周三上午就点,我说一下,下周三上午") is None   # said twice


def test_model_chunks_bridge_short_pauses_and_pad_without_overlap():
    from pipeline.transcribe import asr_chunks

    speech = [(1.0, 2.0), (2.3, 3.0), (5.0, 6.0)]          # 0.3 s pause, then 2 s
    chunks = asr_chunks(speech, min_silence_s=0.5, n_samples=16000 * 7)
    assert [(c["start"] / 16000, c["end"] / 16000) for c in chunks] == [(0.6, 3.4), (4.6, 6.4)]
    close = asr_chunks([(1.0, 2.0), (2.6, 3.0)], min_silence_s=0.5, n_samples=16000 * 4)
    assert close[0]["end"] == close[1]["start"] == int(2.3 * 16000)  # padding meets midway


def test_interleaved_words_go_back_to_their_channel_and_time():
    from pipeline.transcribe import _split_words

    # virtual stream: agent chunk 0-2 s (orig 0.5-2.5), then customer chunk 2-4 s (orig 3.0-5.0)
    sr = 16000
    layout = [(0, 2 * sr, 0, int(0.5 * sr)), (2 * sr, 4 * sr, 1, 3 * sr)]
    s = seg([(0.2, 0.6, "您好"), (1.0, 1.6, "请讲"), (2.3, 2.9, "我家"), (3.0, 3.5, "停电了")])
    groups = list(_split_words(s, layout, [lay[1] for lay in layout]))
    assert [(k, [w.word for w in ws]) for k, ws in groups] == [(0, ["您好", "请讲"]),
                                                              (1, ["我家", "停电了"])]
    assert groups[0][1][0].start == 0.7 and groups[1][1][0].start == 3.3



def test_an_unsure_word_cut_off_from_its_sentence_by_a_speaker_change_rejoins_it():
    """Outbound call: the customer's short 喂, then the agent's 您好. The model heard 您好
    and timed 您 over the 喂; the agent would be left with 好 and a missing greeting."""
    from pipeline.transcribe import _ShiftedWord as W, reattach_stray_words

    slip = [(1, [W(0.0, 0.54, "您", 0.06)]), (0, [W(1.01, 1.79, "好,", 0.97),
                                                  W(2.0, 2.3, "我是", 0.91)])]
    out = reattach_stray_words(slip)
    assert [(k, "".join(w.word for w in ws)) for k, ws in out] == [(0, "您好,我是")]
    assert out[0][1][0].start == 1.01                    # placed with its sentence

    # the same slip at the end of a segment
    tail = [(0, [W(5.0, 5.4, "再", 0.9)]), (1, [W(6.0, 6.2, "见", 0.1)])]
    assert [(k, "".join(w.word for w in ws)) for k, ws in reattach_stray_words(tail)] == [
        (0, "再见")]

    # kept: a confident short answer, an unsure one the model ended with punctuation,
    # and a longer unsure stretch (a real turn the model was unsure of)
    for groups in ([(1, [W(0.0, 0.4, "好", 0.85)]), (0, [W(1.0, 1.5, "那我", 0.9)])],
                   [(1, [W(0.0, 0.4, "喂,", 0.1)]), (0, [W(1.0, 1.5, "您好", 0.9)])],
                   [(1, [W(0.0, 0.4, "我家停", 0.1)]), (0, [W(1.0, 1.5, "您好", 0.9)])],
                   [(1, [W(0.0, 0.4, "嗯", 0.1)])]):
        assert reattach_stray_words(groups) == groups

def test_a_long_ordinary_transcript_is_not_taken_for_a_loop():
    """The compression check looks at segment-sized windows: an hour of ordinary speech
    compresses better than 2.4 as a whole, but no window of it does."""
    import json
    from pathlib import Path

    truth = Path(__file__).parent.parent / "samples" / "2026-11-20" / "truth.jsonl"
    turns = [t["text"] for line in truth.read_text("utf-8").splitlines()
             for t in json.loads(line)["turns"]]
    assert len("".join(turns * 6)) > 15000          # about an hour of speech
    assert repetition_problem(turns * 6) is None
    assert repetition_problem(["您好"] + ["我帮您查一下您的订单信息" * 10]) is not None


def test_long_speech_goes_to_the_model_in_bounded_groups():
    """An hour of speech is cut into stretches of at most the limit, in order, each piece
    whole; ordinary calls stay one group (the same model input as before)."""
    from pipeline.transcribe import _bounded_groups

    pieces = [(i * 100, i * 100 + 80, i % 2) for i in range(50)]
    groups = list(_bounded_groups(pieces, 400))
    assert [p for g in groups for p in g] == pieces
    assert all(sum(e - s for s, e, _ in g) <= 400 for g in groups)
    assert len(groups) == 10
    assert list(_bounded_groups(pieces[:3], 10_000)) == [pieces[:3]]


class _LoopingModel:
    """Whisper stand-in whose every hearing is the same decoding loop."""

    def __init__(self, text):
        self.text, self.calls = text, 0

    def transcribe(self, samples, **kw):
        self.calls += 1
        n = len(samples) / 16000
        return [seg([(0.1, n - 0.1, self.text)])], None


def test_a_loop_that_recurs_when_its_speech_is_heard_again_is_recorded_as_unheard():
    import numpy as np

    from pipeline.transcribe import _repair_missed_speech

    asr = AsrOptions(batch_size=1)
    track = TrackTranscript("agent", 0, speech=[(1.0, 6.0)])
    model = _LoopingModel("您好" + "点" * 60)
    found = _repair_missed_speech(model, np.zeros(16000 * 8, np.float32), asr, track, [])
    assert model.calls == 1 and found == []
    assert track.unheard == [[1.0, 6.0]] and track.repaired == [[1.0, 6.0]]
    fine = TrackTranscript("agent", 0, speech=[(1.0, 6.0)])
    found = _repair_missed_speech(_LoopingModel("您好,请讲"), np.zeros(16000 * 8, np.float32),
                                  asr, fine, [])
    assert [s.text for s in found] == ["您好,请讲"] and fine.unheard == []


def test_the_initial_prompt_read_back_is_dropped_but_speech_that_shares_a_few_words_is_kept():
    from pipeline.transcribe import echoes_prompt

    asr = AsrOptions()
    prompts = (asr.initial_prompt, asr.mono_initial_prompt)
    assert echoes_prompt("请用简体中文和标点。", prompts)
    assert echoes_prompt("以下是客服中心的电话录音", prompts)
    assert not echoes_prompt("您好,这里是客服中心的小王,请讲", prompts)     # 6 shared characters
    assert not echoes_prompt("以下是客服中心的电话录音,我家停电两天了,一直没人来修,你们到底管不管", prompts)
    kept = list(_guard_segments([seg([(0, 2, "请用简体中文和标点")]), seg([(2, 4, "我家停电了")])],
                                asr, dropped := []))
    assert [s.text for s in kept] == ["我家停电了"] and dropped == ["请用简体中文和标点"]
