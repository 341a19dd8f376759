"""Sentence segmentation: exact spans, the seed article, pySBD's golden rules and clean tests."""

from pathlib import Path

import pytest

from claims.extraction.evaluation import evaluate_sbd
from claims.extraction.segment import segment

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_922de16eecf30f1d.txt"

# The 22 gold sentences of the seed article, as described in shared/notes/sentence-splitters.md.
SEED_SENTENCES = [
    ("Nearly 2,000 Russian Peacekeepers", "Ceasefire Signed"),
    ("Coming a mere day after", "leaders of Armenia and Azerbaijan."),
    ("“I have signed a statement", "announced on Facebook Tuesday."),
    ("Unlike prior three attempts", "to act as peace keepers."),
    ("Reuters confirms the", "following on Tuesday:"),
    ("The Russian defence ministry said", "Nagorno-Karabakh region."),
    ("The peace keepers are being airlifted", "between Armenia and Azerbaijan."),
    ("The ceasefire appears to have held", "in the day Tuesday."),
    ("Fighting has raged since September 27", "national borders."),
    ("It’s believed several thousands", "including civilians."),
    ("Despite the ceasefire", "for our people”."),
    ("He’s facing popular outrage", "denouncing the peace."),
    ("Sky News", "the country’s leadership.”"),
    ("Ararat Mirzoyan, Speaker", "by the protesters."),
    ("There’s also outrage", "scapegoated the army:"),
    ("“I made such a decision", "insisted on it."),
    ("You can imagine a situation", "time to stop,”\u00a0he said."),
    ("This after Azerbaijani President", "catastrophic losses."),
    ("Aliyev could", "signed the accord “unwillingly”."),
    ("Azerbaijan’s army had been", "in the past week."),
    ("President Putin", "Azerbaijani people.”"),
    ("It’s likely that the Russian helicopter", "parties to the conflict."),
]


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_article_is_segmented_into_its_22_gold_sentences():
    text = seed_text()
    spans = segment(text)
    assert len(spans) == len(SEED_SENTENCES)
    for span, (head, tail) in zip(spans, SEED_SENTENCES):
        assert span.text == text[span.start : span.end]
        assert span.text.startswith(head), span.text
        assert span.text.endswith(tail), span.text


def test_seed_spans_lose_nothing_but_whitespace_between_units():
    text = seed_text()
    spans = segment(text)
    pos = 0
    for span in spans:
        assert text[pos : span.start].strip() == ""
        pos = span.end
    assert text[pos:].strip() == ""


def test_seed_numbers_and_times_are_not_boundaries():
    joined = [s.text for s in segment(seed_text())]
    assert any("from 01.00 pm,”" in s for s in joined)
    assert any("deploying 1,960 servicemen" in s for s in joined)
    assert joined[0].startswith("Nearly 2,000 Russian")


def test_pysbd_golden_rules_pass_at_least_47_of_48():
    res = evaluate_sbd(DATA / "english_golden_rules.jsonl")
    assert res.total == 48
    assert res.passed >= 47, [f["id"] for f in res.failures]


def test_pysbd_clean_tests_that_apply_to_exact_spans_mostly_pass():
    res = evaluate_sbd(DATA / "english_clean_tests.jsonl")
    # The failures are by design (quotations kept whole, cleaning that removes characters);
    # claims/extraction/README.md lists them. Guard against regressions.
    assert res.applicable == 113
    assert res.passed >= 101


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith met Dr. Jones at 5 p.m. on Jan. 5. They talked.", 2),
        ("The U.S. economy grew 3.5% in 2019. Growth slowed later.", 2),
        ("Prices rose 3.5%. Wages did not.", 2),
        ("He is No. 5 on the list. She is No. 6.", 2),
        ("The meeting ended at 01.00 pm, officials said. Talks resume Monday.", 2),
        ("I never meant that... She left.", 2),
        ("He paused ... and then went on.", 1),
        ("I live in the U.S. How about you?", 2),
    ],
)
def test_abbreviations_decimals_times_and_ellipses(text, expected):
    assert len(segment(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It widens the gap in a consultation.11 12 Take the common cold.", ["consultation.11 12", "Take"]),
        ("Reflective cognition (type 2).10 This model relates to them.", ["(type 2).10", "This"]),
        ("Sales rose 3.5 Million units. Then fell.", ["units.", "Then"]),
        ("He lives at No.5 Downing Street.", None),
        ("See p.12 The text.", None),
    ],
)
def test_reference_numbers_after_a_full_stop_end_the_sentence(text, expected):
    units = [u.text for u in segment(text)]
    if expected is None:
        assert units == [text]
    else:
        assert len(units) == 2 and units[0].endswith(expected[0]) and units[1].startswith(expected[1])


def test_headline_without_full_stop_is_its_own_unit():
    text = "Ceasefire Signed In The Capital\nThe talks ended on Tuesday. Both sides agreed."
    assert [s.text for s in segment(text)] == [
        "Ceasefire Signed In The Capital",
        "The talks ended on Tuesday.",
        "Both sides agreed.",
    ]


def test_paragraph_break_is_a_hard_boundary_even_without_punctuation():
    text = "The minister said that prices\n\nwould fall next year."
    assert len(segment(text)) == 2


def test_soft_wrapped_line_continues_the_sentence():
    text = "It was a cold \nnight in the city."
    assert [s.text for s in segment(text)] == [text]


def test_line_ending_in_colon_introduces_the_next_sentence():
    text = "Reuters confirms the following on Tuesday:\n\nThe ministry said 1,960 troops left."
    assert [s.text for s in segment(text)][0] == "Reuters confirms the following on Tuesday:"


def test_quotation_of_two_sentences_is_split_inside_the_quotation():
    text = "“We agreed. It was hard,” he said."
    assert [s.text for s in segment(text)] == ["“We agreed.", "It was hard,” he said."]


def test_question_in_quotation_followed_by_lowercase_attribution_stays_whole():
    assert len(segment('"Why now?" he asked.')) == 1
    assert len(segment("“Why now?” he asked.")) == 1


def test_bullets_are_separate_units():
    text = "Key points:\n• Prices rose 3%\n• Wages fell\n- Rents were flat"
    assert [s.text for s in segment(text)] == [
        "Key points:",
        "• Prices rose 3%",
        "• Wages fell",
        "- Rents were flat",
    ]


def test_non_breaking_space_after_full_stop_is_a_boundary_and_offsets_do_not_move():
    text = "It ended.\u00a0It began again.\u2003Then\u00a0it stopped."
    spans = segment(text)
    assert [s.text for s in spans] == ["It ended.", "It began again.", "Then\u00a0it stopped."]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_crlf_line_endings_behave_like_newlines():
    text = "Headline Here\r\n\r\nFirst sentence. Second one."
    assert [s.text for s in segment(text)] == ["Headline Here", "First sentence.", "Second one."]


def test_html_tags_never_start_or_end_a_unit():
    text = '<h2 class="x">Hello</h2>\n<p>This is a test. Another test.</p>'
    assert [s.text for s in segment(text)] == ["Hello", "This is a test.", "Another test."]
