"""Editors load fact checks through the page and the API (the command's service)."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.models import FactCheck

pytestmark = pytest.mark.django_db

ROWS = [
    {
        "id": "a",
        "claim": "The bridge cost 2 billion dollars.",
        "rating": "False",
        "url": "https://x.example/a",
    },
    {"id": "b", "claim": "Unemployment fell to 3 percent.", "rating": "True", "url": "https://x.example/b"},
]


def jsonl(name="archive.jsonl", rows=ROWS, extra=""):
    body = "".join(json.dumps(r) + "\n" for r in rows) + extra
    return SimpleUploadedFile(name, body.encode(), content_type="application/octet-stream")


def test_api_import_for_editors_with_the_bad_lines_listed(api, editor):
    response = api(editor).post(
        "/api/fact-checks/import/", {"file": jsonl(extra="{oops\n")}, format="multipart"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["created"], body["skipped"]) == (2, 1) and body["problems"][0]["where"] == "line 3"
    again = api(editor).post("/api/fact-checks/import/", {"file": jsonl()}, format="multipart").json()
    assert (again["created"], again["unchanged"]) == (0, 2) and FactCheck.objects.count() == 2


def test_api_refuses_reviewers_and_missing_files(api, reviewer, editor):
    assert (
        api(reviewer).post("/api/fact-checks/import/", {"file": jsonl()}, format="multipart").status_code
        == 403
    )
    response = api(editor).post("/api/fact-checks/import/", {}, format="multipart")
    assert response.status_code == 400 and "file" in json.dumps(response.json())
    assert FactCheck.objects.count() == 0


def test_api_oversize_is_413(api, editor, settings):
    settings.FACTCHECK_IMPORT_MAX_BYTES = 10
    response = api(editor).post("/api/fact-checks/import/", {"file": jsonl()}, format="multipart")
    assert response.status_code == 413 and FactCheck.objects.count() == 0


def test_api_rejects_a_file_that_is_not_utf8(api, editor):
    bad = SimpleUploadedFile("x.csv", "claim,url\ncaf\xe9,https://x.example/c\n".encode("latin-1"))
    response = api(editor).post("/api/fact-checks/import/", {"file": bad}, format="multipart")
    assert response.status_code == 400 and "UTF-8" in json.dumps(response.json())


def test_upload_page_imports_and_reports(client, editor, reviewer):
    client.force_login(reviewer)
    assert client.get("/fact-checks/import/").status_code == 403
    client.force_login(editor)
    page = client.get("/fact-checks/import/")
    assert page.status_code == 200 and b"0 fact checks now" in page.content
    csv_file = SimpleUploadedFile(
        "sheet.csv", b"claim,url,rating\nTaxes rose.,https://x.example/t,False\n,https://x.example/u,True\n"
    )
    done = client.post("/fact-checks/import/", {"file": csv_file, "format": ""})
    text = done.content.decode()
    assert done.status_code == 200 and "<strong>1</strong> new" in text and "line 3: no claim text" in text
    assert FactCheck.objects.get().rating_text == "False"
    empty = client.post("/fact-checks/import/", {})
    assert empty.status_code == 400 and "has-error" in empty.content.decode()
