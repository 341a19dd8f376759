"""Synthetic articles, claims and their history at scale, for benchmarks and demos.

Texts are built from word lists so full-text search has something to find; every claim is a
sentence of its article's body with exact offsets (``body[start:end] == text``). On PostgreSQL
rows are loaded with COPY (ids reserved from the tables' sequences); elsewhere with
bulk_create, which is fine for the few thousand rows a SQLite demo wants.
"""

from __future__ import annotations

import json
import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, models, transaction
from django.utils import timezone

from . import workflow
from .models import Article, Claim, ClaimEvent, Corroboration
from .permissions import EDITOR, MATRIX, REVIEWER, SUBMITTER
from .services.review import lease_until
from .textnorm import body_hash, url_key
from .workflow import Action, Event, Status, Verdict, transition_for

REVIEWERS = [f"demo-reviewer-{i}" for i in range(1, 9)]
EDITORS = [f"demo-editor-{i}" for i in range(1, 4)]
DESK = "demo-desk"

# Share of claims per status; in-review claims split evenly into live and expired leases.
STATUS_WEIGHTS = {
    Status.NEW: 0.70,
    Status.IN_REVIEW: 0.06,
    Status.REVIEWED: 0.06,
    Status.APPROVED: 0.11,
    Status.DISMISSED: 0.07,
}
VERDICT_WEIGHTS = {
    Verdict.FALSE: 0.24,
    Verdict.MOSTLY_FALSE: 0.16,
    Verdict.HALF_TRUE: 0.15,
    Verdict.MOSTLY_TRUE: 0.13,
    Verdict.TRUE: 0.12,
    Verdict.MISLEADING: 0.14,
    Verdict.UNVERIFIABLE: 0.06,
}

SUBJECTS = [
    "The ministry of health",
    "The city council",
    "The central bank",
    "The governor",
    "The opposition leader",
    "The transport authority",
    "The prime minister",
    "The mayor",
    "The education department",
    "The energy regulator",
    "The finance minister",
    "The police commissioner",
    "The national statistics office",
    "The hospital trust",
    "The water utility",
    "The housing agency",
    "The trade union",
    "The chamber of commerce",
    "The environment agency",
    "The defence ministry",
    "The school board",
    "The senate committee",
    "The airport operator",
    "The farmers' association",
    "The public broadcaster",
    "The climate commission",
    "The migration office",
    "The pension fund",
    "The county sheriff",
    "The railway company",
]
VERBS = [
    "cut",
    "doubled",
    "tripled",
    "raised",
    "reduced",
    "halved",
    "increased",
    "slashed",
    "expanded",
    "froze",
    "boosted",
    "lowered",
    "quadrupled",
    "trimmed",
    "overspent on",
]
OBJECTS = [
    "unemployment benefits",
    "vaccine doses",
    "school funding",
    "bus fares",
    "carbon emissions",
    "hospital beds",
    "police patrols",
    "housing permits",
    "electricity prices",
    "rent subsidies",
    "teacher salaries",
    "road repairs",
    "military spending",
    "water tariffs",
    "tax credits",
    "refugee admissions",
    "broadband coverage",
    "wheat exports",
    "childcare places",
    "nurse vacancies",
    "prison sentences",
    "pension payments",
    "solar installations",
    "fuel duties",
    "flood defences",
    "train cancellations",
    "emergency response times",
    "student loans",
    "crime rates",
    "drug prices",
    "minimum wages",
    "forest cover",
    "coal imports",
    "inflation",
    "youth unemployment",
    "measles cases",
    "waiting lists",
    "homelessness",
    "traffic deaths",
    "public debt",
]
TIMES = [
    "last year",
    "since 2019",
    "over the past decade",
    "in the first quarter",
    "within six months",
    "since the election",
    "this winter",
    "in 2023",
    "in a single month",
    "over three years",
    "since the pandemic",
    "during the last term",
    "by the end of March",
]
PLACES = [
    "Northvale",
    "Port Ellis",
    "Ashford",
    "Kessington",
    "Marlow Bay",
    "Redcliff",
    "Haverton",
    "Glenmoor",
    "Eastbrook",
    "Silverlake",
    "Oakridge",
    "Fenwick",
    "Briar Hill",
    "Westmarch",
    "Dunmore",
    "Lowtown",
    "Carrick",
    "Bellhaven",
    "Stonebridge",
    "Tarrow",
]
SOURCES = [
    "official figures",
    "a leaked memo",
    "the annual report",
    "a university study",
    "the latest census",
    "an audit office review",
    "a parliamentary answer",
    "industry data",
    "a court filing",
    "the budget documents",
    "a think-tank analysis",
    "the regulator",
]
PEOPLE = [
    "families",
    "pensioners",
    "nurses",
    "students",
    "small businesses",
    "drivers",
    "farmers",
    "teachers",
    "patients",
    "tenants",
    "commuters",
    "veterans",
    "apprentices",
    "landlords",
]
FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Tomasz",
    "Elena",
    "Kwame",
    "Sofia",
    "Daniel",
    "Yuki",
    "Omar",
    "Grace",
    "Lukas",
    "Priya",
    "Mateo",
    "Hannah",
    "Ibrahim",
    "Chloe",
    "Viktor",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Haddad",
    "Brennan",
    "Takahashi",
    "Silva",
    "Kowalski",
    "Ferreira",
    "Osei",
    "Gallagher",
    "Petrov",
    "Castillo",
    "Whitfield",
    "Rahman",
]
ROLES_TITLE = ["Senator", "Councillor", "Minister", "Mayor", "Dr", "Professor", "Governor"]
FILLERS = [
    "The meeting ended shortly after noon.",
    "Reporters were not allowed to ask questions.",
    "The remarks drew applause from the audience.",
    "A spokesperson declined to comment further.",
    "The debate continues next week.",
    "Protesters gathered outside the building.",
    "Officials said more details would follow.",
    "The statement was posted online on Tuesday.",
    "Several members left before the vote.",
    "The session was broadcast live.",
]
TITLE_TEMPLATES = [
    "{place} debates {obj}",
    "What the figures say about {obj} in {place}",
    "{subject} under pressure over {obj}",
    "Row over {obj} deepens in {place}",
    "Claims about {obj} put to the test",
    "{place} weighs the cost of {obj}",
]
RATIONALES = [
    "{source} show a different trend for {obj}.",
    "The figure quoted leaves out {obj} in {place}.",
    "{source} confirm the change in {obj}.",
    "No public record supports the claim about {obj}.",
]


