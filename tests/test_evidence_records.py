"""Evidence records: a reviewer adds links and documents with a stance; the worker keeps a copy
of each link's page (here in process, against a local site); the page groups them by stance;
the API reads and writes them under the claim page's rules; the ClaimReview cites them."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import services
from claims.errors import Conflict, NotAllowed, TooLarge, ValidationFailed
from claims.ingest.documents import document_kind, pdf_text, safe_filename
from claims.models import Claim, ClaimEvent, Evidence, EvidenceFile
from claims.selectors import claim_approval_gaps
from claims.services.evidence import (
    TransientSnapshotError,
    Upload,
    evidence_add,
    evidence_remove,
    evidence_snapshot,
    evidence_snapshot_again,
    evidence_update,
    snapshot_sweep,
)
from tests.ingest.site import Route, Site, page

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_pdf(text: str, title: str = "") -> bytes:
    """A one-page PDF with ``text`` in Helvetica (and a title in its information), written here."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) >>".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def upload(data: bytes, name: str = "report.pdf") -> Upload:
    return Upload(name, len(data), io.BytesIO(data))


@pytest.fixture
def held(claim, reviewer):
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    return Claim.objects.get(pk=claim.pk)


@pytest.fixture
def site(settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 1.0
    settings.FACTCHECK_FETCH_TOTAL_TIMEOUT = 3.0
    with Site() as s:
        s.routes["/news/harbour"] = Route(body=page("harbour_budget.html"))
        yield s


# --- documents, read by their bytes ------------------------------------------------------------


@pytest.mark.parametrize(
    "head, kind",
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"<html><script>alert(1)</script>", None),
        (b"MZ\x90\x00", None),
        (b"", None),
    ],
)
def test_a_document_is_known_by_its_bytes(head, kind):
    found = document_kind(head)
    assert (found.content_type if found else None) == kind


def test_the_text_of_a_pdf_is_read_and_a_broken_one_gives_nothing():
    title, text = pdf_text(make_pdf("The harbour budget rose by 4 percent in 2023.", "Council budget 2023"))
    assert (title, text) == ("Council budget 2023", "The harbour budget rose by 4 percent in 2023.")
    assert pdf_text(PDF) == ("", "")  # a header and nothing else
    assert pdf_text(b"%PDF-1.7 garbage" * 50) == ("", "")


