from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.errors import NotAllowed, TooLarge, ValidationFailed
from claims.extraction import extract_claims
from claims.models import Article, Claim, ClaimEvent
from claims.permissions import SUBMIT, user_can
from claims.textnorm import body_hash, clean_body, pasted_text, url_key
from claims.workflow import Event

from .corroboration import article_corroboration_publish
from .rows import insert_rows, write_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubmitResult:
    article: Article
    created: bool
    # A new article's claims as written (ids included, in position order); empty otherwise.
    claims: list[Claim] = field(default_factory=list)


def _existing(content_hash: str, key: str) -> Article | None:
    condition = Q(content_hash=content_hash)
    if key:
        condition |= Q(url_key=key)
    return Article.objects.filter(condition).order_by("id").first()


def article_submit(
    *,
    submitted_by,
    title: str,
    body: str,
    url: str = "",
    publisher: str = "",
    author: str = "",
    published_at: datetime | None = None,
) -> SubmitResult:
    """Store an article and its claims, or return the one already stored.

    The same article is recognised by its normalised URL or its normalised body; a unique
    constraint on each makes that hold also when two submissions race. Claims are extracted
    before the transaction, written with the article in one transaction, and corroboration is
    enqueued only after it commits.
    """
    if submitted_by is not None and not user_can(submitted_by, SUBMIT):
        raise NotAllowed("Your account may not submit articles.")
    # HTML source pasted as the body is stored as the text a browser shows (see pasted_text)
    body = clean_body(pasted_text(body or ""))
    title = " ".join(pasted_text(title or "").split())
    if len(body) > settings.FACTCHECK_MAX_BODY_CHARS:
        raise TooLarge(
            f"The article body has {len(body):,} characters; the limit is "
            f"{settings.FACTCHECK_MAX_BODY_CHARS:,}.",
            field_errors={"body": ["Article body is too long."]},
        )
    errors: dict[str, list[str]] = {}
    if not title:
        errors["title"] = ["A title is required."]
    if not body:
        errors["body"] = ["The article body is empty."]
    if errors:
        raise ValidationFailed("The article is incomplete.", field_errors=errors)

    content_hash = body_hash(body)
    key = url_key(url)
    existing = _existing(content_hash, key)
    if existing is not None:
        return SubmitResult(existing, False)
    fields = dict(
        title=title[:500],
        body=body,
        url=url or "",
        url_key=key,
        publisher=publisher or "",
        author=author or "",
        published_at=published_at,
        submitted_by=submitted_by,
        content_hash=content_hash,
    )
    if len(body) > settings.FACTCHECK_SYNC_EXTRACT_MAX_CHARS:
        from .splitting import article_store_for_splitting

        return article_store_for_splitting(fields, lambda: _existing(content_hash, key))

    extraction = extract_claims(
        body,
        threshold=settings.FACTCHECK_CHECKWORTHY_THRESHOLD,
        scorer=settings.FACTCHECK_SCORER,
        title=title,
    )
    now = timezone.now()
    try:
        with transaction.atomic():
            article = Article.objects.create(
                **fields,
                language=extraction.language,
                language_supported=extraction.scored,
                created_at=now,
            )
            claims = article_store_claims(article, extraction, now)
    except IntegrityError:
        # Another request stored the same article between our look-up and our insert.
        existing = _existing(content_hash, key)
        if existing is None:
            raise
        return SubmitResult(existing, False)
    return SubmitResult(article, True, claims=claims)


def article_store_claims(article: Article, extraction, now, first_position: int = 0) -> list[Claim]:
    """Write the extracted claims of a stored article and enqueue their work after the commit.

    Called inside the transaction that stores the article: by :func:`article_submit`, and by
    the worker that fetched an article submitted by URL (``claims/services/ingest.py``).
    """
    claims = _create_claims(
        article, extraction.claims, now, scorer=extraction.scorer or "", first_position=first_position
    )
    if claims:
        # One message for the article: the worker fans it out (the refinement of the fast scores,
        # then the corroboration of each claim); the sweepers send whatever a lost message left.
        transaction.on_commit(lambda: article_corroboration_publish(article_id=article.pk), robust=True)
    return claims


def _create_claims(
    article: Article, candidates, now, scorer: str = "", first_position: int = 0
) -> list[Claim]:
    body = article.body
    rows = []
    for position, cand in enumerate(candidates, start=first_position):
        if body[cand.start : cand.end] != cand.text:
            # The extraction package guarantees exact spans; refuse to store anything else.
            raise ValueError(f"Claim span {cand.start}:{cand.end} does not match its text.")
        rows.append(
            Claim(
                article=article,
                position=position,
                text=cand.text,
                start=cand.start,
                end=cand.end,
                kind=cand.kind,
                speaker=(cand.speaker or "")[:300],
                speaker_aliases=list(cand.speaker_aliases),
                attribution=(cand.attribution or "")[:300],
                is_quote=cand.is_quote,
                quote_start=cand.quote_start,
                quote_end=cand.quote_end,
                score=cand.score,
                checkworthy=cand.checkworthy,
                score_reasons=[[label, round(weight, 4)] for label, weight in cand.reasons],
                scorer=scorer if cand.score is not None else "",
                signals=[s.as_dict() for s in cand.signals],
                corroboration_requested_at=now,
                created_at=now,
            )
        )
    claims = insert_rows(rows)
    write_rows(
        ClaimEvent(
            claim=claim,
            actor=article.submitted_by,
            action=Event.CREATED,
            to_status=claim.status,
            note=f"Extracted from “{article.title[:200]}”",
            at=now,
        )
        for claim in claims
    )
    return claims
