"""Text normalisation for fair scoring: Simplified, no punctuation, digits read as Chinese."""
from __future__ import annotations

import re
import unicodedata

_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")
_KEEP = re.compile(r"[\u4e00-\u9fff0-9a-zA-Z]")


def normalize_for_cer(text: str) -> str:
    from pipeline.transcribe import to_simplified

    text = unicodedata.normalize("NFKC", to_simplified(text))
    text = "".join(ch for ch in text if _KEEP.match(ch)).lower()
    return text.translate(_DIGITS)


def cer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edits, reference length) after normalisation; sum both over calls for a corpus CER."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = normalize_for_cer(reference), normalize_for_cer(hypothesis)
    return Levenshtein.distance(ref, hyp), len(ref)
