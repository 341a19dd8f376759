"""Regression tests for the mistakes a desk saw on the claim pages (issue #11) and their siblings.

Every text here was written for these tests, in the shape of the sentence that went wrong.
"""

import re

import pytest

from claims.extraction import extract_claims
from claims.extraction.scoring import get_scorer
from tests.extraction.claim_helpers import claim_with, only_claim

# --- possessive organisations and places as speakers ------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "According to the council's own review, library visits fell 18% between 2020 and 2024.",
            "the council's own review",
        ),
        (
            "According to the ministry's latest figures, exports rose 6% last year.",
            "the ministry's latest figures",
        ),
        ("According to Acme's annual report, sales fell 3% in 2023.", "Acme's annual report"),
        ("The agency's spokeswoman said 4,000 claims were still open.", "the agency's spokeswoman"),
    ],
)
def test_a_possessive_source_keeps_what_it_owns(text, speaker):
    c = only_claim(text)
    assert c.speaker == speaker
    assert not c.speaker.endswith("'s")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "According to the county's Office of Roads and Bridges, 14 bridges need repairs.",
            "the county's Office of Roads and Bridges",
        ),
        (
            "According to the state's Department of the Treasury, revenue fell 4% in 2024.",
            "the state's Department of the Treasury",
        ),
    ],
)
def test_a_possessive_owner_keeps_the_whole_name_it_owns(text, speaker):
    # The name once stopped at its first "of": "the county's Office".
    assert only_claim(text).speaker == speaker


# --- common-noun sources: "the mayor said", "a spokeswoman for the operator said" -------------


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("The mayor said bus fares would rise by 5% in March.", "the mayor", "said"),
        ("The island ferry operator said fares would rise by 12%.", "the island ferry operator", "said"),
        (
            "A spokeswoman for the operator said 40 sailings were cut.",
            "a spokeswoman for the operator",
            "said",
        ),
        ("The head of the agency said 12 inspectors had left since 2022.", "the head of the agency", "said"),
        (
            "Fares rose 12% in 2025, a senior spokeswoman for the operator told reporters.",
            "a senior spokeswoman for the operator",
            "told reporters",  # (whom, since session 23)
        ),
        ("Fares will rise by 12% next year, the regulator said.", "the regulator", "said"),
        ("The new rules, the watchdog said, cover 3,000 firms.", "the watchdog", "said"),
        (
            "According to the port authority, passenger numbers fell 8% in 2025.",
            "the port authority",
            "according to",
        ),
        ("The Russian defence ministry said 40 drones were shot down.", "Russian defence ministry", "said"),
    ],
)
def test_a_common_noun_source_is_the_speaker(text, speaker, how):
    # These once had no speaker at all: only capitalised names and a few nouns were taken. A
    # common-noun source keeps its article, as a reviewer says it ("the mayor"); a named one
    # does not ("Russian defence ministry").
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        (
            "Data from the Bureau of Road Statistics showed that 2,400 bridges were in poor repair.",
            "Bureau of Road Statistics",
            "showed",
        ),
        (
            "The figures, published by the Office for National Records on Tuesday, show rents rose 7%.",
            "Office for National Records",
            "show",
        ),
        ("A report by Harbour Watch found that 40 jetties were unsafe in 2025.", "Harbour Watch", "found"),
        ("Figures released by the ministry on Monday showed exports fell 3%.", "the ministry", "showed"),
        (
            "Sources familiar with the matter told the Courier the deal was worth $2 billion.",
            "sources familiar with the matter",
            "told the Courier",  # whom, with the verb (was "told")
        ),
        ("Experts warn that sea levels could rise by 1 metre by 2100.", "Experts", "warn"),
        ("Prosecutors allege that the firm hid $40 million in losses.", "Prosecutors", "allege"),
        (
            "The 44-year-old mayor told reporters that 300 homes were flooded.",
            "the 44-year-old mayor",
            "told reporters",
        ),
        (
            "Researchers at the Coastal Institute found that 30% of beaches were polluted.",
            "Researchers at the Coastal Institute",
            "found",
        ),
        ("Both companies deny that prices rose 20% after the merger.", "Both companies", "deny"),
        (
            "“It's a disaster, 40 homes are gone,” said one resident, who asked not to be named.",
            "one resident",
            "said",
        ),
        # whoever it is, after an inverted verb, even with a noun no list holds
        (
            "“Rents doubled, 60% of us have one flat,” said one landlord, who asked not to be named.",
            "one landlord",
            "said",
        ),
        ("“Waiting lists doubled in 2024,” said a nurse in Leeds.", "a nurse", "said"),
        (
            "Okafor wrote on Harbour Social that tolls would raise $600 million.",
            "Okafor",
            "wrote on Harbour Social",
        ),
        ("Okafor said on Facebook Tuesday that tolls would rise 5%.", "Okafor", "said on Facebook"),
    ],
)
def test_data_reports_unnamed_sources_and_plural_subjects_are_sources(text, speaker, how):
    # Each of these once had no speaker (or "mayor" without its phrase): data and reports that
    # "show" or "find", agency-style unnamed sources, and verbs in the present plural.
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Data from the ministry are incomplete for 2024, with 12 regions missing.", None),  # no verb
        ("And I said that taxes rose 4% in 2019.", None),
        ("As I said, we cut taxes by 4% in 2019.", None),
        ("I've never heard Senator Okafor say that taxes rose 4% in 2019.", "Senator Okafor"),
        # whom a participle addresses ("Polls suggest …" names its documents as written: see
        # test_extraction_unowned_sources.py)
        ("He showed the council 3 photos of the flooded road.", None),
        ("We must act now, telling the oil companies that 68 million acres sit idle.", None),
        # what is said, not who says this sentence
        ("The union cut 300 jobs last year, which is not what they said.", None),
    ],
)
def test_the_texts_own_i_and_other_non_sources_are_never_a_source(text, speaker):
    # "And I", "as I" were once shown as speakers; a source named after "I" is still found.
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("According to the latest figures, 12 schools closed in 2023.", None),  # no source noun
        ("Prices that the very big new firm said were fair rose 9% in 2024.", "the very big new firm"),
    ],
)
def test_a_common_noun_source_takes_no_more_than_its_own_phrase(text, speaker):
    assert only_claim(text).speaker == speaker


# --- a verb group: "has said", "also said", "later told" ---------------------------------------


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("The ferry will stop in May, the harbour board has said.", "the harbour board", "said"),
        ("The harbour board has said the ferry will stop in May.", "the harbour board", "said"),
        ("Officials have said 40 sailings will be cut.", "Officials", "said"),
        ("The ferry will stop in May, Downing Street has confirmed.", "Downing Street", "confirmed"),
        ("Ms. Okafor later told reporters the ferry would stop.", "Ms. Okafor", "told reporters"),
        ("The board also said 12 crew would lose their jobs.", "The board", "said"),
        (
            "Councillor Reyes, who chairs the committee, has also said the cost is $4 million.",
            "Councillor Reyes",
            "said",
        ),
    ],
)
def test_a_verb_group_keeps_its_subject(text, speaker, how):
    c = only_claim(text)
    assert c.speaker.lower() == speaker.lower()
    assert c.attribution == how


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("Two ferries were seized, according to police.", "police", "according to"),
        (
            "The ferry will cost $2 billion, according to a statement from the harbour board.",
            "the harbour board",
            "according to a statement",
        ),
        (
            "According to the latest figures from the Maritime Office, sailings fell 9%.",
            "Maritime Office",
            "according to the latest figures",
        ),
        ("According to data from the ministry, fares rose 6%.", "the ministry", "according to data"),
        (
            "Sailings fell to 1,200 in May, according to figures published on Friday by the Maritime Office.",
            "Maritime Office",
            "according to figures",
        ),
        (
            "According to a survey released last week by the ferry union, 3 in 4 crews are short-staffed.",
            "the ferry union",
            "according to a survey",
        ),
        (
            "The operator, which employs 4,000 people, said it would cut 500 jobs.",
            "the operator",
            "said",
        ),
        (
            "The review, published on Monday by the Coastal Institute, found that 12 piers were unsafe.",
            "Coastal Institute",
            "found",
        ),
        # characterisations and unnamed sources
        ('Opposition leader Ana Ruiz called the ferry plan "a disaster".', "Ana Ruiz", "called"),
        ('The union described the cuts as "cruel" on Monday.', "the union", "described"),
        (
            "The region's forest fire agency, FFA, reported 152 active fires.",
            "the region's forest fire agency",
            "reported",
        ),
        (
            'The harbour master, Ana Ruiz, accused the operator of "cutting corners" on safety.',
            "Ana Ruiz",
            "accused",
        ),
        ("The union accuses the board of hiding a $4 million loss.", "the union", "accuses"),
        ("Harbour TV projects that the mayor will win 54% of the vote.", "Harbour TV", "projects"),
        (
            "The employers' association, EAH, disputed the union's figure of 3.1%.",
            "EAH",  # named after what it is (as "The regulator, Ofwat, said")
            "disputed",
        ),
        (
            "Senator Okafor's own campaign said last week that turnout fell 8%.",
            "Senator Okafor's own campaign",
            "said",
        ),
        (
            "A source close to the minister told the Courier she would resign.",
            "a source close to the minister",
            "told the Courier",  # whom, with the verb (was "told")
        ),
        (
            "Two senior officials briefed on the talks said a deal was near.",
            "two senior officials briefed on the talks",
            "said",
        ),
    ],
)
def test_sources_behind_a_document_a_number_a_date_or_a_characterisation(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz called for an inquiry into the $3 million contract.",
        'A man described as "dangerous" was arrested in 2023.',
        "The mayor called the council on Tuesday.",
    ],
)
def test_called_and_described_without_a_quotation_name_no_speaker(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The operator was accused of hiding a $4 million loss in 2023.", None),
        ("Ruiz, accused of taking $40,000 in bribes, said the charges were false.", "Ruiz"),
        ("The accused, 45, told the court he earned $900 a week.", "the accused"),  # a noun here
        ("The projected deficit of $1.9 billion worries the mayor.", None),
        ("The deficit, projected at $2 billion, will grow by 2027.", None),
        ("Troops entered the disputed territory in 2014.", None),
        ("Pay disputes with the union cost $4 million in 2023.", None),
    ],
)
def test_accused_projected_and_disputed_speak_only_as_verbs_of_a_source(text, speaker):
    c = only_claim(text)
    assert c.attribution not in ("accused", "projected", "disputed", "disputes") and c.speaker == speaker