def test_a_link_to_a_pdf_keeps_its_bytes_title_and_text(
    held, reviewer, site, django_capture_on_commit_callbacks
):
    report = make_pdf("Cargo volumes fell by 4 percent in 2025.", "Port authority annual report")
    site.routes["/report.pdf"] = Route(body=report, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(
            claim_id=held.pk, actor=reviewer, stance="contradicts", url=site.url("/report.pdf")
        )
    record.refresh_from_db()
    assert record.snapshot_state == "done" and bytes(record.snapshot.data) == report
    assert record.snapshot_title == "Port authority annual report"
    assert record.snapshot_text == "Cargo volumes fell by 4 percent in 2025."


def test_a_file_name_is_made_safe_for_headers_and_pages():
    pdf = document_kind(PDF)
    assert safe_filename('..\\evil"; x=.exe', pdf) == "evil_x.pdf"
    assert safe_filename("Budget 2024 (final).PDF", pdf) == "Budget_2024_final.pdf"
    assert safe_filename("", pdf) == "document.pdf"
    assert safe_filename("Отчёт.pdf", pdf) == "document.pdf"


# --- the service --------------------------------------------------------------------------------


def test_a_link_is_added_and_its_page_kept_with_hash_title_and_text(
    held, reviewer, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(
            claim_id=held.pk,
            actor=reviewer,
            stance="contradicts",
            url=site.url("/news/harbour"),
            excerpt="The harbour budget rose by 4%.",
            note="Council minutes.",
        )
    record.refresh_from_db()
    assert record.snapshot_state == "done", record.snapshot_error
    body = page("harbour_budget.html")
    assert record.snapshot.sha256 == hashlib.sha256(body).hexdigest()
    assert bytes(record.snapshot.data) == body and record.snapshot.content_type == "text/html"
    assert record.snapshot_title and record.snapshot_text and "<" not in record.snapshot_text
    assert record.snapshot_at is not None and record.snapshot_url == site.url("/news/harbour")
    assert (record.added_by, record.provider) == (reviewer, "")
    events = list(ClaimEvent.objects.filter(claim=held).values_list("action", "note"))
    said = "“The harbour budget rose by 4%.” Note: Council minutes."
    assert ("evidence_added", f"Contradicts the claim: {site.url('/news/harbour')} — {said}") in events
    assert any(a == "evidence_snapshot" and "Kept a copy" in n for a, n in events)
    # The page fetched once: a second run has nothing to do.
    assert evidence_snapshot(evidence_id=record.pk) == "skipped"
    assert len([p for p, _ in site.requests if p == "/news/harbour"]) == 1


def test_the_copy_survives_the_page_changing_and_disappearing(
    held, reviewer, site, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(
            claim_id=held.pk, actor=reviewer, stance="supports", url=site.url("/news/harbour")
        )
    site.routes["/news/harbour"] = Route(404, b"<html>gone</html>")
    client.force_login(reviewer)
    copy = client.get(reverse("evidence-copy", args=[held.pk, record.pk]))
    assert copy.status_code == 200
    record.refresh_from_db()
    assert record.snapshot_text[:40] in copy.content.decode()
    original = client.get(reverse("evidence-file", args=[held.pk, record.pk, "original"]))
    assert original.content == page("harbour_budget.html")
    assert original["Content-Disposition"].startswith("attachment;")
    assert (
        original["X-Content-Type-Options"] == "nosniff" and "sandbox" in original["Content-Security-Policy"]
    )


@pytest.mark.parametrize(
    "path, route, words",
    [
        ("/private", None, "private"),
        ("/gone", Route(404, b"<html>gone</html>"), "404"),
        ("/big", Route(body=b"<html>" + b"x" * 3000 + b"</html>"), "too large"),
        ("/app.exe", Route(body=b"MZ", content_type="application/octet-stream"), "not"),
    ],
)
def test_a_refused_snapshot_says_why_and_keeps_the_record(
    held, reviewer, site, settings, path, route, words, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_EVIDENCE_MAX_BYTES = 2000
    if route is None:
        # A name that resolves to a loopback address that is not allowed.
        settings.FACTCHECK_FETCH_ALLOWED_HOSTS = []
        url = site.url(path).replace("127.0.0.1", "localhost")
    else:
        site.routes[path] = route
        url = site.url(path)
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(claim_id=held.pk, actor=reviewer, stance="context", url=url)
    record.refresh_from_db()
    assert record.snapshot_state == "failed" and words in record.snapshot_error.lower(), record.snapshot_error
    assert record.snapshot_id is None and Evidence.objects.filter(pk=record.pk, removed_at=None).exists()
    assert ClaimEvent.objects.filter(
        claim=held, action="evidence_snapshot_failed", note__contains="Could not keep"
    ).exists()


def test_a_redirect_to_a_private_address_is_refused(
    held, reviewer, site, settings, django_capture_on_commit_callbacks
):
    site.routes["/jump"] = Route(302, b"", headers={"Location": "http://10.0.0.8/admin"})
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(claim_id=held.pk, actor=reviewer, stance="context", url=site.url("/jump"))
    record.refresh_from_db()
    assert record.snapshot_state == "failed" and "10.0.0.8" in record.snapshot_error


def test_a_slow_page_times_out_as_transient_and_the_sweeper_sends_it_again(
    held, reviewer, site, settings, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    site.routes["/slow"] = Route(body=b"<html><body><p>late</p></body></html>", delay=2.0)
    settings.FACTCHECK_FETCH_READ_TIMEOUT = 0.3
    with django_capture_on_commit_callbacks(execute=False):  # no worker took it
        record = evidence_add(claim_id=held.pk, actor=reviewer, stance="context", url=site.url("/slow"))
    with pytest.raises(TransientSnapshotError):
        evidence_snapshot(evidence_id=record.pk)
    record.refresh_from_db()
    assert record.snapshot_state == "pending" and record.snapshot_started_at is None
    assert "timed out" in record.snapshot_error.lower()
    # Left waiting: the sweeper sends it again (in process here), and now the page is quick.
    site.routes["/slow"] = Route(
        body=b"<html><head><title>Late</title></head><body><p>late</p></body></html>"
    )
    Evidence.objects.filter(pk=record.pk).update(snapshot_requested_at=timezone.now() - timedelta(hours=1))
    assert snapshot_sweep() == 1
    record.refresh_from_db()
    assert record.snapshot_state == "done" and record.snapshot_title == "Late"


def test_a_document_is_kept_once_per_content_and_served_safely(held, reviewer, client):
    first = evidence_add(
        claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF, "Budget 2024.pdf")
    )
    second = evidence_add(
        claim_id=held.pk, actor=reviewer, stance="context", document=upload(PDF, "copy.pdf")
    )
    assert first.document_id == second.document_id and EvidenceFile.objects.count() == 1
    assert first.snapshot_state == "none" and first.document_name == "Budget_2024.pdf"
    client.force_login(reviewer)
    answer = client.get(reverse("evidence-file", args=[held.pk, first.pk, "document"]))
    assert answer.content == PDF and answer["Content-Type"] == "application/pdf"
    assert answer["Content-Disposition"] == 'inline; filename="Budget_2024.pdf"'
    assert answer["X-Content-Type-Options"] == "nosniff"
    # A document of another claim is not reachable through this one.
    assert (
        client.get(reverse("evidence-file", args=[held.pk + 10_000, first.pk, "document"])).status_code == 404
    )


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"stance": "supports"}, "url"),
        ({"stance": "maybe", "url": "https://example.org/a"}, "stance"),
        ({"stance": "supports", "url": "ftp://example.org/a"}, "url"),
        ({"stance": "supports", "url": "http://127.0.0.1/admin"}, "url"),
        ({"stance": "supports", "url": "https://example.org/a", "excerpt": "x" * 5001}, "excerpt"),
        ({"stance": "supports", "document": upload(b"<html>not a pdf</html>", "x.pdf")}, "document"),
        ({"stance": "supports", "document": upload(b"", "x.pdf")}, "document"),
    ],
)
def test_bad_evidence_is_refused_with_a_field_message_and_nothing_is_stored(held, reviewer, kwargs, field):
    with pytest.raises(ValidationFailed) as refused:
        evidence_add(claim_id=held.pk, actor=reviewer, **kwargs)
    assert field in refused.value.field_errors
    assert not Evidence.objects.exists() and not EvidenceFile.objects.exists()
    assert not ClaimEvent.objects.filter(action="evidence_added").exists()


