"""Regression tests for who said a claim, seventh round: documents that prose names without an
article or an owner ("Latest figures show …", "Exit polls suggest …"), and newspapers whose one
word reads as something else without "The" ("The Times", "The Sun"). Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with, only_claim


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("Latest figures show unemployment rose to 5% in the north.", "latest figures", "show"),
        ("Exit polls suggest the Conservatives will lose 200 seats.", "exit polls", "suggest"),
        ("Opinion polls suggest a close race in Wales.", "opinion polls", "suggest"),
        ("Polls show Labour ahead by 20 points.", "polls", "show"),
        ("Recent polling suggests support for the plan has fallen.", "recent polling", "suggests"),
        ("Surveys show most voters back the new bypass.", "surveys", "show"),
        ("Studies have shown that the drug halves the risk of stroke.", "studies", "have shown"),
        ("Research suggests that sugar taxes cut obesity by a tenth.", "research", "suggests"),
        ("Data shows prices rose 3% in March.", "data", "shows"),
        ("Some studies suggest the effect is smaller.", "some studies", "suggest"),
        ("Official figures published on Tuesday show inflation fell to 2.1%.", "official figures", "show"),
        ("Figures, published on Monday, show a fall of 4% in burglaries.", "figures", "show"),
        ("Crime fell 5% last year, official figures show.", "official figures", "show"),
    ],
)
def test_a_document_prose_names_without_an_article_is_the_source(text, speaker, how):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Home Office figures show knife crime fell by 8%.", "Home Office"),  # whose figures they are
        ("Figures published by the ONS on Tuesday show inflation fell.", "ONS"),
        ("Research by the Resolution Foundation found that wages fell.", "Resolution Foundation"),
    ],
)
def test_a_document_with_its_owner_is_the_owner_s(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Figures are expected to show a rise.",  # no document speaks yet
        "Polls opened at 7am across the country.",
        "Results of the vote will be known on Friday.",
        "Data found on the laptop showed he had planned the attack.",  # a participle, not the verb
    ],
)
def test_a_document_that_does_not_speak_is_no_source(text):
    assert only_claim(text).speaker is None


def test_a_speaker_label_still_speaks_for_the_documents_it_cites():
    ex = extract_claims("BASH: Welcome back.\n\nKASICH: Studies show that taxes are too high in Ohio.")
    assert claim_with(ex, "Studies show").speaker == "Kasich"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Times reported, citing unnamed officials, that the deal would be signed next week.",
            "The Times",
        ),
        ("The Sun claimed the singer had quit the band.", "The Sun"),
        ("According to the Times, the plan costs £2bn.", "The Times"),
        ("The plan costs £2bn, according to the Sun.", "The Sun"),
        ("The Guardian has learned that the plan was dropped.", "The Guardian"),
        ("The Hague said no to the request.", "The Hague"),
    ],
)
def test_a_one_word_title_keeps_its_article(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_pronoun_for_a_one_word_title_shows_it_with_its_article():
    ex = extract_claims(
        "The Guardian has learned that the plan was dropped. It said the talks failed in May."
    )
    assert claim_with(ex, "It said").speaker == "The Guardian"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Sunday Times reported the leak on its front page.", "Sunday Times"),  # not "The Sun"
        ("Mr Sun said the plan would fail within a year.", "Mr Sun"),  # a person's name
        ("Mr Hill said the plan would fail within a year.", "Mr Hill"),
    ],
)
def test_a_longer_title_or_a_person_keeps_its_name(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        (
            "House Speaker Mike Johnson, R-La., signaled he would not bring the bill to a vote quickly.",
            "House Speaker Mike Johnson",
            "signaled",
        ),
        ("The Bank of England has signalled that rates will fall this year.", "Bank of England", "signalled"),
        ("The chancellor hinted at tax cuts in the autumn.", "the chancellor", "hinted"),
    ],
)
def test_signalling_and_hinting_are_speech(text, speaker, how):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text",
    [
        "The driver signalled left and turned into the car park.",
        "The move signalled a change of policy at the bank.",
    ],
)
def test_a_signal_that_is_no_statement_names_no_one(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Dr Dylan Thompson, a professor at the University of Bath, who was not involved, said the "
            "study was flawed.",
            "Dr Dylan Thompson",
        ),
        (
            "Dr Ann Reed, a professor at Bath University, who was not involved, said the study was flawed.",
            "Dr Ann Reed",
        ),
        ("Tom Reed, chief executive of Acme, who founded the firm in 1990, said sales fell.", "Tom Reed"),
        # already right, and kept: one inserted phrase, a name in the first, a party and state
        (
            "Prof Jane Smith, from the University of Leeds, who led the study, said the drug worked.",
            "Prof Jane Smith",
        ),
        ("Sen. Jessica Ramos, D-Queens, who sponsored the bill, called it a win.", "Sen. Jessica Ramos"),
        ("Trump, who spoke in Ohio, said the economy was strong.", "Trump"),
        ("On Tuesday, the company, which owns 40 stores, said sales fell.", "the company"),
        (
            "Yesterday, a professor at Bath, who was not involved, said the study was flawed.",
            "a professor at Bath",
        ),
    ],
)
def test_a_name_before_two_inserted_phrases_speaks(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_speaker_label_s_colon_ends_the_phrase_before_a_name():
    # "SANDERS, I-VT: Senator Cruz, like most Republicans, has said": the label is no inserted phrase
    ex = extract_claims(
        "SEN. BERNIE SANDERS, I-VT: Senator Cruz, like most Republicans, has said that he wants to repeal "
        "the Affordable Care Act.\n\nSEN. TED CRUZ, R-TX: Thank you."
    )
    assert [c.speaker for c in ex.claims] == ["Sen. Bernie Sanders", "Sen. Ted Cruz"]


@pytest.mark.parametrize("noun", ["militants", "rebels", "fighters", "troops", "demonstrators"])
def test_they_in_a_sentence_about_people_in_the_plural_are_those_people(noun):
    ex = extract_claims(
        'A spokesman for the State Department called the seizure "unlawful". '
        f"Houthi {noun} in Yemen have attacked ships in the Red Sea, which they say is a response to the war."
    )
    assert claim_with(ex, "which they say").speaker == f"Houthi {noun}"


def test_a_headline_s_trial_finds():
    ex = extract_claims(
        "Weight-loss jab cuts heart attack risk by a fifth, trial finds\n\n"
        "The drug was tested on 17,000 adults."
    )
    claim = claim_with(ex, "trial finds")
    assert (claim.speaker, claim.attribution) == ("trial", "finds")


def test_another_after_one_of_a_kind_is_another_of_that_kind():
    ex = extract_claims(
        'One Labour MP, who asked not to be named, said: "Morale is the lowest I have seen it." '
        'Another described the whips\' approach as "heavy-handed".'
    )
    assert claim_with(ex, "Another described").speaker == "another Labour MP"


def test_another_after_people_in_the_plural_is_another_of_them():
    ex = extract_claims(
        "Witnesses described a loud bang. One told the Bristol Post the fire spread fast. "
        "Another said she saw smoke at 3am."
    )
    assert [c.speaker for c in ex.claims] == [None, "one of the witnesses", "another of the witnesses"]


@pytest.mark.parametrize(
    "text",
    [
        "Another said she saw smoke at 3am.",  # no one before it
        "Another day passed without news from the ship.",  # no speech
        # three sentences away: too far to be sure
        "One Labour MP said morale was low. Rents rose. Fares rose. Another said the whips were wrong.",
    ],
)
def test_another_without_one_near_names_no_one(text):
    assert extract_claims(text).claims[-1].speaker is None


def test_a_citation_s_year_after_et_al_is_no_sentence_boundary():
    ex = extract_claims(
        "Smith et al. (2023) reported a 40% fall in deaths. It was shown by Jones et al. "
        "The results were clear."
    )
    assert [c.text for c in ex.claims] == [
        "Smith et al. (2023) reported a 40% fall in deaths.",
        "It was shown by Jones et al.",
        "The results were clear.",
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Raes et al. found that the drug halves the risk of stroke.", "Raes et al."),
        ("Smith et al. (2023) reported a 40% fall in deaths.", "Smith et al."),
        ("A 2019 study by Raes et al. found that the drug halves the risk.", "Raes et al."),
        ("Van Dijk et al. have shown that sleep halves the risk.", "Van Dijk et al."),
    ],
)
def test_a_study_s_authors_as_a_citation_names_them(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A spokesperson for NHS England said supplies remained limited.", "NHS England"),
        ("A spokesman for Tesco said supplies remained limited.", "Tesco"),
        # as before: a body named with its article, a family
        (
            "A spokesperson for the Department of Health said supplies remained limited.",
            "Department of Health",
        ),
        ("A spokesman for the family said they were devastated.", "a spokesman for the family"),
    ],
)
def test_a_spokesperson_for_a_named_organisation_speaks_for_it(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_number_with_a_comma_inside_the_phrase_between_a_document_and_its_verb():
    claim = only_claim(
        "The survey, which asks 35,000 households about their experiences, estimated 9.4 million incidents."
    )
    assert (claim.speaker, claim.attribution) == ("the survey", "estimated")