def test_whom_someone_told_is_never_the_speaker():
    # "told" is never an inversion: the comma after "45" made "the court" the speaker
    c = only_claim("The defendant, 45, told the court he earned $900 a week.")
    assert (c.speaker, c.attribution) == ("the defendant", "told the court")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Maritime Safety Agency (MSA) said 12 ferries failed inspection.", "Maritime Safety Agency"),
        ("Twelve ferries failed, the Maritime Safety Agency (MSA) has said.", "Maritime Safety Agency"),
        ('"Twelve ferries failed," said MSA chief inspector Ola Berg.', "Ola Berg"),
        ('"Twelve ferries failed," said the agency\'s chief inspector, Ola Berg.', "Ola Berg"),
    ],
)
def test_short_forms_in_brackets_and_roles_before_a_name(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_quotation_right_after_an_attributed_one_is_the_same_speakers():
    ex = extract_claims(
        '"Twelve ferries failed," said MSA chief inspector Ola Berg. "That is 40% of the fleet."\n\n'
        '"We will appeal," the operator said. "The tests were flawed."\n\n'
        '"Nobody was hurt."'
    )
    assert claim_with(ex, "40% of the fleet").speaker == "Ola Berg"
    assert claim_with(ex, "tests were flawed").speaker == "the operator"
    # a new paragraph of quotation, no new speaker named: the same (session 23; was no one)
    assert claim_with(ex, "Nobody was hurt").speaker == "the operator"


def test_they_after_people_in_the_plural_is_those_people_not_an_earlier_organisation():
    ex = extract_claims(
        "The operator said fares would rise. Passenger groups criticised the rise. "
        "They said 3,000 commuters would pay more."
    )
    assert claim_with(ex, "3,000 commuters").speaker == "Passenger groups"
    ex = extract_claims(
        "The operator said fares would rise. Passenger groups criticised the rise. "
        "It said 3,000 commuters would pay more."
    )
    assert claim_with(ex, "3,000 commuters").speaker == "the operator"  # "it": never a group of people


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "In a statement, the operator blamed a shortage of crew and said it had hired 120 sailors.",
            "the operator",
        ),
        (
            "Harbour Minister Ruth Kane visited the port and said 400 jobs were safe.",
            "Harbour Minister Ruth Kane",
        ),
        ("Ms. Kane spoke first. She visited the port and said 400 jobs were safe.", "Ms. Kane"),
        ("Fares rose sharply and said nothing about 2025.", None),
        ("The operator cut the routes, the crews and said 40 sailings would stop.", None),
        ("She was at the port, and I went to see her and told her 40 sailings would stop.", None),
        ("Did the minister visit the port and say 400 jobs were safe?", None),
    ],
)
def test_a_second_verb_after_and_has_the_clauses_subject(text, speaker):
    assert extract_claims(text).claims[-1].speaker == speaker


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("General Okafor, in January, 2019, said the port was secure.", ("in January", "January")),
        (
            "And right now, the commanders in Brackton, as well as Admiral Hale, have acknowledged "
            "that 40 ships are ready.",
            ("Brackton",),
        ),
        ('I remember a lady in Dunmore, Kent, told me, "Fares doubled in 2023."', ("Dunmore",)),
    ],
)
def test_a_time_or_a_place_is_never_the_speaker(text, wrong):
    assert only_claim(text).speaker not in wrong


@pytest.mark.parametrize(
    "text",
    [
        "Critics would say the ferry costs $4 million too much.",  # hypothetical speech
        "The council has added 200 jobs since 2020.",
        "The port continued to lose money in 2023.",
        "The board has asked for $3 million more.",
        "The governor declared a state of emergency on Tuesday.",
    ],
)
def test_verbs_used_of_something_else_name_no_speaker(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will reopen in June," added Tomas Berg, the harbour master.', "Tomas Berg"),
        ("The fares will rise, she added rather quietly, by 6% in March. Ms. Okafor chairs the board.", None),
        ("Ms. Okafor said fares will rise. She added that 3,000 passengers would pay more.", "Ms. Okafor"),
    ],
)
def test_speech_uses_of_those_verbs_still_name_the_speaker(text, speaker):
    ex = extract_claims(text)
    if speaker is None:
        assert ex.claims[0].attribution == "added"
    else:
        assert ex.claims[-1].speaker == speaker


def test_the_speakers_own_i_is_no_part_of_a_name():
    ex = extract_claims(
        "Senator Okafor and I agree on the budget. That is the kind of Mayor I want. "
        "World War I ended in 1918."
    )
    entities = {s.text for c in ex.claims for s in c.signals if s.kind in ("person", "entity", "org")}
    assert "Senator Okafor" in entities and "Mayor" in entities and "World War I" in entities
    assert not [e for e in entities - {"World War I"} if e.endswith((" I", " and"))]
    assert only_claim("Ms. Okafor said, two or three times, said I was wrong.").speaker != "I"


# --- headlines and datelines --------------------------------------------------------------------


def test_the_headline_repeated_as_the_first_line_is_not_a_claim():
    title = "Rail fares to rise by 6% in March"
    body = f"{title}\n\nThe operator said fares will rise by 6% on March 1. Season tickets go up too."
    ex = extract_claims(body, title=title)
    assert not [c for c in ex.claims if c.text == title]
    assert ("title", 0, len(title)) in ex.skipped
    assert len(ex.claims) == 2


def test_a_line_repeated_in_the_body_is_one_claim():
    body = (
        "Ferry crossings cut to two a day\n\n"
        "Ferry crossings cut to two a day\n\n"
        "The ferry company said crossings would fall to two a day from June."
    )
    ex = extract_claims(body)
    assert [c.text for c in ex.claims].count("Ferry crossings cut to two a day") == 1
    assert any(kind == "repeat" for kind, _, _ in ex.skipped)


@pytest.mark.parametrize(
    "prefix",
    ["LISBON, June 2 (Agência) - ", "OSLO (NTB) — ", "NAIROBI, Kenya - ", "CAIRO, May 14 (Staff) -- "],
)
def test_a_dateline_opening_the_first_sentence_is_not_part_of_the_claim(prefix):
    body = prefix + "The port authority said 1,200 containers were stranded."
    c = only_claim(body)
    assert c.text == "The port authority said 1,200 containers were stranded."
    assert body[c.start : c.end] == c.text