@dataclass(frozen=True)
class DemoSummary:
    articles: int
    claims: int
    events: int
    corroborations: int
    seconds: float


@dataclass
class _Actors:
    desk: int
    reviewers: list[int]
    editors: list[int]


def _speaker(rng: random.Random) -> str:
    return f"{rng.choice(ROLES_TITLE)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def _claim_sentence(rng: random.Random) -> tuple[str, str, bool]:
    """A check-worthy sentence, its speaker (or "") and whether it is a direct quote."""
    subject, obj, when = rng.choice(SUBJECTS), rng.choice(OBJECTS), rng.choice(TIMES)
    place = rng.choice(PLACES)
    kind = rng.randrange(6)
    if kind == 0:
        return f"{subject} {rng.choice(VERBS)} {obj} by {rng.randint(2, 90)} percent {when}.", "", False
    if kind == 1:
        who = _speaker(rng)
        text = (
            f"{who} said {subject[0].lower()}{subject[1:]} had {rng.choice(VERBS)} {obj} in {place} {when}."
        )
        return text, who, False
    if kind == 2:
        return (
            f"According to {rng.choice(SOURCES)}, {obj} in {place} rose to "
            f"{rng.randint(3, 980)},{rng.randint(100, 999)} {when}.",
            "",
            False,
        )
    if kind == 3:
        who = _speaker(rng)
        text = (
            f"\u201c{place} now spends {rng.randint(2, 40)} million on {obj}, more than any "
            f"other region,\u201d said {who}."
        )
        return text, who, True
    if kind == 4:
        return (
            f"Fewer than {rng.randint(2, 99)} in {rng.choice([10, 100, 1000])} "
            f"{rng.choice(PEOPLE)} in {place} benefited from {obj} {when}, "
            f"{rng.choice(SOURCES)} show.",
            "",
            False,
        )
    who = _speaker(rng)
    return (
        f"{who} claimed that {obj} had {rng.choice(['never', 'always', 'rarely'])} been "
        f"higher in {place} than {when}.",
        who,
        False,
    )


