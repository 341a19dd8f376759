"""Who says so: speakers, aliases, pronouns, colon introductions, quotations."""

from pathlib import Path

import pytest

from claims.extraction import extract_claims

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_922de16eecf30f1d.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract_claims(text)


def claim_with(ex, fragment):
    matches = [c for c in ex.claims if fragment in c.text]
    assert len(matches) == 1, fragment
    return matches[0]


def test_every_seed_claim_is_an_exact_slice_of_the_body(seed):
    text, ex = seed
    for c in ex.claims:
        assert text[c.start : c.end] == c.text
        for s in c.signals:
            assert text[s.start : s.end] == s.text
            assert c.start <= s.start < s.end <= c.end


def test_quote_with_speaker_after_it_names_the_speaker_and_groups_the_two_spellings(seed):
    _, ex = seed
    c = claim_with(ex, "01.00 pm")
    assert c.speaker == "Armenian Prime Minister Nikol Pashinyan"
    assert "Armenian Prime Minister Nikol Pashiyan" in c.speaker_aliases
    assert c.attribution == "announced on Facebook"
    assert c.is_quote
    assert c.text[c.quote_start - c.start : c.quote_end - c.start].startswith("“I have signed")


def test_organisation_subject_of_said_is_the_speaker(seed):
    _, ex = seed
    c = claim_with(ex, "1,960 servicemen")
    assert c.speaker in ("Russian defence ministry", "The Russian defence ministry")
    assert c.attribution.startswith("said")


def test_reported_that_names_the_news_outlet(seed):
    _, ex = seed
    c = claim_with(ex, "Arguments and scuffles")
    assert c.speaker == "Sky News"
    assert c.attribution == "reported"
    assert c.is_quote


def test_quote_spanning_two_sentences_keeps_attribution(seed):
    text, ex = seed
    c = claim_with(ex, "You can imagine a situation")
    assert c.kind == "quote_group"
    assert c.text.startswith("“I made such a decision") and c.text.endswith("he said.")
    assert len(c.parts) == 2
    assert c.speaker == "Armenian Prime Minister Nikol Pashinyan"  # "he" -> most recent person
    assert c.is_quote and text[c.quote_start] == "“" and text[c.quote_end - 1] == "”"
    # nothing of the quotation is left as a claim of its own without context
    assert not any(x.text.startswith("You can imagine") for x in ex.claims)


def test_colon_introduction_lends_its_source_to_the_following_sentences(seed):
    text, ex = seed
    # the introduction itself is no claim: it is skipped, and its source goes to what follows
    assert not [c for c in ex.claims if "Reuters confirms the" in c.text]
    intros = [" ".join(text[s:e].split()) for kind, s, e in ex.skipped if kind == "intro"]
    assert "Reuters confirms the following on Tuesday:" in intros
    following = claim_with(ex, "peace keepers are being airlifted")
    assert following.speaker == "Reuters"
    assert following.attribution == "confirms, introducing this passage"
    assert claim_with(ex, "ceasefire appears to have held").speaker == "Reuters"


def test_colon_source_does_not_override_a_sentence_with_its_own_speaker(seed):
    _, ex = seed
    assert claim_with(ex, "1,960 servicemen").speaker != "Reuters"


def test_pronoun_in_relative_clause_resolves_to_the_person_named_before_it(seed):
    _, ex = seed
    c = claim_with(ex, "unwillingly")
    assert c.speaker == "Azerbaijani President Ilham Aliyev"


def test_titles_are_kept_with_names(seed):
    _, ex = seed
    assert claim_with(ex, "touted that").speaker == "Azerbaijani President Ilham Aliyev"
    assert claim_with(ex, "achieved agreements").speaker == "President Putin"


def test_sentence_without_attribution_has_no_speaker(seed):
    _, ex = seed
    c = claim_with(ex, "Russian helicopter downing")
    assert c.speaker is None and c.attribution is None and not c.is_quote