def test_an_interviews_q_and_a_labels_are_not_part_of_the_claim():
    body = "Q: Will fares keep rising?\nA: The operator expects fares to rise 6% in 2025."
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "Will fares keep rising?",
        "The operator expects fares to rise 6% in 2025.",
    ]
    assert all(body[c.start : c.end] == c.text for c in ex.claims)


def test_a_sentence_opening_with_capitals_is_not_cut_as_a_dateline():
    body = "NATO allies met in Brussels. The EU - and its members - agreed on 12 measures."
    ex = extract_claims(body)
    assert ex.claims[0].text == "NATO allies met in Brussels."


# --- colon introductions ------------------------------------------------------------------------


def test_a_colon_introduction_is_dropped_and_lends_its_source_to_what_follows():
    body = (
        "Fitch Ratings confirmed the following on Wednesday:\n\n"
        "The city's debt rose to $2.1 billion in 2024.\n\n"
        "Critics say the council ignored the warnings. Its leader has blamed the unions:\n\n"
        "“They walked out three times this year,” she said."
    )
    ex = extract_claims(body)
    assert not [c for c in ex.claims if c.text.rstrip().endswith(":")]
    intros = [body[s:e] for kind, s, e in ex.skipped if kind == "intro"]
    assert intros == [
        "Fitch Ratings confirmed the following on Wednesday:",
        "Its leader has blamed the unions:",
    ]
    debt = claim_with(ex, "debt rose")
    assert debt.speaker == "Fitch Ratings"
    assert "colon" not in debt.attribution and "introducing" in debt.attribution


# --- pronoun speakers across sentences and paragraphs --------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the woman is the subject of the previous sentence; a man is named after her
        (
            "Dr. Laila Haddad, who runs the clinic, met Health Minister Tom Price on Monday. "
            "She said waiting lists had doubled since 2021.",
            "Dr. Laila Haddad",
        ),
        # across a paragraph break
        (
            "Councillor Grace Obi voted against the budget on Tuesday.\n\n"
            "She said the plan cut 300 jobs from the library service.",
            "Councillor Grace Obi",
        ),
        # a man named last, the pronoun fits only the woman named first
        (
            "Ms. Ruth Kane met Mr. David Osei in Accra. She said the loan was worth $50 million.",
            "Ms. Ruth Kane",
        ),
        # he, with the woman named last
        (
            "Mr. David Osei met Ms. Ruth Kane in Accra. He said the loan was worth $50 million.",
            "Mr. David Osei",
        ),
    ],
)
def test_he_and_she_resolve_to_the_nearest_fitting_person(text, speaker):
    ex = extract_claims(text)
    assert ex.claims[-1].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The water authority raised its prices on Friday. They said bills would rise 9% in April.",
            "the water authority",
        ),
        (
            "Northwind Airlines cancelled flights on Sunday. It said 300 flights were affected.",
            "Northwind Airlines",
        ),
    ],
)
def test_it_and_they_resolve_to_the_nearest_organisation(text, speaker):
    ex = extract_claims(text)
    assert ex.claims[-1].speaker == speaker


def test_they_without_an_organisation_nearby_is_not_given_a_person():
    ex = extract_claims("Anna Berg lives in Oslo. They said prices rose 4% this year.")
    assert ex.claims[-1].speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a common-noun speaker before
        (
            "The mayor said 200 teachers would be hired in 2026. She said the plan would cost $40 million.",
            "the mayor",
        ),
        (
            "A spokeswoman for the operator said 12 sailings were cancelled. She added that 3,000 "
            "passengers were affected.",
            "a spokeswoman for the operator",
        ),
        # across a paragraph, and a common-noun person who did not speak
        (
            "The governor signed the bill on Monday.\n\nHe said it would cut waiting times by 30%.",
            "the governor",
        ),
        # the nearest fitting person wins over a named one further back
        (
            "Ms. Ruth Kane spoke first. Later the senator took the floor. He said the bill cost $3 billion.",
            "the senator",
        ),
        # the gender a noun tells: not the spokesman
        (
            "Ms. Ruth Kane spoke first. The spokesman said 40 flights were cancelled. She said refunds "
            "would cost $2 million.",
            "Ms. Ruth Kane",
        ),
        # "the mayor" a few sentences after "Mayor Jane Okoro" is she
        (
            "Mayor Jane Okoro opened the new bridge on Friday. The mayor said it cost $80 million. She "
            "added that 20,000 cars would cross it each day.",
            "Mayor Jane Okoro",
        ),
    ],
)
def test_he_and_she_resolve_to_a_person_named_by_a_common_noun(text, speaker):
    # "She said" after "The mayor said" once had no speaker: only named persons were antecedents.
    assert extract_claims(text).claims[-1].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Mayor Jane Okoro opened the new bridge on Friday. The mayor said it cost $80 million.",
            "Mayor Jane Okoro",
        ),
        (
            "Prime Minister Keir Ode met union leaders. The prime minister said it cost $80 million.",
            "Prime Minister Keir Ode",
        ),
        (
            "Russian President Ivan Sokol spoke on Tuesday. The Russian president said it cost $80 million.",
            "Russian President Ivan Sokol",
        ),
        # not the same title: a role of its own
        ("Mayor Jane Okoro spoke on Friday. The new mayor said it cost $80 million.", "the new mayor"),
    ],
)
def test_a_title_after_the_named_holder_is_shown_by_name(text, speaker):
    ex = extract_claims(text)
    assert claim_with(ex, "it cost").speaker == speaker


def test_the_speaker_word_lists_hold_together():
    # A person, plural or finder noun is only ever found as a source noun's head: one missing from
    # SOURCE_NOUNS would silently never match.
    from claims.extraction import attribution, lexicon

    assert lexicon.PERSON_SOURCE_NOUNS <= lexicon.SOURCE_NOUNS
    assert lexicon.PLURAL_SOURCE_NOUNS <= lexicon.SOURCE_NOUNS
    assert attribution._FINDERS <= lexicon.SOURCE_NOUNS
    assert lexicon.FEMALE_SOURCE_NOUNS | lexicon.MALE_SOURCE_NOUNS <= lexicon.PERSON_SOURCE_NOUNS
    # the substrings looked for before the evidence regex cover every evidence verb
    assert all(any(stem in verb for stem in attribution._EVIDENCE_STEMS) for verb in lexicon.EVIDENCE_VERBS)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said 200 teachers would be hired in 2026. It said the plan would cost $40 million.",
        "The mayor said 200 teachers would be hired in 2026. They said the plan would cost $40 million.",
        # "the other senator" is not one person
        "The other senator voted against the bill on Monday. He said the bill cost $3 billion.",
    ],
)
def test_it_and_they_are_never_a_person_named_by_a_common_noun(text):
    # "The mayor" was once indexed as an organisation, so "It said" was "the mayor".
    assert extract_claims(text).claims[-1].speaker is None


def test_it_passes_over_plural_sources_to_the_organisation():
    ex = extract_claims(
        "The water company raised its prices on Friday. Officials said 300 homes had no water. "
        "It said bills would rise 9% in April."
    )
    assert claim_with(ex, "bills would rise").speaker == "the water company"
    assert claim_with(ex, "300 homes").speaker == "Officials"


# --- transcripts with NAME: speaker labels ------------------------------------------------------


def test_transcript_labels_name_the_speaker_and_are_not_part_of_the_claim():
    body = (
        "MODERATOR: Senator Vance, you have two minutes.\n"
        "VANCE: Thank you. We cut the deficit by 40% since 2015.\n"
        "Our schools got 2,000 new teachers.\n"
        "OKAFOR: That is not true. The deficit grew in 2019."
    )
    ex = extract_claims(body)
    deficit = claim_with(ex, "We cut the deficit")
    assert deficit.text == "We cut the deficit by 40% since 2015."
    assert deficit.speaker == "Senator Vance"  # "VANCE" is the senator named earlier
    assert claim_with(ex, "2,000 new teachers").speaker == "Senator Vance"
    assert claim_with(ex, "The deficit grew").speaker == "Okafor"
    assert all(not re.match(r"[A-Z]+:", c.text) for c in ex.claims)


def test_a_single_label_like_line_is_not_a_transcript():
    ex = extract_claims("Update: The council said 12 roads will close on Monday.")
    assert ex.claims[0].speaker != "Update"


# --- plain reasons, attribution and signal labels ----------------------------------------------

INTERNAL = re.compile(r"YEAR|#|<num>|<pct>|<year>|^word '|^phrase '|colon intro|\bh_[a-z]")


