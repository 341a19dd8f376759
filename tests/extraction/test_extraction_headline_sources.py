"""Regression tests for who said a claim, fifth round: headlines that name their source without an
article, documents and organisations that find things out, names after what they are to another
organisation, people named after their role, and no one in particular. Every sentence is our own.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with, only_claim

_BODY = "\n\nRents rose by 4% in London last year."


def _headline(text):
    return claim_with(extract_claims(text + _BODY), text)


@pytest.mark.parametrize(
    "headline, speaker, how",
    [
        ("Rents to rise 9% next year, survey suggests", "survey", "suggests"),
        ("Daily glass of orange juice linked to lower blood pressure, study finds", "study", "finds"),
        ("Rail fares to rise again in March, report says", "report", "says"),
        ("Rents to rise 9% next year, says think tank", "think tank", "says"),
        ("Rents to rise 9% next year, think tank says", "think tank", "says"),
        ("Rents to rise 9% next year, new study finds", "new study", "finds"),
        ("Heathrow third runway 'will create 100,000 jobs', airport claims", "airport", "claims"),
        ("Study finds rents will rise 9% next year", "study", "finds"),
        ("New poll shows Labour ahead in Wales", "new poll", "shows"),
        ("Latest figures show rents up 9% in a year", "latest figures", "show"),
    ],
)
def test_a_headline_names_its_source_without_an_article(headline, speaker, how):
    claim = _headline(headline)
    assert (claim.speaker, claim.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "headline",
    [
        "Rents to rise 9% next year, he says",  # a pronoun: whoever the article names
        "Report finds.",  # a sentence, not a headline opening with its document
    ],
)
def test_a_headline_tail_needs_a_source_noun(headline):
    assert _headline(headline).speaker is None


@pytest.mark.parametrize(
    "headline, speaker, how",
    [
        ("Jury told defendant 'planned' warehouse fire", "the jury", "was told"),
        ("Inquest told nurse raised alarm twice", "the inquest", "was told"),
        ("MPs told NHS waiting lists will fall by 2026", "MPs", "were told"),
    ],
)
def test_a_headline_s_hearing_was_told_by_someone_unnamed(headline, speaker, how):
    claim = _headline(headline)
    assert (claim.speaker, claim.attribution) == (speaker, how)


def test_a_hearing_that_tells_someone_in_a_sentence_still_speaks():
    claim = only_claim("The court told the defendant that he would be sentenced in June.")
    assert (claim.speaker, claim.attribution) == ("the court", "told")
    # (told to do something: an instruction, no one's claim; the twelfth round)
    claim = only_claim("The court told the defendant to stand up.")
    assert (claim.speaker, claim.attribution) == (None, None)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Rents rose 9%, according to a study of 1,200 adults.", "a study"),
        ("Rents rose 9%, according to a new survey.", "a new survey"),
        ("According to an internal memo, rents rose 9% last year.", "an internal memo"),
    ],
)
def test_according_to_a_document_no_source_is_named_for_is_the_document(text, speaker):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, "according to")


def test_according_to_a_document_by_someone_is_theirs():
    claim = only_claim("Rents rose 9%, according to a study by the housing charity Shelter.")
    assert (claim.speaker, claim.attribution) == ("Shelter", "according to a study")


@pytest.mark.parametrize(
    "headline",
    [
        "Survey: what tenants told us about rents",
        "Question Time: what the panel said about the NHS",
        "What the IFS says",
    ],
)
def test_what_someone_said_as_a_heading_names_no_speaker(headline):
    assert _headline(headline).speaker is None


def test_what_someone_says_before_their_words_is_theirs():
    claim = only_claim("What Michael says, don't put all these rules on us and hold us to account.")
    assert (claim.speaker, claim.attribution) == ("Michael", "says")


def test_it_after_a_document_is_the_document():
    ex = extract_claims(
        "Rents rose 9%, according to a new survey. It also found that 40% of tenants struggle to pay."
    )
    claim = claim_with(ex, "It also found")
    assert (claim.speaker, claim.attribution) == ("a new survey", "found")
    ex = extract_claims("The ONS said rents rose by 9%. It found that 40% of tenants struggle to pay.")
    assert claim_with(ex, "It found").speaker == "ONS"


@pytest.mark.parametrize(
    "text",
    [
        "The company said profits fell. It found its way back into profit within a year.",
        "If you look at the projections, it shows that we will cut unemployment by half.",
    ],
)
def test_it_finds_only_a_clause_or_a_figure_at_a_sentence_s_start(text):
    ex = extract_claims(text)
    assert ex.claims[-1].speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The National Audit Office (NAO) found in May 2023 that the programme was behind schedule.",
            "National Audit Office",
        ),
        ("The Office for National Statistics found that rents rose by 9%.", "Office for National Statistics"),
    ],
)
def test_a_name_that_found_something_out_is_the_source(text, speaker):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, "found")


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the Courier found that 40 wards had no night nurse.",  # not a name to its end
        "Labour found itself behind in the polls.",  # no clause after the verb
    ],
)
def test_found_needs_a_name_and_a_clause(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Arcline's rival, Norcom, said last month that it expected flat sales.", "Norcom"),
        ("Its rival, Norcom, said that it expected flat sales.", "Norcom"),
        ("In March, Arcline's rival, Norcom, said that it expected flat sales.", "Norcom"),
        ("The company's biggest shareholder, Vanguard, said that it backed the board.", "Vanguard"),
        ("Nvidia's rival AMD said on Tuesday that its chip sales would double.", "AMD"),
        ("China's state news agency Xinhua said the talks were constructive.", "Xinhua"),
        ("Britain's biggest supermarket Tesco said sales rose by 4%.", "Tesco"),
        ("Sales rose, according to China's state news agency Xinhua.", "Xinhua"),
        # a person stays a person
        ("His rival, John Smith, said that the figures were wrong.", "John Smith"),
        ("Tesla's boss Elon Musk said sales rose by 4%.", "Elon Musk"),
    ],
)
def test_a_name_after_what_it_is_to_another_speaks_by_its_name(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_person_named_after_a_role_word_is_a_person_with_an_unlisted_given_name():
    text = (
        "Manchester United drew 1-1 with Aston Villa at Old Trafford.\n\n"
        "Villa manager Unai Emery praised his side's resilience. Speaking after the game, Emery "
        'said: "We showed character."\n\n'
        'Asked about the title race, the Spaniard said it was "too early".'
    )
    ex = extract_claims(text)
    assert claim_with(ex, "We showed character").speaker == "Unai Emery"
    # not the club named before, which is no person
    assert claim_with(ex, "title race").speaker == "Unai Emery"


@pytest.mark.parametrize(
    "name", ["Aston Villa", "Old Trafford", "Manchester United", "Blackburn Rovers", "Sky Sports"]
)
def test_clubs_grounds_and_channels_are_no_person(name):
    from claims.extraction.signals import looks_like_person

    assert not looks_like_person(name)


def test_an_answer_that_reports_what_others_said_keeps_their_name():
    text = (
        "Parents at Hillside Primary learned last week that the school will close. We spoke to "
        "Claire Doyle, whose two children attend it.\n\n"
        "Q: When did you find out?\n"
        "A: We got a letter on Friday. Nobody had consulted us.\n\n"
        "Q: What did the council say?\n"
        "A: They said numbers had fallen by 40% since 2019. That is simply not true."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "We got a letter").speaker == "Claire Doyle"
    assert claim_with(ex, "simply not true").speaker == "Claire Doyle"
    assert claim_with(ex, "They said numbers").speaker == "the council"


def test_an_interview_kicker_is_no_transcript_speaker():
    text = (
        "Interview: 'Nobody told us the school would close'\n\n"
        "Parents at Hillside Primary learned last week that the school will close in July.\n\n"
        "We spoke to Claire Doyle, whose two children attend the school."
    )
    ex = extract_claims(text)
    assert [c.speaker for c in ex.claims] == [None, None, None]
    assert ex.claims[0].text == "'Nobody told us the school would close'"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody told us the school would close in July.",
        "Everybody says the new line will create 4,000 jobs.",
        "Someone said the plant would close by 2027.",
    ],
)
def test_no_one_in_particular_is_no_source(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The WHO says that level is needed to stop outbreaks.", "WHO"),
        ("WHO says 95% of children must be vaccinated.", "WHO"),
    ],
)
def test_the_who_is_an_organisation_not_a_pronoun(text, speaker):
    assert only_claim(text).speaker == speaker


def test_who_the_pronoun_still_names_no_one():
    assert only_claim("The man who said it left early.").speaker is None


def test_accepted_that_is_speech_and_he_is_the_witness_named_before():
    text = (
        "Giving evidence, fire investigator Paul Kerr said the blaze began in three places. "
        "Under cross-examination, he accepted that the CCTV was unclear."
    )
    claim = claim_with(extract_claims(text), "accepted")
    assert (claim.speaker, claim.attribution) == ("Paul Kerr", "accepted")


def test_accepting_an_offer_is_no_speech():
    assert only_claim("The firm accepted the offer of £3m on Monday.").speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A spokesperson for the Department for Environment, Food and Rural Affairs said the plan "
            "was working.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "The Ministry of Housing, Communities and Local Government said councils would get £600m more.",
            "Ministry of Housing, Communities and Local Government",
        ),
    ],
)
def test_a_department_s_name_with_commas_in_it_is_whole(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Prof Stefan Rahmstorf of the Potsdam Institute said the estimate was plausible.",
            "Prof Stefan Rahmstorf",
        ),
        ("Analyst Ben Wood of CCS Insight said the new model was a bold bet.", "Ben Wood"),
        ("King Abdullah of Jordan said elections could not be held in the chaos.", "King Abdullah"),
        # names whose shape alone looks like a person's stay whole
        ("The Joint Chiefs of Staff said 4,000 troops would stay.", "Joint Chiefs of Staff"),
        (
            "The Vice President of the United States said 4,000 troops would stay.",
            "Vice President of the United States",
        ),
        (
            "The U.S. Chamber of Commerce, which rarely backs Democrats, said the plan was bad.",
            "U.S. Chamber of Commerce",
        ),
    ],
)
def test_a_person_of_an_organisation_is_the_person(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_panel_named_between_commas_speaks_by_its_name():
    claim = only_claim("The UN's climate panel, the IPCC, has said a collapse this century is unlikely.")
    assert claim.speaker == "IPCC"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "But the Royal College of Nursing said the figures were deeply concerning.",
            "Royal College of Nursing",
        ),
        ("While the Bank of England said rates would fall, others did not.", "Bank of England"),
        ("But the union said 81% of members backed strikes.", "the union"),
    ],
)
def test_a_source_after_a_conjunction_is_shown_as_at_a_sentence_s_start(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_spokesperson_no_one_is_named_for_speaks_for_the_organisation_just_before():
    text = (
        "Cosla, which represents Scotland's councils, said it had no more money to offer. "
        'A spokeswoman said: "Councils are already making difficult choices."'
    )
    assert claim_with(extract_claims(text), "difficult choices").speaker == "Cosla"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith said the talks had failed. A spokesman said 12 sailings were cancelled.",
        "The Home Office said no.\n\nElsewhere, the weather was fine. "
        "A spokesperson said 12 sailings were cancelled.",
    ],
)
def test_a_spokesperson_after_a_person_or_far_from_the_organisation_stays_as_written(text):
    claim = claim_with(extract_claims(text), "sailings")
    assert claim.speaker in ("a spokesman", "a spokesperson")


_LIVE_BLOG = (
    "Budget 2025 live: Chancellor to set out £40bn of tax rises\n\n"
    "12:31 Reeves confirms rise in employer national insurance\n\n"
    "The chancellor has confirmed employers' national insurance will rise to 15%.\n\n"
    "12:45 Tories: 'This is a tax on jobs'\n\n"
    "Shadow chancellor Jeremy Hunt said the rise broke Labour's manifesto promise.\n\n"
    "12:52 OBR: growth forecast raised\n\n"
    "The Office for Budget Responsibility now expects the economy to grow by 1.1% this year. It "
    "said the Budget would raise inflation by 0.4 percentage points at its peak.\n\n"
    "13:05 What the IFS says\n\n"
    "The think tank will publish its full analysis tomorrow."
)


def test_a_live_blog_s_entry_headings_are_no_transcript_labels():
    ex = extract_claims(_LIVE_BLOG)
    assert claim_with(ex, "Jeremy Hunt said").speaker == "Jeremy Hunt"
    # its own verb, not "OBR" carried from a heading as a transcript's label
    claim = claim_with(ex, "now expects")
    assert (claim.speaker, claim.attribution) == ("Office for Budget Responsibility", "expects")
    assert claim_with(ex, "raise inflation").speaker == "Office for Budget Responsibility"
    assert claim_with(ex, "full analysis").speaker is None
    assert all(c.attribution != "speaker label in a transcript" for c in ex.claims)


def test_a_live_blog_s_clock_time_is_cut_from_its_heading():
    ex = extract_claims(_LIVE_BLOG)
    heading = claim_with(ex, "Reeves confirms")
    assert heading.text == "Reeves confirms rise in employer national insurance"
    assert _LIVE_BLOG[heading.start : heading.end] == heading.text
    assert claim_with(ex, "What the IFS says").speaker is None


def test_a_party_s_quoted_words_in_a_heading_are_the_party_s():
    ex = extract_claims(_LIVE_BLOG)
    claim = claim_with(ex, "tax on jobs")
    assert (claim.text, claim.speaker, claim.attribution) == (
        "Tories: 'This is a tax on jobs'",
        "Tories",
        "in the headline",
    )


def test_a_topic_s_label_before_a_quotation_is_no_speaker():
    assert _headline("Economy: 'growth is weak'").speaker is None


def test_a_timestamped_transcript_keeps_its_labels():
    text = (
        "[00:01:12] ANNA LEE: Welcome back to the programme. We have 40 minutes today.\n"
        "[00:01:20] TOM REID: Thanks. The plan will cost £4bn, and that is the problem."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "40 minutes").speaker == "Anna Lee"
    assert claim_with(ex, "£4bn").speaker == "Tom Reid"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("I agree with what Senator Dole said about the deficit.", None),
        ("What the president said about the tax cuts has been wiped out by inflation.", None),
        # their words after all
        ("What he said was that 4,000 troops would stay.", None),  # "he": no one named before
        ("What the Supreme Court says is a constitutional way of doing it.", "Supreme Court"),
        ("That's what the economists tell us about 4% growth.", "the economists"),
        (
            "I like to remember what Michelle Obama said in her speech: when they go low, we go high.",
            "Michelle Obama",
        ),
    ],
)
def test_what_someone_said_is_their_claim_only_when_their_words_follow(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Campaign for Better Transport welcomed the extension but said services were being cut.",
            "Campaign for Better Transport",
        ),
        ("Mr Smith lost the vote but said 40 members had backed him.", "Mr Smith"),
    ],
)
def test_a_subject_that_did_one_thing_but_said_another_speaks(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Prices rose 4% last year, economists at Goldman Sachs said.", "economists at Goldman Sachs"),
        (
            "Of 61 firms, 56 kept the four-day week, researchers at Cambridge University reported.",
            "researchers at Cambridge University",
        ),
        # a spokesperson speaks as the organisation, as "a spokesman for Tesco" does
        ("Prices rose 4% last year, a spokesman at Tesco said.", "Tesco"),
        # a place, not where they work: who stands before it
        ("The minister on BBC Radio 4 said prices rose by 4%.", None),
    ],
)
def test_people_at_an_organisation_speak_with_it(text, speaker):
    assert only_claim(text).speaker == speaker


_OPINION = (
    "Opinion: The four-day week works\n\n"
    "By Amelia Hart\n\n"
    "I have run a company of 45 people on a four-day week since 2021. Our revenue has grown by 30% "
    "and not one person has left.\n\n"
    "The government's own trial found the same. Critics say it cannot work in hospitals.\n\n"
    'My accountant told me: "We have never had a better year."'
)


def test_an_opinion_piece_s_first_person_claims_are_its_author_s():
    ex = extract_claims(_OPINION)
    for fragment in ("I have run a company", "Our revenue"):
        claim = claim_with(ex, fragment)
        assert (claim.speaker, claim.attribution) == ("Amelia Hart", "the author, in an opinion piece")
    assert claim_with(ex, "own trial").speaker is None  # no first person: as the sentence says
    assert claim_with(ex, "Critics say").speaker == "Critics"
    assert claim_with(ex, "better year").speaker != "Amelia Hart"  # a quotation of someone else


def test_a_news_story_s_first_person_claims_name_no_author():
    ex = extract_claims(_OPINION.replace("Opinion: ", ""))
    assert claim_with(ex, "I have run a company").speaker is None


def test_an_opinion_piece_is_known_by_its_title_s_kicker_too():
    body = _OPINION.split("\n\n", 1)[1]
    ex = extract_claims(body, title="Comment: The four-day week works")
    assert claim_with(ex, "I have run a company").speaker == "Amelia Hart"
    assert (
        claim_with(extract_claims(body, title="The four-day week works"), "I have run a company").speaker
        is None
    )


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Hamas, Qatar and the United States all said the deal would hold.",
            "Hamas, Qatar and the United States",
        ),
        ("Hamas and Qatar both said the deal would hold.", "Hamas and Qatar"),
        ("Mr Smith, Ms Jones and Mr Brown said the deal would hold.", "Mr Smith, Ms Jones and Mr Brown"),
        ("But Hamas, Qatar and Egypt said the deal would hold.", "Hamas, Qatar and Egypt"),
        # a place opening the sentence is no part of the list
        ("In Paris, Berlin and Rome officials said the deal would hold.", "Berlin and Rome officials"),
    ],
)
def test_names_listed_from_the_sentence_s_start_speak_together(text, speaker):
    assert only_claim(text).speaker == speaker


def test_they_both_is_no_list_to_guess():
    ex = extract_claims("Ms Reade met the union. They both said the deal would hold.")
    assert claim_with(ex, "They both").speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Rents rose 9%, according to the council's spokeswoman, Jane Smith.", "Jane Smith"),
        ("According to the chief executive, Tim Davie, the BBC will cut 500 jobs.", "Tim Davie"),
        ("According to the chief executive, the BBC will cut 500 jobs.", "the chief executive"),
        ("Rents rose by 9% last year, according to police officers.", "police officers"),
    ],
)
def test_according_to_a_role_is_the_person_named_after_it(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Sea levels rose by 0.59cm last year, according to a Nasa-led analysis.", "a Nasa-led analysis"),
        ("Rents rose by 9% last year, according to a Treasury-funded study.", "a Treasury-funded study"),
        ("Rents rose by 9% last year, according to the Labour-run council.", "the Labour-run council"),
        ("The Labour-run council said rents rose by 9% last year.", "the Labour-run council"),
    ],
)
def test_who_runs_or_leads_something_is_no_name_of_its_own(text, speaker):
    assert only_claim(text).speaker == speaker


def test_the_team_that_found_something_out_and_they_after_it():
    text = (
        "Global sea levels rose by 0.59cm last year, according to a Nasa-led analysis.\n\n"
        "The team found that two-thirds of the rise came from melting ice. The rest, they said, came "
        "from water expanding as it warmed."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "The team found").speaker == "the team"
    assert claim_with(ex, "The rest").speaker == "the team"


def test_they_opening_a_sentence_after_the_people_named_is_shown_in_lower_case():
    text = "The campaigners went to court in May. The campaigners have raised £45,000, they said."
    assert claim_with(extract_claims(text), "raised").speaker == "the campaigners"


def test_a_call_for_readers_stories_and_a_listening_prompt_are_furniture():
    text = (
        "UK inflation fell to 2.3% in April, the Office for National Statistics said.\n\n"
        "Listen to the best of BBC Radio 4 on Sounds.\n\n"
        "Get in touch: Are you affected by the issues in this story?\n"
        "Email haveyoursay@bbc.co.uk\n\n"
        "Share your experiences of the strike by emailing us or using the form below."
    )
    ex = extract_claims(text)
    assert [c.text for c in ex.claims] == [
        "UK inflation fell to 2.3% in April, the Office for National Statistics said."
    ]
    assert {kind for kind, _, _ in ex.skipped} == {"boilerplate"}


@pytest.mark.parametrize(
    "text",
    [
        "Listen to the minister explain why prices rose by 4% last year.",
        "Email the council's planning office for details on the 40 new homes.",
    ],
)
def test_prose_that_opens_like_a_prompt_stays_a_claim(text):
    assert only_claim(text).text == text


def test_the_pronoun_i_reads_as_written_in_a_reason():
    from claims.extraction.scoring import _term_label

    assert _term_label("i") == "the word 'I'"
    assert _term_label("i think") == "the words 'I think'"
    assert _term_label("if") == "the word 'if'"
    assert _term_label("n") == "the letter 'N'"  # of "U.N."
    assert _term_label("a") == "the word 'a'"
    ex = extract_claims("I think the plan will work, and I have said so many times since 2019.")
    labels = [label for label, _ in ex.claims[0].reasons]
    assert not any("'i'" in label or "'i " in label for label in labels)


_PRESS_RELEASE = """PRESS RELEASE

