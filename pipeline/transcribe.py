"""Speech to timed utterances, one track at a time, with guards against Whisper's
failure modes.

Per track: VAD on, ``condition_on_previous_text=False`` (conditioning causes
repetition loops), word timestamps, Simplified Chinese (OpenCC, whatever the model
emits). Known silence hallucinations and probable non-speech segments are
dropped. Utterances are cut where the speaker actually paused — at VAD chunk
edges and word gaps — because Whisper segments can span several turns, and
interleaving both channels by segment start puts the turns in the wrong order.
"""
from __future__ import annotations

import logging
import re
import time
import zlib
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Iterable, Iterator

import numpy as np

from pipeline.memtrim import release_free_memory
from pipeline.model import Utterance, Word

log = logging.getLogger(__name__)

#: Stock lines Whisper produces on near-silence (subtitle credits and the like).
HALLUCINATION_PATTERNS = [re.compile(p) for p in (
    r"字幕", r"amara", r"点赞", r"订阅", r"打赏", r"转发", r"明镜", r"栏目",
    r"谢谢观看", r"感谢观看", r"独播剧场", r"请不吝", r"本节目", r"下期再见", r"优优",
)]

_PUNCT = "，。！？、；：,.!?;:…～~\"'“”‘’（）() "


@dataclass
class TrackTranscript:
    """The utterances of one track plus what the guards saw."""

    role: str
    channel: int
    utterances: list[Utterance] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)     # texts removed by the guards
    speech: list[tuple[float, float]] = field(default_factory=list)  # tight VAD activity
    repaired: list[list[float]] = field(default_factory=list)  # skipped speech re-transcribed
    #: speech whose second hearing looped again: its words are lost, so the call is set aside
    unheard: list[list[float]] = field(default_factory=list)

    @property
    def speech_s(self) -> float:
        return sum(e - s for s, e in self.speech)


_opencc = None


def to_simplified(text: str) -> str:
    """Simplified Chinese, whatever script the model chose."""
    global _opencc
    if _opencc is None:
        import opencc
        _opencc = opencc.OpenCC("t2s")
    return _opencc.convert(text)


def is_hallucination(text: str) -> bool:
    low = text.lower()
    return any(p.search(low) for p in HALLUCINATION_PATTERNS)


def echoes_prompt(text: str, prompts: Iterable[str], min_chars: int = 8) -> bool:
    """Whether the segment is mostly the initial prompt read back (以下是客服中心的电话录音，
    请用简体中文和标点 surfaced as a caller's words on a short clip): a shared run of at
    least ``min_chars`` characters covering half the segment or more."""
    said = strip_punct(text)
    for prompt in prompts:
        p = strip_punct(prompt)
        if not p or not said:
            continue
        best = SequenceMatcher(None, said, p, autojunk=False).find_longest_match(
            0, len(said), 0, len(p)).size
        if best >= min_chars and best * 2 >= len(said):
            return True
    return False


def strip_punct(text: str) -> str:
    return "".join(ch for ch in text if ch not in _PUNCT)


def transcribe_track(model: Any, samples: np.ndarray, role: str, channel: int,
                     asr: Any, timings: dict[str, float] | None = None) -> TrackTranscript:
    """Run Whisper on one track (16 kHz float32) and return its utterances.

    VAD runs once here (not again inside faster-whisper): only the speech chunks,
    concatenated, go through the model, and timestamps are mapped back.
    """
    from faster_whisper.transcribe import restore_speech_timestamps
    from faster_whisper.vad import collect_chunks

    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    out = TrackTranscript(role=role, channel=channel, speech=speech_activity(samples))
    speech_chunks = asr_chunks(out.speech, asr.vad_min_silence_ms / 1000.0, len(samples))
    chunks = [(c["start"] / 16000.0, c["end"] / 16000.0) for c in speech_chunks]
    t1 = time.perf_counter()
    timings["vad"] = timings.get("vad", 0.0) + t1 - t0
    if not chunks:
        return out
    prompt = asr.mono_initial_prompt if role == "unknown" else asr.initial_prompt
    segments = []
    pieces = [(c["start"], c["end"], 0) for c in speech_chunks]
    for group in _bounded_groups(pieces, MAX_STREAM_S * 16000):
        group_chunks = [{"start": a, "end": b} for a, b, _ in group]
        audio_chunks, _ = collect_chunks(samples, group_chunks)
        segments += _guard_segments(restore_speech_timestamps(
            _run_whisper(model, np.concatenate(audio_chunks), asr, prompt), group_chunks, 16000),
            asr, out.dropped)
        del audio_chunks
        release_free_memory()
    segments += _repair_missed_speech(model, samples, asr, out, segments)
    segments.sort(key=lambda seg: seg.start)
    # A mono mix holds both speakers: cut at every short pause of the tight VAD so an
    # utterance rarely spans a change of speaker (the diarizer labels whole utterances).
    cut_at = out.speech if role == "unknown" and out.speech else chunks
    out.utterances = list(cut_utterances(segments, cut_at, role, channel, asr.pause_split_s))
    timings["asr"] = timings.get("asr", 0.0) + time.perf_counter() - t1
    return out