def test_an_oversize_document_is_413(held, reviewer, settings):
    settings.FACTCHECK_EVIDENCE_MAX_BYTES = 100
    with pytest.raises(TooLarge):
        evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF + b"0" * 100))
    assert not EvidenceFile.objects.exists()


def test_only_the_holder_or_an_editor_records_evidence(claim, reviewer, reviewer2, editor, submitter):
    for who in (reviewer, submitter):
        with pytest.raises(NotAllowed):
            evidence_add(claim_id=claim.pk, actor=who, stance="supports", url="https://example.org/a")
    services.claim_take(claim_id=claim.pk, actor=reviewer)
    with pytest.raises(NotAllowed):
        evidence_add(claim_id=claim.pk, actor=reviewer2, stance="supports", url="https://example.org/a")
    record = evidence_add(claim_id=claim.pk, actor=editor, stance="supports", url="https://example.org/a")
    with pytest.raises(NotAllowed):
        evidence_update(evidence_id=record.pk, actor=reviewer2, stance="context")
    with pytest.raises(NotAllowed):
        evidence_remove(evidence_id=record.pk, actor=submitter)


def test_an_approved_claims_evidence_changes_only_with_a_correction(held, reviewer, editor, client):
    record = evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF))
    done = services.claim_give_verdict(
        claim_id=held.pk, actor=reviewer, verdict="true", rationale="Checked.", version=held.version
    )
    services.claim_approve(claim_id=held.pk, actor=editor, version=done.version, force=True)
    for call in (
        lambda: evidence_add(
            claim_id=held.pk, actor=editor, stance="context", url="https://example.org/late"
        ),
        lambda: evidence_update(evidence_id=record.pk, actor=editor, stance="context"),
        lambda: evidence_remove(evidence_id=record.pk, actor=editor),
    ):
        with pytest.raises(Conflict, match="reopen it for a correction"):
            call()
    assert Evidence.objects.filter(claim=held, removed_at=None).count() == 1
    client.force_login(editor)
    html = client.get(reverse("claim", args=[held.pk])).content.decode()
    assert 'id="evidence-locked"' in html and 'id="evidence-form"' not in html


