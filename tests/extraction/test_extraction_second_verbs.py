"""Regression tests for who said a claim, sixth round: a one-word name that speaks by a second
verb, a name with what it is between commas, and how a claim was said when a nationality stands
after "to" or "on". Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with, only_claim

_SHARES = "Shares in Tesco rose 3% on Tuesday. "


@pytest.mark.parametrize(
    "sentence, how",
    [
        ("Tesco cut prices on 500 products, adding that inflation had eased.", "adding"),
        ("Tesco welcomed the plan but said it would cost jobs.", "said"),
        ("Tesco raised its forecast and said sales had risen 4%.", "said"),
    ],
)
def test_a_one_word_name_the_article_writes_as_a_name_speaks_by_its_second_verb(sentence, how):
    claim = claim_with(extract_claims(_SHARES + sentence), sentence[:20])
    assert (claim.speaker, claim.attribution) == ("Tesco", how)


@pytest.mark.parametrize(
    "before",
    ["Tesco's shares rose 3% on Tuesday. ", "Analysts at Barclays rated Asda, Tesco and Aldi. "],
)
def test_a_possessive_or_a_list_shows_the_word_is_a_name(before):
    sentence = "Tesco cut prices on 500 products, adding that inflation had eased."
    claim = claim_with(extract_claims(before + sentence), "Tesco cut")
    assert claim.speaker == "Tesco"


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a one-word name the article never writes as one: a plural, a common word
        ("Fares rose sharply and said nothing about 2025.", "Fares rose"),
        ("Others disagree, saying wage growth of around 4.5% remains too high.", "Others"),
        ('Actually going to them and saying, "We will cut the rates by 5%."', "Actually"),
        # the word is a name elsewhere, but far away (more than 3,000 characters)
        (
            "Shares in Tesco rose 3% on Tuesday.\n\n"
            + "Retail sales rose 2% in May. " * 120
            + "\n\nTesco cut prices on 500 products, adding that inflation had eased.",
            "Tesco cut",
        ),
    ],
)
def test_a_one_word_subject_not_shown_as_a_name_names_no_one(text, fragment):
    assert claim_with(extract_claims(text), fragment).speaker is None


def test_a_one_word_subject_without_another_mention_names_no_one():
    # nothing in the text says "Tesco" is a name rather than a word opening a sentence
    assert only_claim("Tesco cut prices on 500 products, adding that inflation had eased.").speaker is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Mr Smith, the chairman, resigned, saying the board had lost confidence.", "Mr Smith"),
        ("Tesco, the UK's biggest grocer, cut prices, saying inflation had eased.", "Tesco"),
        ("Jane Smith, 45, wept in court, insisting she had been at home.", "Jane Smith"),
    ],
)
def test_a_name_with_what_it_is_between_commas_speaks_by_a_participle(sentence, speaker):
    claim = only_claim(sentence)
    assert claim.speaker == speaker
    assert claim.attribution in ("saying", "insisting")


@pytest.mark.parametrize(
    "sentence",
    [
        # two clauses, not a name and what it is
        "In Paris, the capital, police arrived, saying it was calm.",
        "However, the company, the bank and the union disagreed, saying the deal was unfair.",
        # not a name before the commas
        "The plan, the first in a decade, failed, saying little about costs.",
    ],
)
def test_commas_that_are_not_a_name_and_what_it_is_name_no_one_by_them(sentence):
    claim = only_claim(sentence)
    assert claim.speaker not in ("In Paris", "However", "The plan", "the plan")


@pytest.mark.parametrize(
    "sentence, how",
    [
        ("The president says to American workers that jobs are coming back.", "says"),
        ("The minister said to British farmers that subsidies would stay.", "said"),
        ("Putin said on Russian television that the war was going well.", "said on Russian television"),
        ("Putin said on Russian state television that it was over.", "said on Russian state television"),
        ("The mayor said in Milan that fares would fall by 5%.", "said in Milan"),
        ("The mayor said in Italian that fares would fall by 5%.", "said in Italian"),
        ("The mayor said on Twitter that fares would fall by 5%.", "said on Twitter"),
    ],
)
def test_a_nationality_before_a_noun_is_not_where_something_was_said(sentence, how):
    assert only_claim(sentence).attribution == how
