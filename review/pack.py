"""The sharing pack for the 录音分享会: a zip with one MP3 clip per example, an index
page with the transcripts, and a manifest — personal data masked in all of them.

Text: every utterance in a clip, the example's note and the call's findings go
through ``pipeline.redact.mask_text``. Audio: the time spans of the same personal
data (from the word timings) are replaced with a 1 kHz beep
(``pipeline.clips.export_clip``). Customer-identifying metadata (file names,
call ids, phone numbers from metadata) never enters the pack; agents appear by
their id.
"""
from __future__ import annotations

import io
import json
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from jinja2 import Environment

from callqa.settings import Settings
from pipeline.clips import clip_window, export_clip
from pipeline.redact import find_pii, mask_text, pii_time_spans
from review import labels
from review.views.audio import resolve_recording
from warehouse import review_queries
from warehouse.review_store import ReviewError, ReviewWarehouse


@dataclass
class PackEntry:
    example: dict[str, Any]
    clip_name: str
    clip_start_s: float
    clip_end_s: float
    lines: list[dict[str, Any]]
    beeps: list[tuple[float, float]]
    pii_kinds: dict[str, int]


def _load(wh: ReviewWarehouse, example_ids: Sequence[int],
          teams: Sequence[str] | None) -> list[tuple[dict[str, Any], dict[str, Any],
                                                      list[dict[str, Any]]]]:
    out = []
    with wh.read() as con:
        rows = review_queries.examples(con, ids=list(example_ids), teams=teams)
        for ex in rows:
            rec = review_queries.recording(con, ex["recording_id"])
            utts = review_queries.utterances(con, ex["recording_id"], with_words=True)
            out.append((ex, rec, utts))
    return out


def build_pack(wh: ReviewWarehouse, settings: Settings, templates: Environment,
               example_ids: Sequence[int], teams: Sequence[str] | None = None) -> bytes:
    """The zip as bytes; ``ReviewError`` if nothing is selected or a file is missing."""
    if not example_ids:
        raise ReviewError("invalid", "请至少选择一个示例")
    loaded = _load(wh, example_ids, teams)
    if not loaded:
        raise ReviewError("not_found", "所选示例不存在")
    opts = settings.review
    entries: list[PackEntry] = []
    buf = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="callqa-pack-") as tmp, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, (ex, rec, utts) in enumerate(loaded, start=1):
            real = resolve_recording(rec["file_path"], settings.recordings_root)
            if real is None:
                raise ReviewError("not_found",
                                  f"示例 {ex['example_id']} 的录音文件不存在或不在录音目录内")
            duration = rec["duration_s"] or max((u["end_s"] for u in utts), default=0.0)
            s, e = clip_window(ex["start_s"], ex["end_s"], duration, opts.clip_padding_s)
            beeps: list[tuple[float, float]] = []
            lines = []
            kinds: dict[str, int] = {}
            for u in utts:
                if u["end_s"] <= s or u["start_s"] >= e:
                    continue
                spans = find_pii(u["text"], opts.mask_min_digits)
                for sp in spans:
                    kinds[sp.kind] = kinds.get(sp.kind, 0) + 1
                beeps += [(a, b) for a, b, _ in pii_time_spans(
                    u["text"], u["words"], u["start_s"], u["end_s"], opts.mask_min_digits)]
                lines.append({"role": u["role"], "call_start_s": u["start_s"],
                              "clip_start_s": max(0.0, u["start_s"] - s),
                              "text": mask_text(u["text"], spans)})
            clip_name = f"clips/{n:02d}_{ex['kind']}_{_safe(ex['recording_id'])}.mp3"
            info = export_clip(real, Path(tmp) / f"{n}.mp3", s, e, beeps,
                               padding_s=0.0, margin_s=opts.beep_margin_s)
            zf.write(info.path, clip_name, compress_type=zipfile.ZIP_STORED)
            ex_masked = {**ex, "note": mask_text(ex["note"] or "", None, opts.mask_min_digits)}
            entries.append(PackEntry(ex_masked, clip_name, info.call_start_s, info.call_end_s,
                                     lines, list(info.beeps), kinds))
        made = datetime.now(timezone.utc)
        manifest = {
            "made_at": made.isoformat(), "clip_padding_s": opts.clip_padding_s,
            "examples": [{
                "example_id": en.example["example_id"], "recording_id": en.example["recording_id"],
                "kind": en.example["kind"], "note": en.example["note"],
                "agent_id": en.example["agent_id"], "team": en.example["team"],
                "call_date": en.example["call_date"], "clip": en.clip_name,
                "clip_call_start_s": round(en.clip_start_s, 3),
                "clip_call_end_s": round(en.clip_end_s, 3),
                "beeps": [[round(a, 3), round(b, 3)] for a, b in en.beeps],
                "masked": en.pii_kinds,
                "transcript": [{"role": ln["role"], "clip_start_s": round(ln["clip_start_s"], 2),
                                "text": ln["text"]} for ln in en.lines],
            } for en in entries]}
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        html = templates.get_template("pack_index.html").render(
            entries=entries, made=made, labels=labels.ALL, padding=opts.clip_padding_s)
        zf.writestr("index.html", html)
    return buf.getvalue()


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:60]
