"""Property: whatever the text, spans are exact, ordered, non-overlapping and trimmed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract_claims
from claims.extraction.segment import segment

PIECES = st.sampled_from(
    [
        "He said.",
        "“Yes.",
        "No,” she said.",
        '"Stop." ',
        "'Go!' ",
        "U.S.",
        "Mr.",
        "3.5%",
        "01.00 pm",
        "1,960",
        "…",
        "...",
        ". . .",
        "\u00a0",
        "\u2003",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        ":",
        "•",
        "1.",
        "a)",
        "(b)",
        "Hello",
        "world",
        "The",
        "ceasefire",
        "?",
        "!",
        "”",
        "“",
        "‘",
        "’",
        "<p>",
        "</p>",
        "&lt;b&gt;",
        "\x00",
        "\ud800",
        "Ü",
        "é",
        "—",
        "-",
        "(",
        ")",
        "[1]",
        "e.g.",
        "No. 5",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


def check_spans(text, spans):
    # tags, control characters, odd spaces and Markdown's marks are whitespace to the segmenter,
    # in the normalised copy of the whole text (a "# " is a heading's mark only before a word)
    from claims.extraction.normalise import normalise

    masked = normalise(text)
    prev_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= prev_end
        assert s.text == s.text.strip() or not s.text.strip(" \t\n\r\x0b\x0c\u00a0\u2003")
        assert masked[prev_end : s.start].strip() == ""
        prev_end = s.end


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_segment_spans_are_exact_ordered_and_non_overlapping(text):
    check_spans(text, segment(text))


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_extract_claims_never_raises_and_offsets_are_exact(text):
    ex = extract_claims(text)
    assert ex.error is None
    prev_end = 0
    for c in ex.claims:
        assert text[c.start : c.end] == c.text
        assert c.start >= prev_end
        prev_end = c.end
        for sg in c.signals:
            assert text[sg.start : sg.end] == sg.text
        if c.quote_start is not None:
            assert c.start <= c.quote_start < c.quote_end <= c.end
        assert c.score is None or 0.0 <= c.score <= 1.0


def test_a_quotation_in_a_bullet_lies_inside_the_claim_after_its_mark_is_cut():
    # found by the property above: the quotation kept the start of the unit before "·" was cut
    text = "-\nNo,” she said.'Go!' ·“Yes.x"
    for c in extract_claims(text).claims:
        assert c.quote_start is None or c.start <= c.quote_start < c.quote_end <= c.end
