"""The library of fact checks: import, the desk's verdicts joining it, the provider, the card."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import services
from claims.models import Corroboration, FactCheck, MatchCandidate, ProviderRun
from claims.services import matching
from claims.services.fact_checks import fact_checks_import

pytestmark = pytest.mark.django_db

SHARK = "A shark swam on a flooded highway in Houston after Hurricane Harvey."
LIBRARY = [
    {
        "id": "fc-1",
        "claim": SHARK,
        "claimant": "Viral photo",
        "rating": "False",
        "publisher": "Checker A",
        "url": "https://checker-a.example/shark",
        "review_date": "2017-08-28",
    },
    {
        "id": "fc-2",
        "claim": "The city council doubled parking fees in 2023.",
        "rating": "Mostly true",
        "url": "https://checker-a.example/parking",
    },
    {
        "id": "fc-3",
        "claim": "Drinking hot water every hour kills the coronavirus.",
        "rating": "False",
        "url": "https://checker-b.example/water",
    },
]


@pytest.fixture(autouse=True)
def _fresh_index():
    matching.reset_cache()
    yield
    matching.reset_cache()


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def run_import(path, *args):
    out = io.StringIO()
    call_command("import_fact_checks", str(path), *args, stdout=out)
    return out.getvalue()


def test_import_is_idempotent_and_updates_what_changed(tmp_path):
    path = write_jsonl(tmp_path / "archive.jsonl", LIBRARY)
    assert "3 new, 0 updated, 0 unchanged, 0 skipped" in run_import(path)
    assert "0 new, 0 updated, 3 unchanged" in run_import(path)
    first = FactCheck.objects.get(collection_id="fc-1")
    vector = bytes(first.embedding)
    assert (
        len(vector) == 384 * 4
        and first.rating_text == "False"
        and first.publisher_site == "checker-a.example"
    )
    changed = [{**LIBRARY[0], "rating": "Pants on fire"}, *LIBRARY[1:]]
    assert "0 new, 1 updated, 2 unchanged" in run_import(write_jsonl(path, changed))
    again = FactCheck.objects.get(collection_id="fc-1")
    assert again.rating_text == "Pants on fire" and again.pk == first.pk
    assert bytes(again.embedding) == vector  # same text: the vector is not computed again
    assert FactCheck.objects.count() == 3


def test_bad_lines_are_listed_and_the_good_ones_imported(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(LIBRARY[0])
        + "\n{broken\n"
        + json.dumps({"id": "x"})
        + "\n"
        + json.dumps(LIBRARY[1])
        + "\n"
    )
    out = run_import(path)
    assert "2 new" in out and "2 skipped" in out
    assert "skipped line 2: not JSON" in out and "skipped line 3: no claim text" in out
    assert FactCheck.objects.count() == 2


def test_claim_review_feed_and_csv_import(tmp_path):
    review = {
        "@type": "ClaimReview",
        "url": "https://c.example/1",
        "claimReviewed": "Taxes rose 40%.",
        "reviewRating": {
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Mostly false",
        },
    }
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"dataFeedElement": [{"item": [review]}]}))
    assert "1 new" in run_import(feed)
    fc = FactCheck.objects.get(url="https://c.example/1")
    assert (fc.rating_value, fc.rating_best, fc.rating_worst) == (2.0, 5.0, 1.0)
    csv_path = tmp_path / "sheet.csv"
    csv_path.write_text("claim,url,rating\nTaxes rose 40%.,https://c.example/1,False\n")
    assert "0 new, 1 updated" in run_import(csv_path)  # the same URL is the same fact check
    assert FactCheck.objects.get(url="https://c.example/1").rating_text == "False"


def test_import_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="is not a file"):
        call_command("import_fact_checks", str(tmp_path / "none.jsonl"))


def _library(tmp_path):
    fact_checks_import(
        lines=io.StringIO("".join(json.dumps(r) + "\n" for r in LIBRARY)),
        kind="jsonl",
        collection="test",
        provenance="test.jsonl",
    )


def test_a_repeated_claim_finds_the_fact_check_first_and_same_tier(tmp_path):
    _library(tmp_path)
    ranked = matching.rank_fact_checks(
        text="Shark swimming on a flooded Houston highway during Hurricane Harvey"
    )
    pk, best = ranked[0]
    assert FactCheck.objects.get(pk=pk).collection_id == "fc-1" and best.tier == "same"
    assert all(m.tier == "related" for _pk, m in ranked[1:])


def test_an_empty_library_answers_no_matches():
    assert matching.rank_fact_checks(text="Anything at all") == []
    assert matching.current_library() is None


def test_the_index_follows_the_library(tmp_path):
    _library(tmp_path)
    first = matching.current_library()
    assert len(first.matcher) == 3 and matching.current_library() is first  # unchanged: reused
    FactCheck.objects.filter(collection_id="fc-3").update(active=False)
    assert len(matching.current_library().matcher) == 2


def test_rows_without_a_vector_are_embedded_once_and_saved(tmp_path):
    FactCheck.objects.create(key="k:1", claim_text=SHARK, url="https://x.example/1")
    assert FactCheck.objects.get(key="k:1").embedding is None
    assert matching.rank_fact_checks(text=SHARK)[0][1].tier == "same"
    assert len(bytes(FactCheck.objects.get(key="k:1").embedding)) == 384 * 4


def test_a_fact_check_is_embedded_by_its_claim_and_older_vectors_are_redone(tmp_path):
    """The vector of a fact check is its claim's alone (the title counts through BM25); a vector
    stored under another key (the model, or what was embedded: claim and title before) is
    computed again when the index is built, and saved."""
    import numpy as np

    from claims.services.fact_checks import embedder_name

    titled = [{**LIBRARY[0], "title": "Did a shark really swim down a Houston freeway?"}, *LIBRARY[1:]]
    _ = run_import(write_jsonl(tmp_path / "titled.jsonl", titled))
    embedder = matching.get_embedder()
    row = FactCheck.objects.get(collection_id="fc-1")
    key = embedder_name(embedder)
    assert row.embedding_model == key and key.endswith(":claim")
    # int8 activations are quantised per batch: vectors agree to a cosine, not bit for bit.
    claim_alone, joint = embedder.encode([SHARK, f"{SHARK} {titled[0]['title']}"])
    assert float(claim_alone @ joint) < 0.95  # the title moves the vector: the test can tell

    def cosines(blob):
        vector = np.frombuffer(bytes(blob), dtype=np.float32)
        return float(vector @ claim_alone), float(vector @ joint)

    to_claim, to_joint = cosines(row.embedding)
    assert to_claim > 0.99 and to_joint < 0.96

    old = joint.astype(np.float32).tobytes()
    FactCheck.objects.filter(pk=row.pk).update(embedding=old, embedding_model=key.rsplit(":", 1)[0])
    matching.reset_cache()
    assert matching.rank_fact_checks(text=SHARK)[0][1].tier == "same"
    row.refresh_from_db()
    assert row.embedding_model == key and cosines(row.embedding)[0] > 0.99


def reviewed(claim, reviewer, verdict="false"):
    taken = services.claim_take(claim_id=claim.pk, actor=reviewer)
    return services.claim_give_verdict(
        claim_id=claim.pk, actor=reviewer, verdict=verdict, rationale="Checked.", version=taken.version
    )


def test_an_approved_verdict_joins_the_library_and_a_correction_takes_it_out(
    claim, reviewer, editor, editor2, django_capture_on_commit_callbacks
):
    done = reviewed(claim, reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    fc = FactCheck.objects.get(claim=claim)
    assert (fc.source, fc.active, fc.claim_text, fc.rating_text, fc.rating_value) == (
        "desk",
        True,
        " ".join(claim.text.split()),  # as every library record: no-break spaces and runs folded
        "False",
        1.0,
    )
    assert fc.url.endswith(f"/{claim.pk}") and fc.embedding is not None
    with django_capture_on_commit_callbacks(execute=True):
        reopened = services.claim_reopen(
            claim_id=claim.pk, actor=editor, reason="New data", version=approved.version
        )
    assert FactCheck.objects.get(claim=claim).active is False
    fixed = services.claim_give_verdict(
        claim_id=claim.pk, actor=editor, verdict="half_true", rationale="Revised.", version=reopened.version
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_approve(claim_id=claim.pk, actor=editor2, version=fixed.version, force=True)
    fc = FactCheck.objects.get(claim=claim)
    assert (
        fc.active and fc.rating_text == "Half true" and FactCheck.objects.filter(source="desk").count() == 1
    )


def test_the_sweeper_repairs_a_library_update_that_was_lost(
    claim, reviewer, editor, monkeypatch, django_capture_on_commit_callbacks
):
    from claims.services import fact_checks

    real = fact_checks.fact_check_from_claim

    def broken(claim):
        raise RuntimeError("encoder crashed")

    done = reviewed(claim, reviewer)
    monkeypatch.setattr(fact_checks, "fact_check_from_claim", broken)
    with django_capture_on_commit_callbacks(execute=True):
        approved = services.claim_approve(claim_id=claim.pk, actor=editor, version=done.version, force=True)
    assert not FactCheck.objects.filter(claim=claim).exists()  # the approval stands, the entry is missing
    monkeypatch.setattr(fact_checks, "fact_check_from_claim", real)
    assert fact_checks.fact_check_library_sweep() == 1
    assert FactCheck.objects.get(claim=claim).active
    assert fact_checks.fact_check_library_sweep() == 0  # nothing left to do
    with django_capture_on_commit_callbacks(execute=False):  # the withdrawal after the commit is lost
        services.claim_reopen(claim_id=claim.pk, actor=editor, reason="New data", version=approved.version)
    assert FactCheck.objects.get(claim=claim).active
    assert fact_checks.fact_check_library_sweep() == 1
    assert FactCheck.objects.get(claim=claim).active is False


def test_a_claim_repeating_an_imported_fact_check_gets_it_as_candidate_item_and_card(
    tmp_path, submitter, reviewer, django_capture_on_commit_callbacks, client
):
    from claims.services import article_submit

    _library(tmp_path)
    with django_capture_on_commit_callbacks(execute=True):
        article = article_submit(
            submitted_by=submitter,
            title="Storm",
            body=f"Posts shared on Monday claimed that {SHARK[0].lower()}{SHARK[1:]} The roads were closed.",
            url="https://example.com/storm",
            publisher="Example News",
        ).article
    claim = next(c for c in article.claims.all() if "shark" in c.text)
    candidates = list(MatchCandidate.objects.filter(claim=claim).select_related("fact_check"))
    assert (
        candidates[0].fact_check.collection_id == "fc-1"
        and candidates[0].tier == "same"
        and candidates[0].rank == 1
    )
    item = Corroboration.objects.get(claim=claim, provider="checked_before")
    assert item.url == "https://checker-a.example/shark" and "False" in item.excerpt
    run = ProviderRun.objects.get(claim=claim, provider="checked_before")
    assert run.found == len(candidates)
    client.force_login(reviewer)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    card = page[page.index('id="checked-before"') :]
    assert "Likely the same claim" in card and "https://checker-a.example/shark" in card and "False" in card
    first_item = card[card.index("<li") : card.index("</li>")]
    assert "Likely the same claim" in first_item and "flooded highway in Houston" in first_item


def test_the_card_says_so_when_nothing_was_found(claim, reviewer, client):
    client.force_login(reviewer)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert "Checked before?" in page and "No earlier fact check resembles this claim." in page


def test_the_card_escapes_what_an_import_brought(tmp_path, claim, reviewer, client):
    fc = FactCheck.objects.create(
        key="k:x", claim_text="<script>alert(1)</script>", url="javascript:alert(1)"
    )
    MatchCandidate.objects.create(claim=claim, fact_check=fc, rank=1, score=1.0, cosine=0.9, tier="same")
    client.force_login(reviewer)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript:' not in page


def test_match_claims_reads_queries_and_writes_rankings(tmp_path, monkeypatch):
    collection = tmp_path / "vclaims.jsonl"
    collection.write_text(
        "".join(json.dumps({"vclaim_id": r["id"], "vclaim": r["claim"]}) + "\n" for r in LIBRARY)
    )
    monkeypatch.setattr(
        "sys.stdin", io.StringIO(json.dumps({"id": "q1", "text": "shark on a Houston highway"}) + "\n")
    )
    out = io.StringIO()
    call_command("match_claims", "--collection", str(collection), "--top", "2", stdout=out)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert line["id"] == "q1" and line["matches"][0]["id"] == "fc-1" and len(line["matches"]) <= 2
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "no id"}\n'))
    with pytest.raises(CommandError, match="line 1"):
        call_command("match_claims", "--collection", str(collection), stdout=io.StringIO())
