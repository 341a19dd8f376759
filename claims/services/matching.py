"""Matching claims against the library of fact checks, in a web or worker process.

The index: each process keeps one :class:`~claims.matching.ranker.Matcher` over the active fact
checks, keyed by the library's version (how many are active, the latest change). A claim checks
the version with one aggregate query; when another process (an import, an approval) changed the
library, the index is rebuilt from the database on the next claim. Sentence vectors are stored per
fact check, so a rebuild reads them instead of running the encoder (only rows imported without a
vector, or under another model, are embedded, once, and saved). Memory per process: the vectors
(1.5 KB per fact check: 150 MB at 100,000) plus BM25 postings and the ids and speakers (about
0.5 KB per fact check). Several worker processes each hold their own copy.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q

from claims.matching.embed import Embedder
from claims.matching.ranker import FactCheckDoc, Match, MatchConfig, Matcher, Query
from claims.models import FactCheck, MatchCandidate

log = logging.getLogger(__name__)

_lock = threading.Lock()
_embedder: Embedder | None = None
_library: _Library | None = None


def get_embedder() -> Embedder:
    """The shipped encoder, loaded once per process."""
    global _embedder
    with _lock:
        if _embedder is None:
            _embedder = Embedder.load(threads=settings.FACTCHECK_MATCHING_THREADS)
        return _embedder


@dataclass(frozen=True)
class _Library:
    version: tuple
    matcher: Matcher
    pks: np.ndarray  # FactCheck ids in the matcher's order
    built_seconds: float


def library_version() -> tuple:
    row = FactCheck.objects.aggregate(
        n=Count("id", filter=Q(active=True)), last=Max("updated_at"), top=Max("id")
    )
    return (row["n"], row["last"], row["top"])


def current_library() -> _Library | None:
    """The index of the active fact checks, rebuilt when the library changed; None when empty."""
    global _library
    version = library_version()
    if version[0] == 0:
        return None
    cached = _library
    if cached is not None and cached.version == version:
        return cached
    with _lock:
        cached = _library
        if cached is not None and cached.version == version:
            return cached
    built = _build(version)
    with _lock:
        _library = built
    return built


def _build(version: tuple) -> _Library:
    from claims.services.fact_checks import embedder_name

    started = time.monotonic()
    embedder = get_embedder()
    model = embedder_name(embedder)
    rows = FactCheck.objects.filter(active=True).order_by("id")
    n = version[0] + 1000  # rows may arrive while reading: grow if needed
    vectors = np.zeros((n, embedder.dim), dtype=np.float32)
    docs, pks, missing = [], [], []
    for pk, text, title, claimant, blob, blob_model in rows.values_list(
        "id", "claim_text", "title", "claimant", "embedding", "embedding_model"
    ).iterator(chunk_size=2000):
        i = len(docs)
        if i >= len(vectors):
            vectors = np.concatenate([vectors, np.zeros_like(vectors)])
        docs.append(FactCheckDoc(id=str(pk), claim=text, title=title, speaker=claimant))
        pks.append(pk)
        if blob is not None and blob_model == model and len(blob) == 4 * embedder.dim:
            vectors[i] = np.frombuffer(bytes(blob), dtype=np.float32)
        else:
            missing.append(i)
    if missing:
        _embed_missing(embedder, model, docs, vectors, pks, missing)
    matcher = Matcher(docs, embedder=embedder, vectors=vectors[: len(docs)], config=matching_config())
    seconds = time.monotonic() - started
    log.info("Matching index: %d fact checks in %.1f s (%.0f MB)", len(docs), seconds, matcher.nbytes / 1e6)
    return _Library(
        version=version, matcher=matcher, pks=np.array(pks, dtype=np.int64), built_seconds=seconds
    )


def _embed_missing(embedder, model, docs, vectors, pks, missing) -> None:
    from claims.services.fact_checks import embedding_text

    for lo in range(0, len(missing), 500):
        part = missing[lo : lo + 500]
        texts = [embedding_text(FactCheck(claim_text=docs[i].claim, title=docs[i].title)) for i in part]
        encoded = embedder.encode(texts)
        updates = []
        for i, vector in zip(part, encoded, strict=True):
            vectors[i] = vector
            updates.append(
                FactCheck(pk=pks[i], embedding=vector.astype(np.float32).tobytes(), embedding_model=model)
            )
        FactCheck.objects.bulk_update(updates, ["embedding", "embedding_model"])
    log.info("Embedded %d fact checks that had no vector for %s", len(missing), model)


def matching_config() -> MatchConfig:
    return MatchConfig().with_(
        same_threshold=settings.FACTCHECK_MATCHING_SAME_THRESHOLD or MatchConfig().same_threshold
    )


def rank_fact_checks(
    *, text: str, speaker: str = "", context: str = "", top: int | None = None
) -> list[tuple[int, Match]]:
    """(FactCheck id, match) best first; [] when the library is empty."""
    library = current_library()
    if library is None:
        return []
    top = top or settings.FACTCHECK_MATCHING_TOP
    matches = library.matcher.rank(Query(id="", text=text, speaker=speaker, context=context), top)
    return [(int(m.id), m) for m in matches]


CONTEXT_CHARS = 400  # the article text just before the claim: what "that bill" refers to


def google_fetch(text: str) -> int:
    """Fact checks Google Fact Check Tools knows for ``text`` join the library (source "google").

    Off without ``FACTCHECK_GOOGLE_API_KEY``. Answers are cached per text
    (``FACTCHECK_GOOGLE_CACHE_SECONDS``), so a claim retried or repeated costs no request.
    Returns how many fact checks the answer held; raises GoogleTransient when worth retrying.
    """
    import hashlib

    from django.core.cache import cache

    from claims.matching.google import GoogleRefused
    from claims.matching.records import from_object
    from claims.services.fact_checks import fact_checks_save

    key = settings.FACTCHECK_GOOGLE_API_KEY
    if not key or not text.strip():
        return 0
    cache_key = "google-fc:" + hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()
    if cache.get(cache_key) is not None:
        return cache.get(cache_key)
    client = _google_client(key)
    try:
        claims = client.search(text)
    except GoogleRefused as exc:  # a wrong key must not fail every claim: say it, go on without
        log.error("Google Fact Check Tools refused the request: %s", exc)
        return 0
    report = fact_checks_save(
        items=from_object(claims, "google"), provenance="Google claims:search", source=FactCheck.Source.GOOGLE
    )
    cache.set(cache_key, report.imported, settings.FACTCHECK_GOOGLE_CACHE_SECONDS)
    return report.imported


_google: dict = {}


def _google_client(key: str):
    from claims.matching.google import GoogleFactCheckClient

    settings_key = (key, settings.FACTCHECK_GOOGLE_URL, settings.FACTCHECK_GOOGLE_LANGUAGE)
    if settings_key not in _google:
        _google.clear()
        _google[settings_key] = GoogleFactCheckClient(
            key,
            url=settings.FACTCHECK_GOOGLE_URL,
            language=settings.FACTCHECK_GOOGLE_LANGUAGE,
            min_interval=1.0 / max(settings.FACTCHECK_GOOGLE_RATE, 0.01),
        )
    return _google[settings_key]


def claim_match(*, claim_id: int) -> list[MatchCandidate]:
    """Rank the library for one claim and store the candidates (idempotent: one row per claim
    and fact check, refreshed on a re-run; a candidate a reviewer already judged keeps its state)."""
    from claims.models import Claim

    claim = Claim.objects.select_related("article", "gone_with").filter(pk=claim_id).first()
    if claim is None:
        return []
    body = claim.offsets_text or ""
    context = body[max(0, claim.start - CONTEXT_CHARS) : claim.start] if claim.start <= len(body) else ""
    google_fetch(claim.text)
    ranked = rank_fact_checks(text=claim.text, speaker=claim.speaker, context=context)
    found = FactCheck.objects.in_bulk([pk for pk, _m in ranked])
    rows = [
        MatchCandidate(
            claim_id=claim_id, fact_check=found[pk], rank=rank, score=m.score, cosine=m.cosine, tier=m.tier
        )
        for rank, (pk, m) in enumerate(ranked, 1)
        if pk in found  # deleted since the index was built
    ]
    with transaction.atomic():
        # Candidates of an earlier run that this one no longer ranks go, unless judged already.
        MatchCandidate.objects.filter(claim_id=claim_id, state=MatchCandidate.State.OPEN).exclude(
            fact_check_id__in=[r.fact_check_id for r in rows]
        ).delete()
        if rows:
            MatchCandidate.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["claim", "fact_check"],
                update_fields=["rank", "score", "cosine", "tier"],
            )
    return rows


def reset_cache() -> None:
    """Forget the index (tests; a process that wants its memory back)."""
    global _library
    with _lock:
        _library = None