£200 million to cut hospital waiting lists in the North West

From: Department of Health and Social Care
Published: 3 March 2025

Patients in the North West will be seen faster thanks to £200 million for new surgical hubs, the \
government announced today.

The funding will pay for 12 new operating theatres and 400 extra staff.

Health and Social Care Secretary Wes Streeting said:

This investment will cut waiting times for thousands of patients.

ENDS"""


def test_a_press_release_s_metadata_is_no_transcript_label():
    ex = extract_claims(_PRESS_RELEASE)
    assert all(c.attribution != "speaker label in a transcript" for c in ex.claims)
    assert claim_with(ex, "surgical hubs").speaker == "the government"
    # a release's own sentence is its issuer's (before the sixteenth session: no one's)
    assert claim_with(ex, "operating theatres").speaker == "Department of Health and Social Care"
    assert claim_with(ex, "operating theatres").attribution == "press release"
    assert claim_with(ex, "cut waiting times").speaker == "Health and Social Care Secretary Wes Streeting"
    texts = [c.text for c in ex.claims]
    assert "PRESS RELEASE" not in texts
    assert not any(t.startswith("From:") or t.startswith("Department of Health") for t in texts)


_MATCH_REPORT = """Arsenal 2-1 Chelsea: Saka double settles London derby

Bukayo Saka scored twice as Arsenal beat Chelsea 2-1 at the Emirates Stadium.

