"""Regression tests for who said a claim, fifteenth round: documents said again ("The memo said",
"It read:"), groups of people and bodies said again ("the researchers", "the board"), a trial's
defendant; faults found by writing news of many kinds and reading every claim. Every sentence is
our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with


def _speaker(text: str, part: str) -> str | None:
    return claim_with(extract_claims(text), part).speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "researchers": the people of a study and where they work, after "by"
        (
            "A study by researchers at Brackley University found that bees avoid the pesticide.",
            "bees avoid",
            "researchers at Brackley University",
        ),
        # was "the researchers": the same people said again
        (
            "A study by researchers at Brackley University found that bees avoid the pesticide. "
            "The researchers said the effect lasted weeks.",
            "The researchers said",
            "researchers at Brackley University",
        ),
        # was "the scientists": people named by their trade and institute as a subject before
        (
            "Scientists from the Marlow Institute found that the ice was thinning. The scientists "
            "said the loss was faster than expected.",
            "The scientists said",
            "Scientists from the Marlow Institute",
        ),
        # guard: other people of the same trade are no antecedent ("the researchers" after "the
        # doctors at …")
        (
            "Doctors at Kelso General said the ward was full. The researchers said the effect lasted weeks.",
            "The researchers said",
            "the researchers",
        ),
        # was "the board": the board of a trust named before
        (
            "The board of Harrow Vale Trust met on Monday. Its chair, Maria Olsen, said the vote was "
            "close. The board said the library would stay open until March.",
            "The board said",
            "Harrow Vale Trust",
        ),
        # was "the board": a body's board by its "'s"
        (
            "Ardmore Mining's board met on Monday to discuss the bid. The board said the offer "
            "undervalued the company.",
            "The board said",
            "Ardmore Mining",
        ),
        # was "the memo": a memo from a department, said again
        (
            "A leaked memo from the finance department warned of cuts. The memo said 40 posts could go.",
            "The memo said",
            "the finance department",
        ),
        # was nobody: "It read:" right after a statement was issued
        (
            'The family of Dan Rees issued a statement on Tuesday. It read: "We are heartbroken."',
            "It read",
            "family of Dan Rees",
        ),
        # guard: "It said" far from any statement stays the organisation named before it
        (
            "Calder Rail cut services on Monday. It said the trains were unsafe.",
            "It said",
            "Calder Rail",
        ),
        # was "Tomasz and Elin Varga": "It" after a document that opened the sentence before
        (
            "Tomasz and Elin Varga run the bakery. A leaked summary of the review was seen by "
            "reporters. It estimates that 300 jobs will go.",
            "It estimates",
            "a leaked summary of the review",
        ),
        # guard: "It" after a document whose source is named stays that source's
        (
            "Calder Rail published its annual report on Monday. It estimates that 300 jobs will go.",
            "It estimates",
            "Calder Rail",
        ),
        # was "the defendant": the person accused of the crime named before
        (
            "Tom Keller, 34, is accused of fraud. The jury was sworn in on Monday. The defendant "
            "claimed he had been set up.",
            "The defendant claimed",
            "Tom Keller",
        ),
        # was "the defendant": one who denies the charge
        (
            "Ruth Alder denies causing death by careless driving. The defendant told the court she "
            "had been dazzled by the sun.",
            "The defendant told",
            "Ruth Alder",
        ),
        # was "court": an email read out in court is the email's, not the court's
        (
            'An internal email read out in court described the scheme as "foolproof".',
            "An internal email",
            "an internal email",
        ),
        # was "parents": a letter sent to them is no words of theirs
        (
            "A letter sent to parents on Monday said the school would close.",
            "A letter sent",
            "a letter",
        ),
    ],
)
def test_documents_groups_and_roles(text: str, part: str, speaker: str | None) -> None:
    assert _speaker(text, part) == speaker
