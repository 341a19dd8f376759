"""Regression tests for who said a claim, ninth round: names with particles after the verb ("said
Juan Carlos de la Vega"), a role in brackets between a name and its verb ("Mr Hunt (the
Chancellor) said") and an organisation named after what it is and a clause ("The company that
owns the block, Clarion, said"). Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with, only_claim


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will rebuild," said Juan Carlos de la Vega, the mayor.', "Juan Carlos de la Vega"),
        ('"It will take years," said Pieter van der Berg.', "Pieter van der Berg"),
        ("The budget was cut by a third, said Maria da Silva.", "Maria da Silva"),
        ("Turnout fell to 41%, said Ana de los Santos, who ran the count.", "Ana de los Santos"),
    ],
)
def test_a_name_with_particles_after_the_verb_is_the_whole_name(text, speaker):
    # the phrase after "said" stopped at "de la", "van der": no one, or the given names alone
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            "Jeremy Hunt spoke first. Mr Hunt (the Chancellor) said growth would return next year.",
            "growth",
            "Jeremy Hunt",
        ),
        ("Ms Okoro (a nurse for 20 years) said 14 beds had closed.", "14 beds", "Ms Okoro"),
        (
            "The Office of Rail and Road (ORR) said fares would rise by 4.6%.",
            "fares",
            "Office of Rail and Road",
        ),
    ],
)
def test_a_role_in_brackets_before_the_verb_is_skipped(text, fragment, speaker):
    assert claim_with(extract_claims(text), fragment).speaker == speaker


def test_brackets_with_no_verb_after_them_name_no_one():
    assert only_claim("Sales (a key measure of demand) fell 4% in May.").speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The company that owns the block, Clarion, said it had replaced the cladding in 2021.", "Clarion"),
        ("The firm which runs the trains, Avanti, said 40% of services would resume.", "Avanti"),
    ],
)
def test_an_organisation_named_after_what_it_is_and_a_clause(text, speaker):
    # was "the company": the name between the commas was passed over for the noun before it
    assert only_claim(text).speaker == speaker
