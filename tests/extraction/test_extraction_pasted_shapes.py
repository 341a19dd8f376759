"""Regression tests for mistakes seen when pasting more shapes of text into the desk (issue #11,
item 4 and its siblings): call and parliament transcripts, embedded posts, wire phrasing, family
statements, study authors, fact-check kickers, numbered explainers and results tables.

Every text here was written for these tests, in the shape of the text that went wrong.
"""

import pytest

from claims.extraction import extract_claims
from tests.extraction.claim_helpers import claim_with, only_claim

# --- transcripts whose labels carry more than a name --------------------------------------------


def test_an_earnings_calls_name_and_role_labels_name_the_speaker_and_are_cut():
    text = (
        "Operator: Welcome to the Northfield Dairies results call.\n\n"
        "Ines Marlow -- Chief Executive Officer: Thank you. Sales rose 4% to $920 million.\n\n"
        "Operator: The first question is from Raj Mehta.\n\n"
        "Raj Mehta -- Keswick Capital -- Analyst: How much of that came from prices?\n\n"
        "Ines Marlow -- Chief Executive Officer: About half of it."
    )
    ex = extract_claims(text)
    sales = claim_with(ex, "Sales rose")
    assert sales.speaker == "Ines Marlow"
    assert claim_with(ex, "How much").speaker == "Raj Mehta"
    assert claim_with(ex, "How much").text == "How much of that came from prices?"
    assert claim_with(ex, "Welcome").speaker == "Operator"
    assert not any("--" in c.text or "Analyst:" in c.text for c in ex.claims)


def test_a_parliaments_role_and_name_labels_name_the_person_and_the_role_alone_after():
    text = (
        "Questions to the Chancellor: the exchange on fuel duty\n\n"
        "The Shadow Chancellor (Ms Rhian Pugh): Fuel duty has risen twice this year. Will he cut it?\n\n"
        "The Chancellor of the Exchequer (Mr Owen Tate): Fuel duty has been frozen since 2022.\n\n"
        "Ms Pugh: The pump price is 12p higher than in January.\n\n"
        "The Chancellor of the Exchequer: She has her figures wrong."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "risen twice").speaker == "Ms Rhian Pugh"
    assert claim_with(ex, "risen twice").text == "Fuel duty has risen twice this year."
    assert claim_with(ex, "frozen since").speaker == "Mr Owen Tate"
    assert claim_with(ex, "pump price").speaker == "Ms Rhian Pugh"  # "Ms Pugh:", named before
    # the role alone, once its holder has been named in a label, is that person
    assert claim_with(ex, "figures wrong").speaker == "Mr Owen Tate"
    assert claim_with(ex, "figures wrong").text == "She has her figures wrong."
    # a headline with a possessive before its colon is no speaker's label
    headline = claim_with(ex, "the exchange on fuel duty")
    assert headline.speaker is None
    assert headline.text == "Questions to the Chancellor: the exchange on fuel duty"


def test_a_possessive_headline_with_a_colon_is_not_a_speaker_label():
    text = (
        "Mayor's Question Time: what was said about buses\n\n"
        "HOLLIS: Fares will be frozen.\n\n"
        "GRANT: They rose last year."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "what was said").speaker is None
    assert claim_with(ex, "Fares will be frozen").speaker == "Hollis"


def test_labels_after_a_recordings_time_stamp_name_the_speaker_and_are_cut():
    text = (
        "[00:00:04] Host: This is Money Talk, and my guest is Tomas Berg.\n\n"
        "[00:00:09] Tomas Berg: Glad to be here.\n\n"
        "[00:01:15] Host: Rents rose 9% last year. Will they keep rising?\n\n"
        "(00:01:22) Tomas Berg: Rents in the capital rose by 11% in 2025."
    )
    ex = extract_claims(text)
    rents = claim_with(ex, "Rents rose 9%")
    assert rents.speaker == "Host"
    assert rents.text == "Rents rose 9% last year."
    capital = claim_with(ex, "in the capital")
    assert capital.speaker == "Tomas Berg"
    assert capital.text.startswith("Rents in the capital")
    assert not any("00:0" in c.text for c in ex.claims)


# --- a post embedded from a social network ------------------------------------------------------


