"""Audio for the player: the recording file, with HTTP range requests (seeking).

A file is served only if its real path (symlinks resolved) lies inside the
configured recordings root; anything else is refused as if it did not exist.
Codecs browsers do not play (G.711 μ-law/A-law WAV, AMR …) are converted once to
PCM WAV under ``<var_dir>/cache/audio/``.
"""
from __future__ import annotations

import hashlib
import logging
import wave
from pathlib import Path

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from review.auth import User
from review.views.base import NotFound, check_team, ctx, require
from warehouse import review_queries

log = logging.getLogger(__name__)
router = APIRouter()

MEDIA_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg",
               ".opus": "audio/ogg", ".oga": "audio/ogg", ".flac": "audio/flac",
               ".m4a": "audio/mp4", ".aac": "audio/aac", ".webm": "audio/webm"}
#: Codecs every current browser decodes; anything else is converted to PCM WAV.
BROWSER_CODECS = {"pcm_s16le", "pcm_u8", "pcm_s24le", "pcm_f32le", "mp3", "mp3float",
                  "vorbis", "opus", "flac", "aac"}


def resolve_recording(file_path: str | None, root: str | Path) -> Path | None:
    """The real path of a recording if it is a file inside ``root``; else None.

    Relative paths are relative to the working directory (as stored by ``callqa
    run``). ``..`` segments and symlinks are resolved before the check, so neither
    can lead out of the root."""
    if not file_path or "\x00" in file_path:
        return None
    root_real = Path(root).resolve()
    try:
        real = Path(file_path).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root_real) or not real.is_file():
        return None
    return real


def playable_path(real: Path, codec: str | None, cache_dir: Path) -> Path:
    """``real`` itself, or a cached PCM WAV copy when browsers cannot play its codec."""
    if codec is None or codec in BROWSER_CODECS:
        return real
    st = real.stat()
    key = hashlib.sha256(f"{real}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:32]
    out = cache_dir / f"{key}.wav"
    if out.exists():
        return out
    from pipeline.audio import decode

    audio = decode(real, target_rate=16000)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    pcm = (np.clip(audio.channels, -1, 1) * 32767).astype("<i2")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(pcm.shape[0])
        w.setsampwidth(2)
        w.setframerate(audio.sample_rate)
        w.writeframes(np.ascontiguousarray(pcm.T).tobytes())
    tmp.replace(out)
    return out


@router.get("/audio/{recording_id}")
def audio(request: Request, recording_id: str, user: User = require("audio")) -> Response:
    c = ctx(request)
    with c.warehouse.read() as con:
        src = review_queries.audio_source(con, recording_id)
    if src is None:
        raise NotFound("录音不存在")
    check_team(user, src["team"])
    real = resolve_recording(src["file_path"], c.settings.recordings_root)
    if real is None:
        log.warning("audio refused for %s: %r is not a file inside the recordings root %s",
                    recording_id, src["file_path"], c.settings.recordings_root)
        raise NotFound("录音文件不存在或不在录音目录内")
    path = playable_path(real, src["codec"], c.settings.cache_dir / "audio")
    media = "audio/wav" if path != real else MEDIA_TYPES.get(real.suffix.lower(),
                                                              "application/octet-stream")
    return FileResponse(path, media_type=media,
                        headers={"Cache-Control": "private, no-store"})