def transcribe_interleaved(model: Any, tracks: list[tuple[str, int, np.ndarray]], asr: Any,
                           timings: dict[str, float] | None = None) -> list[TrackTranscript]:
    """Both channels of a stereo call in ONE model pass, each word kept on its channel.

    Each channel's speech chunks (VAD) are laid end to end in order of their start
    time — the agent's chunk, then the customer's answer, … — and transcribed once.
    Every recognised word is mapped back through the chunk it falls in to its channel
    and original time. Compared with one pass per channel, the model runs one set of
    30-s windows instead of two and hears the dialogue in order; compared with a
    downmix, it never hears two voices at once and skips the silence.
    """
    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    outs, pieces, track_chunks = [], [], []
    for k, (role, channel, samples) in enumerate(tracks):
        out = TrackTranscript(role=role, channel=channel, speech=speech_activity(samples))
        outs.append(out)
        chunks = asr_chunks(out.speech, asr.vad_min_silence_ms / 1000.0, len(samples))
        track_chunks.append([(c["start"] / 16000.0, c["end"] / 16000.0) for c in chunks])
        pieces += [(c["start"], c["end"], k) for c in chunks]
    pieces.sort()
    t1 = time.perf_counter()
    timings["vad"] = timings.get("vad", 0.0) + t1 - t0
    if not pieces:
        return outs
    per_track: list[list[Any]] = [[] for _ in tracks]
    dropped: list[str] = []
    gap = np.zeros(int(asr.speaker_change_gap_s * 16000), dtype=np.float32)
    for group in _bounded_groups(pieces, MAX_STREAM_S * 16000):
        layout, audio, v = [], [], 0
        for i, (start, end, k) in enumerate(group):
            if i and k != group[i - 1][2] and gap.size:
                audio.append(gap)          # a pause where the speaker changes
                v += gap.size
            layout.append((v, v + end - start, k, start))
            audio.append(tracks[k][2][start:end])
            v += end - start
        v_ends = [lay[1] for lay in layout]
        stream = np.concatenate(audio)
        del audio
        for seg in _guard_segments(_run_whisper(model, stream, asr), asr, dropped):
            for k, words in reattach_stray_words(list(_split_words(seg, layout, v_ends))):
                per_track[k].append(_ShiftedSegment(words[0].start, words[-1].end,
                                                    "".join(w.word for w in words),
                                                    seg.avg_logprob, seg.no_speech_prob, words))
        del stream
        release_free_memory()
    for k, (role, channel, samples) in enumerate(tracks):
        out = outs[k]
        out.dropped = list(dropped) if k == 0 else []
        segs = per_track[k]
        segs += _repair_missed_speech(model, samples, asr, out, segs)
        segs.sort(key=lambda seg: seg.start)
        out.utterances = list(cut_utterances(segs, track_chunks[k], role, channel,
                                             asr.pause_split_s))
    timings["asr"] = timings.get("asr", 0.0) + time.perf_counter() - t1
    return outs


#: At most this much speech goes into one model call: a one-hour call is transcribed in
#: ten-minute stretches, so the copies the model pipeline makes stay small. Ordinary
#: calls fit in one stretch.
MAX_STREAM_S = 600


def _bounded_groups(pieces: list[tuple[int, int, int]],
                    max_samples: int) -> Iterator[list[tuple[int, int, int]]]:
    """Consecutive (start, end, track) pieces in groups of at most ``max_samples``."""
    group: list[tuple[int, int, int]] = []
    size = 0
    for piece in pieces:
        n = piece[1] - piece[0]
        if group and size + n > max_samples:
            yield group
            group, size = [], 0
        group.append(piece)
        size += n
    if group:
        yield group