def test_changes_and_removal_are_in_history_and_removal_hides_the_record(held, reviewer):
    record = evidence_add(
        claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PNG, "chart.png")
    )
    evidence_update(evidence_id=record.pk, actor=reviewer, stance="contradicts", note="Read it again.")
    evidence_update(evidence_id=record.pk, actor=reviewer, stance="contradicts")  # no change: no event
    changed = ClaimEvent.objects.filter(claim=held, action="evidence_changed")
    assert [e.note for e in changed] == [
        "chart.png: stance supports the claim → contradicts the claim, note edited."
    ]
    evidence_remove(evidence_id=record.pk, actor=reviewer)
    record.refresh_from_db()
    assert record.removed_at is not None and record.removed_by == reviewer
    assert ClaimEvent.objects.filter(
        claim=held, action="evidence_removed", note__contains="chart.png"
    ).exists()
    with pytest.raises(Evidence.DoesNotExist):
        evidence_update(evidence_id=record.pk, actor=reviewer, note="again")
    assert claim_approval_gaps(claim_id=held.pk)[-1].startswith("no evidence recorded")


def test_evidence_counts_for_the_approval(held, reviewer):
    assert any(g.startswith("no evidence") for g in claim_approval_gaps(claim_id=held.pk))
    evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF))
    assert not any(g.startswith("no evidence") for g in claim_approval_gaps(claim_id=held.pk))


def test_only_a_failed_snapshot_is_tried_again(held, reviewer, site, django_capture_on_commit_callbacks):
    site.routes["/flaky"] = Route(404, b"<html>not yet</html>")
    with django_capture_on_commit_callbacks(execute=True):
        record = evidence_add(claim_id=held.pk, actor=reviewer, stance="context", url=site.url("/flaky"))
    record.refresh_from_db()
    assert record.snapshot_state == "failed"
    site.routes["/flaky"] = Route(
        body=b"<html><head><title>Now here</title></head><body><p>x</p></body></html>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        evidence_snapshot_again(evidence_id=record.pk, actor=reviewer)
    record.refresh_from_db()
    assert record.snapshot_state == "done" and record.snapshot_title == "Now here"
    with pytest.raises(Conflict):
        evidence_snapshot_again(evidence_id=record.pk, actor=reviewer)


# --- the claim page -----------------------------------------------------------------------------


def test_the_page_groups_evidence_by_stance_with_provenance_and_escapes_it(held, reviewer, client):
    evidence_add(
        claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF), excerpt="<b>bold</b>"
    )
    evidence_add(
        claim_id=held.pk,
        actor=reviewer,
        stance="contradicts",
        url="https://example.org/x",
        note="<script>x()</script>",
    )
    client.force_login(reviewer)
    html = client.get(reverse("claim", args=[held.pk])).content.decode()
    contradicts, supports = html.index('id="evidence-contradicts"'), html.index('id="evidence-supports"')
    assert contradicts < supports  # what argues against the claim first
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    assert "<script>x()" not in html
    assert "Added by <strong>reviewer</strong>" in html and "keeping a copy of the page" in html
    assert 'id="evidence-form"' in html


def test_the_page_form_adds_evidence_and_shows_errors_after_a_refusal(held, reviewer, client):
    client.force_login(reviewer)
    url = reverse("evidence-new", args=[held.pk])
    refused = client.post(url, {"stance": "supports", "url": "", "excerpt": "no source"}, follow=True)
    html = refused.content.decode()
    assert "Give a link or upload a document" in html and "no source" in html
    assert not Evidence.objects.exists()
    document = SimpleUploadedFile("scan.png", PNG, content_type="image/png")
    done = client.post(url, {"stance": "context", "document": document, "note": "Scan"}, follow=True)
    assert "Evidence added." in done.content.decode()
    record = Evidence.objects.get()
    assert (record.stance, record.document_name, record.document.content_type) == (
        "context",
        "scan.png",
        "image/png",
    )
    bad_type = SimpleUploadedFile("x.pdf", b"#!/bin/sh", content_type="application/pdf")
    html = client.post(url, {"stance": "context", "document": bad_type}, follow=True).content.decode()
    assert "Not a document the desk keeps" in html and Evidence.objects.count() == 1