Arsenal: Raya, White, Saliba, Gabriel, Timber, Rice, Odegaard, Merino, Saka, Havertz, Martinelli.

Chelsea: Sanchez, Gusto, Fofana, Colwill, Cucurella, Caicedo, Fernandez, Palmer, Madueke, Jackson, Neto.

Referee: Michael Oliver
Attendance: 60,234"""


def test_a_match_report_s_team_sheets_and_facts_are_no_transcript():
    ex = extract_claims(_MATCH_REPORT)
    assert all(c.attribution != "speaker label in a transcript" for c in ex.claims)
    assert [c.text for c in ex.claims][1:] == [
        "Bukayo Saka scored twice as Arsenal beat Chelsea 2-1 at the Emirates Stadium."
    ]
    assert sum(kind == "boilerplate" for kind, _, _ in ex.skipped) == 4


def test_a_speaker_s_short_list_stays_theirs_in_a_transcript():
    text = "TRUMP: Russia, Russia, Russia, Russia.\n\nCLINTON: That is not true, and you know it."
    ex = extract_claims(text)
    assert claim_with(ex, "Russia").speaker == "Trump"


_REVIEW = """Film review: Dune Part Two is a triumph

It made $82m in its opening weekend in the US.

Director: Denis Villeneuve
Cast: Timothée Chalamet, Zendaya, Rebecca Ferguson
Running time: 166 minutes
Certificate: 12A

