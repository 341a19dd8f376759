"""Regression tests for sources a desk saw named after what they are (issue #11, item 4: the
siblings of "the city's" and of "She said" tied to no one): "according to shipping data firm
Kpler", "The regulator, Ofwat, said", "the charity" after "The Rivers Trust, a conservation
charity,", "the Dutchman said" after Arne Slot, and a breaking-news alert written in capitals.

Every text here was written for these tests, in the shape of the text that went wrong.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import only_claim


def speakers(text):
    return [c.speaker for c in extract_claims(text).claims]


# --- a name after what it is: the name speaks -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "how"),
    [
        # each of these had no speaker, or "firm Kpler", before
        ("Exports fell 8% in March, according to shipping data firm Kpler.", "Kpler", "according to"),
        ("Asking prices rose 3%, according to property website Rightmove.", "Rightmove", "according to"),
        ("Rents climbed again, according to the estate agency Savills.", "Savills", "according to"),
        ("Turnout was 60%, according to election monitor Golos.", "Golos", "according to"),
        ("Prices rose, according to data from property website Zoopla.", "Zoopla", "according to data"),
        ("Sales rose 4%, according to figures from research firm Kantar.", "Kantar", "according to figures"),
        ("Exports fell 8% in March, shipping data firm Kpler said.", "Kpler", "said"),
        ("Asking prices rose 3%, said property website Rightmove.", "Rightmove", "said"),
        ("Shipping data firm Kpler said exports fell 8% in March.", "Kpler", "said"),
        ("UK regulator Ofcom said complaints rose by a fifth.", "Ofcom", "said"),
        # the name, not what it is, between commas
        ("The regulator, Ofwat, said the spills had gone on for three years.", "Ofwat", "said"),
        ("The union, Unite, said 900 members would strike.", "Unite", "said"),
        ("The airline, easyJet, said 40 flights were cancelled.", "easyJet", "said"),
        ("Its parent company, Meta, said the outage lasted two hours.", "Meta", "said"),
    ],
)
def test_a_source_described_before_its_name_is_shown_by_its_name(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prices rose 4% in May, according to the firm.", "the firm"),  # no name after it
        ("The regulator, in a statement, said bills would rise by 6%.", "the regulator"),  # no name between
        ("The report, Fixing the Future, said 40% of schools were short of staff.", "the report"),  # a title
        ("The chief executive, Dana Moore, said 300 jobs would go.", "Dana Moore"),  # a person, as before
        ("Liverpool boss Arne Slot said the penalty was clear.", "Arne Slot"),  # a person's role, as before
        # a day is no name, in American style ("company Monday" before)
        ("The company Monday said profits rose 4% in the quarter.", "the company"),
    ],
)
def test_what_is_no_name_after_a_description_stays_as_written(text, speaker):
    assert only_claim(text).speaker == speaker


# --- "the charity", "the website": the organisation named so before ------------------------------


def test_the_charity_is_the_organisation_called_a_charity_where_it_was_named():
    text = (
        "The Rivers Trust, a conservation charity, said the fine was too small. "
        '"This is a drop in the ocean," the charity said.'
    )
    assert speakers(text) == ["Rivers Trust", "Rivers Trust"]  # "the charity" before


def test_the_website_is_the_one_named_after_website():
    text = "Prices rose 3%, according to property website Rightmove. The website said demand was strong."
    assert speakers(text) == ["Rightmove", "Rightmove"]


def test_the_latest_organisation_called_so_is_the_one():
    text = (
        "The Rivers Trust, a charity, said the rivers were dirty. Oxfam, another charity, said aid "
        "was late. The charity said it would appeal."
    )
    assert speakers(text) == ["Rivers Trust", "Oxfam", "Oxfam"]


def test_the_charity_after_the_one_organisation_named_is_it():
    # was "the charity" (the text never says Oxfam is one); session 23: the one organisation
    # named before, as a reader takes it
    text = "Oxfam said aid was late. The charity said 300 volunteers had signed up."
    assert speakers(text) == ["Oxfam", "Oxfam"]


def test_the_charity_after_two_organisations_or_a_council_stays_as_written():
    assert speakers("Oxfam and Save the Children said aid was blocked. The charity said trucks waited.")[
        -1
    ] == ("the charity")
    assert speakers("Fernbridge Council said 40 homes flooded. The charity said it had opened a shelter.")[
        -1
    ] == ("the charity")


def test_a_headline_word_inside_the_firms_name_is_the_same_firm():
    # "Water company" in the headline was a second business, so "the company" was no one
    text = (
        "Water company fined £11m over sewage spills\n\n"
        "Thames Water has been fined £11m after failing to report 900 spills.\n\n"
        'In a statement, the company said: "We accept the findings in full."'
    )
    assert speakers(text)[-1] == "Thames Water"


def test_an_organisation_called_a_regulator_is_not_the_company():
    text = "The regulator, Ofwat, said the spills went on for years. The company said it would appeal."
    assert speakers(text) == ["Ofwat", "the company"]


# --- "the Dutchman": the person named before --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Liverpool boss Arne Slot named his side. "We were brilliant," the Dutchman said.', "Arne Slot"),
        ('Liverpool boss Arne Slot named his side. "We were brilliant," said the Dutchman.', "Arne Slot"),
        ('Sarina Wiegman picked her squad. "We are ready," the Dutchwoman said.', "Sarina Wiegman"),
        ('Carlo Ancelotti rested two. "They were tired," the 65-year-old Italian said.', "Carlo Ancelotti"),
    ],
)
def test_a_person_called_by_nationality_is_the_person_named_before(text, speaker):
    assert speakers(text)[-1] == speaker  # "Dutchman", "Dutchwoman", none before


def test_a_nationality_that_is_also_a_nation_is_not_one_person():
    text = "Foreign minister Wang Yi met the envoy on Monday. The Chinese said the talks were useful."
    assert speakers(text)[-1] != "Wang Yi"


def test_a_man_by_nationality_is_not_the_woman_named_last():
    text = (
        "Frenkie de Jong was booked. His coach, Emma Hayes, watched from the stands. "
        '"The referee was fair," the Dutchman said.'
    )
    assert speakers(text)[-1] == "Frenkie de Jong"


# --- an alert in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "how"),
    [
        ("TWO DEAD AFTER TRAIN DERAILS NEAR CARLISLE, CUMBRIA POLICE SAY.", "Cumbria Police", "say"),
        ("NETWORK RAIL SAID THE LINE WOULD STAY SHUT UNTIL MONDAY.", "Network Rail", "said"),
        ("THE PRIME MINISTER SAID HIS THOUGHTS WERE WITH THE FAMILIES.", "Prime Minister", "said"),
        ("ALL SERVICES NORTH OF PRESTON ARE CANCELLED, ACCORDING TO THE BBC.", "BBC", "according to"),
    ],
)
def test_an_alert_in_capitals_names_its_source(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)  # no speaker before
    assert c.text == text  # the claim is the text as written, in capitals


def test_capitals_without_a_source_name_no_one():
    assert only_claim("WE ARE OPEN AS USUAL THIS WEEKEND.").speaker is None


# --- an organisation called again by a shorter name, or by "it" -------------------------------------


def test_the_bank_is_the_bank_of_england_named_before_and_so_is_it():
    text = (
        "The Bank of England has held interest rates at 4%.\n\n"
        "Governor Andrew Bailey said the committee wanted to be sure inflation was falling.\n\n"
        "The Bank said inflation would peak at 4% in September. It added that growth would be weaker."
    )
    assert speakers(text) == [None, "Governor Andrew Bailey", "Bank of England", "Bank of England"]  # "Bank"


def test_the_bank_with_no_bank_named_stays_as_written():
    assert only_claim("The Bank said inflation would peak at 4% in September.").speaker == "Bank"


def test_the_air_force_is_the_one_whose_air_force_spoke_before():
    text = (
        "Russia launched 810 drones overnight, Ukraine's air force said. Air defences shot down 747 "
        "drones, the air force said in a statement."
    )
    assert speakers(text) == ["Ukraine's air force", "Ukraine's air force"]  # "the air force"


def test_a_think_tank_described_with_a_capital_is_the_think_tank():
    text = (
        "The Institute for the Study of War, a US-based think tank, said the strikes were meant to "
        "apply pressure. The think tank added that Russia was rebuilding its stock of missiles."
    )
    assert speakers(text) == ["Institute for the Study of War"] * 2  # "the think tank"


def test_it_after_the_company_is_the_company_named_before():
    text = (
        "OpenAI says ChatGPT now has 800 million weekly users. In a blog post, the company said it "
        "would let developers build apps. It said four million developers had used its tools."
    )
    assert speakers(text) == ["OpenAI"] * 3  # "the company" for the last


def test_the_force_is_the_police_force_named_before():
    text = "Kent Police said the port was closed for hours. The force added that queues stretched for miles."
    assert speakers(text) == ["Kent Police", "Kent Police"]  # "the force"


def test_a_name_inside_a_longer_name_is_the_longer_one():
    text = (
        "Guy's and St Thomas' NHS Foundation Trust said it had contacted every patient affected. "
        "The trust added that no clinical data had been published."
    )
    assert speakers(text) == ["Guy's and St Thomas' NHS Foundation Trust"] * 2  # "NHS Foundation Trust"


# --- people: a role before the name, a seat's letters, one resident -----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Passenger Amira Hussain, 34, said she had waited on board for five hours.", "Amira Hussain"),
        ("Manager Mikel Arteta said talks had taken more than a month.", "Mikel Arteta"),
        ('Labour MP Dawn Butler said the breach was "unacceptable".', "Dawn Butler"),
        ("SNP MSP Kate Forbes said the budget would be balanced.", "Kate Forbes"),
        # a title is part of how a person is named, as before
        ("Governor Andrew Bailey said the committee wanted to be sure.", "Governor Andrew Bailey"),
        ("Sheriff Dwight Hale said two deputies were hurt.", "Sheriff Dwight Hale"),
    ],
)
def test_a_role_or_a_seat_before_a_name_is_not_the_name(text, speaker):
    assert only_claim(text).speaker == speaker


def test_ms_butler_is_the_mp_named_before():
    text = (
        'Labour MP Dawn Butler said the breach was "unacceptable". Ms Butler, who represents Brent '
        "East, told the Commons she had written to the health secretary."
    )
    assert speakers(text) == ["Dawn Butler", "Dawn Butler"]  # "Ms Butler" for both before


def test_she_after_one_resident_is_that_resident_not_the_forecaster():
    text = (
        "Met Office meteorologist Alex Deakin said the heat would peak on Saturday. One resident, who "
        'did not want to be named, said her flat had reached 31C. "You just can\'t sleep," she said.'
    )
    assert speakers(text)[-1] == "One resident"  # "Alex Deakin" before


# --- "according to" a common noun no list holds ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sales fell 8% in the quarter, according to the carmaker.", "the carmaker"),
        ("Nobody was hurt, according to the local fire brigade.", "the local fire brigade"),
        ("The vote was delayed, according to the man who chairs the committee.", None),  # a clause
        ("The figures are wrong, according to a growing number of economists.", None),
        ("Every child goes to school until 16, according to the law.", None),  # in keeping with it
    ],
)
def test_according_to_a_common_noun_is_that_source_as_written(text, speaker):
    assert only_claim(text).speaker == speaker  # none for the first two before


def test_the_search_giant_is_not_the_firm_named_before_another_name():
    text = (
        "OpenAI says ChatGPT has 800 million weekly users. Google's Gemini app has 450 million "
        "monthly users, according to the search giant."
    )
    assert speakers(text) == ["OpenAI", "the search giant"]  # "OpenAI" for both, the first version


def test_the_minister_is_the_person_named_after_minister_in_lower_case():
    text = (
        "Policing minister Dame Diana Johnson said the threshold would go. "
        '"Shop theft is not a victimless crime," the minister said.'
    )
    assert speakers(text) == ["Dame Diana Johnson"] * 2  # "the minister" before


def test_the_chief_executive_is_the_one_named_so():
    text = (
        "Chief executive Sam Altman announced the figure on Monday. Rival Anthropic said its "
        'revenue had doubled. "We are only getting started," the chief executive said.'
    )
    assert speakers(text)[-1] == "Sam Altman"


def test_a_question_asking_what_was_said_names_no_speaker():
    text = "What has the government said?\n\nTransport Secretary Heidi Alexander said she was shocked."
    assert speakers(text) == [None, "Transport Secretary Heidi Alexander"]  # "the government" before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The chain will close 300 stores this month, one of the people said.", "one of the people"),
        ("The chain will close 300 stores this month, one of the sources said.", "one of the sources"),
        ("The chain will close 300 stores, and two of them said the plans were final.", "two of them"),
        ("Her Downton Abbey co-star Hugh Bonneville said she was a legend.", "Hugh Bonneville"),
        ("Their lawyer Sarah Jones said they would appeal the ruling.", "Sarah Jones"),
        # (as "One minister" is written: "backbencher" is now a word for a person)
        ('One backbencher told the BBC: "This is the wrong decision."', "One backbencher"),
    ],
)
def test_some_of_a_group_or_a_role_owned_by_someone_speak_as_named(text, speaker):
    # none, "the sources", "her Downton Abbey co-star Hugh Bonneville", "their lawyer Sarah Jones" before
    assert only_claim(text).speaker == speaker


def test_one_after_people_in_the_plural_is_one_of_them():
    text = (
        "Witnesses described seeing a man running from the scene. One told the Bristol Post: "
        '"There was blood everywhere."'
    )
    # (what witnesses described seeing is their account: theirs)
    assert speakers(text) == ["Witnesses", "one of the witnesses"]


def test_one_with_no_people_before_names_no_one():
    text = 'The bridge collapsed at 7.30am. One told the Bristol Post: "There was blood everywhere."'
    assert speakers(text) == [None, None]


def test_a_countrys_office_between_commas_is_named_by_its_name():
    text = "Germany's statistics office, Destatis, said prices there rose 2.2% in November."
    assert only_claim(text).speaker == "Destatis"  # "Germany's statistics office" before


def test_the_operator_and_the_airline_are_the_businesses_called_so():
    text = (
        "Ryanair cuts flights to Spanish airports\n\n"
        "Ryanair will cut 800,000 seats in Spain this winter.\n\n"
        "Chief executive Michael O'Leary said airport operator Aena had failed to help. The airline "
        "said it would move the aircraft to Italy.\n\n"
        'Aena rejected the criticism. The operator said its charges were "among the lowest".'
    )
    # "the airline" and "the operator" before: two businesses named, neither one said; rejecting
    # the criticism is Aena's word
    assert speakers(text)[-4:] == ["Michael O'Leary", "Ryanair", "Aena", "Aena"]


def test_a_name_opening_one_sentence_only_is_not_the_airline():
    text = "Core inflation held at 2.7% in May. The airline said fares would rise."
    assert speakers(text) == [None, "the airline"]


def test_vs_before_a_number_ends_no_sentence():
    text = "The U.K. economy grew 0.1% in Q3, vs. 0.5% in Q2, the O.N.S. said. Economists expected more."
    assert [c.text for c in extract_claims(text).claims] == [
        "The U.K. economy grew 0.1% in Q3, vs. 0.5% in Q2, the O.N.S. said.",  # split after "vs." before
        "Economists expected more.",
    ]


def test_she_and_he_find_the_woman_and_the_man_named_before_not_a_place():
    text = (
        "Gov. Kathy Hochul met Sen. Chuck Schumer on Friday. They discussed the subway line to Hudson "
        'Yards. "Is this the end?" she asked. "No!" he replied.'
    )
    # "Hudson Yards" was a person, and "Kathy" no woman's name: both were "Hudson Yards"
    assert speakers(text)[-2:] == ["Gov. Kathy Hochul", "Sen. Chuck Schumer"]


def test_a_persons_company_between_commas_is_named_by_its_name():
    text = "J.K. Rowling's company, Blair Partnership Ltd., said sales rose 12.5% to £3.2m."
    assert only_claim(text).speaker == "Blair Partnership Ltd."


@pytest.mark.parametrize(
    "furniture",
    [
        "More follows.",
        "More to follow.",
        "This is a breaking news story and will be updated.",
        "Anyone with information is asked to call 101, quoting reference 2400123456.",
        "Anyone with information should contact Kent Police or Crimestoppers anonymously on 0800 555 111.",
        "Crimestoppers can be contacted anonymously on 0800 555 111.",
    ],
)
def test_a_wire_note_or_a_police_appeals_standard_line_is_no_claim(furniture):
    ex = extract_claims(f"A cyclist was seriously injured in Cardiff on Friday, police said.\n\n{furniture}")
    assert [c.text for c in ex.claims] == [
        "A cyclist was seriously injured in Cardiff on Friday, police said."
    ]


def test_an_appeal_inside_a_quotation_stays_part_of_the_claim():
    text = 'Det Sgt Rhys Evans said: "We are appealing for anyone with information to call us."'
    assert only_claim(text).text == text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement from Tesco said prices would fall by 5%.", "Tesco"),  # "statement from Tesco"
        ("A letter from the council said the road would close for 6 weeks.", "the council"),
        (
            "The King will visit Canada in May, Buckingham Palace has announced. A statement from the "
            "palace said the visit would last two days.",
            "Buckingham Palace",  # none before
        ),
    ],
)
def test_a_document_opening_its_clause_speaks_for_whoever_issued_it(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_quotation_after_what_someone_said_is_theirs_across_paragraphs():
    text = (
        'Mayor Sadiq Khan said the charge had cut traffic by a third. "When we started, people said '
        'it would never work.\n\n"Now cities around the world copy us. The air is cleaner."\n\n'
        "Critics disagree."
    )
    # the three sentences of the quotation had no speaker before
    assert speakers(text) == ["Mayor Sadiq Khan"] * 4 + [None]


def test_a_quotation_with_its_own_speaker_after_what_someone_said_stays_theirs():
    text = 'The council said the road would close. "We were never asked," one resident said.'
    assert speakers(text) == ["the council", "one resident"]


def test_a_quotation_after_a_short_sentence_opening_with_a_person_is_theirs():
    # session 23 (was None): news copy introduces a quotation so, with no verb of saying
    text = 'Mayor Sadiq Khan opened the new station. "It is a great day for London."'
    assert speakers(text)[-1] == "Mayor Sadiq Khan"


def test_a_quotation_after_a_sentence_naming_a_person_later_has_no_speaker():
    text = 'Police arrested Tom Reed on Monday. "It is a great day for London."'
    assert speakers(text)[-1] is None


def test_a_spokeswoman_for_the_company_speaks_for_the_business_named_before():
    text = (
        "The brewery, Marston's, says it offered the building to the village first. A spokeswoman "
        'for the company said the sale "followed every rule".'
    )
    assert speakers(text) == ["Marston's", "Marston's"]  # "the brewery", "a spokeswoman for the company"


def test_a_spokeswoman_for_the_company_with_no_business_named_stays_as_written():
    text = 'A spokeswoman for the company said the sale "followed every rule".'
    assert only_claim(text).speaker == "a spokeswoman for the company"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Last year the ONS said inflation had peaked at 11.1%.", "ONS"),  # "Last year the ONS" before
        ("Yesterday Kent Police said two men were held.", "Kent Police"),
        ("This week Tesco said sales rose 4%.", "Tesco"),
    ],
)
def test_a_time_opening_the_sentence_without_a_comma_is_not_the_source(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two inserted phrases: no speaker before
        (
            "Prof Jane Smith, from the University of Leeds, who led the study, said the results were clear.",
            "Prof Jane Smith",
        ),
        # where the person works is not part of the name: "Dr Tom Brown of Imperial College London" before
        (
            "The lead author, Dr Tom Brown of Imperial College London, told the BBC more work was needed.",
            "Dr Tom Brown",
        ),
        # a time between commas, as before
        ("General Twining, in January, in a speech, described the plan as sound.", None),
    ],
)
def test_a_person_before_what_is_said_of_them_between_commas(text, speaker):
    assert only_claim(text).speaker == speaker


def test_the_former_prime_minister_is_the_one_named_so_in_lower_case():
    text = (
        "Former prime minister Boris Johnson spoke at the dinner. "
        '"Brexit was the right choice," the former prime minister said.'
    )
    assert speakers(text)[-1] == "Boris Johnson"  # "the former prime minister" before


def test_the_watchdog_is_the_regulator_named_before():
    text = (
        "The price cap will rise by 2% in October, the regulator Ofgem has announced. A typical "
        "household will pay £1,755 a year, the watchdog said."
    )
    assert speakers(text) == ["Ofgem", "Ofgem"]  # "the watchdog" before


def test_the_company_is_the_firm_named_opening_two_sentences():
    text = (
        "Tesla profits fall as sales slump\n\n"
        "Tesla's profits fell 71% in the first three months of the year.\n\n"
        "The company, run by Elon Musk, said net income fell to $409m."
    )
    assert speakers(text)[-1] == "Tesla"  # "the company" before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Elon Musk spoke on a call. "My time at Doge will drop," the billionaire said.', "Elon Musk"),
        ('Singer Adele Adkins cancelled two shows. "I am so sorry," the singer said.', "Adele Adkins"),
    ],
)
def test_a_person_called_by_what_they_are_is_the_person_named_before(text, speaker):
    assert speakers(text)[-1] == speaker  # "the billionaire", "the singer" before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a statement, the family of Alice Grant, 29, said she was the light of our lives.",
            "the family of Alice Grant",
        ),
        ("Lawyers for Daniel Hart said he would appeal the sentence.", "Lawyers for Daniel Hart"),
        ("The widow of Alan Grant said he was kind to everyone.", "widow of Alan Grant"),
        ("Aides to Donald Trump said he would sign the bill.", "Aides to Donald Trump"),
        ("A lawyer representing Daniel Hart said he was sorry.", "lawyer representing Daniel Hart"),
        ("A spokeswoman for Rachel Reade said 12 jobs would stay.", "Rachel Reade"),  # as before
    ],
)
def test_people_speaking_for_someone_named_are_not_that_person(text, speaker):
    # "Alice Grant", "Daniel Hart", "Alan Grant" before: the victim or the defendant, not who spoke
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"He is sorry for what he did," said a lawyer for Daniel Hart.', "a lawyer for Daniel Hart"),
        ('"We want justice for our girl," said the mother of Sarah Everard.', "the mother of Sarah Everard"),
        ("She was kind to everyone, according to the family of Alice Grant.", "the family of Alice Grant"),
        ("She had been unwell for months, according to friends of Alice Grant.", "friends of Alice Grant"),
    ],
)
def test_people_speaking_for_someone_named_after_the_verb_are_not_that_person(text, speaker):
    # "Daniel Hart", "Sarah Everard", "the family", none before
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Starmer: We will fix the NHS within five years", "Starmer"),  # none before
        ("Hart: 'I did nothing wrong'", "Hart"),
        ("Live: We are following the latest", None),  # a kicker, cut from the claim
        ("Budget 2024: What it means for you", None),
        ("Ukraine: the latest on the war", None),  # not in the first person
    ],
)
def test_a_headline_label_before_words_in_the_first_person_is_who_said_them(headline, speaker):
    ex = extract_claims(f"{headline}\n\nThe prime minister made the pledge in a speech in Leeds.")
    assert ex.claims[0].speaker == speaker