def test_an_embedded_post_is_its_authors_quotation_and_its_signature_no_claim():
    text = (
        "The health secretary's post on hospital beds has been shared widely.\n\n"
        "We have 5,000 more hospital beds than in 2019. Proud of our NHS. pic.twitter.com/Zx81Qa\n"
        "— Dev Shah MP (@DevShahMP) June 2, 2026\n\n"
        "NHS England figures show 1,200 more general and acute beds over that period."
    )
    ex = extract_claims(text)
    post = claim_with(ex, "5,000 more hospital beds")
    assert post.speaker == "Dev Shah MP"
    assert post.attribution == "posted as @DevShahMP"
    assert post.is_quote
    assert "pic.twitter.com" not in post.text
    assert post.text.endswith("Proud of our NHS.")
    assert text[post.quote_start : post.quote_end].endswith("Proud of our NHS.")
    assert not any("@DevShahMP" in c.text for c in ex.claims)
    assert any(kind == "byline" and "@DevShahMP" in text[s:e] for kind, s, e in ex.skipped)
    assert claim_with(ex, "NHS England figures").speaker != "Dev Shah MP"


def test_a_signature_in_a_paragraph_of_its_own_gives_the_paragraph_before_its_author():
    text = (
        "Ferry crossings to the island will be free all summer.\n\n"
        "- Island Council (@IslandCouncil) 4 May 2026\n\n"
        "The council said the scheme would cost £300,000."
    )
    ex = extract_claims(text)
    post = claim_with(ex, "Ferry crossings")
    assert post.speaker == "Island Council"
    assert post.attribution == "posted as @IslandCouncil"
    assert claim_with(ex, "would cost").attribution == "said"
    assert len(ex.claims) == 2


def test_a_handle_in_a_sentence_is_no_signature():
    ex = extract_claims("The minister (@JoLuntMP) wrote that 300 schools would close.")
    assert len(ex.claims) == 1
    assert ex.claims[0].attribution == "wrote"


# --- wire, family and study phrasing -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        (
            '"The border will stay open," Mirela Dogan was quoted as saying by the state news agency.',
            "Mirela Dogan",
            "was quoted as saying",
        ),
        (
            "The defence ministers were also quoted as saying that 12 drones had been shot down.",
            "the defence ministers",
            "were also quoted as saying",
        ),
    ],
)
def test_quoted_as_saying_names_its_subject(text, speaker, how):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, how)


