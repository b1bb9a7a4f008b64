"""Decode any recording once into float32 channels at 16 kHz (what Whisper eats).

PyAV (bundled with faster-whisper) reads PCM, G.711 μ-law/A-law, MP3, OGG/Opus,
FLAC, AMR … without a system ffmpeg. Every failure becomes an ``AudioError`` whose
message names the file and says what is wrong, so the nightly run can record it
and go on.
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TARGET_RATE = 16000


class AudioError(Exception):
    """A recording cannot be used: empty, truncated, not audio, unreadable."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class DecodedAudio:
    """The channels of one recording, resampled to ``sample_rate``.

    ``channels`` has shape (n_channels, n_samples), float32 in [-1, 1].
    """

    channels: np.ndarray
    sample_rate: int
    source_rate: int
    source_channels: int
    codec: str
    container: str

    @property
    def duration_s(self) -> float:
        return self.channels.shape[1] / float(self.sample_rate)


def file_sha256(path: str | Path) -> str:
    """Content hash: the key of the transcript cache and of re-run detection."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_file(path: str | Path) -> None:
    """Cheap checks before decoding, for messages a person understands."""
    p = Path(path)
    if not p.exists():
        raise AudioError(p, "file not found")
    if not p.is_file():
        raise AudioError(p, "not a regular file")
    size = p.stat().st_size
    if size == 0:
        raise AudioError(p, "empty file (0 bytes)")
    with open(p, "rb") as fh:
        head = fh.read(12)
    if head[:4] == b"RIFF" and len(head) < 12:
        raise AudioError(p, f"truncated WAV: only {size} bytes, the header is incomplete")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        _check_wav_complete(p, size)
    elif p.suffix.lower() == ".wav":
        raise AudioError(p, "not a WAV file (no RIFF/WAVE header); "
                            f"starts with {head[:8]!r}")


def _check_wav_complete(path: Path, size: int) -> None:
    """Reject WAVs whose data chunk is shorter than the header says (cut-off uploads).

    Streaming recorders write 0 or 0xFFFFFFFF as the size while recording; those are
    accepted as 'length unknown'.
    """
    with open(path, "rb") as fh:
        fh.seek(12)
        while True:
            hdr = fh.read(8)
            if len(hdr) < 8:
                raise AudioError(path, "truncated WAV: no data chunk")
            cid, clen = hdr[:4], struct.unpack("<I", hdr[4:])[0]
            if cid == b"data":
                available = size - fh.tell()
                if clen not in (0, 0xFFFFFFFF) and available < clen:
                    raise AudioError(path, f"truncated WAV: header declares {clen} bytes of audio, "
                                           f"file holds {available}")
                return
            fh.seek(clen + (clen & 1), 1)


def decode(path: str | Path, target_rate: int = TARGET_RATE) -> DecodedAudio:
    """Decode the first audio stream, keeping channels apart, resampled to ``target_rate``."""
    import av  # imported here: plain data-model users don't need it

    check_file(path)
    try:
        container = av.open(str(path))
    except av.error.FFmpegError as exc:
        raise AudioError(path, f"not audio or damaged ({_av_reason(exc)})") from None
    with container:
        streams = container.streams.audio
        if not streams:
            raise AudioError(path, "no audio stream in file")
        stream = streams[0]
        n_src = stream.codec_context.channels or 1
        layout = "mono" if n_src == 1 else "stereo"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=target_rate)
        expected_s = float(container.duration or 0) / av.time_base
        buf = _SampleBuffer(1 if layout == "mono" else 2, int(expected_s * target_rate) + target_rate)
        try:
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    buf.append(out.to_ndarray())
            for out in resampler.resample(None):
                buf.append(out.to_ndarray())
        except av.error.FFmpegError as exc:
            raise AudioError(path, f"damaged audio data ({_av_reason(exc)})") from None
        codec = stream.codec_context.name
        source_rate = stream.codec_context.sample_rate or 0
        fmt = container.format.name
    if not buf.size:
        raise AudioError(path, "no audio samples decoded")
    channels = buf.samples()
    if channels.shape[1] < target_rate * 0.1:
        raise AudioError(path, f"audio too short to use ({channels.shape[1] / target_rate:.2f} s)")
    return DecodedAudio(channels=channels, sample_rate=target_rate, source_rate=source_rate,
                        source_channels=n_src, codec=codec, container=fmt)


class _SampleBuffer:
    """Decoded frames written into one preallocated array (sized from the container's
    duration, grown if that was wrong): an hour-long call then needs its samples once,
    not once as thousands of frame arrays and again when they are joined."""

    def __init__(self, n_channels: int, capacity: int):
        self._data = np.empty((n_channels, max(capacity, 16000)), dtype=np.float32)
        self.size = 0

    def append(self, frame: np.ndarray) -> None:
        n = frame.shape[1]
        if self.size + n > self._data.shape[1]:
            grown = np.empty((self._data.shape[0], max(self.size + n, int(self._data.shape[1] * 1.5))),
                             dtype=np.float32)
            grown[:, :self.size] = self._data[:, :self.size]
            self._data = grown
        self._data[:, self.size:self.size + n] = frame
        self.size += n

    def samples(self) -> np.ndarray:
        if self.size == self._data.shape[1]:
            return self._data
        return self._data[:, :self.size].copy() if self.size < self._data.shape[1] // 2 \
            else self._data[:, :self.size]


def _av_reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)
