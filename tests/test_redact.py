"""Personal data in transcripts: found, masked in text, mapped to audio time spans."""
import pytest

from pipeline.redact import classify_number, find_pii, mask_text, pii_time_spans


@pytest.mark.parametrize("text, masked", [
    # phone numbers: digits, Chinese numerals (幺 for 1), mixed, with separators
    ("我的手机是13805762249,谢谢", "我的手机是【手机号】,谢谢"),
    ("一三八零五七六二二四九。", "【手机号】。"),
    ("幺三八幺二三四五六七八", "【手机号】"),
    ("138 0576 2249", "【手机号】"),
    ("一三八-零五七六-二二四九", "【手机号】"),
    ("13八零五七六2249", "【手机号】"),
    ("１３８０５７６２２４９", "【手机号】"),
    # ID cards (18 with a final X, and the old 15) and bank cards (16-19 digits)
    ("身份证号11010519491231002X", "身份证号【身份证号】"),
    ("身份证一一零一零五一九四九一二三一零零二x", "身份证【身份证号】"),
    ("110105491231002", "【身份证号】"),
    ("卡号6222 0202 0011 2233 445", "卡号【银行卡号】"),
    ("卡号是六二二二零二零二零零一一二二三三", "卡号是【银行卡号】"),
    ("622202020011223344", "【银行卡号】"),      # 18 digits, no birth date: a card
    # damaged numbers (ASR dropped a digit) are still masked
    ("一三八零五七六二四九。", "【号码】。"),
    ("订单号是二零二六一一一五零八八三", "订单号是【号码】"),
    # names after 我叫 / 我姓 / 姓
    ("我叫孙丽,信用卡被人盗刷了", "我叫【姓名】,信用卡被人盗刷了"),
    ("你好我姓王,想问一下", "你好我姓【姓名】,想问一下"),
    ("免贵姓张", "免贵姓【姓名】"),
    ("我姓欧阳", "我姓【姓名】"),
    ("我姓张,叫张伟", "我姓【姓名】,叫【姓名】"),
    ("我的名字叫李明", "我的名字叫【姓名】"),
])
def test_masked(text, masked):
    assert mask_text(text) == masked


@pytest.mark.parametrize("text", [
    "工号一一零八,很高兴为您服务",     # staff number: short
    "本月话费五十六元",                 # 十 is not a digit
    "下午三点恢复供电",
    "什么时候能修好?",                  # 么 only counts between digits
    "请问您贵姓?",                      # no name follows
    "老百姓都知道",
    "姓名和身份证后四位",
    "后四位是三六一五",
    "二零二六年十一月二十日",
    "我叫了好几次",                     # 叫 followed by a particle
])
def test_not_masked(text):
    assert find_pii(text) == [] and mask_text(text) == text


def test_min_digits_is_configurable():
    assert mask_text("分机号一二三四五六") == "分机号一二三四五六"
    assert mask_text("分机号一二三四五六", min_digits=6) == "分机号【号码】"


@pytest.mark.parametrize("digits, kind", [
    ("13805762249", "phone"), ("23805762249", "number"), ("12805762249", "number"),
    ("11010519491231002X", "id_card"), ("110105194912310021", "id_card"),
    ("6222020200112233", "bank_card"), ("6222020200112233445", "bank_card"),
    ("123456", None), ("1234567", "number"),
])
def test_classify_number(digits, kind):
    assert classify_number(digits) == kind


def test_spans_report_kind_and_original_text():
    spans = find_pii("我叫孙丽,电话13805762249")
    assert [(s.kind, s.text) for s in spans] == [("name", "孙丽"), ("phone", "13805762249")]


def words_of(text, start=10.0, step=0.2):
    return [{"start_s": start + i * step, "end_s": start + (i + 1) * step, "text": ch}
            for i, ch in enumerate(text)]


def test_time_spans_come_from_the_word_timings():
    text = "我叫孙丽,手机一三八零五七六二二四九。"
    spans = pii_time_spans(text, words_of(text), 10.0, 10.0 + 0.2 * len(text))
    assert [k for _, _, k in spans] == ["name", "phone"]
    (n0, n1, _), (p0, p1, _) = spans
    assert (n0, n1) == pytest.approx((10.4, 10.8))          # 孙丽 = chars 2-3
    assert (p0, p1) == pytest.approx((11.4, 13.6))          # 11 numerals from char 7


def test_time_spans_with_multi_character_words_and_leading_space():
    words = [{"start_s": 1.0, "end_s": 1.5, "text": " 我叫"}, {"start_s": 1.5, "end_s": 2.0,
                                                             "text": "孙丽,"},
             {"start_s": 2.0, "end_s": 3.0, "text": "谢谢"}]
    spans = pii_time_spans("我叫孙丽,谢谢", words, 1.0, 3.0)
    assert spans == [(1.5, 2.0, "name")]


def test_without_word_timings_the_whole_utterance_is_beeped():
    assert pii_time_spans("我叫孙丽", [], 4.0, 6.0) == [(4.0, 6.0, "name")]
    mismatch = [{"start_s": 4.0, "end_s": 6.0, "text": "别的文字"}]
    assert pii_time_spans("我叫孙丽", mismatch, 4.0, 6.0) == [(4.0, 6.0, "name")]
    assert pii_time_spans("没有个人信息", [], 4.0, 6.0) == []