def test_a_submitter_reads_evidence_but_gets_no_form(held, reviewer, submitter, client):
    evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", url="https://example.org/x")
    client.force_login(submitter)
    html = client.get(reverse("claim", args=[held.pk])).content.decode()
    assert "https://example.org/x" in html and 'id="evidence-form"' not in html
    answer = client.post(
        reverse("evidence-new", args=[held.pk]), {"stance": "supports", "url": "https://e.org"}, follow=True
    )
    assert "Only reviewers and editors record evidence." in answer.content.decode()
    assert Evidence.objects.count() == 1


def test_an_upload_over_the_limit_is_413_before_it_is_read(held, reviewer, client, settings):
    settings.FACTCHECK_EVIDENCE_MAX_BYTES = 1024
    client.force_login(reviewer)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (400 * 1024), content_type="application/pdf")
    assert (
        client.post(
            reverse("evidence-new", args=[held.pk]), {"stance": "supports", "document": big}
        ).status_code
        == 413
    )
    # Under the body limit but over the document's own: the page says so.
    small_big = SimpleUploadedFile("big.pdf", PDF + b"0" * 2000, content_type="application/pdf")
    html = client.post(
        reverse("evidence-new", args=[held.pk]), {"stance": "supports", "document": small_big}, follow=True
    ).content.decode()
    assert "File too large" in html and not Evidence.objects.exists()


# --- the API ------------------------------------------------------------------------------------


def test_the_api_adds_lists_changes_and_removes_evidence(held, reviewer, submitter, editor, api):
    path = f"/api/claims/{held.pk}/evidence/"
    made = api(reviewer).post(
        path, {"stance": "supports", "url": "https://example.org/a", "excerpt": "Quote"}, format="json"
    )
    assert made.status_code == 201, made.json()
    body = made.json()
    assert (
        body["snapshot"]["state"] == "pending" and body["added_by"] == "reviewer" and body["document"] is None
    )
    document = SimpleUploadedFile("chart.png", PNG, content_type="image/png")
    with_file = api(reviewer).post(path, {"stance": "context", "document": document}, format="multipart")
    assert with_file.status_code == 201, with_file.json()
    doc = with_file.json()["document"]
    assert (doc["name"], doc["content_type"], doc["size"]) == ("chart.png", "image/png", len(PNG))
    assert api(submitter).get(doc["download"]).content == PNG
    listed = api(submitter).get(path).json()
    assert [r["id"] for r in listed] == [body["id"], with_file.json()["id"]]
    assert (
        api(submitter).post(path, {"stance": "supports", "url": "https://e.org"}, format="json").status_code
        == 403
    )
    changed = api(editor).patch(f"{path}{body['id']}/", {"stance": "contradicts"}, format="json")
    assert changed.status_code == 200 and changed.json()["stance"] == "contradicts"
    assert api(reviewer).delete(f"{path}{body['id']}/").status_code == 204
    assert api(submitter).get(f"{path}{body['id']}/").status_code == 404
    assert [r["id"] for r in api(submitter).get(path).json()] == [with_file.json()["id"]]


@pytest.mark.parametrize(
    "data, field",
    [
        ({"stance": "supports"}, "url"),
        ({"url": "https://example.org"}, "stance"),
        ({"stance": "supports", "url": 7}, "url"),
        ({"stance": "supports", "url": "https://example.org/\x00"}, "url"),
        ({"stance": "supports", "url": "javascript:alert(1)"}, "url"),
    ],
)
def test_the_api_answers_400_with_field_messages(held, reviewer, api, data, field):
    answer = api(reviewer).post(f"/api/claims/{held.pk}/evidence/", data, format="json")
    assert answer.status_code == 400 and field in answer.json(), answer.json()
    assert not Evidence.objects.exists()


def test_the_api_snapshot_retry_is_409_unless_failed_and_404_elsewhere(held, reviewer, api):
    record = evidence_add(claim_id=held.pk, actor=reviewer, stance="supports", document=upload(PDF))
    assert api(reviewer).post(f"/api/claims/{held.pk}/evidence/{record.pk}/snapshot/").status_code == 409
    assert api(reviewer).get(f"/api/claims/{held.pk + 1}/evidence/{record.pk}/").status_code == 404
    assert api(reviewer).get(f"/api/claims/{held.pk}/evidence/{record.pk}/original/").status_code == 404
    assert api(reviewer).get("/api/claims/999999/evidence/").status_code == 404