def test_reasons_attributions_and_signals_are_in_plain_words():
    body = (
        "According to the city's own audit, bus ridership fell 22% between 2019 and 2023, more than "
        "in any other year.\n\nReuters confirms the following on Tuesday:\n\n"
        "The transport ministry spent $4 million on 30 new buses in 2022."
    )
    ex = extract_claims(body)
    assert ex.claims
    for c in ex.claims:
        for label, _ in c.reasons:
            assert not INTERNAL.search(label), label
        assert not INTERNAL.search(c.attribution or "")
        for s in c.signals:
            d = s.as_dict()
            assert d["label"] and d["label"] != d["kind"] and not INTERNAL.search(d["label"])
    labels = {label for c in ex.claims for label, _ in c.reasons}
    assert "a percentage" in labels or "a year" in labels


@pytest.mark.parametrize(
    "text, signal",
    [
        ("Mayor Jane Okoro said 14 roads will close.", ("person", "Mayor Jane Okoro")),
        ("Marchers from Mayfield said 300 people came on Mondays.", None),
        ("The plan takes effect on May 3, 2027, the council said.", ("date", "May 3, 2027")),
    ],
)
def test_a_month_or_weekday_is_a_date_only_as_a_whole_word(text, signal):
    # "Mayor" was once the date "May", and the mayor's name was lost as a person.
    c = only_claim(text)
    dates = [(s.kind, s.text) for s in c.signals if s.kind in ("date", "person")]
    assert dates == ([signal] if signal else [])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Voters in New Hampshire said turnout reached 70% on Tuesday.", "New Hampshire"),
        ("The United Nations said 1.2 million people had fled since June.", "United Nations"),
        ("The Family Leave Act covers 60% of workers, the report said.", "Family Leave Act"),
        ("Dr. Ruth Kane and Mr. David Osei signed the $50 million loan.", "Dr. Ruth Kane and Mr. David Osei"),
        # one organisation, not an office and a person named "National Records"
        ("The Office for National Records said rents rose 7% in 2025.", "Office for National Records"),
        # an organisation's short name first: "NHS England", a union "FNV Havens"
        ("The strike began after talks between the union DWK Havens and employers broke down.", "DWK Havens"),
    ],
)
def test_places_laws_and_pairs_of_people_are_not_one_person(text, name):
    # Two capitalised words were once always "a person": "New Hampshire", "United Nations".
    (c,) = extract_claims(text).claims
    kinds = {s.text: s.kind for s in c.signals}
    assert kinds[name] != "person"


@pytest.mark.parametrize(
    "name, pronoun",
    [
        ("Anouk de Wit", "she"),
        ("Ursula von der Brink", "she"),
        # (a man's given name: "he", as the lexicon of given names knows)
        ("Karim bin Nasser", "he"),
        ("Paolo da Silva", "she"),
    ],
)
def test_a_name_with_a_particle_is_a_person_and_the_antecedent_of_she(name, pronoun):
    ex = extract_claims(
        f"Talks with the union DWK Havens broke down on Wednesday. Union negotiator {name} said the "
        f'offer of 2.5% was below inflation.\n\n"We have waited eleven months," {pronoun} told reporters.'
    )
    assert {s.text: s.kind for s in ex.claims[1].signals}[name] == "person"
    assert claim_with(ex, "eleven months").speaker == name  # once "DWK Havens"


def test_a_leader_by_title_is_a_person_and_the_antecedent_of_he():
    ex = extract_claims(
        'Senate Majority Leader Tom Okafor called the vote "a win." Speaking on the Senate floor, he '
        "said the bill would fund 70% of the government."
    )
    assert {s.text: s.kind for s in ex.claims[0].signals}["Senate Majority Leader Tom Okafor"] == "person"
    assert claim_with(ex, "70%").speaker == "Senate Majority Leader Tom Okafor"  # once no one


def test_it_after_an_association_in_lower_case_is_that_association():
    ex = extract_claims(
        "The employers' association, VWH, disputed the union's figures. In a statement, it said the "
        "offer amounted to 4.2% over two years."
    )
    assert claim_with(ex, "4.2%").speaker == "VWH"  # the association, by the name given for it


def test_a_place_is_never_the_antecedent_of_she():
    ex = extract_claims(
        "I held a town hall in Wolfeboro, New Hampshire, and a woman stood up. She said her rent "
        "rose 40% in 2015."
    )
    assert claim_with(ex, "her rent").speaker is None  # once "New Hampshire"


def test_a_name_never_runs_across_a_line_break():
    # A transcript's label once joined the line above it: "Latin America.\nObama".
    body = (
        "Moderator: Welcome to the debate in Latin America.\n"
        "Obama: We cut the deficit by 40% since 2015.\n"
        "Moderator: Thank you, Senator.\n"
        "Obama: Our schools hired 2,000 new teachers."
    )
    ex = extract_claims(body)
    assert claim_with(ex, "deficit").speaker == "Obama"


def test_the_linear_scorer_names_years_percentages_and_comparisons_plainly():
    (r,) = get_scorer("linear").score(["Unemployment fell 3% in 2019, more than in 2018."])
    labels = [label for label, _ in r.reasons]
    assert not any(INTERNAL.search(label) for label in labels), labels
    assert any("a year" in label or "a percentage" in label for label in labels), labels


# --- boilerplate and long documents ------------------------------------------------------------


def test_cookie_notices_and_newsletter_prompts_are_never_claims():
    body = (
        "The council said 40 bridges need repair.\n\n"
        "Subscribe to our newsletter\n\n"
        "We use cookies to improve your experience on our site.\n\n"
        "Sign up for breaking news alerts in your inbox.\n\n"
        "Advertisement\n\n"
        "Repairs will cost $80 million, the council said."
    )
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "The council said 40 bridges need repair.",
        "Repairs will cost $80 million, the council said.",
    ]
    assert sum(kind == "boilerplate" for kind, _, _ in ex.skipped) == 4


def test_wire_credits_captions_notices_and_stamps_are_never_claims():
    body = (
        "Grain prices climb after port closure\n\n"
        "Wheat futures rose 4% on Friday after the port of Varna closed, the port authority said.\n\n"
        "Photo: Cranes stand idle at the grain terminal in Varna on Thursday.\n"
        "Reuters/Petra Ivanova\n\n"
        "Image caption: Exports through the port doubled in 2022\n\n"
        "Updated 14:05 GMT\n\n"
        "(Reporting by Mila Stoyanova in Sofia; additional reporting by Tom Reed in London; "
        "Editing by Ana Cruz)\n\n"
        "Additional reporting by Omar Haddad.\n\n"
        "This article was amended on 6 May 2024 to correct the date of the closure.\n\n"
        "Correction: An earlier version gave the wrong tonnage.\n\n"
        "Our Standards: The Trust Principles.\n\n"
        "Topics: Grain, Bulgaria\n\n"
        "AFP via Getty Images\n\n"
        "Copyright 2024 The Wire Service.\n\n"
        "This material may not be published, broadcast, rewritten or redistributed.\n\n"
        "Traders said 1.2 million tonnes were waiting to be shipped."
    )
    ex = extract_claims(body, title="Grain prices climb after port closure")
    assert [c.text for c in ex.claims] == [
        "Wheat futures rose 4% on Friday after the port of Varna closed, the port authority said.",
        "Traders said 1.2 million tonnes were waiting to be shipped.",
    ]
    kinds = {body[s:e]: kind for kind, s, e in ex.skipped}
    assert kinds["Reuters/Petra Ivanova"] == "byline"
    assert kinds["Additional reporting by Omar Haddad."] == "byline"
    assert kinds["AFP via Getty Images"] == "byline"
    assert kinds["Updated 14:05 GMT"] == "dateline"
    assert kinds["Image caption: Exports through the port doubled in 2022"] == "boilerplate"
    assert not [c for c in ex.claims if c.speaker == "Additional"]


def test_links_and_topic_tags_under_a_furniture_heading_are_never_claims():
    body = (
        "The ministry said 300 schools will close.\n\n"
        "Related Topics\n\nSchools\n\nEducation funding\n\n"
        "More on this story\n\n"
        "School budgets cut by 4% in two years\n\n"
        "Why are teachers striking again?\n\n"
        "The minister will answer questions in Parliament on Tuesday."
    )
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "The ministry said 300 schools will close.",
        "The minister will answer questions in Parliament on Tuesday.",
    ]
    skipped = {body[s:e]: kind for kind, s, e in ex.skipped}
    assert skipped["Schools"] == skipped["School budgets cut by 4% in two years"] == "boilerplate"


