"""The per-call pipeline: decode → split channels → transcribe → measure → rules → score.

Plain functions over the data model, no Prefect, no DuckDB: the nightly flow and
``callqa analyze`` both call ``Analyzer.analyze``. A call's failure is returned as
a ``CallResult`` with status ``failed`` and the reason; it never raises.
"""
from __future__ import annotations

import logging
import time
import traceback
from contextlib import contextmanager
from dataclasses import asdict, replace
from typing import Any, Iterator

from callqa.settings import Settings
from pipeline import acoustics
from pipeline.audio import AudioError, decode, file_sha256
from pipeline.channels import split_channels
from pipeline.diarize import assign_roles
from pipeline.memtrim import release_free_memory
from pipeline.model import CallRecord, CallResult, CallTranscript, Utterance
from pipeline.scoring import is_too_short, score_call
from pipeline.transcribe import (TrackTranscript, merge_timeline, repetition_problem,
                                 transcribe_interleaved, transcribe_track)
from pipeline.transcript_cache import (TranscriptCache, cache_key, utterance_from_dict,
                                       utterance_to_dict)
from pipeline.second_look import recheck_absences
from qa_rules.engine import Rulebook, evaluate, evaluate_rule, load_rulebook

log = logging.getLogger(__name__)


def asr_fingerprint(settings: Settings) -> dict[str, Any]:
    """The ASR settings that change the transcript (threads, replicas and device do not)."""
    opts = asdict(settings.asr)
    for k in ("cpu_threads", "num_workers", "device"):
        opts.pop(k)
    return opts