def _weighted(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` claims over ``parts`` articles, each between half and one and a half the mean."""
    mean = total / parts
    counts = [max(1, round(mean * rng.uniform(0.5, 1.5))) for _ in range(parts)]
    diff = total - sum(counts)
    i = 0
    while diff:
        j = i % parts
        if diff > 0:
            counts[j] += 1
            diff -= 1
        elif counts[j] > 1:
            counts[j] -= 1
            diff += 1
        i += 1
    return counts


def _demo_users() -> _Actors:
    users = get_user_model()
    ids: dict[str, int] = {}
    for name, role in (
        [(DESK, SUBMITTER)] + [(n, REVIEWER) for n in REVIEWERS] + [(n, EDITOR) for n in EDITORS]
    ):
        user, created = users.objects.get_or_create(username=name)
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        ids[name] = user.pk
    return _Actors(ids[DESK], [ids[n] for n in REVIEWERS], [ids[n] for n in EDITORS])


class _Writer:
    """Inserts rows given as {attname: value}; returns their ids in order."""

    def __init__(self) -> None:
        self.copy = connection.vendor == "postgresql"
        self._defaults: dict[type, dict] = {}

    def _complete(self, model, rows: list[dict]) -> list[dict]:
        # COPY bypasses Django, so every column needs a value; fill Django's defaults.
        if model not in self._defaults:
            self._defaults[model] = {f.attname: f for f in model._meta.concrete_fields if not f.primary_key}
        fields = self._defaults[model]
        return [{a: (r[a] if a in r else f.get_default()) for a, f in fields.items()} for r in rows]

    def insert(self, model, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        rows = self._complete(model, rows)
        if not self.copy:
            objs = model.objects.bulk_create([model(**r) for r in rows], batch_size=500)
            return [o.pk for o in objs]
        return self._copy(model, rows)

    def _copy(self, model, rows: list[dict]) -> list[int]:
        table = model._meta.db_table
        cols = list(rows[0])
        jsons = {f.attname for f in model._meta.concrete_fields if isinstance(f, models.JSONField)}
        with connection.cursor() as cur:
            cur.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [table, len(rows)],
            )
            ids = [r[0] for r in cur.fetchall()]
            raw = cur.cursor  # the psycopg cursor under Django's wrapper
            names = ", ".join(connection.ops.quote_name(c) for c in ["id", *cols])
            with raw.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for pk, r in zip(ids, rows, strict=True):
                    copy.write_row([pk, *((json.dumps(r[c]) if c in jsons else r[c]) for c in cols)])
        return ids


class _Builder:
    """Builds one batch of rows; keeps the random state across batches."""

    def __init__(self, rng: random.Random, actors: _Actors, now: datetime, run: str) -> None:
        self.rng, self.actors, self.now, self.run = rng, actors, now, run
        self.paths = workflow_paths()

    def article(self, index: int, n_claims: int) -> tuple[dict, list[dict]]:
        rng = self.rng
        place = rng.choice(PLACES)
        created = self.now - timedelta(seconds=rng.randint(3600, 180 * 86400))
        # A unique dateline makes the body (hence its hash) and the URL unique per run.
        parts = [f"{place.upper()}, demo dispatch {self.run}-{index}."]
        length = len(parts[0])
        claims = []
        for position in range(n_claims):
            if rng.random() < 0.3:
                parts.append(" " + rng.choice(FILLERS))
                length += len(parts[-1])
            text, speaker, quote = _claim_sentence(rng)
            sep = "\n\n" if position % 4 == 3 else " "
            parts.append(sep + text)
            claims.append(self.claim(position, text, length + len(sep), speaker, quote, created))
            length += len(parts[-1])
        body = "".join(parts)
        url = f"https://news.demo.invalid/{self.run}/{index}"
        title = rng.choice(TITLE_TEMPLATES).format(
            place=place, obj=rng.choice(OBJECTS), subject=rng.choice(SUBJECTS)
        )
        article = {
            "title": title,
            "body": body,
            "url": url,
            "url_key": url_key(url),
            "publisher": f"The {place} Courier",
            "author": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "published_at": created - timedelta(hours=rng.randint(1, 48)),
            "language": "en",
            "language_supported": True,
            "submitted_by_id": self.actors.desk,
            "content_hash": body_hash(body),
            "created_at": created,
            "updated_at": created,
        }
        return article, claims

    def claim(self, position, text, start, speaker, quote, created) -> dict:
        rng = self.rng
        score = None if rng.random() < 0.08 else round(rng.betavariate(2, 2.5), 4)
        row = {
            "position": position,
            "text": text,
            "start": start,
            "end": start + len(text),
            "kind": "quote" if quote else "sentence",
            "speaker": speaker,
            "speaker_aliases": [speaker.split()[-1]] if speaker else [],
            "attribution": "said" if speaker else "",
            "is_quote": quote,
            "score": score,
            "checkworthy": score is not None and score >= 0.5,
            "score_reasons": [["number", 0.3]] if score and score > 0.4 else [],
            "corroboration_state": Claim.CorroborationState.DONE,
            "corroboration_attempts": 1,
            "corroboration_requested_at": created,
            "created_at": created,
            "updated_at": created,
        }
        row["_history"] = self.history(row, created)
        return row

    def history(self, row: dict, created: datetime) -> list[tuple]:
        """Walk ``row`` from new to a status drawn from STATUS_WEIGHTS along the workflow's own
        transitions; set its columns as the review services would; return its events as
        (action, actor, from status, to status, from verdict, to verdict, at)."""
        rng, now, actors = self.rng, self.now, self.actors
        target = _weighted(rng, STATUS_WEIGHTS)
        events = [(Event.CREATED, actors.desk, "", Status.NEW, "", "", created)]
        row["status"] = Status.NEW
        actions = self.paths[target]
        if not actions:
            return events
        span = max(60.0, (now - created).total_seconds())
        reviewer, editor = rng.choice(actors.reviewers), rng.choice(actors.editors)
        at = created
        for i, action in enumerate(actions):
            at = at + timedelta(seconds=_gap(rng, action, span))
            if i == len(actions) - 1 and target == Status.IN_REVIEW and rng.random() < 0.5:
                at = now - timedelta(minutes=rng.uniform(1, 25))  # half the leases still live
            at = min(at, now)
            actor = reviewer if REVIEWER in MATRIX[action] else editor
            status, verdict = row["status"], row.get("verdict", "")
            row["status"] = transition_for(action, status).target
            _EFFECTS[action](row, actor, at, rng)
            events.append((action, actor, status, row["status"], verdict, row.get("verdict", ""), at))
        row.update(version=1 + len(actions), updated_at=at)
        return events


def workflow_paths() -> dict[str, tuple[str, ...]]:
    """For every status, the shortest list of actions that takes a new claim there, read from
    workflow.TRANSITIONS (its order breaks ties): the demo's history follows the one workflow."""
    paths: dict[str, tuple[str, ...]] = {Status.NEW: ()}
    frontier = [Status.NEW]
    while frontier:
        reached = []
        for status in frontier:
            for action, transition in workflow.TRANSITIONS.items():
                if status in transition.sources and transition.target not in paths:
                    paths[transition.target] = (*paths[status], action)
                    reached.append(transition.target)
        frontier = reached
    return paths


def _gap(rng: random.Random, action: str, span: float) -> float:
    """Seconds from the previous step to ``action``: the first within the claim's life so far,
    a verdict minutes to days after the take, an approval after that."""
    if action == Action.REVIEW:
        return rng.uniform(300, max(600.0, span * 0.2))
    if action in (Action.APPROVE, Action.SEND_BACK):
        return rng.uniform(60, max(120.0, span * 0.2))
    return rng.uniform(0, span * (0.9 if action == Action.DISMISS else 0.5))


def _rationale(rng: random.Random) -> str:
    return rng.choice(RATIONALES).format(
        source=rng.choice(SOURCES).capitalize(), obj=rng.choice(OBJECTS), place=rng.choice(PLACES)
    )


def _hold(row: dict, actor: int | None, at) -> None:
    row.update(
        assignee_id=actor, taken_at=at if actor else None, lease_expires_at=lease_until(at) if actor else None
    )


# The columns each action sets: the same as its service in services/review.py sets.
_EFFECTS: dict[str, Callable[[dict, int, datetime, random.Random], None]] = {
    Action.TAKE: lambda row, actor, at, rng: _hold(row, actor, at),
    Action.REASSIGN: lambda row, actor, at, rng: _hold(row, actor, at),
    Action.RELEASE: lambda row, actor, at, rng: _hold(row, None, at),
    Action.REVIEW: lambda row, actor, at, rng: row.update(
        verdict=_weighted(rng, VERDICT_WEIGHTS),
        rationale=_rationale(rng),
        reviewed_by_id=actor,
        reviewed_at=at,
        lease_expires_at=None,
    ),
    Action.APPROVE: lambda row, actor, at, rng: row.update(
        approved_by_id=actor, approved_at=at, assignee_id=None, lease_expires_at=None
    ),
    Action.SEND_BACK: lambda row, actor, at, rng: _hold(row, row.get("reviewed_by_id"), at),
    Action.DISMISS: lambda row, actor, at, rng: row.update(assignee_id=None, lease_expires_at=None),
    Action.RESTORE: lambda row, actor, at, rng: None,
    Action.REOPEN: lambda row, actor, at, rng: (
        _hold(row, actor, at),
        row.update(approved_by_id=None, approved_at=None),
    ),
}


def generate_demo_data(
    *,
    claims: int,
    articles: int | None = None,
    seed: int = 0,
    batch_claims: int = 20_000,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Add ``claims`` synthetic claims over ``articles`` new articles (default: 20 per article)."""
    if claims < 1:
        raise ValueError("claims must be positive")
    articles = articles or max(1, claims // 20)
    if articles > claims:
        raise ValueError("every article needs at least one claim: articles <= claims")
    started = time.monotonic()
    rng = random.Random(seed)
    actors = _demo_users()
    builder = _Builder(rng, actors, timezone.now(), secrets.token_hex(4))
    writer = _Writer()
    counts = _split(claims, articles, rng)
    totals = {"articles": 0, "claims": 0, "events": 0, "corroborations": 0}
    batch: list[tuple[dict, list[dict]]] = []
    in_batch = 0
    for index, n in enumerate(counts):
        batch.append(builder.article(index, n))
        in_batch += n
        if in_batch >= batch_claims or index == len(counts) - 1:
            _write_batch(writer, batch, rng, totals)
            batch, in_batch = [], 0
            if progress:
                progress(f"{totals['claims']:,}/{claims:,} claims ({time.monotonic() - started:.0f}s)")
    return DemoSummary(**totals, seconds=time.monotonic() - started)


def _write_batch(writer: _Writer, batch, rng: random.Random, totals: dict) -> None:
    with transaction.atomic():
        if writer.copy:
            with connection.cursor() as cur:
                cur.execute("SET LOCAL synchronous_commit = off")
        article_ids = writer.insert(Article, [a for a, _ in batch])
        claim_rows, histories = [], []
        for article_id, (_, rows) in zip(article_ids, batch, strict=True):
            for row in rows:
                histories.append(row.pop("_history"))
                row["article_id"] = article_id
                claim_rows.append(row)
        claim_ids = writer.insert(Claim, claim_rows)
        events, corroborations = [], []
        for claim_id, row, history in zip(claim_ids, claim_rows, histories, strict=True):
            for action, actor, from_status, to_status, from_verdict, to_verdict, at in history:
                events.append(
                    {
                        "claim_id": claim_id,
                        "actor_id": actor,
                        "action": action,
                        "from_status": from_status,
                        "to_status": to_status,
                        "from_verdict": from_verdict,
                        "to_verdict": to_verdict,
                        "note": "Demo data" if action == Event.CREATED else "",
                        "at": at,
                    }
                )
            if row.get("verdict"):
                corroborations += _corroborations(rng, claim_id, row)
        writer.insert(ClaimEvent, events)
        writer.insert(Corroboration, corroborations)
    totals["articles"] += len(article_ids)
    totals["claims"] += len(claim_ids)
    totals["events"] += len(events)
    totals["corroborations"] += len(corroborations)


def _corroborations(rng: random.Random, claim_id: int, row: dict) -> list[dict]:
    stance = {
        Verdict.TRUE: "supports",
        Verdict.MOSTLY_TRUE: "supports",
        Verdict.FALSE: "refutes",
        Verdict.MOSTLY_FALSE: "refutes",
    }.get(row["verdict"], "context")
    return [
        {
            "claim_id": claim_id,
            "provider": "demo",
            "key": f"demo:{j}",
            "kind": "source",
            "source_name": rng.choice(SOURCES).capitalize(),
            "url": f"https://records.demo.invalid/{claim_id}/{j}",
            "excerpt": f"{rng.choice(SOURCES).capitalize()} on {rng.choice(OBJECTS)}.",
            "stance": stance,
            "state": "done",
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        for j in range(rng.randint(1, 2))
    ]