@pytest.mark.parametrize(
    "text, speaker, how",
    [
        (
            "Unemployment fell to 4% last year, according to the Labour Ministry.",
            "Labour Ministry",
            "according to",
        ),
        ("The mayor's office said that 300 homes were flooded.", None, "said"),
        ("John Smith told reporters the plant would close in May.", "John Smith", "told"),
        ("Senator Jane Doe tweeted that the bill costs $4 billion.", "Senator Jane Doe", "tweeted"),
        ("The company denied that it had laid off 2,000 workers.", None, "denied"),
        ("“Prices will rise by 10%,” said Finance Minister Ana Lopez.", "Finance Minister Ana Lopez", "said"),
        ("Police confirmed that three people died.", "Police", "confirmed"),
        ("The BBC reported that the vote was delayed.", "BBC", "reported"),
    ],
)
def test_attribution_patterns(text, speaker, how):
    (c,) = extract_claims(text).claims
    if speaker is not None:
        assert c.speaker == speaker
    assert c.attribution is not None and c.attribution.startswith(how)


def test_she_added_after_a_quote_resolves_to_the_last_named_person():
    text = (
        "Health Minister Maria Kovacs announced new rules on Monday. "
        "“Hospitals will get 500 more beds,” she added."
    )
    ex = extract_claims(text)
    assert ex.claims[1].speaker == "Health Minister Maria Kovacs"
    assert ex.claims[1].attribution == "added"


def test_two_people_with_the_same_surname_are_not_merged_and_a_bare_surname_is_the_latest():
    text = (
        "Former President Bill Clinton said the deal was fair. "
        "Secretary of State Hillary Clinton told reporters it would pass. "
        "Clinton added that 40 senators agreed."
    )
    speakers = [c.speaker for c in extract_claims(text).claims]
    assert speakers == [
        "Former President Bill Clinton",
        "Secretary of State Hillary Clinton",
        "Secretary of State Hillary Clinton",
    ]


def test_one_person_spelled_two_ways_is_one_speaker_with_an_alias():
    text = (
        "Prime Minister Nikol Pashiyan announced the deal. "
        "Prime Minister Nikol Pashinyan said it was painful. "
        "Pashinyan said the army insisted on it."
    )
    claims = extract_claims(text).claims
    assert {c.speaker for c in claims} == {"Prime Minister Nikol Pashinyan"}
    assert claims[0].speaker_aliases == ("Prime Minister Nikol Pashiyan",)


def test_a_misspelling_two_people_share_goes_to_the_first_named():
    # Peter writes his surname "Malomitan"; Harriet Malomiton's is once misspelt the same way, so
    # both are "Malomitan". "Ms Malomitanne" (near "Malomitan" only) is Harriet, named first, and
    # a "Ms" besides; it once went to Peter, whose group had the spelling first.
    body = """Harriet Malomiton, the council leader, said 40 homes were flooded.

Peter Malomitan, a builder, said repairs would take a year.

Harriet Malomitan said the council would pay 60% of the cost.

"We cannot wait," Ms Malomitanne said on Tuesday."""
    claims = extract_claims(body).claims
    assert [c.speaker for c in claims] == [
        "Harriet Malomiton",
        "Peter Malomitan",
        "Harriet Malomiton",
        "Harriet Malomiton",
    ]
    assert "Ms Malomitanne" in claims[0].speaker_aliases
    assert claims[1].speaker_aliases == ()


def test_mr_and_mrs_of_one_surname_are_two_people():
    ex = extract_claims(
        "John Mallory and his wife, Mary Mallory, run the shop. Mrs Mallory said sales fell 40%. "
        "Mr Mallory said rents rose 12%."
    )
    assert [c.speaker for c in ex.claims] == [None, "Mary Mallory", "John Mallory"]
    ex = extract_claims(
        "Mary Mallory and her husband, John Mallory, run the shop. Mr Mallory said rents rose 12%."
    )
    assert ex.claims[1].speaker == "John Mallory"