def test_a_short_line_after_a_real_sentence_is_no_link():
    # the list ends at the first line that ends like a statement
    body = "Related\n\nThe ministry said 300 schools will close.\n\nSchools across the north"
    assert [c.text for c in extract_claims(body).claims][-1] == "Schools across the north"


@pytest.mark.parametrize(
    "line, kind",
    [
        ("By Mira Petrova, Transport correspondent", "byline"),
        ("By Mira Petrova and Tom Reed, Wire Service", "byline"),
        ("By Mira Petrova and Tom Reed", "byline"),
        ("— With reporting by Léa Moreau in Quebec City", "byline"),
        ("With additional reporting by Sam Lee.", "byline"),
        ("By Mira Petrova, Tom Reed and Ana Cruz", "byline"),
        ("By Mira Petrova for The Courier", "byline"),
        ("The Wire Service contributed to this report.", "byline"),
        ("Ana Cruz and Tom Reed contributed reporting.", "byline"),
        ("Published", "dateline"),
        ("Contact the reporter at m.petrova@example.com or follow her on X.", "boilerplate"),
        ("More on this story", "boilerplate"),
        ("Most read", "boilerplate"),
        ("Copy link", "boilerplate"),
        ("Let us know in the comments.", "boilerplate"),
        ("Have your say: should the port be sold?", "boilerplate"),
    ],
)
def test_page_furniture_lines_are_never_claims(line, kind):
    ex = extract_claims(f"{line}\n\nThe ministry said 300 schools will close.")
    assert [c.text for c in ex.claims] == ["The ministry said 300 schools will close."]
    assert ex.skipped[0][0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: 3 March 2024",
        "Published 2 hours ago",
        "Updated on March 3, 2024 at 10:32 a.m. ET",
        "1030 GMT",
        "Posted 09:15 BST, Tuesday 4 June",
    ],
)
def test_a_page_time_stamp_is_a_dateline(line):
    ex = extract_claims(f"{line}\n\nThe ministry said 300 schools will close.")
    assert [c.text for c in ex.claims] == ["The ministry said 300 schools will close."]
    assert ex.skipped[0][0] == "dateline"


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the Courier found that 40 wards had no night nurse.",
        "Research by Coastal University showed that 12 beaches failed the test.",
        "Updated figures show that unemployment rose to 5.2% in May.",
        "Published figures put the cost at $3 billion.",
        "Images released by the agency show the damage to 30 homes.",
        "The material may not be ready until 2026, the council said.",
        "Video footage showed 200 people at the rally.",
        "Biden/Harris Ticket Wins Ohio",
        "By Friday, the council will have spent its budget.",
        "By Law, Parliament Decides",
        "By Land and Sea",
        "With 40 votes, the bill passed.",
        "Contact tracing found 40 cases in the school.",
    ],
)
def test_claims_that_open_like_furniture_stay_claims(text):
    ex = extract_claims(text)
    assert [c.text for c in ex.claims] == [text], ex.skipped


def _transcript(n_turns: int) -> str:
    speakers = ["MODERATOR", "REYES", "LINDQVIST"]
    lines = []
    for i in range(n_turns):
        who = speakers[i % 3]
        lines.append(
            f"{who}: Our plan created {1000 + i} jobs in {1990 + i % 30}, "
            f"up {i % 40 + 2}% on the year before. "
            f"I think turn {i} matters. Unemployment fell {i % 9 + 1} percent in district {i}. Thank you."
        )
    return "\n".join(lines)


def test_a_long_transcript_keeps_every_sentence_but_flags_only_the_best_of_each_section():
    body = _transcript(950)  # 3,800 sentences, about 150,000 characters
    assert len(body) > 140_000
    ex = extract_claims(body)
    assert ex.error is None
    assert len(ex.claims) > 1_900  # every sentence that is not a repeat stays a claim
    flagged = [k for k, c in enumerate(ex.claims) if c.checkworthy]
    assert 0 < len(flagged) <= 3 * (len(ex.claims) // 50 + 1)
    for lo in range(0, len(ex.claims), 50):
        assert sum(lo <= k < lo + 50 for k in flagged) <= 3
    assert sum(c.score >= 0.95 for c in ex.claims if c.score is not None) <= len(flagged)
    assert ex.notes and "long document" in ex.notes[0].lower()
    lowered = [c for c in ex.claims if c.reasons and c.reasons[0][0].startswith("a long document")]
    assert lowered and all(c.score <= 0.5 and not c.checkworthy for c in lowered)
    assert {c.speaker for c in ex.claims} >= {"Reyes", "Lindqvist"}


def test_a_normal_article_is_not_limited():
    body = " ".join(f"The ministry said exports rose {i}% in {2000 + i}." for i in range(40))
    ex = extract_claims(body)
    assert not ex.notes
    assert all(not c.reasons or not c.reasons[0][0].startswith("a long document") for c in ex.claims)


# --- mixed languages (issue #12) ---------------------------------------------------------------


def test_a_mixed_english_and_russian_article_scores_only_the_english_sentences():
    body = (
        "Officials in Kazan said on Monday that the new bridge cost 12 billion roubles, "
        "twice the first estimate, and would open in 2026.\n\n"
        "Министерство транспорта заявило, что мост обошёлся в 12 миллиардов рублей и откроется в 2026 году. "
        "Строительство заняло четыре года.\n\n"
        "The regional governor said traffic on the old bridge fell by 30% last year."
    )
    ex = extract_claims(body)
    assert ex.language == "en" and ex.scored
    russian = [c for c in ex.claims if "мост" in c.text or "Строительство" in c.text]
    english = [c for c in ex.claims if c not in russian]
    assert len(russian) == 2 and len(english) == 2
    for c in russian:
        assert c.language == "ru" and c.score is None and not c.checkworthy
        assert c.reasons and "Russian" in c.reasons[0][0] and c.reasons[0][1] == 0.0
    for c in english:
        assert c.language == "en" and c.score is not None


def test_an_english_quote_inside_a_russian_article_is_scored():
    body = (
        "Губернатор заявил, что движение по старому мосту сократилось на 30 процентов в прошлом году, "
        "а новый мост откроется в 2026 году.\n\n"
        "The governor told reporters that the bridge cost twice the first estimate of 6 billion roubles."
    )
    ex = extract_claims(body)
    langs = [c.language for c in ex.claims]
    assert langs == ["ru", "en"]
    assert ex.claims[0].score is None and ex.claims[1].score is not None


# --- "per" meaning "according to"; function words opening a sentence are no names -------------


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        (
            "Per the Bank of England's latest forecast, inflation will drift back to 2 per cent.",
            "Bank of England's latest forecast",
            "per",
        ),
        ("Per Reuters, the talks collapsed late on Monday.", "Reuters", "per"),
        ("Household bills will rise by £120 a year, per the regulator.", "the regulator", "per"),
        (
            "Per a statement from the harbour board, the port closed for six hours.",
            "the harbour board",
            "per a statement",
        ),
    ],
)
def test_per_in_the_sense_of_according_to_names_the_source(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text",
    [
        "Per capita income rose 3 per cent in 2023.",
        "Diesel costs £1.52 per litre, up from £1.41 in January.",
        "The mine produced 40 tonnes per day, or 1,200 per month.",
    ],
)
def test_per_as_a_rate_names_no_source(text):
    c = only_claim(text)
    assert c.speaker is None and c.attribution is None


@pytest.mark.parametrize(
    "text, word",
    [
        ("Amid the protests, the council voted 9-4 to close two libraries.", "Amid"),
        ("Per the figures, 4,000 homes lost power.", "Per"),
        ("Within hours, 300 people had signed the petition.", "Within"),
        ("Throughout 2023, exports fell by a third.", "Throughout"),
        ("Nobody was injured in the blast, the fire service said.", "Nobody"),
        ("Overall, turnout rose to 61%.", "Overall"),
        ("Last year the port handled 9 million containers.", "Last"),
    ],
)
def test_a_function_word_opening_a_sentence_is_no_name(text, word):
    c = only_claim(text)
    names = [s.text for s in c.signals if s.kind in ("person", "org", "entity")]
    assert not any(n == word or n.startswith(word + " ") for n in names), names


