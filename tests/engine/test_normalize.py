"""Normalisation: disguises fold to the plain word, and every span maps back to the original exactly."""
import pytest
from hypothesis import given, settings, strategies as st

from dunwatch.normalize import convert_chars, normalize, script


def utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le", "surrogatepass")
    return units[offset * 2:(offset + length) * 2].decode("utf-16-le", "surrogatepass")


@pytest.mark.parametrize("disguised, plain", [
    ("律 师 函", "律师函"), ("律*師*函", "律师函"), ("律\u200b師\u200b函", "律师函"),
    ("立-案-通-知-书", "立案通知书"), ("律，師，函", "律师函"), ("律😀师😀函", "律师函"),
    ("坻押貸歀", "抵押贷款"), ("帳單", "账单"), ("賬單", "账单"), ("２４小時", "24小时"),
    ("⼈民法院", "人民法院"), ("ＡＢＣ", "abc"), ("律\u0336师\u0336函", "律师函"),
    ("律\u3164师函", "律师函"), ("裡面", "里面"), ("ㄓㄥˋ信", "ㄓㄥ信"), ("ㄐㄧㄥˇ察", "ㄐㄧㄥ察"),
])
def test_disguises_fold_to_the_word(disguised, plain):
    assert normalize(disguised).text == plain


@pytest.mark.parametrize("text", ["还款。法院已受理", "好的，我知道了", "今天！明天", "收到仲裁通知≠已经被正式立案"])
def test_sentence_punctuation_between_words_is_kept(text):
    assert normalize(text).text == convert_chars(text).replace("，", ",").replace("！", "!")


def test_character_table_is_idempotent():
    """A character and what it converts to normalise alike (OpenCC chains such as 麼 -> 么 -> 幺)."""
    from dunwatch.normalize import char_table

    table = char_table()
    assert all(ord(out) not in table for out in table.values())
    assert convert_chars("怎麼") == convert_chars("怎么")


def test_astral_target_keeps_offsets():
    # OpenCC maps 鋂 (BMP) to 𰾄 (astral): UTF-16 length changes, offsets must not.
    n = normalize("鋂律師函")
    assert n.text == "\U00030f84律师函"
    start = n.text.index("律师函")
    assert n.utf16_span(start, start + 3) == (1, 3)


def test_emoji_before_phrase_counts_two_units():
    n = normalize("😀😀律師函")
    start = n.text.index("律师函")
    assert n.utf16_span(start, start + 3) == (4, 3)


def test_script_classification():
    assert script("律師函") == "hant"
    assert script("律师函") == "hans"
    assert script("律師函和律师函") == "mixed"
    assert script("12368") == "neutral"


ALPHABET = st.one_of(
    st.sampled_from(list("律師师函還还款法院傳票通知家人單位，。！？ \u200b\u200d\ufe0f*-_.")),
    st.sampled_from(["😀", "👨‍👩‍👧", "鋂", "𠀀", "\u0301", "\ud800", "\udfff", "Ａ", "a", "1", "\n"]),
    st.characters(codec="utf-16", exclude_categories=()),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.data())
def test_every_span_maps_back_exactly(text, data):
    """For any span of the normalised text, the UTF-16 slice of the original is the code-point slice."""
    n = normalize(text)
    if not n.text:
        return
    start = data.draw(st.integers(0, len(n.text) - 1))
    end = data.draw(st.integers(start + 1, len(n.text)))
    offset, length = n.utf16_span(start, end)
    a, b = n.code_points(start, end)
    # Compared as UTF-16: Python keeps a lone surrogate pair as two code points, JavaScript as one.
    assert utf16_slice(text, offset, length).encode("utf-16-le", "surrogatepass") == \
        text[a:b].encode("utf-16-le", "surrogatepass")
    assert length > 0
    # The original span, normalised alone, contains what was matched (junk inside it is dropped).
    assert convert_chars(text[a:b])[0] == n.text[start]
    assert convert_chars(text[a:b])[-1] == n.text[end - 1]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("律師函 *\u200b😀還款")), max_size=40))
def test_normalised_text_never_longer_than_original(text):
    assert len(normalize(text).text) <= len(text)


def test_zhuyin_tone_marks_drop_only_after_zhuyin_and_spans_map_back():
    text = "交給ㄐㄧㄥˇ察了 ˇ_ˇ"
    norm = normalize(text)
    assert norm.text == "交给ㄐㄧㄥ察了ˇˇ"           # marks after other characters stay
    start = norm.text.index("ㄐ")
    offset, length = norm.utf16_span(start, start + len("ㄐㄧㄥ察"))
    assert utf16_slice(text, offset, length) == "ㄐㄧㄥˇ察"