Villeneuve told Empire magazine that the film cost $190m to make."""


def test_a_review_s_fields_are_no_transcript_labels():
    ex = extract_claims(_REVIEW)
    assert all(c.attribution != "speaker label in a transcript" for c in ex.claims)
    assert claim_with(ex, "$190m").speaker == "Denis Villeneuve"


def test_a_label_that_comes_again_stays_a_transcript_label_however_short_its_line():
    text = (
        "Question: So why should Americans trust\n\n"
        "PRESIDENT: Because the figures are public. Unemployment is 4%.\n\n"
        "Question: And secondly\n\n"
        "PRESIDENT: We will publish them again on Friday."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Americans trust").attribution == "speaker label in a transcript"
    assert claim_with(ex, "Unemployment").speaker == "President"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The plan is, in the words of one minister, "a disaster".', "one minister"),
        ("In the words of Martin Luther King, the arc of history is long.", "Martin Luther King"),
    ],
)
def test_in_the_words_of_someone_is_theirs(text, speaker):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, "in the words of")


@pytest.mark.parametrize(
    "verdict, speaker",
    [
        ("That was the verdict of John Smith, the club chairman.", "John Smith"),
        ("That was the verdict of the club's chairman, John Smith.", "John Smith"),
        ("Those were the words of Sarah Jones, who runs the food bank.", "Sarah Jones"),
    ],
)
def test_the_verdict_of_someone_names_the_quotation_before_it(verdict, speaker):
    ex = extract_claims('"We are delighted with the result, and 40,000 fans came."\n\n' + verdict)
    assert [c.speaker for c in ex.claims] == [speaker, speaker]


def test_a_view_named_after_a_sentence_with_its_speaker_changes_nothing_before_it():
    ex = extract_claims("Mr Brown said the plan would cost £4m. That is the view of Sarah Jones too.")
    assert [c.speaker for c in ex.claims] == ["Mr Brown", "Sarah Jones"]


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        ('Tesco dismissed the report as "nonsense".', "Tesco", "dismissed"),
        ('Labour slammed the plan as "a tax on jobs".', "Labour", "slammed"),
        ('Ms Jones hailed the deal as "historic".', "Ms Jones", "hailed"),
        ('Mr Smith branded the figures "fantasy".', "Mr Smith", "branded"),
    ],
)
def test_a_verdict_verb_before_a_quotation_speaks(text, speaker, how):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, how)


@pytest.mark.parametrize(
    "text",
    ["The firm dismissed 40 staff in May.", "The mayor praised the firefighters who fought the blaze."],
)
def test_a_verdict_verb_without_a_quotation_does_not(text):
    assert only_claim(text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The minister hit back, saying the figures were wrong.", "the minister"),
        ("The charity welcomed the move, saying 4,000 families would benefit.", "the charity"),
        # the clause's subject, not the phrase before its comma
        ("In a statement, the council apologised, saying it had made a mistake.", "the council"),
    ],
)
def test_a_participle_after_a_comma_speaks_for_the_clause_s_subject(text, speaker):
    claim = only_claim(text)
    assert (claim.speaker, claim.attribution) == (speaker, "saying")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mr Smith rejected claims that he had lied about the £4m contract.", "Mr Smith"),
        ("Downing Street rejects suggestions that the chancellor will resign.", "Downing Street"),
        ("The union rejected the offer of 3% on Monday.", None),
        ("Voters rejected the plan by 60% to 40%.", None),
    ],
)
def test_rejecting_a_claim_speaks_and_rejecting_an_offer_does_not(text, speaker):
    assert only_claim(text).speaker == speaker


def test_what_is_said_after_an_inserted_phrase_is_no_inverted_subject():
    claim = only_claim("The report, published on Thursday, said staff had not been properly trained.")
    assert (claim.speaker, claim.attribution) == ("the report", "said")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"It was a disaster," said Mr Smith.', "Mr Smith"),
        ("Prices rose by 4% last year, said police in Kent.", "police"),
        ('"No," said John Smith, 45, who runs a shop.', "John Smith"),
        ("Prices rose by 4% last year, said Mr Smith of Acme.", "Mr Smith"),
    ],
)
def test_an_inverted_subject_ends_its_clause(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Bank of England held rates. The Bank now expects inflation to fall to 2.75%.",
            "Bank of England",
        ),
        ("Tesco expects to open 40 new stores this year.", "Tesco"),
        # a noun, no verb: the Bank's document, as "The Bank's figures show" is
        ("The Bank's forecasts show growth of 1% this year.", "Bank"),
    ],
)
def test_expecting_is_a_forecast_someone_makes(text, speaker):
    assert extract_claims(text).claims[-1].speaker == speaker
