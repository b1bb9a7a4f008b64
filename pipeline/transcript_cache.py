"""Transcripts cached by audio content + model + options, as small JSON files.

A re-run of a night (or ``callqa analyze`` on the same file) with the same model
and settings never transcribes again. Writes are atomic (temp file + rename), so
an interrupted run leaves no half-written entry.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pipeline.model import Utterance, Word

#: Bump when transcription post-processing changes, so old entries are not reused.
TRANSCRIPT_FORMAT = 14


def cache_key(audio_sha256: str, layout: str, model_id: str, options: dict[str, Any]) -> str:
    payload = json.dumps({"audio": audio_sha256, "layout": layout, "model": model_id,
                          "options": options, "format": TRANSCRIPT_FORMAT}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class TranscriptCache:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            with open(self._path(key), encoding="utf-8") as fh:
                return json.load(fh)
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, ensure_ascii=False)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def utterance_to_dict(u: Utterance) -> dict[str, Any]:
    return asdict(u)


def utterance_from_dict(d: dict[str, Any]) -> Utterance:
    words = [Word(**w) for w in d.get("words", [])]
    return Utterance(**{**d, "words": words})
