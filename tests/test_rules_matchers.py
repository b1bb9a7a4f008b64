"""Phrase matchers: normalisation, exact, regex, pinyin tolerance and its limits."""
from __future__ import annotations

import pytest

from qa_rules.matchers import MatchOptions, edit_budget, find, match_exact, match_pinyin, match_regex
from qa_rules.normalize import normalize
from qa_rules.syllables import fold

FORBIDDEN = "这事不归我们管"


def test_normalize_strips_punctuation_folds_width_and_script_and_keeps_offsets():
    norm = normalize("這事, 不歸ＡＢ１!")
    assert norm.text == "这事不归ab1"
    assert norm.orig_span(2, 4) == (4, 6)          # 不歸 in the original


@pytest.mark.parametrize("text", [
    "这是不归我们管",        # 事 -> 是
    "这事部归我们管",        # 不 -> 部 (exact homophone of the negator)
    "这是不贵我们管",        # 归 -> 贵
    "这事儿不归我们管",      # one inserted syllable
    "這事不歸我們管",        # traditional script
])
def test_pinyin_matches_asr_homophone_variants(text):
    assert find(FORBIDDEN, text), text


def test_dropping_the_negator_never_matches():
    assert find(FORBIDDEN, "这事归我们管,我马上为您处理") == []


def test_inserted_negator_in_text_never_matches():
    # 我们会处理 vs 我们不会处理: an inserted 不 flips the meaning
    assert find("我们会马上处理", "我们不会马上处理") == []


def test_negator_may_not_be_substituted_by_a_near_homophone():
    # 非 (fei) and 会 (hui -> folded fei) sound alike for hu/f speakers, but 非 is protected
    assert find("这并非我们的责任", "这并会我们的责任") == []


def test_double_negation_is_not_the_short_phrase_but_the_substring_matches():
    # 我不是不清楚 is a denial; the 4-syllable phrase needs an exact syllable run
    assert find("我不清楚", "我不是不清楚") == []
    # the bare 不清楚 does occur: rulebooks veto such denials with `exclude`
    assert find("不清楚", "我不是不清楚")


def test_short_phrases_need_exact_syllables():
    assert edit_budget(3) == 0 and edit_budget(4) == 0
    assert edit_budget(5) == 1 and edit_budget(10) == 2
    assert find("还要问", "还要闻")                 # homophone: same syllables
    assert find("还要问", "还要看") == []


def test_unrelated_syllable_substitution_costs_more_than_an_asr_slip():
    assert find("我也不清楚", "我听不清楚") == []    # 也 -> 听 is another word
    assert find("我也不清楚", "我叶不清楚")          # 也 -> 叶 is a homophone


def test_phrase_edges_cannot_be_dropped():
    assert find("向来都这样", "本来都这样") == []


def test_rule_can_protect_pronouns():
    # 你 (ni) / 您 (nin) sound alike, so only protection keeps them apart
    relaxed = match_pinyin("不关你的事", "这不关您的事")
    strict = match_pinyin("不关你的事", "这不关您的事",
                          options=MatchOptions().protecting("我你您他她"))
    assert relaxed and not strict


def test_confusable_sounds_are_folded():
    assert fold("zhi") == fold("zi") and fold("lan") == fold("nang")
    assert fold("hui") == fold("fei") and fold("ying") == fold("yin")
    assert find("您好", "宁好")                     # nin / ning


def test_single_character_phrase_is_a_whole_word():
    assert find("喂", "喂,你好")
    assert find("喂", "喂喂,听得到吗")              # reduplication still counts
    assert find("喂", "请问您家的宠物是自己喂养的吗") == []
    assert find("喂", "我来为您服务") == []          # no homophones for one syllable


def test_whole_word_can_be_switched_off():
    assert match_exact("喂", "喂养", whole_word=False)


def test_match_reports_original_span_text_method_and_confidence():
    text = "先生,这是不归我们管的。"
    (m,) = find(FORBIDDEN, text)
    assert text[m.start:m.end] == m.text == "这是不归我们管"
    assert m.method == "pinyin" and 0 < m.confidence < 1
    (e,) = find(FORBIDDEN, "喂,这事不归我们管")
    assert e.method == "exact" and e.confidence == 1.0 and e.text == FORBIDDEN


def test_regex_runs_on_normalised_text():
    (m,) = match_regex("跟你(说|讲)过(好几遍|多少遍)了", "我跟你讲过,多少遍了!")
    assert m.method == "regex" and m.text == "跟你讲过,多少遍了"


def test_exact_method_does_not_tolerate_homophones():
    assert find(FORBIDDEN, "这是不归我们管", method="exact") == []
