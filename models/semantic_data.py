"""The labelled utterances the semantic classifier learns from (``models/data/*.tsv``).

One TSV per class, named after the label (``shirking.tsv`` …), with the columns
``text``, ``domain`` and ``source``. Rows are returned sorted, and the data hash
covers the files byte for byte, so a trained model can prove which data it saw.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
COLUMNS = ("text", "domain", "source")
#: The class that stands for "none of the others" (no threshold, never reported).
NEUTRAL = "neutral"
#: Whose speech a class is applied to by the rules (default: the agent's).
CLASS_SPEAKER = {"complaint": "customer"}


def speaker_of(label: str) -> str:
    """Whose speech a class is looked for in, hence which of the two models holds it."""
    return CLASS_SPEAKER.get(label, "agent")


class TrainingDataError(ValueError):
    """A malformed training file; the message names the file and line."""


@dataclass(frozen=True, order=True)
class LabelledUtterance:
    """One training row. Ordered by (label, text) so training is deterministic."""

    label: str
    text: str
    domain: str = ""
    source: str = ""

    @property
    def speaker(self) -> str:
        """Who says it: a class's speaker, or ``customer`` for neutral rows whose
        source says so (``customer``, ``customer:…``); otherwise the agent."""
        if self.label in CLASS_SPEAKER:
            return CLASS_SPEAKER[self.label]
        return "customer" if self.source.split(":")[0] == "customer" else "agent"


def data_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The class files, sorted by name."""
    return sorted(p for p in data_dir.glob("*.tsv") if p.is_file())


def data_sha256(data_dir: Path = DATA_DIR) -> str:
    """Hash of every class file (name and bytes): the training data's identity."""
    h = hashlib.sha256()
    for path in data_files(data_dir):
        h.update(path.name.encode("utf-8") + b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()


def _read_file(path: Path) -> list[LabelledUtterance]:
    label = path.stem
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise TrainingDataError(f"{path.name}: first line must be the header "
                                    f"{'<TAB>'.join(COLUMNS)}")
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) != len(COLUMNS):
                raise TrainingDataError(f"{path.name}:{lineno}: expected {len(COLUMNS)} "
                                        f"tab-separated columns, found {len(row)}")
            text, domain, source = (c.strip() for c in row)
            if not text:
                raise TrainingDataError(f"{path.name}:{lineno}: empty text")
            rows.append(LabelledUtterance(label, text, domain, source))
    return rows


def load_examples(data_dir: Path = DATA_DIR) -> list[LabelledUtterance]:
    """All rows, sorted; a text given two different labels is an error."""
    files = data_files(data_dir)
    if not any(p.stem == NEUTRAL for p in files):
        raise TrainingDataError(f"{data_dir}: no {NEUTRAL}.tsv (the negative class)")
    rows = sorted(r for p in files for r in _read_file(p))
    seen: dict[str, str] = {}
    for r in rows:
        if seen.get(r.text, r.label) != r.label:
            raise TrainingDataError(f"「{r.text}」 is labelled both {seen[r.text]} and {r.label}")
        seen[r.text] = r.label
    return rows
