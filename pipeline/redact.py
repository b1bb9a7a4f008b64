"""Find and mask personal data in transcripts (text) and map it to audio time spans.

What counts as personal data (quality standard §7: nothing that leaves QC may carry
it, e.g. clips for the 录音分享会):

* phone numbers: 11 digits starting with 1[3-9];
* ID card numbers: 18 characters (17 digits + digit or X), or the old 15 digits;
* bank card numbers: 16–19 digits;
* any other run of at least ``min_digits`` digits (default 7): ASR drops and adds
  digits (一三八零五七六二四九 has 10), so a damaged number is still masked;
* names after 我叫 / 我姓 / 姓 / 名叫 / 名字叫 / 名字是.

Digits may be spoken as digits (138…), Chinese numerals (一三八…, 幺 for 1, 〇/零 for
0) or a mix, with single spaces, commas or dashes between groups. 十/百/千 are not
digits: 五十六元 is an amount, not a number to mask.

Plain functions, no I/O: ``find_pii`` on text, ``mask_text`` for display,
``pii_time_spans`` for the beeps (see ``pipeline.clips``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

#: Chinese and full-width digits as spoken in numbers.
DIGIT_VALUES: dict[str, str] = {
    **{str(i): str(i) for i in range(10)},
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "零": "0", "〇": "0", "洞": "0",
    "一": "1", "幺": "1", "么": "1",
    "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
}
_SEPARATORS = set(" \u3000-－—,，、")
_X = set("Xx×Ｘｘ")

#: Labels used in masked text (what the reader sees instead of the data).
LABELS: dict[str, str] = {
    "phone": "手机号",
    "id_card": "身份证号",
    "bank_card": "银行卡号",
    "number": "号码",
    "name": "姓名",
}

# 么 is a digit only between other digits (什么 is not a number).
_WEAK_DIGITS = {"么", "洞"}

_NAME_INTRO = re.compile(r"(我叫|我姓|名叫|名字叫|名字是|(?<![百同])姓(?!名|氏|别|什|啥|么|甚))")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: Characters that end a name (particles, pronouns, verbs that follow a name).
_NAME_STOP = set("的了呢吧啊呀嘛吗么是在有和跟我你您他她们这那就也都还要想说叫姓名字什啥一")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                      "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤")


@dataclass(frozen=True)
class PiiSpan:
    """Personal data at ``text[start:end]``."""

    start: int
    end: int
    kind: str            # phone | id_card | bank_card | number | name
    text: str

    @property
    def label(self) -> str:
        return LABELS[self.kind]


def _digit_runs(text: str) -> Iterable[tuple[int, int, str]]:
    """Maximal runs of digits (single separators allowed between digits):
    ``(start, end, digits)`` with ``digits`` as ASCII, a final X kept as ``X``."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in DIGIT_VALUES or ch in _WEAK_DIGITS:
            i += 1
            continue
        start, digits, end = i, [], i
        j = i
        while j < n:
            c = text[j]
            if c in DIGIT_VALUES and (c not in _WEAK_DIGITS or _weak_ok(text, j)):
                digits.append(DIGIT_VALUES[c])
                j += 1
                end = j
            elif c in _SEPARATORS and j + 1 < n and text[j + 1] in DIGIT_VALUES \
                    and text[j + 1] not in _WEAK_DIGITS:
                j += 1
            else:
                break
        if len(digits) == 17 and end < n and text[end] in _X:
            digits.append("X")
            end += 1
        yield start, end, "".join(digits)
        i = max(end, i + 1)


def _weak_ok(text: str, j: int) -> bool:
    """幺/么/洞 count as digits only next to a strong digit on both sides or one side
    inside a run (什么 / 那么 never start a number)."""
    prev = text[j - 1] if j > 0 else ""
    nxt = text[j + 1] if j + 1 < len(text) else ""
    strong = lambda c: c in DIGIT_VALUES and c not in _WEAK_DIGITS  # noqa: E731
    return strong(prev) or (prev in _WEAK_DIGITS and strong(nxt))


