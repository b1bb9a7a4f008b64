"""Features for the semantic classifier: what an utterance looks like and sounds like.

Brush-offs and curt replies share no fixed words, but they share short pieces
(不是我们, 找别的, 你自己). Three views of the same normalised text go into one
TF-IDF space:

* ``c:`` character 1–3-grams (with ``^``/``$`` marking the utterance edges);
* ``p:`` folded toneless pinyin syllable 1–3-grams, so ASR homophones
  (部门 → 不门, 这事 → 这是) land on the same features as the right words;
* ``w:`` jieba words, with the call-centre user dictionary.

Digits are folded to ``#`` in the character view (phone numbers and amounts say
nothing about tone).
"""
from __future__ import annotations

import re
from functools import lru_cache

from qa_rules.normalize import normalize
from qa_rules.syllables import syllables_of
from qa_rules.words import words_of

#: Feature recipe version: bump when ``analyze`` changes, so stored models go stale.
FEATURES_VERSION = "1"
_DIGITS = re.compile(r"[0-9]+")
NGRAMS = (1, 2, 3)


def _ngrams(items: list[str], prefix: str, sep: str = "") -> list[str]:
    """``prefix`` + each 1–3-gram of ``items`` joined by ``sep``."""
    return [prefix + sep.join(items[i:i + n])
            for n in NGRAMS for i in range(len(items) - n + 1)]


@lru_cache(maxsize=16384)
def analyze(text: str) -> tuple[str, ...]:
    """Feature tokens of one utterance (the ``analyzer`` of the TF-IDF vectoriser)."""
    norm = normalize(text)
    chars = _DIGITS.sub("#", norm.text)
    if not chars:
        return ()
    tokens = _ngrams(["^", *chars, "$"], "c:")
    tokens = [t for t in tokens if t not in ("c:^", "c:$")]
    keys = [s.key for s in syllables_of(norm)]
    tokens += _ngrams(keys, "p:", "_")
    tokens += ["w:" + w for _, _, w in words_of(chars) if w.strip()]
    return tuple(tokens)
