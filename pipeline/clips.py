"""Cut MP3 clips out of recordings, with personal data beeped out.

Decoding goes through ``pipeline.audio.decode`` (PyAV, any format the pipeline
reads); the clip is handed to pydub as raw PCM (pydub's own ``from_file`` needs
ffprobe) and encoded to MP3 by the ffmpeg binary from ``imageio-ffmpeg``, so no
system ffmpeg is needed. Plain functions, no database.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from pipeline.audio import decode

BEEP_HZ = 1000.0
BEEP_AMPLITUDE = 0.3
CLIP_RATE = 16000


@dataclass(frozen=True)
class ClipInfo:
    """What was written: the clip's place in the call and the beeps in clip time."""

    path: Path
    call_start_s: float          # where the clip starts in the call
    call_end_s: float
    beeps: tuple[tuple[float, float], ...]   # clip-relative seconds

    @property
    def duration_s(self) -> float:
        return self.call_end_s - self.call_start_s


def clip_window(start_s: float | None, end_s: float | None, duration_s: float,
                padding_s: float) -> tuple[float, float]:
    """The part of the call a clip covers: the example plus ``padding_s`` each side,
    inside the call; the whole call when the example has no times."""
    if start_s is None or end_s is None:
        return 0.0, duration_s
    s = max(0.0, min(start_s, end_s) - padding_s)
    e = min(duration_s, max(start_s, end_s) + padding_s)
    return s, max(e, s)


def beep(n_samples: int, rate: int, offset_samples: int = 0,
         freq: float = BEEP_HZ, amplitude: float = BEEP_AMPLITUDE) -> np.ndarray:
    t = (np.arange(n_samples) + offset_samples) / float(rate)
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def apply_beeps(channels: np.ndarray, rate: int, spans: Sequence[tuple[float, float]],
                margin_s: float = 0.0) -> list[tuple[float, float]]:
    """Overwrite ``spans`` (seconds) in every channel with a 1 kHz tone, in place.
    Returns the spans actually beeped (widened by ``margin_s``, clipped to the audio)."""
    n = channels.shape[1]
    done = []
    for s, e in sorted(spans):
        a = max(0, int(round((s - margin_s) * rate)))
        b = min(n, int(round((e + margin_s) * rate)))
        if b <= a:
            continue
        tone = beep(b - a, rate, a)
        channels[:, a:b] = tone[None, :]
        done.append((a / rate, b / rate))
    return done


def to_mp3(channels: np.ndarray, rate: int, out_path: str | Path, bitrate: str = "64k") -> Path:
    """Encode float channels (n_channels, n_samples) in [-1, 1] as MP3."""
    import imageio_ffmpeg

    with warnings.catch_warnings():      # pydub warns when no ffmpeg is on PATH; we bring our own
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment

    AudioSegment.converter = imageio_ffmpeg.get_ffmpeg_exe()
    pcm = (np.clip(channels, -1.0, 1.0) * 32767.0).astype("<i2")
    interleaved = np.ascontiguousarray(pcm.T).tobytes()
    seg = AudioSegment(data=interleaved, sample_width=2, frame_rate=rate,
                       channels=int(channels.shape[0]))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    seg.export(str(out_path), format="mp3", bitrate=bitrate)
    return out_path


def export_clip(audio_path: str | Path, out_path: str | Path, start_s: float | None,
                end_s: float | None, beeps: Sequence[tuple[float, float]] = (),
                padding_s: float = 2.0, margin_s: float = 0.0,
                rate: int = CLIP_RATE) -> ClipInfo:
    """Write the example ``[start_s, end_s]`` (plus padding) of a recording as MP3,
    with every span in ``beeps`` (call time, seconds) replaced by a 1 kHz beep."""
    audio = decode(audio_path, target_rate=rate)
    s, e = clip_window(start_s, end_s, audio.duration_s, padding_s)
    a, b = int(round(s * rate)), int(round(e * rate))
    part = np.array(audio.channels[:, a:b], dtype=np.float32, copy=True)
    rel = [(bs - s, be - s) for bs, be in beeps if be > s - margin_s and bs < e + margin_s]
    done = apply_beeps(part, rate, rel, margin_s)
    path = to_mp3(part, rate, out_path)
    return ClipInfo(path, s, e, tuple(done))
