"""Reading reference CSV files: encoding, header aliases, and typed cell parsers.

The files come from team leaders' spreadsheets: UTF-8 (with or without BOM) or,
from Excel on Chinese Windows, GB18030; headers may be English or Chinese. Every
parser raises ``ValueError`` with a message that says what a valid value looks like,
so the importer can report it with the file and line.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, at a line (1 = the header)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class CsvRow:
    """A data row with its physical line number and canonical column names."""

    line: int
    cells: dict[str, str]

    def get(self, name: str) -> str:
        return (self.cells.get(name) or "").strip()


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (BOM allowed), else GB18030 (Excel on Chinese Windows)."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("not UTF-8 or GB18030 text")  # pragma: no cover - gb18030 decodes all bytes


def read_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...],
              aliases: dict[str, str]) -> tuple[list[CsvRow], list[Problem]]:
    """Rows with canonical column names, or problems about the header (line 1)."""
    name = str(path)
    try:
        text = read_text(path)
    except OSError as exc:
        return [], [Problem(name, 0, f"cannot read file: {exc.strerror or exc}")]
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem(name, 1, f"empty file; expected a header with {', '.join(required)}")]
    canon = [aliases.get(h.strip(), aliases.get(h.strip().lower(), h.strip().lower()))
             for h in header]
    known = set(required) | set(optional)
    problems = []
    missing = [c for c in required if c not in canon]
    if missing:
        problems.append(Problem(name, 1, f"missing column(s) {', '.join(missing)}; "
                                         f"expected {', '.join(required + optional)}"))
    dupes = sorted({c for c in canon if canon.count(c) > 1 and c in known})
    if dupes:
        problems.append(Problem(name, 1, f"column(s) given twice: {', '.join(dupes)}"))
    if problems:
        return [], problems
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        line = reader.line_num
        if len(cells) > len(canon):
            problems.append(Problem(name, line, f"{len(cells)} cells but the header has "
                                                f"{len(canon)} columns"))
            continue
        rows.append(CsvRow(line, {c: v for c, v in zip(canon, cells) if c in known}))
    return rows, problems


_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_date(text: str, column: str) -> date:
    """``2026-11-20`` (also ``2026/11/20``, as Excel writes it)."""
    m = _DATE.match(text.strip())
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValueError(f"{column} '{text}' is not a date like 2026-11-20")


def parse_clock(text: str, column: str) -> int:
    """``HH:MM`` from 00:00 to 24:00 → minutes after midnight."""
    m = _CLOCK.match(text.strip())
    if m:
        hours, minutes = int(m.group(1)), int(m.group(2))
        if (hours < 24 and minutes < 60) or (hours == 24 and minutes == 0):
            return hours * 60 + minutes
    raise ValueError(f"{column} '{text}' is not a time like 08:00 (00:00 to 24:00)")


def parse_moment(text: str, column: str) -> tuple[datetime, bool]:
    """A date or a local date-time (``2026-11-20 13:30``); returns (value, is_whole_day)."""
    text = text.strip()
    parts = re.split(r"[ T]+", text, maxsplit=1)
    try:
        day = parse_date(parts[0], column)
        if len(parts) == 1:
            return datetime(day.year, day.month, day.day), True
        minutes = parse_clock(parts[1], column)
        if minutes == 24 * 60:
            raise ValueError
        return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60), False
    except ValueError:
        raise ValueError(f"{column} '{text}' is not a date (2026-11-20) or a local time "
                         f"(2026-11-20 13:30)") from None
