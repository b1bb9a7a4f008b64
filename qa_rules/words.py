"""Word boundaries from jieba with the call-centre user dictionary.

Short phrases need word boundaries: 喂 is a rude opening, 喂养 is a word about
pets. A private ``jieba.Tokenizer`` keeps our dictionary out of the global one
other stages may use.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import jieba

USERDICT = Path(__file__).with_name("userdict.txt")

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer, loaded once (jieba builds its prefix dict lazily)."""
    tk = jieba.Tokenizer()
    tk.load_userdict(str(USERDICT))
    return tk


@lru_cache(maxsize=8192)
def words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, word)`` for each jieba word of ``text`` (normalised text)."""
    return tuple((s, e, w) for w, s, e in tokenizer().tokenize(text))


def is_whole_word(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` starts and ends on word boundaries.

    A reduplicated word made only of the phrase (喂喂 for 喂) counts as whole.
    """
    piece = text[start:end]
    starts = set()
    ends = set()
    for s, e, w in words_of(text):
        starts.add(s)
        ends.add(e)
        if s <= start and end <= e and piece and w == piece * (len(w) // len(piece)) \
                and len(w) % len(piece) == 0:
            return True
    return start in starts and end in ends
