from __future__ import annotations

import copy

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import (
    Article,
    ArticleVersion,
    Claim,
    ClaimEvent,
    Correction,
    Corroboration,
    FactCheck,
    MatchCandidate,
    ProviderRun,
)
from claims.workflow import DismissReason, Verdict

from .fields import Flag, KnownFieldsOnly, Text, WholeNumber


class FieldsBuiltOnce:
    """A read-only model serializer whose fields are worked out from its model once per class and
    copied for each use, as DRF copies declared fields: a serializer's fields depend on its class
    and model only, and working them out was a fifth of the time to answer a 21-claim article."""

    def get_fields(self):
        cls = type(self)
        built = cls.__dict__.get("_fields_built")
        if built is None:
            built = super().get_fields()
            cls._fields_built = built
        return copy.deepcopy(built)


class UserField(serializers.SlugRelatedField):
    """A person by username; null when there is none (or the account was deleted)."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="username", read_only=True, allow_null=True, **kwargs)


class ArticleSubmitSerializer(KnownFieldsOnly, serializers.Serializer):
    """With ``body``: stored at once (title required). Without it: fetched from ``url``."""

    title = Text(max_length=500, trim_whitespace=True, required=False, allow_blank=True)
    body = Text(trim_whitespace=True, required=False, allow_blank=True)
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    publisher = Text(max_length=200, required=False, allow_blank=True, default="")
    author = Text(max_length=200, required=False, allow_blank=True, default="")
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)

    meant = dict.fromkeys(("published_date", "published", "date", "datePublished"), "published_at") | {
        "text": "body",
        "content": "body",
        "headline": "title",
        "link": "url",
        "source": "publisher",
    }

    def validate(self, attrs: dict) -> dict:
        if attrs.get("body"):
            if not attrs.get("title"):
                raise serializers.ValidationError({"title": ["This field is required."]})
        elif not attrs.get("url"):
            raise serializers.ValidationError({"body": ["Give the article's text, or its url to fetch it."]})
        return attrs


class CorroborationSerializer(serializers.ModelSerializer):
    resolved_by = UserField()

    class Meta:
        model = Corroboration
        fields = [
            "id",
            "provider",
            "kind",
            "source_name",
            "url",
            "excerpt",
            "stance",
            "state",
            "note",
            "resolved_by",
            "created_at",
        ]


class ClaimEventSerializer(serializers.ModelSerializer):
    actor = UserField()

    class Meta:
        model = ClaimEvent
        fields = ["action", "actor", "from_status", "to_status", "from_verdict", "to_verdict", "note", "at"]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["old_verdict", "new_verdict", "reason", "opened_at", "published_at"]


CLAIM_FIELDS = [
    "id",
    "article",
    "position",
    "text",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_aliases",
    "attribution",
    "is_quote",
    "quote_start",
    "quote_end",
    "score",
    "checkworthy",
    "score_reasons",
    "scorer",
    "signals",
    "status",
    "verdict",
    "rationale",
    "assignee",
    "lease_expires_at",
    "reviewed_by",
    "reviewed_at",
    "approved_by",
    "approved_at",
    "corrected_at",
    "version",
    "corroboration_state",
    "created_at",
    "updated_at",
]


class ClaimSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    verdict = serializers.ChoiceField(
        choices=Verdict.choices, allow_blank=True, read_only=True, help_text="Empty until a verdict is given."
    )
    assignee = UserField()
    reviewed_by = UserField()
    approved_by = UserField()
    gone_with_version = serializers.SerializerMethodField(
        help_text="Null while the sentence is in the article's text. After a re-fetch whose text no "
        "longer has it: the number of the article version it was in (start and end point into that text)."
    )

    class Meta:
        model = Claim
        fields = [*CLAIM_FIELDS, "gone_with_version"]
        read_only_fields = fields

    def get_gone_with_version(self, obj) -> int | None:
        return obj.gone_with.number if obj.gone_with_id else None


class ProviderRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProviderRun
        fields = ["provider", "label", "state", "found", "error", "runs", "duration_ms", "finished_at"]
        read_only_fields = fields


class MatchFactCheckSerializer(serializers.ModelSerializer):
    class Meta:
        model = FactCheck
        fields = [
            "id",
            "claim_text",
            "claimant",
            "rating_text",
            "rating_value",
            "url",
            "title",
            "publisher_name",
            "reviewed_at",
            "source",
            "claim",
        ]
        read_only_fields = fields


class MatchCandidateSerializer(serializers.ModelSerializer):
    fact_check = MatchFactCheckSerializer(read_only=True)
    judged_by = UserField()
    suggested_verdict = serializers.SerializerMethodField(
        help_text="The desk's verdict read from the fact check's rating; null when unclear."
    )

    class Meta:
        model = MatchCandidate
        fields = ["id", "rank", "score", "cosine", "tier", "state", "judged_by", "judged_at", "fact_check",
                  "suggested_verdict"]  # fmt: skip
        read_only_fields = fields

    def get_suggested_verdict(self, obj) -> str | None:
        from claims.matching.verdicts import verdict_from_rating

        fc = obj.fact_check
        return verdict_from_rating(fc.rating_text, fc.rating_value, fc.rating_best, fc.rating_worst)


class MatchJudgementSerializer(KnownFieldsOnly, serializers.Serializer):
    same = serializers.BooleanField(
        help_text="true: the same claim (confirm); false: a different claim (reject)."
    )


class ClaimDetailSerializer(ClaimSerializer):
    provider_runs = ProviderRunSerializer(many=True, read_only=True)
    corroborations = CorroborationSerializer(many=True, read_only=True)
    history = ClaimEventSerializer(many=True, read_only=True, source="events")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = CLAIM_FIELDS + ["provider_runs", "corroborations", "history", "corrections"]


class ArticleSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    submitted_by = UserField()

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "publisher",
            "author",
            "published_at",
            "language",
            "language_supported",
            "submitted_by",
            "content_hash",
            "created_at",
            # Articles by URL: fetching, ready, failed (fetch_error says why) or duplicate.
            "status",
            "fetch_error",
            "duplicate_of",
        ]


class ArticleVersionSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    replaced_by = UserField()
    changes = serializers.ListField(
        child=serializers.DictField(),
        read_only=True,
        help_text='Each claim the new text moved, removed, brought back or added: {"claim", "change": '
        'moved|gone|back|new, "from": [start, end] in this version or null, "to": [start, end] in the '
        "next text or null}.",
    )

    class Meta:
        model = ArticleVersion
        fields = [
            "number",
            "title",
            "content_hash",
            "replaced_at",
            "replaced_by",
            "moved",
            "gone",
            "back",
            "added",
            "changes",
        ]
        read_only_fields = fields


class ArticleVersionDetailSerializer(ArticleVersionSerializer):
    article = serializers.IntegerField(source="article_id", read_only=True)
    body = serializers.CharField(read_only=True, help_text="The text as it was before it was replaced.")

    class Meta(ArticleVersionSerializer.Meta):
        fields = ["article", *ArticleVersionSerializer.Meta.fields, "body"]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)
    refetch = serializers.SerializerMethodField(help_text="The page fetched again: now, and the last time.")
    versions = ArticleVersionSerializer(many=True, read_only=True, help_text="Earlier texts, latest first.")

    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["body", "claims", "refetch", "versions"]

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "pending": {"type": "boolean"},
                "requested_at": {"type": "string", "format": "date-time", "nullable": True},
                "last_at": {"type": "string", "format": "date-time", "nullable": True},
                "changed": {"type": "boolean", "nullable": True, "description": "null: never, or it failed"},
                "error": {"type": "string"},
            },
            "required": ["pending", "requested_at", "last_at", "changed", "error"],
        }
    )
    def get_refetch(self, obj) -> dict:
        return {
            "pending": obj.refetch_requested_at is not None,
            "requested_at": obj.refetch_requested_at,
            "last_at": obj.refetched_at,
            "changed": obj.refetch_changed,
            "error": obj.refetch_error,
        }


class TakeSerializer(KnownFieldsOnly, serializers.Serializer):
    version = WholeNumber(min_value=1, required=False)


class VersionSerializer(KnownFieldsOnly, serializers.Serializer):
    version = WholeNumber(min_value=1, required=False)
    note = Text(
        required=False,
        allow_blank=True,
        default="",
        max_length=5000,
        help_text="Kept in the history; required to send back (the reviewer reads it).",
    )


class DismissSerializer(VersionSerializer):
    """The service requires a reason or a note (claims.services.review.dismissal_note)."""

    reason = Text(
        required=False,
        allow_blank=True,
        default="",
        max_length=32,
        help_text="One of: " + ", ".join(DismissReason.values) + "; or give a note alone.",
    )


class VersionRequiredSerializer(VersionSerializer):
    version = WholeNumber(min_value=1)


class ApproveSerializer(VersionRequiredSerializer):
    force = Flag(
        required=False,
        default=False,
        help_text="Approve although check items are open or no evidence is recorded "
        "(else 409 with `missing`).",
    )


class ReviewSerializer(KnownFieldsOnly, serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    rationale = Text(max_length=20000)
    version = WholeNumber(min_value=1)


class ReopenSerializer(KnownFieldsOnly, serializers.Serializer):
    reason = Text(max_length=5000)
    version = WholeNumber(min_value=1, required=False)


class ReassignSerializer(KnownFieldsOnly, serializers.Serializer):
    assignee = Text(max_length=150)
    version = WholeNumber(min_value=1, required=False)
    note = Text(required=False, allow_blank=True, default="", max_length=5000)