def test_a_function_word_before_a_name_is_dropped_from_it():
    c = only_claim("Amid Russia's blockade, grain prices rose 12% in a week.")
    names = [s.text for s in c.signals if s.kind in ("person", "org", "entity")]
    assert names == ["Russia"]


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("Opposition councillors disputed the figures.", "Opposition councillors", "disputed"),
        ("The judges said the appeal had been lodged too late.", "the judges", "said"),
        ("Ministers insist that no decision has been taken.", "Ministers", "insist"),
    ],
)
def test_people_in_the_plural_are_speakers(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


def test_the_links_under_a_read_more_heading_with_a_colon_are_furniture():
    # "Read more:" ends in a colon, like an introduction; it was skipped as one and the links
    # under it became headline claims.
    body = (
        "The council will sell the library building for £4.8m, officials said on Thursday.\n\n"
        "Read more:\nLibrary campaigners lose High Court bid\nCouncil tax to rise 4.99 per cent"
    )
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "The council will sell the library building for £4.8m, officials said on Thursday."
    ]
    assert [kind for kind, _, _ in ex.skipped] == ["boilerplate"] * 3


# --- roles, owners and documents as speakers (session 13: a heat study, a storm live blog and a
# water company fine, pasted into the desk) --------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Fares will rise 6% in May, the chief executive said.", "the chief executive"),
        ("The chairman said the board had not been told until March.", "the chairman"),
        ("Exports fell 4% last year, said one economist.", "one economist"),
        ("Rents rose 9% in 2024, the company's managing director said.", "the company's managing director"),
        ("The ambassador told reporters that 300 staff would leave.", "the ambassador"),
    ],
)
def test_common_news_roles_are_speakers(text, speaker):
    # "chief executive", "chairman", "economist", "director", "ambassador" were no source nouns:
    # the claim had no speaker at all
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            "Prime Minister Luís Montenegro will chair an emergency meeting at noon, his office said.",
            "emergency meeting",
            "Prime Minister Luís Montenegro's office",
        ),
        (
            "The water company was fined £12m on Wednesday. Its chairman said the board had not been told.",
            "board",
            "the water company's chairman",
        ),
        (
            "The minister, Anna Kerr, promised to ban bonuses. Her department said a bill would follow.",
            "bill",
            "Anna Kerr's department",
        ),
        (
            "Campaigners were not impressed. Their lawyer said the fine was less than a week's profit.",
            "lawyer",
            "Campaigners' lawyer",
        ),
        ("Trees cool streets by 4C, his spokesman said.", "Trees", "his spokesman"),
    ],
)
def test_a_source_owned_by_a_pronoun_names_its_owner(text, fragment, speaker):
    # "his office said" gave the speaker "office"; "its chairman said" gave none; "Her department"
    # was shown as written, with no one to own it
    assert claim_with(extract_claims(text), fragment).speaker == speaker


def test_the_owner_of_a_document_that_finds_is_the_source():
    c = only_claim(
        "The Environment Agency's annual report, published on Tuesday, found that serious pollution "
        "incidents rose 18%."
    )
    assert (c.speaker, c.attribution) == ("Environment Agency", "found")


@pytest.mark.parametrize(
    "second, how",
    [
        ("The report says water companies caused 70% of them.", "says"),
        ("According to the report, only three of nine companies met their targets.", "according to"),
        ("Water companies caused 70% of them, the report found.", "found"),
    ],
)
def test_a_document_named_again_speaks_for_its_source(second, how):
    # "The report says …" had no speaker though the sentence before said whose report it was
    ex = extract_claims(f"The Environment Agency's annual report found that incidents rose 18%. {second}")
    c = ex.claims[1]
    assert (c.speaker, c.attribution) == ("Environment Agency", how)


def test_a_study_named_again_speaks_for_the_study_before_it():
    ex = extract_claims(
        "Heat admissions rose by a third last summer, a study published in The Lancet Planetary Health "
        "found.\n\nDark roofs, few trees and dense traffic all trap heat, the study says."
    )
    assert [c.speaker for c in ex.claims] == ["Lancet Planetary Health"] * 2


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ministers have read the report. The report says 41 trusts were studied.", "the report"),
        ("The poll by Ipsos found 40% back the plan. The survey found most oppose it.", "Ipsos"),
        ("The council published a report. Its report says 300 homes are empty.", "the council"),
        ("The figures show 300 homes are empty.", None),  # figures of no one: no source
    ],
)
def test_a_document_named_again_without_its_source(text, speaker):
    assert extract_claims(text).claims[-1].speaker == speaker


def test_a_role_in_apposition_is_the_person_named_before_it():
    # "the chairman of …" stood nearer than "Joe Biden" and took his pronoun
    c = only_claim(
        "We hired Gareth Pryce, who is the chairman of the audit committee, and as he explains, "
        "profits rose 5% in a year."
    )
    assert c.speaker == "Gareth Pryce"


def test_a_bullet_claim_starts_after_its_marker():
    body = "Key findings:\n- Admissions rose 34% in the hottest week.\n• People over 75 made up 61% of cases."
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == [
        "Admissions rose 34% in the hottest week.",
        "People over 75 made up 61% of cases.",
    ]
    assert [c.kind for c in ex.claims] == ["bullet", "bullet"]
    assert all(body[c.start : c.end] == c.text for c in ex.claims)


def test_a_minus_sign_is_no_bullet_marker():
    c = only_claim("-5% was the worst month for retail sales since 2009, the ONS said.")
    assert c.text.startswith("-5%")


def test_a_live_blog_time_stamp_is_not_part_of_the_claim():
    body = (
        "09:12 GMT - The storm made landfall near Faro with winds of 150 km/h, the weather service said.\n\n"
        "10.05am - More than 12,000 homes are without power, according to the grid operator."
    )
    ex = extract_claims(body)
    assert [c.text[:9] for c in ex.claims] == ["The storm", "More than"]
    assert all(body[c.start : c.end] == c.text for c in ex.claims)


def test_an_editors_note_is_furniture_to_the_end_of_its_paragraph():
    # its second sentence ("It was 41, not 44.") became a claim
    body = (
        "Admissions rose 34% in the hottest week, the study found.\n\n"
        "Editor's note: An earlier version of this article misstated the number of trusts. It was 41, not 44."
    )
    ex = extract_claims(body)
    assert [c.text for c in ex.claims] == ["Admissions rose 34% in the hottest week, the study found."]
    assert [kind for kind, _, _ in ex.skipped] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "Follow AP's coverage of Congress at https://apnews.com/hub/congress.",
        "Read more of our coverage of the housing crisis here.",
        "See our full coverage of the election.",
    ],
)
def test_a_pointer_to_more_coverage_is_furniture(line):
    ex = extract_claims(f"Rents rose 4% in a year, the statistics office said.\n\n{line}")
    assert [c.text for c in ex.claims] == ["Rents rose 4% in a year, the statistics office said."]
    assert [kind for kind, _, _ in ex.skipped] == ["boilerplate"]


def test_follow_opening_a_sentence_is_not_furniture_by_itself():
    assert only_claim("Follow the money, investigators said on Monday.").speaker == "investigators"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The International Monetary Fund cut its forecast to 2.8%. In its latest outlook, the fund "
            "said growth would slow to 1.4%.",
            "International Monetary Fund",
        ),
        (
            "The Environment Agency fined the firm £2m. The agency said 300 spills went unreported.",
            "Environment Agency",
        ),
        (
            "The European Central Bank raised rates. The bank's president said inflation was 3%.",
            "the bank's president",
        ),
        ("The company said profits rose. The company added that costs fell 3%.", "the company"),
        (
            "The Hollin Water Company was fined £2m. The fund said 300 spills went unreported.",
            "the fund",
        ),
    ],
)
def test_an_organisation_noun_after_the_is_the_organisation_named_before(text, speaker):
    # "the fund said" had no speaker ("fund" was no organisation noun); "the agency said" a few
    # sentences after "The Environment Agency" is shown by its name, as "the mayor" is
    assert extract_claims(text).claims[-1].speaker == speaker


@pytest.mark.parametrize(
    "second, speaker",
    [
        ('"I love the job but I cannot afford it," the 52-year-old said.', "Lorna Fraser"),
        ('"I love the job but I cannot afford it," said the 52-year-old.', "Lorna Fraser"),
        ("The 52-year-old woman told the panel she had not had a rise since 2019.", "Lorna Fraser"),
    ],
)
def test_a_person_referred_to_by_age_is_the_person_named_before(second, speaker):
    # "the 52-year-old said" had no speaker
    ex = extract_claims(f"Lorna Fraser, 52, a primary teacher in Dundee, spoke to us on Monday. {second}")
    assert ex.claims[-1].speaker == speaker


