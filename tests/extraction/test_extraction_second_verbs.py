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


# --- a parliament's record: a member's seat and party in brackets after the name --------------

_COMMONS = """Mr Speaker: Order. I call the Secretary of State.

The Secretary of State for Health and Social Care (Wes Streeting): Waiting lists have fallen by \
200,000 since July. That is the first sustained fall in a decade.

Edward Argar (Melton and Syston) (Con): Will the Secretary of State confirm that the fall is due to \
the data cleansing the previous Government began?

Wes Streeting: No. The figures from NHS England prove it."""


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        ("I call the Secretary", "Mr Speaker"),
        ("Waiting lists have fallen", "Wes Streeting"),
        ("That is the first sustained fall", "Wes Streeting"),
        ("Will the Secretary of State confirm", "Edward Argar"),
        ("The figures from NHS England", "Wes Streeting"),
    ],
)
def test_a_members_seat_and_party_in_brackets_are_part_of_the_label(fragment, speaker):
    claim = claim_with(extract_claims(_COMMONS), fragment)
    assert (claim.speaker, claim.attribution) == (speaker, "speaker label in a transcript")
    assert not claim.text.startswith(("The Secretary of State for", "Edward Argar"))


# --- an abbreviation of a place never a sentence of its own ----------------------------------


def test_a_place_abbreviation_opening_a_sentence_is_not_a_sentence_alone():
    body = "Brent fell 2% on Monday.\n\nU.S. West Texas Intermediate crude futures fell $1.62 to $75.37."
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "Brent fell 2% on Monday.",
        "U.S. West Texas Intermediate crude futures fell $1.62 to $75.37.",
    ]
    assert not ex.skipped


def test_a_place_abbreviation_ending_a_sentence_still_ends_it():
    texts = [c.text for c in extract_claims("Prices rose 3% in the U.S. The company said sales fell.").claims]
    assert texts == ["Prices rose 3% in the U.S.", "The company said sales fell."]


# --- a plural's possessive inside a name ----------------------------------------------------


def test_a_name_with_a_plurals_possessive_is_one_name_not_a_person():
    body = (
        "Margaret Hale, a heart surgeon, died on Sunday aged 91. She trained at St Thomas' Hospital "
        "in 1955. Her son, David, said she had died peacefully at home."
    )
    ex = extract_claims(body)
    assert claim_with(ex, "Her son").speaker == "Margaret Hale's son"
    assert "St Thomas' Hospital" in [s.text for s in claim_with(ex, "She trained").signals]


# --- a weather warning's colour -------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    ["Amber warning as Storm Darragh brings 90mph winds", "Yellow warning for snow as temperatures fall"],
)
def test_a_weather_warnings_colour_is_no_one_warning(headline):
    claim = claim_with(extract_claims(headline + "\n\nGusts of 90mph are possible on Saturday."), headline)
    assert (claim.speaker, claim.attribution) == (None, None)


def test_a_person_named_amber_still_warns():
    claim = only_claim("Amber Rudd warned that the deal would cost 40,000 jobs.")
    assert claim.speaker == "Amber Rudd"


# --- a letters page --------------------------------------------------------------------------

_LETTERS = """Letters: Four-day week is not the answer

Your report on the four-day week (2 June) ignores small firms. I have run a bakery for 20 years \
and my staff work five days a week.
Tom Baines
Leominster, Herefordshire

I was surprised to read that productivity rose 9% in the trial. Productivity in the UK has barely \
grown since 2008.
Dr Ann Hughes
Bath"""


def test_a_letters_first_person_sentences_are_its_writers():
    ex = extract_claims(_LETTERS)
    bakery = claim_with(ex, "I have run a bakery")
    assert (bakery.speaker, bakery.attribution) == ("Tom Baines", "the writer, in a letter")
    assert claim_with(ex, "I was surprised").speaker == "Ann Hughes"
    # a sentence not in the first person names no one, as in an opinion piece
    assert claim_with(ex, "Productivity in the UK").speaker is None


def test_a_letters_signature_and_town_are_no_claims():
    ex = extract_claims(_LETTERS)
    texts = [c.text for c in ex.claims]
    for line in ("Tom Baines", "Leominster, Herefordshire", "Dr Ann Hughes", "Bath"):
        assert line not in texts
    assert sorted(_LETTERS[s:e] for kind, s, e in ex.skipped if kind == "byline") == sorted(
        ["Tom Baines", "Leominster, Herefordshire", "Dr Ann Hughes", "Bath"]
    )


@pytest.mark.parametrize(
    "body, fragment",
    [
        # no letters page: the same letters without the kicker
        (_LETTERS.replace("Letters: ", ""), "I have run a bakery"),
        # the name goes on into the letter: no signature
        (
            "Letters: Bins\n\nThe council cut collections in May. I have complained twice.\nTom Baines\n"
            "wrote to the council in June and was told collections would resume.",
            "I have complained",
        ),
    ],
)
def test_a_name_on_its_own_line_is_no_letters_signature_unless_it_signs_one(body, fragment):
    assert claim_with(extract_claims(body), fragment).speaker is None


