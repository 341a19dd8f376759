"""Pure helpers: recognising the same article, cutting text for highlighting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.highlight import pieces
from claims.textnorm import body_hash, clean_body, url_key


def test_url_key_ignores_scheme_www_trailing_slash_fragment_and_tracking():
    assert url_key("https://www.Example.com/a/b/?utm_source=x&id=3#top") == "example.com/a/b?id=3"
    assert url_key("http://example.com/a/b?id=3") == "example.com/a/b?id=3"
    assert url_key("https://example.com/a/b?id=4") != url_key("https://example.com/a/b?id=3")
    assert url_key("https://example.com:8443/a") == "example.com:8443/a"
    assert url_key("") == ""


def test_body_hash_ignores_whitespace_case_and_unicode_forms():
    assert body_hash("The  Army\u00a0said\n\nso.") == body_hash("the army said so.")
    assert body_hash("ﬁgures") == body_hash("figures")
    assert body_hash("The army said so.") != body_hash("The army said no.")


def test_clean_body_removes_control_characters_and_unifies_newlines():
    assert clean_body("\x00A\r\nB\rC\x07\u200b ") == "A\nB\nC\u200b"
    assert clean_body("bad \ud800 surrogate") == "bad \ufffd surrogate"


def test_pieces_mark_spans_and_keep_every_character():
    text = "One two three four."
    out = pieces(text, [(4, 7, "a"), (14, 18, "b")])
    assert [(p.text, p.mark) for p in out] == [
        ("One ", None),
        ("two", "a"),
        (" three ", None),
        ("four", "b"),
        (".", None),
    ]


@given(
    st.text(max_size=80),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=6),
)
def test_pieces_never_lose_or_repeat_text(text, spans):
    marks = [(a, b, i) for i, (a, b) in enumerate(spans)]
    out = pieces(text, marks)
    assert "".join(p.text for p in out) == text
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in out)