def test_a_report_in_a_newspaper_is_the_newspapers():
    c = only_claim("A report in The Herald on Sunday said ministers had drawn up contingency plans.")
    assert (c.speaker, c.attribution) == ("The Herald on Sunday", "said")


def test_it_is_the_organisation_the_sentence_before_names_as_its_speaker():
    # "It" was "Council", the first word of "Council leaders' body Cosla"
    ex = extract_claims(
        "Council leaders' body Cosla said the offer was the best in the UK. It warned that a strike "
        "would cost pupils five days of teaching."
    )
    assert ex.claims[1].speaker == ex.claims[0].speaker == "Council leaders' body Cosla"


def test_she_is_the_speaker_of_the_sentence_before_not_its_first_person():
    # "She asked …" was Derek Holloway, named first ("Holloway's barrister"), not his barrister
    ex = extract_claims(
        "Derek Holloway, 61, was found guilty of fraud. Holloway's barrister, Clare Whitby KC, said her "
        "client had repaid £300,000. She asked the judge to take his age into account."
    )
    assert claim_with(ex, "She asked").speaker == "Clare Whitby KC"


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ("The court heard that Holloway diverted £2.4m to his brother.", "the court", "heard"),
        ("The inquest was told the boy had been ill for three days.", "the inquest", "was told"),
    ],
)
def test_what_a_hearing_heard_is_attributed_to_it(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


def test_people_who_heard_a_noise_are_no_source():
    assert only_claim("Residents heard a loud bang at 3am.").speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tully has questioned the vaccine, a claim experts say is false.", "experts"),
        ("A group of experts said the vaccine is safe.", "a group of experts"),
    ],
)
def test_a_is_no_article_of_people_in_the_plural(text, speaker):
    # the speaker was "a claim experts"
    assert only_claim(text).speaker == speaker


# --- a press release pasted whole ---------------------------------------------------------------

_RELEASE = """Hollin Energy reports record profit

HOLLIN, England, Feb. 12, 2026 /PRNewswire/ -- Hollin Energy plc today reported an operating \
profit of £1.9 billion for 2025, up 41% on the year before.

"We connected 220,000 new customers and cut our emissions by 18%," said Chief Executive Sarah Quaye.

Highlights:
* Revenue of £14.2 billion (2024: £12.6 billion)
* Net debt reduced to £3.1 billion

Forward-looking statements
This press release contains forward-looking statements that involve risks and uncertainties.

About Hollin Energy
Hollin Energy plc supplies gas and electricity to 6.1 million homes in Britain.

Media contact:
Tom Baines, +44 20 7946 0321, press@hollinenergy.example

###
"""


def test_a_press_release_gives_its_claims_and_no_furniture():
    # the dateline was part of the first claim and it had no speaker; the legal notice, the
    # company's "About" paragraph and the contact line were claims ("supplies … 6.1 million
    # homes" at 0.97)
    ex = extract_claims(_RELEASE, title="Hollin Energy reports record profit")
    assert [c.text[:24] for c in ex.claims] == [
        "Hollin Energy plc today ",
        '"We connected 220,000 ne',
        "Revenue of £14.2 billion",
        "Net debt reduced to £3.1",
    ]
    assert (ex.claims[0].speaker, ex.claims[0].attribution) == ("Hollin Energy plc", "reported")
    assert all(_RELEASE[c.start : c.end] == c.text for c in ex.claims)
    tail = _RELEASE.index("Forward-looking")
    assert {kind for kind, start, _ in ex.skipped if start >= tail} == {"boilerplate"}


@pytest.mark.parametrize(
    "text",
    [
        "LONDON--(BUSINESS WIRE)--Hollin Energy plc said on Monday that profit rose 41%.",
        "HOLLIN, England, Feb. 12, 2026 /PRNewswire/ -- Hollin Energy plc said profit rose 41%.",
    ],
)
def test_a_wire_release_dateline_is_cut_and_plc_ends_a_name(text):
    c = only_claim(text)
    assert c.text.startswith("Hollin Energy plc said")
    assert c.speaker == "Hollin Energy plc"


def test_about_opening_a_sentence_is_not_end_matter():
    ex = extract_claims("Rents rose 4% in a year, the ONS said.\n\nAbout 300 people attended the meeting.")
    assert len(ex.claims) == 2


def test_a_sentence_with_two_sources_takes_the_first_and_while_is_no_name():
    # the speaker was "while Moscow": "air force" was no source, and "while" went into the name
    c = only_claim(
        "Ukraine's air force said on Sunday it had shot down 40 of 58 drones, while Moscow said its "
        "forces had taken two villages."
    )
    assert (c.speaker, c.attribution) == ("Ukraine's air force", "said on Sunday")
    c = only_claim("Prices rose 3%, while Moscow said its forces had taken two villages.")
    assert c.speaker == "Moscow"


@pytest.mark.parametrize(
    "heading", ["Summary", "Key points", "At a glance", "What we know so far", "In brief"]
)
def test_the_heading_of_a_box_of_points_is_no_claim(heading):
    # "Summary" was a headline claim at the top of the queue's article
    ex = extract_claims(
        f"{heading}\n- Regulated fares will rise by 4.6% from 2 March\n\nRents rose 4%, the ONS said."
    )
    assert [c.text for c in ex.claims] == [
        "Regulated fares will rise by 4.6% from 2 March",
        "Rents rose 4%, the ONS said.",
    ]


def test_a_summary_sentence_is_a_claim():
    assert len(extract_claims("Summary judgments rose 14% in 2024, the court service said.").claims) == 1


def test_the_age_of_a_story_under_published_is_a_time_stamp():
    # "Published" was skipped as a time stamp, and "3 hours ago" on the next line became a claim
    ex = extract_claims(
        "Published\n3 hours ago\n\nRail fares will rise by 4.6% in March, the government said."
    )
    assert [c.text[:10] for c in ex.claims] == ["Rail fares"]
    assert [kind for kind, _, _ in ex.skipped] == ["dateline", "dateline"]


def test_a_number_inside_a_broadcasters_name_is_part_of_it():
    # the speaker was "News"
    c = only_claim("KOCO 5 News reported that the town's only hospital lost power for three hours.")
    assert c.speaker == "KOCO 5 News"


def test_how_names_the_post_not_only_the_platform():
    # "said in a Facebook"
    c = only_claim("Sheriff Dwight Hale said in a Facebook post that deputies were searching 40 homes.")
    assert (c.speaker, c.attribution) == ("Sheriff Dwight Hale", "said in a Facebook post")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("You've said that first we should not set a timeline for the withdrawal.", None),
        ("He'll tell you he has raised $40 million, and he has.", None),
        ("And General Okoro says we have had great success, but it is fragile.", "General Okoro"),
        ("And that experts say an independent run would hand the race to the Democrats.", "experts"),
        ("While Moscow said its forces had taken two villages, Kyiv denied it.", "Moscow"),
    ],
)
def test_openers_and_contractions_are_no_part_of_a_speaker(text, speaker):
    # "You've", "He'll", "And General Okoro", "And that experts", "While Moscow" were speakers
    assert only_claim(text).speaker == speaker


def test_an_editing_note_on_an_interview_is_furniture():
    ex = extract_claims(
        "The minister spoke to us on Sunday.\n\nThis transcript has been edited for length and clarity.\n\n"
        "Borrowing fell 9%, the Treasury said."
    )
    assert [c.text[:9] for c in ex.claims] == ["The minis", "Borrowing"]


def test_it_is_the_name_opening_the_sentence_when_no_organisation_is_near():
    # "which it says" had no one behind it ("Northvale" is a name, not a known organisation)
    c = only_claim(
        "Northvale on Tuesday unveiled its first folding phone, which it says has the thinnest hinge on sale."
    )
    assert (c.speaker, c.attribution) == ("Northvale", "says")


def test_they_after_people_in_the_plural_still_wins_over_a_name_opening_a_sentence():
    ex = extract_claims("Passenger groups welcomed the fine. They said fares had risen 9% in a year.")
    assert ex.claims[1].speaker == "Passenger groups"


