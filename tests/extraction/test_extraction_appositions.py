"""Regression tests for who said a claim, fourteenth round: a person's role given in apposition
("Priya Shah, a lawyer for the workers,") and the same role said again later ("The lawyer said");
faults found by writing news of many kinds and reading every claim. Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with


def _speaker(text: str, part: str) -> str | None:
    return claim_with(extract_claims(text), part).speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "the lawyer": the role after the name, with "a" and what follows it
        (
            "Priya Shah, a lawyer for the workers, said they would sue. The union met on Friday. "
            "The lawyer said the claim would be filed in May.",
            "The lawyer said",
            "Priya Shah",
        ),
        # was "the finance director": the role after an owner's "'s", with a word before the noun
        (
            "Ana Ruiz, the mill's finance director, said costs had doubled. Output fell by half. "
            "The finance director said the pension fund was safe.",
            "The finance director said",
            "Ana Ruiz",
        ),
        # was "the administrator": a clause after the role, and a role noun newly known
        (
            "Jon Keel, the administrator appointed to run the firm, said jobs were safe. Sales fell "
            "4% last year. The administrator said buyers had shown interest.",
            "The administrator said",
            "Jon Keel",
        ),
        # was "the witness": what he is between the role's comma and his name
        (
            "The witness, deckhand Peter Amos, said the ramp had failed twice before. The witness "
            "said he had reported it in writing.",
            "The witness said",
            "Peter Amos",
        ),
        # guard: the role is someone else's ("the judge's wife"): "the judge" is not her
        (
            "Ana Ruiz, the judge's wife, said the family was grateful. The hearing ended at noon. "
            "The judge said the sentence would follow.",
            "The judge said",
            "the judge",
        ),
        # was "the president": "he" after "the president's father" is not the president
        (
            "Ministers met on Monday. The president's father never saw the war. He said the troops "
            "would be occupiers.",
            "He said the troops",
            None,
        ),
        # guard: "the president's plan" is the president's; "he" is him
        (
            "Ministers met on Monday. This was the president's plan. He said he would cut the deficit.",
            "He said he would",
            "the president",
        ),
        # was "the lawyer": two lawyers named, the nearer one
        (
            "Priya Shah, a lawyer for the workers, said they would sue. Tom Bell, a lawyer for the "
            "company, said the claim had no merit. The lawyer said the firm would fight it.",
            "The lawyer said",
            "Tom Bell",
        ),
    ],
)
def test_a_role_in_apposition_is_the_person_named_with_it(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "the regulator": the body's short form is the body ("MHPA" and its full name are
        # one), and a drugmaker named between is no regulator
        (
            "Batches of a heart drug were recalled, the Drugs and Devices Safety Authority (DDSA) "
            "announced. In a notice, the DDSA said tests had found an impurity. The tablets are made "
            "by Orlen Pharmaceuticals. The regulator stressed that the risk was low.",
            "The regulator stressed",
            "Drugs and Devices Safety Authority",
        ),
        # was "the consultancy": a business named after what it is in lower case, and forecasts as
        # a document someone is named for
        (
            "Bills will rise by £90, according to forecasts from the pricing consultancy Brightmere "
            "Insight. The consultancy said the cap would rise in July.",
            "The consultancy said",
            "Brightmere Insight",
        ),
        (
            "Bills will rise by £90, according to forecasts from the pricing consultancy Brightmere "
            "Insight. The consultancy said the cap would rise in July.",
            "Bills will rise",
            "Brightmere Insight",
        ),
        # guard: "real estate developer" says what a person is
        (
            "Property developer Simon Hale said the plan was sound. Hale said work would start soon.",
            "Hale said work",
            "Simon Hale",
        ),
        # was "the operator": what "the operator" was found to be, it is still, far on
        (
            "Drivers on the Calder Rail network will strike. Calder Rail rejected that account. In a "
            "statement, "
            "the operator said its offer was fair. The union said the offer was an insult. Talks ended "
            "at midnight. Passengers were angry. Cafes shut early. Taxis were busy. According to the "
            "operator, one train in five will run.",
            "According to the operator",
            "Calder Rail",
        ),
        # was "Calder Line network": "the union" is no rail network
        (
            "Drivers on the Calder Line network will strike. Calder Line rejected that account. The "
            "union said the offer was an insult.",
            "The union said",
            "the union",
        ),
        # was "Shops": a plural opening a sentence ("Shops expect") is no firm for "the operator"
        (
            "Trains will stop at noon. Shops expect losses. According to the operator, one train in five "
            "will run.",
            "According to the operator",
            "the operator",
        ),
        # was "Living Wall": a book's title is no woman for "she"
        (
            "Ada Morrow dived the reef for forty years. Her 1981 book, The Living Wall, sold well. In an "
            "interview, she described her first dive as a shock.",
            "she described",
            "Ada Morrow",
        ),
        # was "Calum Morrow's nephew": "her nephew" is the nephew named before
        (
            "Ada Morrow never married. She is survived by her nephew, Calum Morrow. Her nephew said "
            "the funeral would be private.",
            "Her nephew said",
            "Calum Morrow",
        ),
    ],
)
def test_an_organisation_or_a_relative_said_again_is_the_one_named(text, part, speaker):
    assert _speaker(text, part) == speaker


def test_a_headline_told_to_do_something_is_told_not_telling():
    # was "Hollins Park Academy" / "told": the school is told, it tells no one
    assert (
        _speaker(
            "Ridgeway School told to improve after critical report\n\nThe school opened in 1972.",
            "Ridgeway School told",
        )
        is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "The Harwick Courier",  # the newsroom's name under the byline
        "This article was produced in partnership with the Lakeside Reporting Project.",
        "Do you have information about this story?",
        "Contact our investigations team at tips@harwickcourier.example.",
        "By Ellen Marsh | Education reporter",
    ],
)
def test_furniture_above_and_below_a_story_is_no_claim(line):
    text = (
        "Factory ignored warnings over conveyor\n"
        "By Ellen Marsh | Education reporter\n\n"
        "By Noor Hadley\n"
        "The Harwick Courier\n"
        "This article was produced in partnership with the Lakeside Reporting Project.\n\n"
        "The firm received nine warnings before the collapse, records show.\n\n"
        "Do you have information about this story? Contact our investigations team at "
        "tips@harwickcourier.example."
    )
    ex = extract_claims(text)
    assert all(line not in c.text for c in ex.claims)
    assert any(line == text[s:e].strip() for _, s, e in ex.skipped)
    assert any("nine warnings" in c.text for c in ex.claims)


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was no one: a poll is words one can dismiss
        (
            "The Green Alliance dismissed the poll. Turnout will be high.",
            "dismissed the poll",
            "Green Alliance",
        ),
        # was "Labour Party": "a party spokesperson" right after the party that opens the sentence
        (
            "The Labour Party led the poll. The Green Alliance dismissed the poll. A party spokesperson "
            'said: "Polls come and go."',
            "A party spokesperson",
            "Green Alliance",
        ),
        # was "Lund": a person's campaign opening the sentence before is no party
        (
            "Mikael Lund spoke in Molde. Lund's campaign was knocked off course on Monday. A party "
            "spokesman said the candidate had misspoken.",
            "A party spokesman",
            "a party spokesman",
        ),
        # was "Independent Office for Police Conduct": an office for the police is no force
        (
            "Officers from Marlbury Metropolitan Police cleared the road. The Independent Office for "
            "Police Conduct said it would review the footage. The officer has not been suspended, a "
            "force spokesman confirmed.",
            "The officer has not",
            "Marlbury Metropolitan Police",
        ),
        # guard: a regulator named before "a company spokesman" is not the company
        (
            "Ofwat, the water regulator, fined the firm. A company spokesman said the fine was unfair.",
            "A company spokesman",
            "a company spokesman",
        ),
        # was "an outside engineering firm": the name after the description of a report's author
        (
            "A 2022 report by an outside engineering firm, Halvorsen & Tate, recommended replacing the "
            "frame.",
            "A 2022 report",
            "Halvorsen & Tate",
        ),
        # was no one: what comes between the subject and the speech it goes on to make
        ("The minister went on to say that the plan was safe.", "went on to say", "the minister"),
        ("The minister was quick to insist that the plan was safe.", "quick to insist", "the minister"),
        ("The minister sought to reassure voters that the plan was safe.", "sought to", "the minister"),
        (
            "The judge, Mrs Justice Hale, intervened to remind both sides that the case was about truth.",
            "intervened to remind",
            "Mrs Justice Hale",
        ),
        # guards: nothing said yet, or nothing said
        ("The minister is expected to announce that the plan is safe.", "expected to", None),
        ("The minister declined to say whether the plan was safe.", "declined to say", None),
        ("The figures reassured investors.", "reassured", None),
        # was "the company": the business the story names all through, not one named once
        (
            "Brightwell Foods ignored warnings, documents show. Brightwell Foods employs 3,200 people. "
            "A report by an engineering firm, Halvorsen & Tate, urged repairs. In a response, Brightwell "
            "Foods said it disputed the account. The company said it had spent $12 million.",
            "The company said",
            "Brightwell Foods",
        ),
    ],
)
def test_sources_named_by_what_they_did_or_went_on_to_say(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was no one: people from how many places
        (
            "Negotiators from several European countries said privately that the figure was cut.",
            "Negotiators",
            "Negotiators from several European countries",
        ),
        # was "Diplomats": "they" after "announced by her family" is the family, whose owner is
        # the woman named (not the village of her home)
        (
            "Rosa Vell has died aged 91. Her death, at her home in the village of Saltmarsh Cove, was "
            "announced by her family. In a statement, they said she had died peacefully.",
            "they said",
            "Rosa Vell's family",
        ),
        # guard: "the family of medical-leave law" is no one's family
        (
            "That's like the family of medical-leave law. Doctors are angry. They say the rules are wrong.",
            "They say",
            "Doctors",
        ),
    ],
)
def test_groups_of_people_and_families(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Thursday 22 May",  # a date under the byline, without its year
        "LIVE UPDATES",  # a label
        "ELECTION 2025",
        "Political Editor Ann Vale reports from Tavira, Molde and Ostrava Bay",
    ],
)
def test_lines_between_headline_and_body_are_furniture(line):
    text = f"Ferreira targets pensioners in final week\n\n{line}\n\nThe prime minister visited a care home."
    ex = extract_claims(text)
    assert all(line not in c.text for c in ex.claims)
    assert any("care home" in c.text for c in ex.claims)


@pytest.mark.parametrize(
    "tail",
    [
        "Do you live in Ashcombe? Share your story: news@gazette.example",
        "Are you affected? Contact our newsdesk.",
        "Full coverage: Valdoria votes",
        "Match report: Harbridge City 0-5 Castleford Rovers",
    ],
)
def test_plugs_and_links_under_a_story_are_furniture(tail):
    text = f"Homes approved\n\nThe council approved 300 homes on Tuesday.\n\n{tail}"
    ex = extract_claims(text)
    assert [c.text for c in ex.claims] == ["Homes approved", "The council approved 300 homes on Tuesday."]


def test_a_question_in_the_body_stays_a_claim():
    # guard: a question that leads into no plug is the story's
    text = "Homes approved\n\nDo you live in Ashcombe? The council approved 300 homes there on Tuesday."
    assert any(c.text == "Do you live in Ashcombe?" for c in extract_claims(text).claims)


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was no one: verbs of speech newly known, each with what makes it speech
        ('"We are not a spare wheel," Eklund declared to loud cheers.', "declared", "Eklund"),
        ('Alasdair Renwick apologised "unreservedly" to the families.', "apologised", "Alasdair Renwick"),
        ("Analysts question whether the price will win buyers.", "question whether", "Analysts"),
        ("Councillors questioned why the firm had been chosen.", "questioned why", "Councillors"),
        ("Colleagues describe her as meticulous.", "describe her", "Colleagues"),
        ("Dr Yosef Amrani remembers being sent back to the field.", "remembers", "Dr Yosef Amrani"),
        ("Mortgage lenders said the decision would change little.", "Mortgage lenders", "Mortgage lenders"),
        # a participle after the apology speaks instead ("apologised in a video, saying …")
        (
            "Mathieu Dorne apologised in a video, saying the failure was unacceptable.",
            "Mathieu Dorne",
            "Mathieu Dorne",
        ),
        # guards: the same words used of no speech
        ("The suspect was questioned by police for six hours.", "questioned", None),
        ("She remembered her keys at the last minute.", "remembered", None),
        # was "McKinsey of American firms": the firm, not those it studied
        ("A study by McKinsey of American firms found that 30% would cut staff.", "A study", "McKinsey"),
        (
            "According to Bank of England officials, rates will rise.",
            "rates will rise",
            "Bank of England officials",
        ),
    ],
)
def test_more_verbs_of_speech(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "union": a headline's bare noun is the one of its kind the story names next
        (
            "Rail workers back strikes as union warns of disruption\n\nMembers of the Transport "
            "Workers' Federation have voted for strikes. The union announced the result on Monday.",
            "union warns",
            "Transport Workers' Federation",
        ),
        (
            "Rail workers back strikes as union warns of disruption\n\nMembers of the Transport "
            "Workers' Federation have voted for strikes. The union announced the result on Monday.",
            "The union announced",
            "Transport Workers' Federation",
        ),
        # was "the airline": a carrier is an airline
        (
            "Flights were grounded on Friday by the budget carrier SkyCorvid. The airline said a "
            "software update had failed.",
            "The airline said",
            "SkyCorvid",
        ),
        # was "the company": a firm that acts "on Tuesday", not a dateline's place
        (
            "Lumora unveils headset\n\nSAN MATEO, California\n\nLumora on Tuesday unveiled a headset. It "
            "weighs 190 grams. The company says it will reach Europe next year.",
            "The company says",
            "Lumora",
        ),
        # was "Mikael Lund": the prime minister "of the Social Democrats" is a person, and "she"
        (
            "Ferreira targets pensioners as Lund promises tax freeze\n\nPrime Minister Ines Ferreira of "
            "the Social Democrats visited a care home, where she promised to raise pensions.",
            "where she promised",
            "Prime Minister Ines Ferreira",
        ),
        # was "the club": the club the story opens with, not "the 49-year-old Swede"
        (
            "Harbridge City have sacked manager Viktor Sallander after a 5-0 defeat. The 49-year-old "
            "Swede won four of 21 games. In a statement, the club said it thanked him.",
            "the club said",
            "Harbridge City",
        ),
    ],
)
def test_organisations_called_by_what_they_are(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was no one: documents and when they came out, what an inquiry looked into, a poll's figure
        (
            "A World Bank assessment published last year found that most homes were unsafe.",
            "A World Bank",
            "World Bank",
        ),
        (
            "A survey of 2,100 voters by the Norrvik Institute, published on Wednesday, put the Greens "
            "on 31%.",
            "A survey",
            "Norrvik Institute",
        ),
        (
            "An independent inquiry into maternity care at St Aldric's Hospital in Brantwick has found that "
            "managers ignored warnings.",
            "An independent inquiry",
            "an independent inquiry",
        ),
        (
            "The bank held rates. The bank's quarterly forecast, released on Thursday, shows inflation "
            "falling.",
            "quarterly forecast",
            "the bank",
        ),
        (
            "Two members voted for a cut, according to minutes published alongside the announcement.",
            "Two members",
            "minutes published alongside the announcement",
        ),
        # guards: "put" with its particle is no document's figure
        ("The 9/11 Commission put out a report that said America is safer.", "Commission put out", None),
    ],
)
def test_documents_that_find_and_put(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Inquiry finds 'culture of silence' at maternity unit", "inquiry"),
        ("Report links failings to 19 deaths", "report"),
    ],
)
def test_a_headline_opening_with_its_document(headline, speaker):
    assert _speaker(headline + "\n\nThe unit closed in 2021.", headline) == speaker


def test_the_singer_is_the_singer_named_not_the_nearest_person():
    # was "Fiona Castellane KC": "the singer" is the singer the text names, not the barrister before
    text = (
        "Singer Delphine Marr tells court of trust\n\nPop star Delphine Marr told the High Court that "
        "her husband had hidden money.\n\nHis barrister, Fiona Castellane KC, said the trust was legal. "
        'Ms Castellane suggested that this was "a convenient memory". The singer said it was the truth.'
    )
    assert _speaker(text, "The singer said") == "Delphine Marr"


def test_a_spouse_of_a_couple_named_together():
    # was "her husband": after "Mark and Jenny Fraser" he is Mark Fraser
    text = "Mark and Jenny Fraser lost their son in 2019. Her husband said he wanted answers."
    assert _speaker(text, "Her husband said") == "Mark Fraser"


def test_the_company_is_the_business_named_since_the_names_opening_sentences():
    # was "the company": "Britain's fourth-largest supermarket" and a "Business desk" line open
    # sentences before Bramleys is named; after it, "the company" is Bramleys
    text = (
        "Bramleys slashes prices\n\nBusiness desk | Thursday 6 February 2025 07:00\n\nBritain's "
        "fourth-largest supermarket has cut 500 prices.\n\nBramleys said on Wednesday that it would "
        "invest £120m. The reductions average 9%, the company said."
    )
    assert _speaker(text, "The reductions") == "Bramleys"


def test_the_company_is_the_business_whose_first_word_opens_a_sentence():
    # was "the company": "Severnmoor" opening a sentence is "Severnmoor Water", named twice before
    text = (
        "Severnmoor Water was fined £4m. Severnmoor Water admitted the spills. The court heard from "
        "the agency. The judge was blunt. Severnmoor apologised in a statement. The company said the "
        "fine would be paid by shareholders."
    )
    assert _speaker(text, "The company said") == "Severnmoor Water"


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was no one: "what she called" with her words quoted right after
        (
            "Judge Felicity Crane sentenced him. The judge thanked the jurors for what she called "
            '"their careful attention".',
            "The judge thanked",
            "Judge Felicity Crane",
        ),
        # guard: "what it calls" names no one ("it" may be anything the sentence names)
        (
            'Northline has offered 4.5%, tied to what it calls "modernised working practices".',
            "Northline has offered",
            None,
        ),
        # was no one: a source puts a figure at a number
        ("The education ministry put participation at 61%.", "put participation", "the education ministry"),
        # was no one: "telling" after a comma speaks for the clause's subject, as "saying" does
        (
            "Dr Elaine Whitford said the drug worked. She declined to say what it would cost, telling "
            'analysts that talks were "premature".',
            "She declined",
            "Dr Elaine Whitford",
        ),
        # guard: a person between commas right before the participle is its subject
        (
            "I remember the President, who was willing to debate, President Ford, telling people not to "
            "vote for promises.",
            "I remember",
            "President Ford",
        ),
        # was no one: people in the plural by their trade
        (
            "Independent cardiologists welcomed the findings but said more detail was needed.",
            "Independent",
            "Independent cardiologists",
        ),
    ],
)
def test_quoted_names_figures_and_participles(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "text, part, speaker",
    [
        # was "Auburn Springs": a relative clause after the role is no name of hers
        (
            "Governor Daniel Whitcombe declared an emergency. The governor, who toured a shelter in "
            "Auburn Springs, said the state had asked for help.",
            "The governor, who",
            "Governor Daniel Whitcombe",
        ),
        # was no one: the inverted role and name, then where
        (
            '"We are seeing extreme fire behaviour," said Cal Fire battalion chief Marisol Ortega at an '
            "afternoon briefing.",
            "We are seeing",
            "Marisol Ortega",
        ),
        # was "the judge": beside "the Lord Chief Justice" (a title no one is named for), the judge
        # the story names all through
        (
            "Justice Margaret Oyelaran steps down\n\nMargaret Oyelaran retired on Friday. Lady Justice "
            "Oyelaran, 72, was born in Lagosport. The Lord Chief Justice praised her. Tributes were paid. "
            "Lawyers came. Clerks came. Ushers came. In retirement, the judge plans to chair a charity. "
            "She also intends, she said, to learn the cello.",
            "She also intends",
            "Justice Margaret Oyelaran",
        ),
    ],
)
def test_roles_clauses_and_titles_alone(text, part, speaker):
    assert _speaker(text, part) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "By Owen Markland, Crime Reporter | 2 October 2024",
        "Business desk | Thursday 6 February 2025 07:00",
        "BOSTON, Sept. 9, 2024, 4:31 PM ET",
    ],
)
def test_bylines_desks_and_datelines_with_their_times(line):
    text = f"Man guilty of murder\n\nJury out for four hours\n\n{line}\n\nA man was found guilty on Tuesday."
    ex = extract_claims(text)
    assert [c.text for c in ex.claims] == [
        "Man guilty of murder",
        "Jury out for four hours",
        "A man was found guilty on Tuesday.",
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "If you have been affected by the issues in this story, support is available from the Samaritans.",
        "Reaction to the assisted dying vote as it happened",
        "Full results and the men's singles draw are available on our sport pages.",
    ],
)
def test_helplines_and_pointers_under_a_story(tail):
    text = f"Bill passes\n\nMPs voted 330 to 275 for the bill.\n\n{tail}"
    assert [c.text for c in extract_claims(text).claims] == [
        "Bill passes",
        "MPs voted 330 to 275 for the bill.",
    ]


def test_a_dateline_with_a_state_abbreviation_before_its_dash_is_not_a_sentence():
    # was "PINE HOLLOW, Calif." as a sentence and the rest as a bullet
    text = "Fire spreads\n\nPINE HOLLOW, Calif. — More than 12,000 people were told to leave on Monday."
    ex = extract_claims(text)
    assert ex.claims[-1].text == "More than 12,000 people were told to leave on Monday."
    assert ex.claims[-1].kind == "sentence"


def test_a_statement_read_out_is_theirs_in_the_paragraphs_after():
    # was no one's: the quotation after "read a statement on behalf of the family"
    text = (
        "Outside court, the victim's widow read a statement on behalf of the family.\n\n"
        '"Ravi was the kindest man any of us knew. He worked long hours.\n\n'
        '"On that night he was doing his job."\n\n'
        "The defendant will be sentenced on Friday."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "He worked long hours").speaker == "the victim's widow"
    assert claim_with(ex, "He worked long hours").attribution == "read a statement, introducing this passage"
    assert claim_with(ex, "On that night").speaker == "the victim's widow"
    assert claim_with(ex, "The defendant will").speaker is None
    assert _speaker("She read the letter aloud.", "She read") is None  # guard: no statement


def test_a_body_named_after_a_person_is_no_person():
    # a given name, a surname and "Institute": a body, never a person of the people index (many
    # such bodies each said once made the index of people grow with every one)
    text = (
        "A survey by the Ana Bokute Institute, published on Wednesday, put the party on 31%. "
        "She said the poll was wrong."
    )
    assert _speaker(text, "A survey") == "Ana Bokute Institute"
    assert _speaker(text, "She said") is None  # no woman named: not "Ana Bokute Institute"


def test_an_analyst_of_a_firm_is_the_analyst():
    # was "Tallis Insight": where she works, between commas after her name, is not the speaker
    text = (
        "Industry analyst Beatrice Nwosu, of the research firm Tallis Insight, said the cuts were "
        "overdue. She said rivals would follow."
    )
    assert _speaker(text, "Industry analyst") == "Beatrice Nwosu"
    assert _speaker(text, "She said rivals") == "Beatrice Nwosu"
    # guard: an owner described before its name still speaks by the name
    assert (
        _speaker("The plant's owner, the steel group Stahlvik, said it would close.", "The plant")
        == "Stahlvik"
    )


@pytest.mark.parametrize(
    "tail",
    [
        "To share information about this story, email tips@ledger.example",
        "Follow all the latest transfer news on our live blog",
        "Politics Daily: get the day's top political stories in your inbox every evening",
    ],
)
def test_calls_for_tips_live_blogs_and_newsletters_are_furniture(tail):
    text = f"Jobs cut\n\nThe firm cut 300 jobs on Monday.\n\n{tail}"
    assert [c.text for c in extract_claims(text).claims] == ["Jobs cut", "The firm cut 300 jobs on Monday."]


def test_a_firm_named_after_what_its_people_are():
    # was "the retail analysts", then "the firm": the firm named after what its people are
    text = (
        "Research by the retail analysts Kantwell, published on Tuesday, found that own-label sales "
        "rose. Shoppers spent less each time, the firm said."
    )
    assert _speaker(text, "Research by") == "Kantwell"
    assert _speaker(text, "Shoppers spent") == "Kantwell"
    assert _speaker("According to the analysts, prices will rise.", "prices") == "the analysts"  # guard
