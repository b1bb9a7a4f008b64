"""Toneless pinyin syllables with confusable sounds folded together.

ASR homophone errors (这事→这是, 工号→公号) keep the sound and change the
character, and southern accents blur zh/z, n/l, an/ang, hu/f. Comparing folded
syllables instead of characters makes phrase rules survive both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import lazy_pinyin

from qa_rules.normalize import NormText

#: Characters whose meaning flips a phrase. An alignment may never delete,
#: insert or substitute them: 这事归我们管 must not match 这事不归我们管.
PROTECTED_CHARS = frozenset("不没别非未无勿莫")

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f〇]")
_DIGITS = dict(zip("0123456789", ["ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"]))
_HU_TO_F = {"hu": "fu", "hua": "fa", "huai": "fai", "huan": "fan", "huang": "fang",
            "hui": "fei", "hun": "fen", "huo": "fo"}


@dataclass(frozen=True)
class Syllable:
    """One token of the syllable sequence and the normalised chars it covers."""

    key: str          # folded form used for comparison
    raw: str          # toneless pinyin as produced by pypinyin
    char: str         # the source character(s)
    start: int        # span in the normalised text
    end: int


def fold(syllable: str) -> str:
    """Fold confusable initials/finals: zh/z ch/c sh/s n/l an/ang en/eng in/ing hu/f."""
    s = _HU_TO_F.get(syllable, syllable)
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if s.startswith(a):
            s = b + s[2:]
            break
    if s.startswith("l"):
        s = "n" + s[1:]
    for a, b in (("ang", "an"), ("eng", "en"), ("ing", "in")):
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    return s


_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w")


def split_syllable(key: str) -> tuple[str, str]:
    """``(initial, final)`` of a pinyin syllable; initial is '' for 安/欧/儿."""
    for ini in _INITIALS:
        if key.startswith(ini) and len(key) > len(ini):
            return ini, key[len(ini):]
    return "", key


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Near-homophones (ASR's usual slip) share the folded initial or final."""
    if a == b:
        return True
    if not (a.isascii() and a.isalpha() and b.isascii() and b.isalpha()):
        return False
    ia, fa = split_syllable(a)
    ib, fb = split_syllable(b)
    return (ia != "" and ia == ib) or fa == fb


def _cjk_run_pinyin(run: str) -> list[str]:
    """One toneless syllable per character; context decides polyphones (还要 hai)."""
    out = lazy_pinyin(run, errors=lambda x: list(x))
    if len(out) != len(run):
        out = [lazy_pinyin(ch, errors=lambda x: list(x))[0] for ch in run]
    return out


@lru_cache(maxsize=8192)
def syllables_of(norm: NormText) -> tuple[Syllable, ...]:
    """Syllable sequence of normalised text: a syllable per Chinese char,
    a token per digit (read out), a token per run of Latin letters."""
    text = norm.text
    out: list[Syllable] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if _CJK.match(ch):
            j = i
            while j < len(text) and _CJK.match(text[j]):
                j += 1
            for k, py in enumerate(_cjk_run_pinyin(text[i:j])):
                c = text[i + k]
                out.append(Syllable(fold(py), py, c, i + k, i + k + 1))
            i = j
        elif ch in _DIGITS:
            out.append(Syllable(fold(_DIGITS[ch]), _DIGITS[ch], ch, i, i + 1))
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalpha() and not _CJK.match(text[j]):
                j += 1
            out.append(Syllable(text[i:j], text[i:j], text[i:j], i, j))
            i = j
        else:
            out.append(Syllable(ch, ch, ch, i, i + 1))
            i += 1
    return tuple(out)
