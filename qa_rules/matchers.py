"""Find a phrase in one utterance's text: exact, regex or pinyin-tolerant.

Every matcher works on the normalised text (see ``normalize``) and reports the
span in the *original* text, so evidence quotes exactly what the ASR wrote.

The pinyin matcher slides windows of ``len(phrase) ± budget`` syllables over
the utterance and accepts windows within an edit budget (1 per 5 syllables)
on the folded syllable sequence. Three limits keep the tolerance for ASR
slips from turning into tolerance for other sentences:

* negators (不 没 别 非 未 无 勿 莫, plus a rule's ``protect`` characters) must
  be aligned to themselves (or, for a phrase negator, an exact homophone such
  as 部 for 不): deleting, inserting or substituting one flips the meaning,
  which no budget may buy;
* substituting a syllable that shares neither initial nor final with the
  phrase's costs 2 (ASR slips are near-homophones; 听 for 也 is another word);
* the phrase's first and last syllables cannot be deleted (a 5-syllable phrase
  must not match its 4-syllable parts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, Sequence

from rapidfuzz.distance import Levenshtein

from qa_rules.normalize import NormText, normalize
from qa_rules.syllables import PROTECTED_CHARS, Syllable, similar, syllables_of
from qa_rules.words import is_whole_word

Method = Literal["exact", "pinyin", "regex"]
_INF = 10**6


@dataclass(frozen=True)
class MatchOptions:
    """Tolerance of the pinyin matcher.

    Attributes:
        syllables_per_edit: one edit allowed per this many phrase syllables (floor).
        exact_max_syllables: phrases this short need an exact syllable match.
        min_pinyin_syllables: shorter phrases match by text only; a single
            syllable has too many homophones (喂 = 为 = 位 = 未).
        protected: characters the alignment may not edit (negators; a rule can
            add pronouns so 不关您的事 does not match 不关我的事).
        dissimilar_cost: cost of substituting a syllable that shares neither
            initial nor final (not an ASR slip but another word: 我听不清楚 is
            not 我也不清楚). 2 = as dear as a deletion plus an insertion.
        keep_edges: the phrase's first and last syllables may be substituted
            but not deleted; otherwise a 5-syllable phrase would match any of
            its 4-syllable parts (本来都这样 is not 向来都这样).
    """

    syllables_per_edit: int = 5
    exact_max_syllables: int = 3
    min_pinyin_syllables: int = 2
    protected: frozenset[str] = PROTECTED_CHARS
    dissimilar_cost: int = 2
    keep_edges: bool = True

    def protecting(self, extra: str) -> "MatchOptions":
        """These options with ``extra`` characters protected as well."""
        if not extra or set(extra) <= self.protected:
            return self
        return replace(self, protected=self.protected | frozenset(extra))


DEFAULT_OPTIONS = MatchOptions()


@dataclass(frozen=True)
class Match:
    """One occurrence: original-text span, the words found there, and how."""

    start: int
    end: int
    text: str
    method: str            # exact | pinyin | regex
    confidence: float
    phrase: str = ""       # the phrase or pattern that matched
    edits: int = 0


def edit_budget(n_syllables: int, options: MatchOptions = DEFAULT_OPTIONS) -> int:
    """How many syllable edits a phrase of ``n_syllables`` may absorb."""
    if n_syllables <= options.exact_max_syllables:
        return 0
    return n_syllables // max(1, options.syllables_per_edit)


def _default_whole_word(phrase_norm: str, whole_word: bool | None) -> bool:
    return len(phrase_norm) == 1 if whole_word is None else whole_word


def _make_match(norm: NormText, ns: int, ne: int, method: str, conf: float,
                phrase: str, edits: int = 0) -> Match:
    s, e = norm.orig_span(ns, ne)
    return Match(s, e, norm.original[s:e], method, conf, phrase, edits)


def match_exact(phrase: str, text: str, whole_word: bool | None = None) -> list[Match]:
    """Non-overlapping occurrences of the normalised phrase in the normalised text."""
    p = normalize(phrase).text
    norm = normalize(text)
    if not p:
        return []
    ww = _default_whole_word(p, whole_word)
    out: list[Match] = []
    pos = norm.text.find(p)
    while pos >= 0:
        if not ww or is_whole_word(norm.text, pos, pos + len(p)):
            out.append(_make_match(norm, pos, pos + len(p), "exact", 1.0, phrase))
            pos = norm.text.find(p, pos + len(p))
        else:
            pos = norm.text.find(p, pos + 1)
    return out


@lru_cache(maxsize=4096)
def compile_regex(pattern: str) -> re.Pattern[str]:
    """Compiled pattern (case-insensitive); raises ``re.error`` on bad syntax."""
    return re.compile(pattern, re.IGNORECASE)


def match_regex(pattern: str, text: str) -> list[Match]:
    """Regex over the normalised text (no punctuation/spaces, Simplified, lower case)."""
    norm = normalize(text)
    out = []
    for m in compile_regex(pattern).finditer(norm.text):
        if m.end() > m.start():
            out.append(_make_match(norm, m.start(), m.end(), "regex", 1.0, pattern))
    return out


def _sub_cost(p: Syllable, p_prot: bool, w: Syllable, w_prot: bool, dissimilar: int) -> int:
    if p_prot or w_prot:
        # A protected phrase char matches itself or an exact homophone (不/部),
        # a protected text char only itself (or a protected homophone).
        if p_prot and (p.char == w.char or p.raw == w.raw):
            return 0
        return _INF
    if p.key == w.key:
        return 0
    return 1 if similar(p.key, w.key) else dissimilar


def constrained_distance(phrase: Sequence[Syllable], window: Sequence[Syllable],
                         options: MatchOptions = DEFAULT_OPTIONS) -> int:
    """Syllable edit distance in which protected chars can only be matched, never
    edited, and unrelated syllables cost ``dissimilar_cost`` to substitute."""
    protected, dissimilar_cost = options.protected, options.dissimilar_cost
    last = len(phrase) - 1
    m = len(window)
    w_prot = [w.char in protected for w in window]
    prev = [0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + (_INF if w_prot[j - 1] else 1)
    for i, p in enumerate(phrase):
        p_prot = p.char in protected
        edge = options.keep_edges and (i == 0 or i == last)
        dele = _INF if p_prot or edge else 1
        cur = [prev[0] + dele] + [0] * m
        for j in range(1, m + 1):
            w = window[j - 1]
            cur[j] = min(prev[j] + dele,
                         cur[j - 1] + (_INF if w_prot[j - 1] else 1),
                         prev[j - 1] + _sub_cost(p, p_prot, w, w_prot[j - 1], dissimilar_cost))
        prev = cur
    return prev[m]


def match_pinyin(phrase: str, text: str, whole_word: bool | None = None,
                 options: MatchOptions = DEFAULT_OPTIONS) -> list[Match]:
    """Occurrences that sound like the phrase (homophones, accents, small ASR slips).

    Windows whose text equals the phrase are reported as ``exact`` (confidence 1);
    others as ``pinyin`` with confidence falling by edit.
    """
    pnorm = normalize(phrase)
    psyl = syllables_of(pnorm)
    n = len(psyl)
    if n < options.min_pinyin_syllables:
        return match_exact(phrase, text, whole_word)
    norm = normalize(text)
    tsyl = syllables_of(norm)
    ww = _default_whole_word(pnorm.text, whole_word)
    budget = edit_budget(n, options)
    pkeys = [s.key for s in psyl]
    tkeys = [s.key for s in tsyl]
    cands: list[tuple[int, int, int, int]] = []   # cost, |L-n|, start, length
    for length in range(max(1, n - budget), n + budget + 1):
        for i in range(0, len(tsyl) - length + 1):
            wkeys = tkeys[i:i + length]
            if budget == 0:
                if wkeys != pkeys:
                    continue
            elif Levenshtein.distance(pkeys, wkeys, score_cutoff=budget) > budget:
                continue
            cost = constrained_distance(psyl, tsyl[i:i + length], options)
            if cost > budget:
                continue
            ns, ne = tsyl[i].start, tsyl[i + length - 1].end
            if ww and not is_whole_word(norm.text, ns, ne):
                continue
            cands.append((cost, abs(length - n), i, length))
    out: list[Match] = []
    taken: list[tuple[int, int]] = []
    for cost, _, i, length in sorted(cands):
        if any(i < e and s < i + length for s, e in taken):
            continue
        taken.append((i, i + length))
        ns, ne = tsyl[i].start, tsyl[i + length - 1].end
        if norm.text[ns:ne] == pnorm.text:
            out.append(_make_match(norm, ns, ne, "exact", 1.0, phrase))
        else:
            conf = round(max(0.5, 0.9 - 0.15 * cost), 2)
            out.append(_make_match(norm, ns, ne, "pinyin", conf, phrase, cost))
    return sorted(out, key=lambda m: m.start)


def find(phrase: str, text: str, method: Method = "pinyin", whole_word: bool | None = None,
         options: MatchOptions = DEFAULT_OPTIONS) -> list[Match]:
    """Dispatch to the matcher named by ``method``."""
    if method == "regex":
        return match_regex(phrase, text)
    if method == "exact":
        return match_exact(phrase, text, whole_word)
    if method == "pinyin":
        return match_pinyin(phrase, text, whole_word, options)
    raise ValueError(f"unknown match method {method!r}")