def classify_number(digits: str, min_digits: int = 7) -> str | None:
    """The kind of personal number ``digits`` is, or None if it is not masked."""
    n = len(digits)
    if n == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "phone"
    if n == 18 and digits[:17].isdigit() and (digits[17].isdigit() or digits[17] == "X"):
        if digits[17] == "X" or _looks_like_birth_date(digits[6:14]):
            return "id_card"
        return "bank_card"
    if n == 15 and digits.isdigit():
        return "id_card"
    if 16 <= n <= 19 and digits.isdigit():
        return "bank_card"
    if n >= min_digits:
        return "number"
    return None


def _looks_like_birth_date(yyyymmdd: str) -> bool:
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


def _names(text: str) -> Iterable[PiiSpan]:
    for m in _NAME_INTRO.finditer(text):
        intro = m.group(1)
        pos = m.end()
        if intro.endswith("姓"):
            # a surname: one character, or a known compound surname
            two = text[pos:pos + 2]
            if two in _COMPOUND_SURNAMES:
                end = pos + 2
            elif pos < len(text) and _CJK.match(text[pos]) and text[pos] not in _NAME_STOP:
                end = pos + 1
            else:
                continue
            # 我姓张,叫张伟 / 我姓张叫伟: the given name after 叫 is taken by the 叫 rule
            yield PiiSpan(pos, end, "name", text[pos:end])
            continue
        end = pos
        while end < len(text) and end - pos < 3 and _CJK.match(text[end]) \
                and text[end] not in _NAME_STOP:
            end += 1
        if end > pos:
            yield PiiSpan(pos, end, "name", text[pos:end])
    # "…姓张,叫张伟" / "叫张伟": a given name right after 姓X(,)叫
    for m in re.finditer(r"姓[\u4e00-\u9fff][,，]?叫", text):
        pos, end = m.end(), m.end()
        while end < len(text) and end - pos < 3 and _CJK.match(text[end]) \
                and text[end] not in _NAME_STOP:
            end += 1
        if end > pos:
            yield PiiSpan(pos, end, "name", text[pos:end])


def find_pii(text: str, min_digits: int = 7) -> list[PiiSpan]:
    """Every personal-data span in ``text``, sorted, overlaps merged."""
    spans: list[PiiSpan] = []
    for start, end, digits in _digit_runs(text):
        kind = classify_number(digits, min_digits)
        if kind:
            spans.append(PiiSpan(start, end, kind, text[start:end]))
    spans.extend(_names(text))
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[PiiSpan] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            if s.end > last.end:
                merged[-1] = PiiSpan(last.start, s.end, last.kind, text[last.start:s.end])
            continue
        merged.append(s)
    return merged


def mask_text(text: str, spans: Sequence[PiiSpan] | None = None, min_digits: int = 7) -> str:
    """``text`` with each personal-data span replaced by 【label】."""
    spans = find_pii(text, min_digits) if spans is None else spans
    out, pos = [], 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(f"【{s.label}】")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def pii_time_spans(text: str, words: Sequence[dict] | None, utt_start_s: float,
                   utt_end_s: float, min_digits: int = 7) -> list[tuple[float, float, str]]:
    """Audio time spans ``(start_s, end_s, kind)`` of the personal data in one utterance.

    ``words`` are the utterance's timed tokens (``start_s``/``end_s``/``text``) whose
    concatenation is the utterance text. Without usable word timings the whole
    utterance is returned: better a long beep than a leaked number.
    """
    spans = find_pii(text, min_digits)
    if not spans:
        return []
    joined = "".join(str(w.get("text", "")) for w in (words or []))
    lead = len(joined) - len(joined.lstrip())
    if not words or joined.strip() != text:
        return [(utt_start_s, utt_end_s, s.kind) for s in spans[:1]]
    owner: list[int] = []            # char index in joined -> word index
    for i, w in enumerate(words):
        owner.extend([i] * len(str(w.get("text", ""))))
    out = []
    for s in spans:
        idxs = {owner[c + lead] for c in range(s.start, s.end) if c + lead < len(owner)}
        if not idxs:
            out.append((utt_start_s, utt_end_s, s.kind))
            continue
        t0 = min(float(words[i]["start_s"]) for i in idxs)
        t1 = max(float(words[i]["end_s"]) for i in idxs)
        out.append((t0, t1, s.kind))
    return out