# --- wire headlines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headline, text",
    [
        ("Exclusive: Apple to cut 600 jobs in Ireland", "Apple to cut 600 jobs in Ireland"),
        ("UPDATE 2-Oil prices rise 3% on supply fears", "Oil prices rise 3% on supply fears"),
        ("Live: Storm Elena makes landfall in Portugal", "Storm Elena makes landfall in Portugal"),
        ("Analysis: Why rents rose 9% in a year", "Why rents rose 9% in a year"),
    ],
)
def test_a_headlines_kicker_is_not_part_of_the_claim(headline, text):
    ex = extract_claims(f"{headline}\n\nThe company said 600 jobs would go.")
    assert ex.claims[0].text == text
    assert ex.claims[0].start == len(headline) - len(text)


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Apple to cut 600 jobs in Ireland - sources", "sources"),
        ("Ministry plans 4% pay rise for nurses – document", "document"),
        ("Ukraine war latest - BBC News", None),  # the site's name, no source
    ],
)
def test_a_wire_headlines_source_after_a_dash(headline, speaker):
    ex = extract_claims(f"{headline}\n\nThe plans were drawn up in March.")
    assert ex.claims[0].speaker == speaker


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Fed's Powell: rates will stay high for longer", "Federal Reserve Chair Jerome Powell"),
        ("Minister: 'We will not raise taxes'", "Minister"),
        ("Brexit: what happens next", None),  # a topic, no one named
    ],
)
def test_a_headlines_speaker_before_a_colon(headline, speaker):
    ex = extract_claims(f"{headline}\n\nFederal Reserve Chair Jerome Powell spoke on Monday.")
    assert ex.claims[0].speaker == speaker


def test_a_word_with_a_hyphen_is_no_kicker():
    c = only_claim("Live-streamed concerts rose 30% in 2024, the BPI said.")
    assert c.text.startswith("Live-streamed")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Eastmoor, promoted in 2023, have conceded 41 goals this season.", None),
        ("Eastmoor claimed the title with two games left.", None),
        ("The blast claimed the lives of 40 people.", None),
        ("Toyota recalled 300,000 cars in March.", None),
        ("Eastmoor conceded that the plan had failed.", "Eastmoor"),
        ("Senator Okafor claimed the election was stolen.", "Senator Okafor"),
        ("Smith recalled that the vote was close.", "Smith"),
    ],
)
def test_speech_verbs_used_of_other_things_name_no_source(text, speaker):
    # "Eastmoor … have conceded 41 goals" gave the speaker "Eastmoor" (how: "conceded")
    assert only_claim(text).speaker == speaker


def test_a_quotation_running_on_into_the_next_paragraph_keeps_its_speaker():
    # British style: no closing mark at the paragraph's end, an opening one at the next. The
    # second sentence and the next paragraph had no speaker.
    body = (
        "Health Secretary Wes Porter said: \u201cThese figures show our plan is working. We have "
        "delivered two million extra appointments since July.\n\n"
        "\u201cBut there is much more to do, and I will not rest until every patient is seen.\u201d\n\n"
        "Waiting lists fell 2% in a month, NHS England said."
    )
    ex = extract_claims(body)
    # (session 23: the two sentences after "said:" are one quotation, a claim of their own)
    assert [c.speaker for c in ex.claims] == ["Health Secretary Wes Porter"] * 2 + ["NHS England"]
    assert [c.kind for c in ex.claims[:2]] == ["quote_group", "sentence"]
    assert all(c.is_quote for c in ex.claims[:2])


def test_a_quotation_closed_at_a_paragraphs_end_lends_its_speaker_to_the_next_paragraphs():
    # session 23: was [.., None]; news copy names a new speaker, so a paragraph of quotation that
    # names none is the last speaker's (every reader the project asked read it so)
    body = (
        'Wes Porter said: "These figures show our plan is working."\n\n'
        '"It is a disgrace that wards are 40% understaffed."'
    )
    ex = extract_claims(body)
    assert [c.speaker for c in ex.claims] == ["Wes Porter", "Wes Porter"]


def test_the_college_is_the_college_named_before():
    ex = extract_claims(
        "The Royal College of Nursing warned that 40,000 posts are vacant. The college said it would "
        "ballot members in January."
    )
    assert ex.claims[1].speaker == "Royal College of Nursing"


def test_many_open_quotation_marks_on_one_line_stay_linear():
    # every mark was once looked at with a search to the line's end: a line of 100,000 marks
    # would have taken minutes (the whole suite's time budget guards this; no timing asserted)
    ex = extract_claims('"' * 100_001 + "\n\n" + '"a\n' * 20_000)
    assert ex.error is None and ex.claims == []


def test_every_verb_a_document_speaks_by_is_a_speech_or_an_evidence_verb():
    # _find_speaker looks for a document only in a unit where it saw one of those verbs
    from claims.extraction.attribution import _DOCUMENT_VERBS
    from claims.extraction.lexicon import EVIDENCE_VERBS, SPEECH_VERBS

    assert _DOCUMENT_VERBS <= SPEECH_VERBS | EVIDENCE_VERBS


@pytest.mark.parametrize(
    "line", ["Author: Jane Doe", "Director: Ana Lopes and Tom Reed", "Photography: Sam Holder"]
)
def test_a_credits_line_is_a_byline_not_a_headline_with_a_speaker(line):
    # "Author: Jane Doe" became a claim said by "Author"; two such lines made a "transcript"
    ex = extract_claims(f"Rents rose 4% in a year, the ONS said.\n\n{line}\n\nProducer: Kim Lee")
    assert [c.text for c in ex.claims] == ["Rents rose 4% in a year, the ONS said."]
    assert {kind for kind, _, _ in ex.skipped} == {"byline"}


def test_a_prefecture_is_an_organisation():
    # the speaker was "Bouches-du-Rhône", without the prefecture that spoke
    c = only_claim("The fire has burned 3,400 hectares, according to the Bouches-du-Rhône prefecture.")
    assert c.speaker == "Bouches-du-Rhône prefecture"


@pytest.mark.parametrize("title", ["Cllr", "Supt", "Det", "Sgt", "Rev"])
def test_an_abbreviated_title_joins_the_named_person(title):
    # "Cllr Sethi disputed that figure" was shown as "Cllr Sethi", another person than the
    # "Cllr Ravi Sethi" named before
    ex = extract_claims(
        f"{title} Ravi Sethi told the meeting there was a £12m gap. {title} Sethi disputed that figure."
    )
    assert ex.claims[1].speaker == f"{title} Ravi Sethi"


def test_a_fact_checks_claim_and_verdict_lines_are_no_transcript():
    # "Claim:" and "Verdict:" were taken for a transcript's speaker labels, and "Verdict" became
    # the speaker of every paragraph after it
    ex = extract_claims(
        'Claim: Mayor Dana Ortiz said in a video that "violent crime is down 20% since I took office".\n\n'
        "Verdict: Misleading.\n\n"
        "Violent crime recorded by the city police fell 12% between 2021 and 2024.\n\n"
        "Criminologist Dr Hana Reyes said half-year figures are volatile."
    )
    assert [c.speaker for c in ex.claims] == ["Mayor Dana Ortiz", None, "Criminologist Dr Hana Reyes"]
    assert ex.claims[0].text.startswith("Mayor Dana Ortiz said")
    assert [kind for kind, _, _ in ex.skipped] == ["boilerplate"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Northsky disputed this, saying the pay rise was mostly a one-off bonus.", "Northsky"),
        ("The company disputed it, calling the 40% figure wrong.", "the company"),
        ("The disputed territory has 40,000 people.", None),
    ],
)
def test_disputed_this_speaks(text, speaker):
    # "Northsky disputed this" had no speaker ("disputed" spoke only before "that" or "the …")
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Even FOX News disputes it, and that rarely happens.", "FOX News"),
        ("Just Eat said orders rose 4%.", "Just Eat"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_the_source(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_papers_authors_are_a_source():
    # "The authors wrote that …" had no speaker ("author" was a source noun, "authors" not)
    c = only_claim("The authors wrote that only rapid cuts in emissions would save 70% of reefs.")
    assert (c.speaker, c.attribution) == ("the authors", "wrote")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The deal values the company at 4 billion dollars, according to a person familiar with the deal.",
            "a person familiar with the deal",
        ),
        (
            "Talks stalled, according to two sources close to the negotiations, who asked not to be named.",
            "two sources close to the negotiations",
        ),
        ("The plan would cut 2,000 jobs, according to a memo seen by the BBC.", "a memo seen by the BBC"),
    ],
)
def test_according_to_an_unnamed_source_or_a_document_seen_by_others(text, speaker):
    # no speaker before: "according to" took only capitalised words and source nouns after it
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, "according to")