def _split_words(seg: Any, layout: list[tuple[int, int, int, int]],
                 v_ends: list[int]) -> Iterator[tuple[int, list[_ShiftedWord]]]:
    """A segment's words, mapped to (track, original time) and grouped by track."""
    import bisect

    group: list[_ShiftedWord] = []
    group_k = -1
    words = seg.words or [_ShiftedWord(seg.start, seg.end, seg.text, 1.0)]
    for w in words:
        mid = int((w.start + w.end) / 2 * 16000)
        i = min(bisect.bisect_right(v_ends, mid), len(layout) - 1)
        v0, v1, k, orig = layout[i]
        to_orig = lambda t: (orig + min(max(int(t * 16000), v0), v1) - v0) / 16000.0  # noqa: E731
        mapped = _ShiftedWord(to_orig(w.start), to_orig(w.end), w.word, w.probability)
        if k != group_k and group:
            yield group_k, group
            group = []
        group_k = k
        group.append(mapped)
    if group:
        yield group_k, group


#: A word the model gives less than this probability, alone on one side of a change of
#: speaker inside one sentence, is taken for a timing slip. Seen on outbound calls: the
#: customer's short 喂, then the agent's 您好 — the model heard 您好 and put 您 over the
#: 喂 (p 0.06, 0.08), leaving the agent with 好 and a false missing greeting.
STRAY_WORD_MAX_PROBABILITY = 0.2
_SENTENCE_END = tuple("，。！？、；：,.!?;:…")


def reattach_stray_words(groups: list[tuple[int, list[_ShiftedWord]]]
                         ) -> list[tuple[int, list[_ShiftedWord]]]:
    """One segment's per-track word groups, a stray word moved to the words it belongs with.

    Word times come from the decoder's attention and slip at the edges of a segment; in
    the one-pass stereo stream a slip across a change of speaker puts a word on the wrong
    channel. A group of at most two characters, every word below
    ``STRAY_WORD_MAX_PROBABILITY``, that the model did not separate by punctuation from
    the other speaker's words next to it (within the same segment) joins those words.
    A confident short answer (好。/ 嗯,) stays where it is.
    """
    out = [(k, list(ws)) for k, ws in groups]
    i = 0
    while len(out) > 1 and i < len(out):
        k, ws = out[i]
        stray = (len("".join(w.word for w in ws).strip(_PUNCT)) <= 2
                 and all(w.probability < STRAY_WORD_MAX_PROBABILITY for w in ws))
        after = i + 1 < len(out) and not ws[-1].word.rstrip().endswith(_SENTENCE_END)
        before = i > 0 and not out[i - 1][1][-1].word.rstrip().endswith(_SENTENCE_END)
        if not (stray and (after or before)):
            i += 1
            continue
        j = i + 1 if after else i - 1          # the sentence it belongs with
        target_k, target = out[j]
        t = target[0].start if after else target[-1].end
        moved = [_ShiftedWord(t, t, w.word, w.probability) for w in ws]
        out[j] = (target_k, moved + target if after else target + moved)
        log.debug("stray word %r moved from track %d to track %d",
                  "".join(w.word for w in ws), k, target_k)
        del out[i]
        # neighbours on the same track are one group again
        if 0 < i < len(out) and out[i - 1][0] == out[i][0]:
            out[i - 1] = (out[i - 1][0], out[i - 1][1] + out[i][1])
            del out[i]
        i = max(i - 1, 0)
    return out


_batched: dict[int, Any] = {}


def _run_whisper(model: Any, samples: np.ndarray, asr: Any,
                 prompt: str | None = None) -> Iterable[Any]:
    """The model on audio that is already speech (VAD done by the caller).

    With ``asr.batch_size`` > 1, faster-whisper's batched pipeline packs the speech into
    ≤30-s windows and decodes them together: measured here, the same CER (0.144 vs 0.143
    on the stereo sample calls) for about a quarter less CPU. Each window is decoded
    without the previous one's text, as ``condition_on_previous_text=False`` asks.
    """
    prompt = asr.initial_prompt if prompt is None else prompt
    if asr.batch_size > 1:
        from faster_whisper import BatchedInferencePipeline

        pipe = _batched.setdefault(id(model), BatchedInferencePipeline(model))
        segments, _info = pipe.transcribe(
            samples, language=asr.language, beam_size=asr.beam_size, batch_size=asr.batch_size,
            vad_filter=True, word_timestamps=True, initial_prompt=prompt or None)
        return segments
    segments, _info = model.transcribe(
        samples, language=asr.language, beam_size=asr.beam_size, vad_filter=False,
        condition_on_previous_text=False, word_timestamps=True,
        initial_prompt=prompt or None,
    )
    return segments


