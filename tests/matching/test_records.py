"""Reading fact checks from ClaimReview JSON-LD, feeds, Google claims, JSON lines and CSV."""

from __future__ import annotations

import json
from datetime import date

from claims.matching.records import FactCheckRecord, Problem, guess_kind, parse_date, read_records, url_key

REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://www.factcheck.example/2024/03/sharks/",
    "claimReviewed": "A shark swam on a flooded highway in Houston.",
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Jason Smith"},
        "datePublished": "2017-08-27",
    },
    "author": {"@type": "Organization", "name": "Fact Check Example", "url": "https://factcheck.example"},
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
    },
    "datePublished": "2017-08-28T10:00:00Z",
    "name": "No, a shark did not swim on a Houston highway",
    "inLanguage": "en",
}


def records(text, kind="json", collection="c"):
    return list(read_records(text.splitlines(keepends=True), kind, collection))


def test_a_claim_review_reads_with_its_numeric_rating():
    (rec,) = records(json.dumps(REVIEW))
    assert rec == FactCheckRecord(
        key="url:factcheck.example/2024/03/sharks",
        claim_text="A shark swam on a flooded highway in Houston.",
        claimant="Jason Smith",
        claim_date=date(2017, 8, 27),
        rating_text="False",
        rating_value=1.0,
        rating_best=5.0,
        rating_worst=1.0,
        url="https://www.factcheck.example/2024/03/sharks/",
        title="No, a shark did not swim on a Houston highway",
        publisher_name="Fact Check Example",
        publisher_site="factcheck.example",
        reviewed_at=date(2017, 8, 28),
        language="en",
    )


def test_a_list_a_feed_and_a_graph_all_read():
    other = {**REVIEW, "url": "https://factcheck.example/other", "claimReviewed": "Other."}
    assert len(records(json.dumps([REVIEW, other]))) == 2
    feed = {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [REVIEW, other]}]}
    assert [r.claim_text for r in records(json.dumps(feed))] == [REVIEW["claimReviewed"], "Other."]
    assert len(records(json.dumps({"@graph": [REVIEW]}))) == 1


def test_a_claim_review_without_claim_or_url_is_a_problem_not_an_error():
    broken = [{**REVIEW, "claimReviewed": ""}, {k: v for k, v in REVIEW.items() if k != "url"}, 7]
    out = records(json.dumps(broken))
    assert all(isinstance(p, Problem) for p in out)
    assert [p.reason for p in out] == [
        "no claimReviewed",
        "no url (nor identifier) to know it again",
        "not an object",
    ]
    assert records("{not json", "json")[0].reason.startswith("not JSON")


def test_google_fact_check_claims_give_one_record_per_review():
    claim = {
        "text": "Drinking hot water kills the virus.",
        "claimant": "Social media posts",
        "claimDate": "2020-03-10T00:00:00Z",
        "claimReview": [
            {
                "publisher": {"name": "Checker A", "site": "a.example"},
                "url": "https://a.example/1",
                "title": "No",
                "reviewDate": "2020-03-12T00:00:00Z",
                "textualRating": "False",
                "languageCode": "en",
            },
            {"publisher": {"name": "Checker B"}, "url": "https://b.example/2", "textualRating": "Misleading"},
        ],
    }
    out = records(json.dumps({"claims": [claim]}))
    assert [(r.publisher_name, r.publisher_site, r.rating_text) for r in out] == [
        ("Checker A", "a.example", "False"),
        ("Checker B", "b.example", "Misleading"),
    ]
    assert out[0].reviewed_at == date(2020, 3, 12) and out[0].claim_date == date(2020, 3, 10)


def test_checkthat_collections_read_as_they_are():
    lines = "\n".join(
        [
            json.dumps({"vclaim_id": "0", "vclaim": "122 detainees re-engaged.", "title": "Did 122 return?"}),
            json.dumps(
                {
                    "url": "/factchecks/2019/oct/30/x/",
                    "speaker": "GayDonna Vandergriff",
                    "vclaim": "A bill.",
                    "truth_label": "false",
                    "date": "stated on October 22, 2019 in a campaign mailer.:",
                    "title": "Vandergriff inaccurately describes bill",
                    "vclaim_id": "vclaim-pol-00000",
                }
            ),
            "this line is broken",
            json.dumps({"vclaim_id": "9"}),
        ]
    )
    out = records(lines, "jsonl", "clef/vclaims.jsonl")
    first, second, bad1, bad2 = out
    assert (
        first.key == "clef/vclaims.jsonl:0"
        and first.collection_id == "0"
        and first.title == "Did 122 return?"
    )
    assert (second.claimant, second.rating_text, second.claim_date) == (
        "GayDonna Vandergriff",
        "false",
        date(2019, 10, 22),
    )
    assert second.key == "clef/vclaims.jsonl:vclaim-pol-00000"
    assert (bad1.where, bad2.where) == ("line 3", "line 4")
    assert bad2.reason.startswith("no claim text")


def test_subtitles_join_the_title():
    (rec,) = records(json.dumps({"id": 1, "vclaim": "x", "title": "T", "subtitle": "S"}), "jsonl")
    assert rec.title == "T — S"


def test_csv_rows_with_the_bad_ones_listed():
    text = (
        "id,claim,claimant,rating,url,publisher,review_date\n"
        "1,Crime doubled.,Mayor,False,https://x.example/1,X Checks,2024-01-02\n"
        "2,,Mayor,False,https://x.example/2,X Checks,2024-01-02\n"
        "3,Too many cells,a,b,c,d,e,f\n"
        '4,"A claim, with a comma",,True,,,\n'
    )
    out = records(text, "csv")
    good = [r for r in out if isinstance(r, FactCheckRecord)]
    bad = [p for p in out if isinstance(p, Problem)]
    assert [r.claim_text for r in good] == ["Crime doubled.", "A claim, with a comma"]
    assert good[0].reviewed_at == date(2024, 1, 2) and good[0].publisher_site == "x.example"
    assert [p.where for p in bad] == ["line 3", "line 4"]


def test_small_readers():
    assert parse_date("2024-02-30") is None and parse_date("Sept. 3, 2020") is None
    assert parse_date("March 3, 2020") == date(2020, 3, 3)
    assert url_key("https://WWW.Example.com/a/b/?utm=1#x") == "example.com/a/b"
    assert guess_kind("feed.json", "") == "json" and guess_kind("x", '{"a": 1}\n{"a": 2}') == "jsonl"
    assert guess_kind("x", '{\n "a": 1}') == "json" and guess_kind("x", "id,claim") == "csv"
