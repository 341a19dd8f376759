"""Regression tests for who said a claim, sixteenth round: documents said again after the
sentence that names who wrote them, and other faults found by writing news of many kinds and
reading every claim. Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with


def _speaker(text: str, part: str) -> str | None:
    return claim_with(extract_claims(text), part).speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "the review": a review a lender's words were given in, named again
        (
            "Marlin Trust, the region's largest lender, said in its quarterly review that arrears had "
            "risen. The review warned that first-time buyers were most exposed.",
            "The review warned",
            "Marlin Trust",
        ),
        # was "the report": the same for an annual report
        (
            "The Halden Water Company said in its annual report that leaks had fallen by a tenth. "
            "The report found that two reservoirs were below capacity.",
            "The report found",
            "Halden Water Company",
        ),
        # was no one's: a filing, named again, that a company's words were given in
        (
            "In a filing with the Securities and Exchange Commission, Dorrance Motors said it had cut "
            "output. The filing also showed that its chief executive received a 12% pay rise.",
            "The filing also showed",
            "Dorrance Motors",
        ),
        # a filing no one is said to have made speaks as written
        (
            "Output fell at two plants. The filing showed that the chief executive received a 12% pay rise.",
            "The filing showed",
            "the filing",
        ),
        # guard: a report no one is said to have written stays as written
        (
            "Arrears rose for a third quarter. The report warned that first-time buyers were most exposed.",
            "The report warned",
            "the report",
        ),
    ],
)
def test_document_said_again_is_its_writers(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "Officers": people opening the sentence before are no body a spokesperson speaks for
        (
            "Officers had worked for months to trace the can, she said. A police spokesperson said the "
            "investigation was closed.",
            "A police spokesperson",
            "a police spokesperson",
        ),
        # the force named before, past them
        (
            "Ruth Owen, of Northshire Police, said the sentence was fair. Officers had worked for months. "
            "A police spokesperson said the investigation was closed.",
            "A police spokesperson",
            "Northshire Police",
        ),
        # guard: "Police" opening the sentence before is the police
        (
            "Police arrested two men. A police spokesperson said the investigation was closed.",
            "A police spokesperson",
            "Police",
        ),
    ],
)
def test_spokesperson_of_a_body_not_of_people(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "staff": what a report said of people at a place, not who said it
        (
            "The commission's report, published on Wednesday, said staff at Fenwick General were "
            "under pressure.",
            "report",
            "the commission",
        ),
        # guard: people at a place after a quotation are its speakers
        ('"We are ready," said staff at Fenwick General on Monday.', "ready", "staff"),
        ('"We are ready," said police in Kent.', "ready", "police"),
    ],
)
def test_people_at_a_place_after_said_are_what_is_said(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # were no one's: people in the plural or the media, with a word before them and no article
        ("Five people died, according to local officials.", "Five people", "local officials"),
        ("Five people died, according to rescue workers.", "Five people", "rescue workers"),
        ("The shooting happened near Orvek, according to local media.", "shooting", "local media"),
        ("According to state media, the shooting happened near Orvek.", "shooting", "state media"),
        # guard: as before, with a noun before them or none
        ("Five people died, according to hospital officials in Orvek.", "Five people", "hospital officials"),
        ("Five people died, according to witnesses.", "Five people", "witnesses"),
    ],
)
def test_according_to_people_with_a_word_before_them(text, part, speaker):
    assert _speaker(text, part) == speaker