@dataclass
class _ShiftedWord:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class _ShiftedSegment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    words: list[_ShiftedWord]


def _shift(seg: Any, offset: float) -> _ShiftedSegment:
    return _ShiftedSegment(seg.start + offset, seg.end + offset, seg.text, seg.avg_logprob,
                           seg.no_speech_prob,
                           [_ShiftedWord(w.start + offset, w.end + offset, w.word, w.probability)
                            for w in (seg.words or [])])


def uncovered_speech(speech: list[tuple[float, float]], segments: list[Any],
                     min_len_s: float = 0.4, slack_s: float = 0.25) -> list[tuple[float, float]]:
    """Speech stretches no recognised word falls in: what Whisper skipped."""
    times = [((w.start + w.end) / 2) for seg in segments for w in (seg.words or [])]
    times += [(seg.start + seg.end) / 2 for seg in segments if not seg.words]
    missed = [(s, e) for s, e in speech
              if e - s >= min_len_s and not any(s - slack_s <= t <= e + slack_s for t in times)]
    merged: list[tuple[float, float]] = []
    for s, e in missed:
        if merged and s - merged[-1][1] < 1.0:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _repair_missed_speech(model: Any, samples: np.ndarray, asr: Any, track: "TrackTranscript",
                          segments: list[Any]) -> list[Any]:
    """Transcribe alone the speech stretches Whisper skipped.

    After VAD the model sometimes ends a window early and drops the last short turn —
    often the closing (感谢您的来电，再见), whose absence would then be a false finding.
    """
    repaired: list[Any] = []
    pad = 0.3
    for s, e in uncovered_speech(track.speech, segments):
        a, b = max(0.0, s - pad), min(len(samples) / 16000.0, e + pad)
        clip = samples[int(a * 16000):int(b * 16000)]
        prompt = asr.mono_initial_prompt if track.role == "unknown" else asr.initial_prompt
        loops: list[str] = []
        found = [_shift(seg, a) for seg in _guard_segments(
            _run_whisper(model, clip, asr, prompt), asr, track.dropped, loops)]
        log.debug("re-transcribed skipped speech %.2f-%.2f s: %s", s, e,
                  "".join(seg.text for seg in found))
        track.repaired.append([round(s, 2), round(e, 2)])
        if loops:
            # Heard twice, looped twice: dropping it silently would let an absence
            # finding (no greeting, no apology) rest on words nobody heard.
            log.warning("decoding loop again at %.2f-%.2f s (%s): its speech is unheard",
                        s, e, loops[0])
            track.unheard.append([round(s, 2), round(e, 2)])
        repaired += found
    return repaired


def asr_chunks(speech: list[tuple[float, float]], min_silence_s: float, n_samples: int,
               pad_s: float = 0.4, rate: int = 16000) -> list[dict[str, int]]:
    """The chunks the model hears, derived from the tight activity (one VAD pass):
    pauses shorter than ``min_silence_s`` are bridged, and each chunk gets ``pad_s``
    of context on both sides without overlapping its neighbours."""
    merged: list[list[float]] = []
    for s, e in speech:
        if merged and s - merged[-1][1] < min_silence_s:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out = []
    for i, (s, e) in enumerate(merged):
        lo = (merged[i - 1][1] + s) / 2 if i else 0.0
        hi = (e + merged[i + 1][0]) / 2 if i + 1 < len(merged) else n_samples / rate
        out.append({"start": int(max(s - pad_s, lo) * rate), "end": int(min(e + pad_s, hi) * rate)})
    return out


