"""Pure helpers: recognising the same article, cutting text for highlighting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.highlight import pieces
from claims.textnorm import body_hash, clean_body, pasted_text, url_key


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
    # invisible hyphenation marks go (they split "Klitsch\u00adko" for the matching rules)
    assert (
        clean_body("\ufeffVitali Klitsch\u00adko said inter\u2060national")
        == "Vitali Klitschko said international"
    )


def test_pasted_html_source_becomes_the_text_a_browser_shows():
    source = (
        "<p>Council tax will rise by 4.99% from April.</p>\n<p>It adds &pound;92 to a bill, "
        "<strong>Mark   Hale</strong>\n said: &ldquo;We have no choice.&rdquo;</p>"
        "<script>var x = 1;</script><style>p {}</style>"
        "<h2>What next?</h2><ul><li>a freeze &amp; a cut</li><li>£2.5bn</li></ul><p>One<br>two</p>"
    )
    assert pasted_text(source) == (
        "Council tax will rise by 4.99% from April.\n\n"
        "It adds £92 to a bill, Mark Hale said: “We have no choice.”\n\n"
        "What next?\n\n- a freeze & a cut\n- £2.5bn\n\nOne\ntwo"
    )


def test_pasted_text_decodes_references_and_leaves_plain_text_and_a_lone_tag_alone():
    assert pasted_text("Marks &amp; Spencer made &pound;4m &#8211; AT&T; &bogus; too.") == (
        "Marks & Spencer made £4m – AT&T; &bogus; too."
    )
    plain = 'The minister said <script>alert("x")</script> that 40% of homes 3 < 4 lack heating.'
    assert pasted_text(plain) == plain  # one tag is no page: shown escaped, as typed
    assert pasted_text("A <p> tag opens a paragraph.") == "A <p> tag opens a paragraph."
    about_tags = "Use the <p> tag for paragraphs and <br> for a line break, 40% of pages do."
    assert pasted_text(about_tags) == about_tags  # an article about tags, not a page's source
    fragment = "Prices rose.</p>\n<p>Rents rose 4%.</p>\n<p>Wages fell.</p>"
    assert pasted_text(fragment) == "Prices rose.\n\nRents rose 4%.\n\nWages fell."


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