# --- names written with their first letters in lower case ------------------------------------


def test_a_brand_in_lower_case_speaks_and_is_the_company_named_again():
    body = (
        "eBay said on Tuesday it would cut about 1,000 jobs, or 9% of its workforce. "
        "The company said in a regulatory filing that it expected charges of $150m."
    )
    ex = extract_claims(body)
    assert claim_with(ex, "eBay said").speaker == "eBay"
    assert claim_with(ex, "regulatory filing").speaker == "eBay"


def test_a_brand_in_lower_case_opens_a_sentence():
    ex = extract_claims("The airline, easyJet, said 40 flights were cancelled. easyJet said fares rose 5%.")
    assert [(c.text, c.speaker) for c in ex.claims] == [
        ("The airline, easyJet, said 40 flights were cancelled.", "easyJet"),
        ("easyJet said fares rose 5%.", "easyJet"),
    ]


@pytest.mark.parametrize("brand", ["iPhone", "eBay", "easyJet"])
def test_a_brand_in_lower_case_is_one_name_among_the_signals(brand):
    claim = only_claim(f"Sales of {brand} products rose 10% in May.")
    assert brand in [s.text for s in claim.signals]
    assert brand[1:] not in [s.text for s in claim.signals]


def test_a_word_in_camel_case_is_no_brand():
    claim = only_claim("The variable camelCase rose 10% in May.")
    assert "Case" not in [s.text for s in claim.signals]


def test_a_lower_case_word_after_a_full_stop_still_goes_on_the_sentence():
    assert [c.text for c in extract_claims("Prices rose approx. three times in 2023.").claims] == [
        "Prices rose approx. three times in 2023."
    ]


@pytest.mark.parametrize(
    "body",
    [
        "eBay said it would cut 1,000 jobs. iPhone sales fell 10% at Apple, the company told analysts.",
        "OpenAI has raised $6.6bn from investors including Microsoft, the company said on Wednesday.",
    ],
)
def test_the_company_after_a_name_inside_the_sentence_is_not_guessed(body):
    # "at Apple, the company" is Apple, "including Microsoft, the company" is not Microsoft: a name
    # right before the comma does not say which
    claim = claim_with(extract_claims(body), ", the company")
    assert claim.speaker not in ("eBay", "Microsoft")


# --- builders, estates and the like are organisations ----------------------------------------


@pytest.mark.parametrize("name", ["Cala Homes", "Barratt Developments", "Grainger Properties"])
def test_a_bare_spokesman_after_a_builders_sentence_speaks_for_it(name):
    body = (
        f"The developer, {name}, said the scheme would include 40% affordable housing. "
        '"We have listened to the community," a spokesman said.'
    )
    assert claim_with(extract_claims(body), "listened").speaker == name


def test_a_live_blogs_show_key_events_button_is_no_claim():
    body = (
        "Budget live: tax rise of £40bn\n\nKey events\nShow key events only\n\nReeves raised taxes by £40bn."
    )
    ex = extract_claims(body)
    assert "Show key events only" not in [c.text for c in ex.claims]
    assert ("boilerplate", body.index("Show"), body.index("Show") + 20) in ex.skipped


# --- "…, adding £80 a year": a participle after a comma is no inverted speech ----------------


def test_a_participle_after_a_comma_with_an_object_is_no_speech():
    claim = only_claim(
        "Kent County Council has approved a 4.99% rise in council tax, adding £80 a year to a bill."
    )
    assert (claim.speaker, claim.attribution) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kent County Council approved the rise, adding that costs had risen 9%.",
        'Kent County Council approved the rise, adding: "Costs rose 9%."',
    ],
)
def test_a_participle_that_speaks_still_speaks(sentence):
    assert only_claim(sentence).speaker == "Kent County Council"


# --- a business round-up: the names heading its items are what they are about ----------------

_IN_BRIEF = """Business news in brief

Rolls-Royce: The engine maker raised its profit forecast to £2.5bn, sending shares up 7%.

Burberry: Sales fell 20% in the three months to June, the fashion house said, as demand slowed.

BP: The oil giant said it would cut 4,700 jobs by the end of next year."""


@pytest.mark.parametrize(
    "fragment, speaker",
    [("The engine maker raised", None), ("Sales fell 20%", "Burberry"), ("The oil giant said", "BP")],
)
def test_a_round_ups_item_names_what_it_is_about_not_who_speaks(fragment, speaker):
    claim = claim_with(extract_claims(_IN_BRIEF), fragment)
    assert claim.speaker == speaker
    assert claim.attribution != "speaker label in a transcript"


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a statement in the first person is its label's
        ("Unite: We will strike in June.\n\nRMT: Our members have voted to accept the offer.", "Unite"),
        # surnames in capitals are a transcript's speakers
        ("HOLLIS: Fares will be frozen.\n\nGRANT: They rose 5% last year.", "Hollis"),
    ],
)
def test_labels_that_speak_stay_a_transcripts(body, speaker):
    claim = extract_claims(body).claims[0]
    assert (claim.speaker, claim.attribution) == (speaker, "speaker label in a transcript")