def speech_activity(samples: np.ndarray) -> list[tuple[float, float]]:
    """Where this track has speech, tightly (30 ms padding): the timeline the acoustic
    measures (silence, overlap, talk time) are computed from."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(min_silence_duration_ms=300, speech_pad_ms=30)
    return [(round(c["start"] / 16000.0, 3), round(c["end"] / 16000.0, 3))
            for c in get_speech_timestamps(samples, opts)]


def _guard_segments(segments: Iterable[Any], asr: Any, dropped: list[str],
                    loops: list[str] | None = None) -> Iterator[Any]:
    """The segments worth keeping; what is dropped goes to ``dropped``, and the
    decoding loops among it also to ``loops`` when the caller asks."""
    for seg in segments:
        text = to_simplified(seg.text).strip()
        if not strip_punct(text):
            continue
        if is_hallucination(text) or echoes_prompt(
                text, (asr.initial_prompt, asr.mono_initial_prompt)):
            dropped.append(text)
            continue
        if loop := repetition_loop(text):
            # A decoding loop (点点点… for 20 s) buries real speech: drop the segment, and
            # its speech, now uncovered, is transcribed again in short clips on its own
            # (``_repair_missed_speech``), where the loop rarely recurs.
            dropped.append(text if len(text) <= 60 else text[:60] + "…")
            if loops is not None:
                loops.append(loop)
            continue
        if seg.no_speech_prob > asr.no_speech_threshold and seg.avg_logprob < asr.logprob_threshold:
            dropped.append(text)
            continue
        yield seg


def cut_utterances(segments: Iterable[Any], chunks: list[tuple[float, float]], role: str,
                   channel: int, pause_split_s: float) -> Iterator[Utterance]:
    """Group words into utterances, starting a new one at a pause or a VAD chunk edge."""
    current: list[Word] = []
    cur_seg: Any = None
    cur_chunk = -1

    def flush() -> Utterance | None:
        if not current:
            return None
        text = "".join(w.text for w in current).strip()
        if not strip_punct(text):
            return None
        return Utterance(role=role, start_s=current[0].start_s, end_s=current[-1].end_s,
                         text=text, channel=channel,
                         avg_logprob=getattr(cur_seg, "avg_logprob", None),
                         no_speech_prob=getattr(cur_seg, "no_speech_prob", None),
                         words=list(current))

    for seg in segments:
        words = seg.words or []
        if not words:  # no word timings: keep the segment whole
            u_words = [Word(seg.start, seg.end, to_simplified(seg.text).strip())]
        else:
            u_words = [Word(float(w.start), float(w.end), to_simplified(w.word), float(w.probability))
                       for w in words]
        for w in u_words:
            chunk = _chunk_index(chunks, (w.start_s + w.end_s) / 2)
            if current and (w.start_s - current[-1].end_s >= pause_split_s or chunk != cur_chunk):
                u = flush()
                if u:
                    yield u
                current = []
            current.append(w)
            cur_chunk = chunk
            cur_seg = seg
    u = flush()
    if u:
        yield u


def _chunk_index(chunks: list[tuple[float, float]], t: float) -> int:
    """Index of the VAD chunk holding time t (nearest one if t falls in a gap)."""
    best, best_d = 0, float("inf")
    for i, (s, e) in enumerate(chunks):
        if s <= t <= e:
            return i
        d = min(abs(t - s), abs(t - e))
        if d < best_d:
            best, best_d = i, d
    return best


def repetition_loop(text: str) -> str | None:
    """One n-gram repeated back to back many times (short n-grams need more repeats:
    people do say 好的好的; a whole sentence said three times running is a loop too),
    described; None if there is none."""
    joined = strip_punct(text)
    for n in range(1, 31):
        repeats = 8 if n == 1 else (6 if n <= 3 else (4 if n <= 10 else 3))
        m = re.search(r"(.{%d})\1{%d,}" % (n, repeats - 1), joined)
        if m:
            return f"repetition loop: '{m.group(1)}' repeated {len(m.group(0)) // n} times"
    return None


def repetition_problem(texts: list[str], max_ratio: float = 2.4,
                       min_chars: int = 60) -> str | None:
    """Why a track's transcript looks like a Whisper repetition loop, or None.

    Two signals: a loop (``repetition_loop``), or text so repetitive that zlib
    compresses it beyond ``max_ratio`` (Whisper's own measure).
    """
    joined = strip_punct("".join(texts))
    if not joined:
        return None
    loop = repetition_loop(joined)
    if loop:
        return loop
    # Whisper's own check is per ~30-s segment; over a whole hour of speech ordinary text
    # compresses better, so judge windows of a segment's size, not the whole transcript.
    window = 240
    for start in range(0, max(len(joined) - min_chars, 0) + 1, window // 2):
        data = joined[start:start + window].encode("utf-8")
        if len(data) < min_chars * 3:
            break
        ratio = len(data) / len(zlib.compress(data))
        if ratio > max_ratio:
            return (f"repetitive transcript (compression ratio {ratio:.2f} > {max_ratio} "
                    f"at characters {start}–{start + window})")
    return None


def merge_timeline(tracks: list[TrackTranscript]) -> list[Utterance]:
    """Both roles on one timeline, ordered by start time."""
    utts = [u for t in tracks for u in t.utterances]
    return sorted(utts, key=lambda u: (u.start_s, u.end_s))