class Analyzer:
    """Holds what is expensive to build once per process: rulebook, model, cache."""

    def __init__(self, settings: Settings, rulebook: Rulebook | None = None):
        self.settings = settings
        self.rulebook = rulebook or load_rulebook(settings.rulebook_path)
        self.cache = TranscriptCache(settings.cache_dir / "transcripts") \
            if settings.transcript_cache else None
        self._model = None

    @property
    def model(self):
        """The Whisper model, loaded on first need (cached calls never load it)."""
        if self._model is None:
            from models.whisper import load_whisper
            self._model = load_whisper(self.settings.asr, self.settings.model_cache_dir)
        return self._model

    @property
    def model_id(self) -> str:
        from models.whisper import model_identity
        return model_identity(self.settings.asr)

    def analyze(self, record: CallRecord) -> CallResult:
        result = CallResult(record=record, status="ok", rulebook_id=self.rulebook.rulebook,
                            rulebook_version=self.rulebook.version)
        try:
            self._analyze(record, result)
        except AudioError as exc:
            result.status, result.error = "failed", str(exc)
            log.warning("failed: %s", exc)
        except Exception as exc:  # noqa: BLE001 - one call never stops the night
            result.status = "failed"
            result.error = f"{record.file}: internal error: {type(exc).__name__}: {exc}"
            log.error("internal error on %s\n%s", record.file, traceback.format_exc())
        finally:
            release_free_memory()
        return result

    def _analyze(self, record: CallRecord, result: CallResult) -> None:
        timings = result.timings
        with _timed(timings, "hash"):
            result.audio_sha256 = file_sha256(record.file)
        with _timed(timings, "decode"):
            audio = decode(record.file)
            split = split_channels(audio, record.channel_layout)
            release_free_memory()
        result.duration_s = audio.duration_s
        result.channel_layout = split.layout
        result.asr = {"model": self.model_id, "options": asr_fingerprint(self.settings),
                      "notes": split.notes, "codec": audio.codec,
                      "source_rate": audio.source_rate,
                      "source_channels": audio.source_channels}

        tracks, result.asr["cache_hit"] = self._transcribe(result.audio_sha256, split, timings)
        result.utterances = merge_timeline(tracks)
        result.asr["dropped"] = [d for t in tracks for d in t.dropped]
        result.asr["repaired"] = {t.role: t.repaired for t in tracks if t.repaired}
        if split.layout == "mono":
            with _timed(timings, "diarize"):
                self._diarize(split.tracks[0].samples, tracks[0].speech, record, result)

        with _timed(timings, "acoustics"):
            activity = ({t.role: t.speech for t in tracks} if split.layout != "mono" else None)
            result.acoustics = acoustics.measure(result.utterances, audio.duration_s, activity)

        problems = [p for t in tracks
                    if (p := repetition_problem([u.text for u in t.utterances]))]
        problems += [f"{t.role}: the model looped again when {s:.1f}-{e:.1f} s was transcribed "
                     "a second time; that speech is unheard" for t in tracks for s, e in t.unheard]
        if problems:
            result.status, result.error = "asr_unreliable", "; ".join(problems)
            return
        if not result.utterances:
            result.status, result.error = "asr_unreliable", "no speech recognised"
            return
        if is_too_short(audio.duration_s, self.rulebook.scorecard):
            result.status = "too_short"
            return
        with _timed(timings, "rules"):
            guessed = bool(result.asr.get("diarization", {}).get("applied"))
            transcript = CallTranscript(utterances=result.utterances, duration_s=audio.duration_s,
                                        record=record, acoustics=result.acoustics,
                                        roles_guessed=guessed)
            result.hits = evaluate(self.rulebook, transcript)
        if split.layout != "mono" and result.hits:
            # a second pass over the stretch an absence finding is about (its time goes
            # to the vad/asr stages; see pipeline/second_look.py)
            rules = {r.id: r for r in self.rulebook.rules}
            samples = {t.role: (t.channel, t.samples) for t in split.tracks}
            result.hits, looks = recheck_absences(
                result.hits, rules, transcript, samples.keys(),
                lambda role, a, b: self._hear_again(result.audio_sha256, role,
                                                    *samples[role], a, b, timings),
                evaluate_rule, speech={t.role: t.speech for t in tracks})
            if looks:
                result.asr["second_look"] = [look.to_dict() for look in looks]
        result.score = score_call(result.hits, self.rulebook.scorecard, audio.duration_s)

    def _diarize(self, samples, speech: list[tuple[float, float]], record: CallRecord,
                 result: CallResult) -> None:
        """Give mono utterances speaker roles when the voices separate clearly enough."""
        utts, info = assign_roles(samples, result.utterances, record.direction, speech)
        accepted = info.confidence >= self.settings.diarization_min_confidence
        if accepted:
            result.utterances = utts
        result.asr["diarization"] = {"method": info.method, "confidence": info.confidence,
                                     "reason": info.reason, "applied": accepted}

    def _hear_again(self, audio_sha: str, role: str, channel: int, samples, a: float, b: float,
                    timings: dict[str, float]) -> list[Utterance]:
        """One stretch of one channel transcribed on its own (cached like transcripts)."""
        key = cache_key(audio_sha, f"second-look:{role}:{a:.2f}-{b:.2f}", self.model_id,
                        asr_fingerprint(self.settings))
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return [utterance_from_dict(u) for u in hit["utterances"]]
        clip = samples[int(a * 16000):int(b * 16000)]
        track = transcribe_track(self.model, clip, role, channel, self.settings.asr, timings)
        heard = [_shifted(u, a) for u in track.utterances]
        if self.cache is not None:
            self.cache.put(key, {"utterances": [utterance_to_dict(u) for u in heard]})
        return heard

    def _transcribe(self, audio_sha: str, split,
                    timings: dict[str, float]) -> tuple[list[TrackTranscript], bool]:
        """Tracks of the call and whether they came from the cache."""
        key = cache_key(audio_sha, split.layout, self.model_id, asr_fingerprint(self.settings))
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                return [_track_from_dict(t) for t in cached["tracks"]], True
        with _timed(timings, "model_load"):
            model = self.model
        if len(split.tracks) == 2:   # stereo: both channels in one model pass
            tracks = transcribe_interleaved(
                model, [(t.role, t.channel, t.samples) for t in split.tracks],
                self.settings.asr, timings)
        else:
            tracks = [transcribe_track(model, t.samples, t.role, t.channel, self.settings.asr,
                                       timings) for t in split.tracks]
        if self.cache is not None:
            self.cache.put(key, {"tracks": [_track_to_dict(t) for t in tracks]})
        return tracks, False


def _track_to_dict(t: TrackTranscript) -> dict[str, Any]:
    return {"role": t.role, "channel": t.channel, "speech": t.speech, "dropped": t.dropped,
            "repaired": t.repaired, "unheard": t.unheard,
            "utterances": [utterance_to_dict(u) for u in t.utterances]}


def _track_from_dict(d: dict[str, Any]) -> TrackTranscript:
    return TrackTranscript(role=d["role"], channel=d["channel"],
                           speech=[tuple(x) for x in d["speech"]], repaired=d.get("repaired", []),
                           unheard=d.get("unheard", []),
                           dropped=d["dropped"],
                           utterances=[utterance_from_dict(u) for u in d["utterances"]])


def _shifted(u: Utterance, offset: float) -> Utterance:
    return replace(u, start_s=u.start_s + offset, end_s=u.end_s + offset,
                   words=[replace(w, start_s=w.start_s + offset, end_s=w.end_s + offset)
                          for w in u.words])


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - t0, 4)
