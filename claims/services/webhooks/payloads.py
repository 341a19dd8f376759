"""What a delivery carries: the event envelope, the claim and article bodies, the encoding and
the signature a receiver checks."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count

from claims.claimreview import claim_review
from claims.export_selectors import claim_record
from claims.models import Article, Claim
from claims.workflow import Status

SIGNATURE_HEADER = "X-Factcheck-Signature"


def envelope(kind: str, event_id: uuid.UUID, now, **body) -> dict:
    return {"event": kind, "id": str(event_id), "occurred_at": now.isoformat(), **body}


def claim_body(claim: Claim) -> dict:
    return {**claim_record(claim), "claimreview": claim_review(claim)}


def article_summary(article_id: int) -> dict:
    """An article with the counts of its claims by status and by verdict."""
    article = Article.objects.only("id", "title", "url", "publisher").get(pk=article_id)
    rows = (
        Claim.objects.filter(article_id=article_id)
        .values("status", "verdict")
        .annotate(n=Count("id"))
        .order_by()
    )
    statuses: dict[str, int] = {}
    verdicts: dict[str, int] = {}
    for row in rows:
        statuses[row["status"]] = statuses.get(row["status"], 0) + row["n"]
        if row["status"] == Status.APPROVED and row["verdict"]:
            verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + row["n"]
    return {
        "id": article.pk,
        "title": article.title,
        "url": article.url,
        "publisher": article.publisher,
        "claims": sum(statuses.values()),
        "approved": statuses.get(Status.APPROVED, 0),
        "dismissed": statuses.get(Status.DISMISSED, 0),
        "verdicts": verdicts,
    }


def encode_payload(payload: dict) -> bytes:
    return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


def webhook_sign(body: bytes, secret: str) -> str:
    """The signature header value: sha256=<hex HMAC-SHA256 of the raw body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
