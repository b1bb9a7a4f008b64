"""Find a day's recordings and what metadata.csv says about each.

A malformed metadata row is reported by line number and its file falls back to
the configured defaults; a file listed but missing is still returned so the run
records it as failed rather than silently skipping it.
"""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.channels import LAYOUTS
from pipeline.model import CallRecord

log = logging.getLogger(__name__)

METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("file", "call_id", "agent_id", "agent_name", "team", "started_at",
                    "direction", "hangup_by", "channel_layout")
AUDIO_EXTENSIONS = {".wav", ".mp3", ".ogg", ".opus", ".oga", ".flac", ".m4a", ".aac",
                    ".amr", ".wma", ".gsm", ".au"}
_NOT_RECORDINGS = {METADATA_FILE, "truth.jsonl"}


@dataclass
class IngestProblem:
    """Something wrong with the inputs that is not a recording's own failure."""

    source: str     # file name, e.g. metadata.csv
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class Discovery:
    records: list[CallRecord]
    problems: list[IngestProblem]


def discover_day(day_dir: str | Path, call_date: str | None, defaults) -> Discovery:
    """All recordings of a day folder, each with its metadata (or defaults)."""
    day = Path(day_dir)
    if not day.is_dir():
        raise FileNotFoundError(f"{day}: recordings folder not found")
    meta_rows, problems = read_metadata(day / METADATA_FILE, defaults)
    names = sorted(p.name for p in day.iterdir()
                   if p.is_file() and not p.name.startswith(".")
                   and p.name not in _NOT_RECORDINGS
                   and (p.suffix.lower() in AUDIO_EXTENSIONS or p.name in meta_rows))
    for listed in sorted(set(meta_rows) - set(names)):
        names.append(listed)  # listed but absent: recorded as failed downstream
    records = [make_record(day / n, meta_rows.get(n), call_date, defaults) for n in names]
    return Discovery(records, problems)


def read_metadata(path: Path, defaults) -> tuple[dict[str, dict[str, str]], list[IngestProblem]]:
    """Valid rows by file name, and the problems of the invalid ones."""
    rows: dict[str, dict[str, str]] = {}
    problems: list[IngestProblem] = []
    if not path.exists():
        return rows, problems
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ("file",) if c not in (reader.fieldnames or [])]
            if missing:
                problems.append(IngestProblem(path.name, 1, "header has no 'file' column; "
                                              "metadata ignored"))
                return rows, problems
            for row in reader:
                line = reader.line_num
                clean = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
                if None in row:
                    problems.append(IngestProblem(path.name, line, "more fields than the header; "
                                                  "row ignored, file uses defaults"))
                    continue
                error = validate_row(clean)
                if error:
                    problems.append(IngestProblem(path.name, line, error + "; file uses defaults"))
                    continue
                if clean["file"] in rows:
                    problems.append(IngestProblem(path.name, line,
                                                  f"duplicate row for {clean['file']}; first kept"))
                    continue
                rows[clean["file"]] = clean
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(IngestProblem(path.name, None, f"cannot read: {exc}"))
    return rows, problems


def validate_row(row: dict[str, str]) -> str | None:
    """The first problem of a metadata row, or None."""
    if not row.get("file"):
        return "empty 'file'"
    if "/" in row["file"] or "\\" in row["file"] or row["file"].startswith(".."):
        return f"'file' must be a name in this folder, got {row['file']!r}"
    if row.get("started_at"):
        try:
            ts = datetime.fromisoformat(row["started_at"])
        except ValueError:
            return f"'started_at' is not ISO 8601: {row['started_at']!r}"
        if ts.tzinfo is None:
            return f"'started_at' has no UTC offset: {row['started_at']!r}"
    if row.get("channel_layout") and row["channel_layout"] not in LAYOUTS:
        return f"'channel_layout' must be one of {', '.join(LAYOUTS)}, got {row['channel_layout']!r}"
    if row.get("hangup_by") and row["hangup_by"] not in ("agent", "customer", "system"):
        return f"'hangup_by' must be agent, customer or system, got {row['hangup_by']!r}"
    if row.get("direction") and row["direction"] not in ("inbound", "outbound"):
        return f"'direction' must be inbound or outbound, got {row['direction']!r}"
    return None


def make_record(path: Path, row: dict[str, str] | None, call_date: str | None,
                defaults) -> CallRecord:
    """A CallRecord from a metadata row (or defaults when there is none)."""
    row = row or {}
    call_id = row.get("call_id") or None
    if call_id:
        recording_id = call_id
    else:
        recording_id = f"{call_date}/{path.name}" if call_date else path.name
    extra = {k: v for k, v in row.items() if k not in METADATA_COLUMNS}
    return CallRecord(
        file=str(path), recording_id=recording_id, call_id=call_id,
        agent_id=row.get("agent_id") or None, agent_name=row.get("agent_name") or None,
        team=row.get("team") or None, started_at=row.get("started_at") or None,
        direction=row.get("direction") or defaults.direction,
        hangup_by=row.get("hangup_by") or None,
        channel_layout=row.get("channel_layout") or defaults.channel_layout,
        call_date=call_date, extra=extra,
    )


def records_for_paths(paths: list[str], metadata_csv: str | None, defaults) -> Discovery:
    """Records for files named on the command line (``callqa analyze``)."""
    meta: dict[str, dict[str, str]] = {}
    problems: list[IngestProblem] = []
    if metadata_csv:
        meta, problems = read_metadata(Path(metadata_csv), defaults)
    records = [make_record(Path(p), meta.get(Path(p).name), None, defaults) for p in paths]
    return Discovery(records, problems)
