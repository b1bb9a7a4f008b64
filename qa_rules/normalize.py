"""Text normalisation that remembers where every character came from.

ASR output differs from rule phrases in script (traditional/simplified), width
(fullwidth digits and letters) and punctuation (unreliable in Whisper output).
Matching runs on a normalised copy; ``index_map`` maps each normalised
character back to the original text so evidence spans stay exact.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")


@dataclass(frozen=True)
class NormText:
    """Normalised text plus, for each of its characters, the index in the original."""

    text: str
    index_map: tuple[int, ...]
    original: str

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the non-empty normalised span ``[start, end)``."""
        return self.index_map[start], self.index_map[end - 1] + 1

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """Normalised span covering the original span ``[start, end)`` (may be empty)."""
        ns = next((i for i, o in enumerate(self.index_map) if o >= start), len(self.text))
        ne = ns
        while ne < len(self.index_map) and self.index_map[ne] < end:
            ne += 1
        return ns, ne


def to_halfwidth(ch: str) -> str:
    """Fullwidth ASCII variants (ＡＢＣ１２３) and the ideographic space to halfwidth."""
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    if cp == 0x3000:
        return " "
    return ch


def _is_dropped(ch: str) -> bool:
    """Punctuation, whitespace, symbols and control characters carry no words."""
    return unicodedata.category(ch)[0] in "PZSC"


def _t2s(text: str) -> str:
    """Simplified Chinese, one output character per input character.

    OpenCC phrase conversion can change the length; then convert char by char so
    the index map stays valid.
    """
    converted = _T2S.convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        c = _T2S.convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


@lru_cache(maxsize=8192)
def normalize(text: str) -> NormText:
    """Strip punctuation/whitespace, fold width and case, convert to Simplified."""
    simplified = _t2s(text)
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(simplified):
        ch = to_halfwidth(ch).lower()
        if _is_dropped(ch):
            continue
        chars.append(ch)
        index.append(i)
    return NormText("".join(chars), tuple(index), text)
