"""Regression tests for who said a claim, twelfth round: local news, English-language press
outside Britain and America, interviews, opinion and letters, pasted newsletters and live blogs
(faults found by writing such articles and reading every claim). Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with


def _who(text: str, part: str) -> tuple[str | None, str | None]:
    claim = claim_with(extract_claims(text), part)
    return claim.speaker, claim.attribution


@pytest.mark.parametrize(
    "text, part, expected",
    [
        # was "Golden Dragon · called": an ambulance is called, no one speaks
        (
            "Staff at the Golden Dragon, which was open until 2am, called an ambulance at 1.40am.",
            "Staff",
            (None, None),
        ),
        ("Workers at the depot, who had finished their shift, called the police.", "Workers", (None, None)),
        # guard: inverted after a quotation
        ('"A disgrace," called one man from the gallery.', '"A', ("one man", "called")),
    ],
)
def test_called_after_a_comma_is_no_inversion(text, part, expected):
    assert _who(text, part) == expected


@pytest.mark.parametrize(
    "text, how",
    [
        ("Mr Vance told magistrates that he had been drinking.", "told magistrates"),
        ("The mayor told voters that the tram would run by May.", "told voters"),
        ("The coach told fans the club would not be sold.", "told fans"),
    ],
)
def test_whom_someone_told_in_a_courtroom_or_a_campaign(text, how):
    # was "told": the hearers are shown with the verb, as "told reporters" is
    assert extract_claims(text).claims[0].attribution == how


def test_laughed_with_a_quotation_speaks():
    # was no one: "laughed" after a quotation is how it was said
    ex = extract_claims('Mark Keane runs the shop. "It is hard work, and I love it," he laughed.')
    assert _who(ex.claims[0].text + " " + ex.claims[1].text, '"It is') == ("Mark Keane", "laughed")
    # guard: laughing alone says nothing
    assert extract_claims("The crowd laughed.").claims[0].speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The police and crime commissioner said that burglaries fell by 12%.",
            "the police and crime commissioner",
        ),
        ("The oil and gas producer said output rose 4% in 2023.", "the oil and gas producer"),
        # guard: two subjects joined by "and", each with its article, are both shown
        ("The farmers and the oil producer said output rose.", "the farmers and the oil producer"),
    ],
)
def test_two_nouns_joined_before_the_head(text, speaker):
    # was no one, or "producer"
    assert extract_claims(text).claims[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the byline's writer asks the questions
        "By Tobias Wrenfield\n\nI spoke with hydrologist Miriam Hale by phone.\n\nQ: How bad is it?\n\n"
        "A: Inflow was 41 percent of the average.",
        # a reservoir is no person
        "I spoke with hydrologist Miriam Hale at the Harlow Reservoir.\n\nQ: How bad is it?\n\n"
        "A: Inflow was 41 percent of the average.",
    ],
)
def test_an_interview_with_a_byline_or_a_place_before_its_questions(text):
    # was no one: the byline's name and "Harlow Reservoir" counted as people named before the
    # first question, and with several the answers were no one's
    assert _who(text, "Inflow") == ("Miriam Hale", "answer in an interview")


def test_an_article_paragraph_between_an_answer_and_the_next_question_is_its_own():
    # was "Rachel Ashdown · speaker label in a transcript" for the campaigner's paragraph
    text = (
        "Rachel Ashdown runs Harlow Water.\n\n"
        "Q: Will the spills stop?\n\n"
        "ASHDOWN: Not entirely. We will halve them by 2030.\n\n"
        "Campaigners are sceptical. Dan Whitmore, a campaigner, said the firm had promised this before.\n\n"
        'Q: What do you say to him?\n\nASHDOWN: Judge us on the data. "We publish every spill," she said.'
    )
    ex = extract_claims(text)
    assert claim_with(ex, "We will halve").speaker == "Rachel Ashdown"
    assert claim_with(ex, "Campaigners").speaker is None
    assert claim_with(ex, "Dan Whitmore").speaker == "Dan Whitmore"
    assert claim_with(ex, "Judge us").speaker == "Rachel Ashdown"


def test_transcript_labels_with_accents_and_several_roles():
    # "ARRARÁS:" was no label (its sentences went to the speaker before); a label with a party
    # and two roles after commas was none either
    text = (
        "TRUMP: We will build it.\n\nARRARÁS: You have said that you will not build a wall in Canada.\n\n"
        "JOE REED (D), FORMER GOVERNOR, PRESIDENTIAL CANDIDATE: We should get moving.\n\nTRUMP: No."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "You have said").speaker == "Arrarás"
    assert claim_with(ex, "We should").speaker == "Joe Reed"