def test_a_family_speaks_for_the_person_named_before_and_a_relative_by_given_name():
    text = (
        "Arthur Penhale, the last lighthouse keeper on the island, has died aged 91, his family said.\n\n"
        '"He kept the light burning through 40 winters," said his son, Peter. "He never missed a night."'
    )
    ex = extract_claims(text)
    assert claim_with(ex, "has died").speaker == "Arthur Penhale's family"
    assert claim_with(ex, "40 winters").speaker == "Peter"
    assert claim_with(ex, "never missed").speaker == "Peter"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Lawyers for the tenants argued that 310 flats had no heating.", "Lawyers for the tenants"),
        (
            "On Monday, relatives of the passengers said they had not been told.",
            "relatives of the passengers",
        ),
        ("A spokesman for the family said the funeral would be private.", "a spokesman for the family"),
    ],
)
def test_people_speaking_for_others_named_in_lower_case_are_the_speaker(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_studys_lead_author_and_colleagues_is_the_lead_author_not_where_they_work():
    c = only_claim(
        "Writing in the journal Thorax, Dr Amaka Obi and colleagues at the University of Wexley said "
        "the risk fell by 30%."
    )
    assert c.speaker == "Dr Amaka Obi"


def test_members_of_a_union_named_before_the_union_are_not_the_union():
    c = only_claim("Members of the Fire Brigades Union have voted for a strike, the union said on Monday.")
    assert c.speaker == "Fire Brigades Union"


# --- kickers, fact-check furniture, numbered items and tables ------------------------------------


def test_an_update_kicker_with_its_time_is_cut_from_the_claim():
    text = "Roads closed after landslide\n\nUpdate 4.30pm: Two more roads have been closed, police said."
    c = claim_with(extract_claims(text), "Two more roads")
    assert c.text == "Two more roads have been closed, police said."


def test_a_reality_check_kicker_is_no_speaker_and_its_verdict_no_claim():
    text = (
        "Reality Check: Are there really more nurses?\n\n"
        'The prime minister said on Monday that "there are 50,000 more nurses".\n\n'
        "Reality Check verdict: There are about 47,000 more nurses on the register than in 2019.\n\n"
        "The register counts nurses who are not working in the NHS."
    )
    ex = extract_claims(text)
    head = claim_with(ex, "more nurses?")
    assert head.text == "Are there really more nurses?"
    assert head.speaker is None
    assert not any("verdict" in c.text.lower() for c in ex.claims)
    assert any("verdict" in text[s:e] for _, s, e in ex.skipped)


def test_a_numbered_items_number_is_cut_from_the_claim():
    text = (
        "Water bills: what changes\n\n"
        "1. Why are bills rising?\n\n"
        "Companies say they need to fix leaks.\n\n"
        "2) How much will I pay?\n\n"
        "The average bill will be £603 a year."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Why are bills").text == "Why are bills rising?"
    assert claim_with(ex, "How much").text == "How much will I pay?"


@pytest.mark.parametrize("line", ["2.5 million people voted.", "10.5% of homes were empty."])
def test_a_paragraph_opening_with_a_decimal_keeps_it(line):
    assert only_claim(line).text == line


def test_the_rows_of_a_pasted_table_are_list_items_not_headlines():
    text = (
        "Council election: the result\n\n"
        "Independent (Mary Cole) 2,410 (44.0%)\n"
        "Labour (Tom Firth) 1,902 (34.7%)\n"
        "Green (Ali Rana) 1,170 (21.3%)\n\n"
        "Turnout was 31%."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Council election").kind == "headline"
    for name in ("Mary Cole", "Tom Firth", "Ali Rana"):
        assert claim_with(ex, name).kind == "bullet"


def test_a_headline_standfirst_and_byline_are_not_a_table():
    text = (
        "Ferry fares frozen\nOperator says prices will hold until 2027\nBy Nia Powell\n\nFares froze today."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Ferry fares frozen").kind == "headline"
    assert claim_with(ex, "prices will hold").kind == "headline"


# --- live blogs, reaction boxes, captions, wire credits, notes, reports and interviews ----------


def test_a_live_blogs_key_events_heading_and_minutes_ago_stamp_are_no_claims():
    text = (
        "Spending review: live\n\nKey events\n\n5 mins ago\nSchools budget confirmed\n\n"
        "The schools budget will rise by £2.1bn next year, the education secretary said."
    )
    ex = extract_claims(text)
    assert not any(c.text in ("Key events", "5 mins ago") for c in ex.claims)
    assert ("boilerplate", text.index("Key events"), text.index("Key events") + 10) in ex.skipped
    assert any(kind == "dateline" and text[s:e] == "5 mins ago" for kind, s, e in ex.skipped)


def test_a_reaction_box_of_name_role_colon_quotation_gives_each_quotation_its_speaker():
    text = (
        "Reaction to the fares rise\n\n"
        "Rail fares will rise by 4.6% in March.\n\n"
        'Dana Kirk, chair of the Commuters Alliance: "Fares have risen twice as fast as wages since 2010."'
        "\n\n"
        'Transport minister Paul Ames: "This is the lowest rise in three years. We have frozen railcards."'
        "\n\n"
        'Network Northern: "Every penny goes back into the railway."'
    )
    ex = extract_claims(text)
    wages = claim_with(ex, "twice as fast")
    assert (wages.speaker, wages.attribution, wages.is_quote) == ("Dana Kirk", "quoted", True)
    assert wages.text == '"Fares have risen twice as fast as wages since 2010."'
    lowest = claim_with(ex, "lowest rise")
    assert lowest.speaker == "Paul Ames"
    assert "railcards" in lowest.text  # the quotation's next sentence is the same speaker's
    assert claim_with(ex, "Every penny").speaker == "Network Northern"


def test_a_notice_before_a_colon_and_a_quotation_is_no_speaker():
    ex = extract_claims('Roads are flooded.\n\nWarning: "Do not drive through flood water."')
    assert claim_with(ex, "flood water").speaker is None


def test_captions_and_a_headline_with_a_colon_do_not_make_a_transcript():
    text = (
        "Drought: reservoirs at lowest level since 1995\n\n"
        "Reservoirs in Yorkshire are 41% full, Yorkshire Water said.\n\n"
        "Pictured: Scar House reservoir on Monday\n\n"
        "A hosepipe ban will start on Friday."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Drought").speaker is None
    assert claim_with(ex, "hosepipe ban").speaker is None
    assert not any("Scar House" in c.text for c in ex.claims)


def test_a_wire_writers_contribution_line_is_a_credit():
    text = "The bill passed 68-32.\n\nAssociated Press writer Tom Reyes contributed to this report."
    ex = extract_claims(text)
    assert len(ex.claims) == 1
    assert any(kind == "byline" for kind, _, _ in ex.skipped)


def test_a_summary_released_by_an_office_names_the_office():
    c = only_claim("The plan costs $4 billion, according to a summary released by the governor's office.")
    assert (c.speaker, c.attribution) == ("the governor's office", "according to a summary")


def test_footnote_marks_notes_and_references_are_no_part_of_the_claims():
    text = (
        "Child poverty: the figures\n\n"
        "About 4.3 million children lived in relative poverty in 2024.[1] "
        "That is 30% of all children.[2][3]\n\n"
        "References\n\n"
        "[1] Department for Work and Pensions, Households Below Average Income, 2025.\n\n"
        "[2] Child Poverty Action Group, 2025."
    )
    ex = extract_claims(text)
    first = claim_with(ex, "4.3 million")
    assert first.text == "About 4.3 million children lived in relative poverty in 2024."
    assert first.kind == "sentence"
    assert claim_with(ex, "30% of all").text == "That is 30% of all children."
    assert not any("Households Below" in c.text or "Action Group" in c.text for c in ex.claims)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The striker will join Ajax, according to reports in the Netherlands.",
            "reports in the Netherlands",
        ),
        ("The minister will resign, according to local media reports.", "local media reports"),
        ("The deal is worth $2bn, according to Japanese reports.", "Japanese reports"),
        ("The deal is worth $2bn, according to Reuters reports.", "Reuters"),
    ],
)
def test_reports_no_one_is_named_for_are_the_source_as_written(text, speaker):
    c = only_claim(text)
    assert (c.speaker, c.attribution) == (speaker, "according to")


def test_an_interviews_q_and_a_with_full_stops_are_cut_where_the_text_is_an_interview():
    text = (
        "Q. You said crime fell by 10%. Is that right?\n\n"
        "A. It fell by 8% in the year to March.\n\n"
        "Q. Will it fall again?"
    )
    ex = extract_claims(text)
    assert claim_with(ex, "crime fell").text == "You said crime fell by 10%."
    assert claim_with(ex, "8% in the year").text == "It fell by 8% in the year to March."


def test_an_initial_opening_a_paragraph_is_kept_outside_an_interview():
    c = claim_with(extract_claims("Turnout rose.\n\nA. Patel said 40 people had died."), "Patel")
    assert c.text == "A. Patel said 40 people had died."


# --- page furniture, stage directions, the congressional record, fact-check and abstract labels --


def test_share_prices_are_still_news():
    assert only_claim("Share prices fell 4% on Monday.").text == "Share prices fell 4% on Monday."


def test_stage_directions_in_a_transcript_are_cut_or_skipped():
    text = (
        "GOVERNOR LUND: (APPLAUSE) Thank you. We cut waiting times by 20%.\n\n"
        "(CROSSTALK)\n\n"
        "REPORTER: [laughter] Is that true?\n\n"
        "GOVERNOR LUND: It is."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "Thank you").text == "Thank you."
    assert claim_with(ex, "Is that true").text == "Is that true?"
    assert not any("CROSSTALK" in c.text for c in ex.claims)
    assert any(kind == "junk" and text[s:e] == "(CROSSTALK)" for kind, s, e in ex.skipped)


def test_the_congressional_records_speakers_name_their_turns():
    text = (
        "Chairman HOLLOWAY. The hearing will come to order.\n\n"
        "Ms. DEVEREUX. Thank you, Mr. Chairman. The program has cost $2.4 billion since 2019.\n\n"
        "Mr. OKAFOR of Ohio. Will the gentlelady yield? Only 12% of the funds were spent."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "come to order").speaker == "Chairman Holloway"
    assert claim_with(ex, "$2.4 billion").speaker == "Ms. Devereux"
    # shown as the article first spells the whole name ("Mr. OKAFOR of Ohio", as for any person)
    assert claim_with(ex, "12% of the funds").speaker == "Mr. OKAFOR of Ohio"
    assert not any(c.text.startswith(("Chairman HOLLOWAY", "Ms. DEVEREUX", "Mr. OKAFOR")) for c in ex.claims)


def test_a_lone_title_and_name_in_capitals_is_no_record_outside_a_transcript():
    ex = extract_claims("Flooding closed the road.\n\nMr. BROWN.\n\nThe road reopened on Friday.")
    assert all(c.speaker is None for c in ex.claims)


def test_a_fact_checks_labels_are_kickers_and_its_assessment_furniture():
    text = (
        "FACT FOCUS: No, the state did not ban petrol cars\n\n"
        "CLAIM: The state has banned the sale of petrol cars from next year.\n\n"
        "AP'S ASSESSMENT: False. The ban applies to new cars from 2035.\n\n"
        "THE FACTS: The claim spread after lawmakers voted 41-19 on a clean air bill."
    )
    ex = extract_claims(text)
    assert all(c.speaker is None for c in ex.claims)
    assert (
        claim_with(ex, "banned the sale").text
        == "The state has banned the sale of petrol cars from next year."
    )
    assert claim_with(ex, "claim spread").text.startswith("The claim spread")
    assert claim_with(ex, "did not ban").text == "No, the state did not ban petrol cars"
    # the rating is furniture; since the eleventh round, the sentences after it in its paragraph are
    # the fact check's own claims (the whole paragraph was skipped)
    assert claim_with(ex, "2035").text == "The ban applies to new cars from 2035."
    assert not any("ASSESSMENT" in c.text or c.text.startswith("False") for c in ex.claims)


def test_an_abstracts_section_labels_are_no_speakers_and_are_cut():
    text = (
        "Air pollution and asthma: a cohort study\n\n"
        "Background: Asthma affects 5.4 million people in the UK.\n\n"
        "Methods: We followed 30,000 children for ten years.\n\n"
        "Results: Asthma was 12% more common near main roads."
    )
    ex = extract_claims(text)
    assert all(c.speaker is None for c in ex.claims)
    assert claim_with(ex, "5.4 million").text == "Asthma affects 5.4 million people in the UK."
    assert claim_with(ex, "main roads").text == "Asthma was 12% more common near main roads."


def test_a_pull_quote_repeating_a_quotation_is_no_second_claim():
    text = (
        '"Nobody has fixed the sea wall in 20 years," said resident Ann Crewe.\n\n'
        '"Nobody has fixed the sea wall in 20 years"\n\n'
        "The council said repairs would start in May."
    )
    ex = extract_claims(text)
    assert len([c for c in ex.claims if "sea wall" in c.text]) == 1
    assert any(kind == "repeat" and text[s:e].startswith('"Nobody') for kind, s, e in ex.skipped)


def test_a_quotation_alone_said_once_is_a_claim():
    ex = extract_claims('The mayor spoke on Monday.\n\n"We will not close a single library."')
    assert claim_with(ex, "single library").is_quote


def test_a_place_after_on_is_not_the_speaker():
    # (the message itself, as a viral post is, since the eleventh round: not WhatsApp)
    assert (
        only_claim("A message shared on WhatsApp claims that every branch will close.").speaker == "a message"
    )


# --- broadcast transcripts, other networks' posts, charts' sources ------------------------------


def test_a_broadcast_transcripts_name_role_labels_and_tape_markers():
    text = (
        "MARA QUINN, NEWS ANCHOR: Good evening. The mayor says rents fell 5%.\n\n"
        "(BEGIN VIDEOTAPE)\n\n"
        "MAYOR TOM BRAY (R), EASTPORT: Rents fell 5% in the last year.\n\n"
        "(END VIDEOTAPE)\n\n"
        "QUINN: The city's own data show a fall of 1%."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "The mayor says").speaker == "Mara Quinn"
    assert claim_with(ex, "in the last year").speaker == "Mayor Tom Bray"
    assert claim_with(ex, "in the last year").text == "Rents fell 5% in the last year."
    # the surname alone, after the full name with a role, is that person
    assert claim_with(ex, "fall of 1%").speaker == "Mara Quinn"
    assert not any("VIDEOTAPE" in c.text for c in ex.claims)


def test_a_post_from_another_network_with_a_dotted_handle_and_a_time():
    text = (
        "Rivers report\n\n"
        "Sewage was released into the Teme on 280 days last year.\n"
        "— Ola Berg (@olaberg.bsky.social) 3 March 2026 at 09:14\n\n"
        "The water company disputed the figure."
    )
    ex = extract_claims(text)
    post = claim_with(ex, "280 days")
    assert (post.speaker, post.attribution) == ("Ola Berg", "posted as @olaberg.bsky.social")
    assert not any("@olaberg" in c.text for c in ex.claims)


def test_a_common_news_noun_opening_a_sentence_is_no_name():
    ex = extract_claims(
        "Police said 40 people were hurt. Teachers voted to strike. Figures show a rise of 3%."
    )
    assert [s.text for c in ex.claims for s in c.signals if s.kind in ("entity", "person", "org")] == []
    assert ex.claims[0].speaker == "Police"


def test_a_name_opening_a_sentence_is_still_a_name():
    ex = extract_claims("Castlebridge lost 3-2 on Saturday.")
    assert [s.text for s in ex.claims[0].signals if s.kind in ("entity", "person", "org")] == ["Castlebridge"]


def test_a_word_opening_a_sentence_that_the_text_writes_in_lower_case_is_no_name():
    text = "Violent crime fell 12% last year. Police said violent crime was at its lowest since 2014."
    ex = extract_claims(text)
    assert "Violent" not in [s.text for c in ex.claims for s in c.signals]
    # a name the text never writes in lower case stays one
    ex = extract_claims("Kremlin officials said talks would resume. The talks failed in May.")
    assert "Kremlin" in [s.text for s in ex.claims[0].signals]


def test_lines_wrapped_mid_sentence_as_a_pdf_or_an_email_pastes_them_are_one_sentence():
    text = (
        "Council sets budget\n\n"
        "The council approved a budget of\n£4.2 billion on Tuesday, the largest in\n"
        "its history. The mayor said\nthe plan adds 1,200 police officers.\n\n"
        "Critics said the govern-\nment had ignored the audit."
    )
    ex = extract_claims(text)
    assert [c.text for c in ex.claims] == [
        "Council sets budget",
        "The council approved a budget of\n£4.2 billion on Tuesday, the largest in\nits history.",
        "The mayor said\nthe plan adds 1,200 police officers.",
        "Critics said the govern-\nment had ignored the audit.",
    ]
    assert ex.claims[2].speaker == "the mayor"


def test_short_lines_in_lower_case_stay_a_list():
    ex = extract_claims("What the plan covers\n\nfree school meals\nbus passes for under-18s\nlibrary hours")
    assert [c.text for c in ex.claims][1:] == [
        "free school meals",
        "bus passes for under-18s",
        "library hours",
    ]


def test_a_briefings_record_with_q_for_the_reporters_and_applause_in_brackets():
    text = (
        "THE MAYOR: Thank you. (Applause.) We have hired 400 new teachers this year.\n\n"
        "Q    Mayor, how many have left?\n\n"
        "THE MAYOR: Fewer than 100."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "400 new teachers").speaker == "The Mayor"
    question = claim_with(ex, "how many have left")
    assert (question.text, question.speaker) == ("Mayor, how many have left?", None)
    assert claim_with(ex, "Fewer than 100").speaker == "The Mayor"
    assert not any("Applause" in c.text for c in ex.claims)


def test_an_interviews_q_and_a_alone_make_no_transcript_of_unnamed_turns():
    text = (
        "Q: Is the plan funded?\n\nA: The council said it is funded until 2027.\n\n"
        "Q: And after that?\n\nA: Nobody knows."
    )
    ex = extract_claims(text)
    assert claim_with(ex, "funded until").speaker == "the council"


@pytest.mark.parametrize(
    "text, claims",
    [
        (  # a footnote's line, with no heading over it
            "Aid fell to 0.5% of national income.[1]\n\n[1] HM Treasury, Spending Review 2020.",
            ["Aid fell to 0.5% of national income."],
        ),
        (  # topic links under their heading, and the sharing prompts
            "Bus fares capped at £3\n\n"
            "Bus fares in England will be capped at £3 until 2027, the government said.\n\n"
            "Explore more on these topics\nTransport\nBuses\nLocal government\n\nShare\nReuse this content",
            [
                "Bus fares capped at £3",
                "Bus fares in England will be capped at £3 until 2027, the government said.",
            ],
        ),
        (  # a chart's title and source lines
            "Rents rose 7% in the year to May, the ONS said.\n\n"
            "Chart: Annual change in private rents, %\nSource: ONS\n\nRents in London rose fastest.",
            ["Rents rose 7% in the year to May, the ONS said.", "Rents in London rose fastest."],
        ),
    ],
)
def test_pasted_furniture_leaves_only_the_claims(text, claims):
    assert [c.text for c in extract_claims(text).claims] == claims


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The council on Tuesday said 300 jobs would go.", "the council"),
        ("Police on Friday said two men had been arrested.", "Police"),
        ("The minister last week said the plan was funded.", "the minister"),
    ],
)
def test_when_between_the_source_and_its_verb_is_no_part_of_the_source(text, speaker):
    assert only_claim(text).speaker == speaker