# --- a fact check's section headings ------------------------------------------------------------


def test_a_fact_checks_section_headings_are_no_claims():
    body = (
        "Has crime fallen by 50%?\n\nThe claim\n\nThe home secretary said crime had fallen by 50%.\n\n"
        "Our verdict\n\nBroadly accurate, but missing context."
    )
    ex = extract_claims(body)
    texts = [c.text for c in ex.claims]
    assert "The claim" not in texts and "Our verdict" not in texts
    assert {body[s:e] for kind, s, e in ex.skipped if kind == "boilerplate"} == {"The claim", "Our verdict"}


# --- names after what they are ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('Consumer group Which? said the fall was "welcome but modest".', "Which?"),
        ("Headteachers' union NAHT said many schools would struggle.", "NAHT"),
        ("Teachers' union NASUWT said pay rose by 5% in May.", "NASUWT"),
    ],
)
def test_a_name_after_what_it_is_speaks_by_its_name(sentence, speaker):
    assert only_claim(sentence).speaker == speaker


def test_a_question_then_a_verb_is_no_name():
    ex = extract_claims("What next? said the minister, who cut taxes by 5%.")
    assert [c.speaker for c in ex.claims] != ["What next?"]


def test_the_firm_based_somewhere_is_the_firm_named_before():
    body = (
        "OpenAI said on Wednesday it had raised $6.6bn from investors. "
        "The San Francisco-based firm said it had 250 million weekly users."
    )
    assert claim_with(extract_claims(body), "San Francisco-based").speaker == "OpenAI"


def test_the_firm_based_somewhere_with_no_firm_named_before_stays_as_written():
    assert only_claim("The London-based firm said profits rose 5%.").speaker == "London-based firm"


# --- datelines: the agency alone, a city and a colon -------------------------------------------


@pytest.mark.parametrize(
    "body, first",
    [
        (
            "(Reuters) - The European Union agreed its 14th package of sanctions on Thursday.",
            "The European Union agreed its 14th package of sanctions on Thursday.",
        ),
        (
            "GUWAHATI: Floods have displaced more than 250,000 people in Assam, officials said on Sunday.",
            "Floods have displaced more than 250,000 people in Assam, officials said on Sunday.",
        ),
        (
            "NEW DELHI: The government raised fuel prices by 5% on Monday.",
            "The government raised fuel prices by 5% on Monday.",
        ),
    ],
)
def test_a_dateline_of_the_agency_or_a_city_and_a_colon_is_cut(body, first):
    assert extract_claims(body).claims[0].text == first


def test_a_transcripts_first_label_is_its_speaker_not_a_dateline():
    body = "COOPER: Welcome back to the debate tonight.\nKASICH: Thank you, it is good to be here."
    assert [(c.speaker, c.attribution) for c in extract_claims(body).claims] == [
        ("Cooper", "speaker label in a transcript"),
        ("Kasich", "speaker label in a transcript"),
    ]


def test_a_label_in_the_first_person_keeps_its_label_in_the_claim():
    claim = extract_claims("BASH: And we also want to thank our audience at the university tonight.").claims[
        0
    ]
    assert claim.text.startswith("BASH: ")


# --- an American legislator's party and state -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            'Sen. Jessica Ramos, D-Queens, who sponsored the bill, called it "a historic win for workers."',
            "Sen. Jessica Ramos",
        ),
        ("Sen. Bernie Sanders, I-Vt., who chairs the committee, said costs rose 5%.", "Sen. Bernie Sanders"),
        ("Rep. Jim Jordan, R-Ohio, said the bill would cost $40 billion.", "Rep. Jim Jordan"),
    ],
)
def test_a_party_and_state_after_a_name_is_not_the_speaker(sentence, speaker):
    assert only_claim(sentence).speaker == speaker


# --- forecasts in the plural ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Economists at the Commonwealth Bank expect the first cut in February.",
            "Economists at the Commonwealth Bank",
        ),
        ("Analysts expect profits to rise by 5% this year.", "Analysts"),
    ],
)
def test_expect_in_the_plural_is_a_forecast_someone_makes(sentence, speaker):
    claim = only_claim(sentence)
    assert (claim.speaker, claim.attribution) == (speaker, "expect")


@pytest.mark.parametrize(
    "sentence", ["I expect rates to fall by 2% next year.", "You can't expect miracles in 2025."]
)
def test_expect_in_the_first_or_second_person_names_no_one(sentence):
    assert only_claim(sentence).speaker is None


def test_a_letters_page_is_known_by_its_title_as_submitted():
    body = _LETTERS.split("\n\n", 1)[1]  # the body without its headline, the title given apart
    ex = extract_claims(body, title="Letters: Four-day week is not the answer")
    assert claim_with(ex, "I have run a bakery").speaker == "Tom Baines"
    ex = extract_claims(body, title="Four-day week is not the answer")
    assert claim_with(ex, "I have run a bakery").speaker is None
