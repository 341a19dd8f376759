from __future__ import annotations

from django.conf import settings
from rest_framework import serializers

from claims.models import Article, Claim, ClaimEvent, Correction, Corroboration
from claims.workflow import Verdict


class UserField(serializers.SlugRelatedField):
    def __init__(self, **kwargs):
        super().__init__(slug_field="username", read_only=True, **kwargs)


class ArticleSubmitSerializer(serializers.Serializer):
    """With ``body``: stored at once (title required). Without it: fetched from ``url``."""

    title = serializers.CharField(max_length=500, trim_whitespace=True, required=False, allow_blank=True)
    body = serializers.CharField(trim_whitespace=True, required=False, allow_blank=True)
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    author = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)

    def validate_body(self, value: str) -> str:
        if "\x00" in value:
            raise serializers.ValidationError("The body contains NUL bytes; send text, not binary data.")
        return value

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


class ClaimSerializer(serializers.ModelSerializer):
    assignee = UserField()
    reviewed_by = UserField()
    approved_by = UserField()

    class Meta:
        model = Claim
        fields = CLAIM_FIELDS
        read_only_fields = CLAIM_FIELDS


class ClaimDetailSerializer(ClaimSerializer):
    corroborations = CorroborationSerializer(many=True, read_only=True)
    history = ClaimEventSerializer(many=True, read_only=True, source="events")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = CLAIM_FIELDS + ["corroborations", "history", "corrections"]


class ArticleSerializer(serializers.ModelSerializer):
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


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["body", "claims"]


class TakeSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, required=False)


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, required=False)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


class VersionRequiredSerializer(VersionSerializer):
    version = serializers.IntegerField(min_value=1)


class ReviewSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    rationale = serializers.CharField(max_length=20000)
    version = serializers.IntegerField(min_value=1)


class ReopenSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=5000)
    version = serializers.IntegerField(min_value=1, required=False)


class ReassignSerializer(serializers.Serializer):
    assignee = serializers.CharField(max_length=150)
    version = serializers.IntegerField(min_value=1, required=False)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


def max_body_chars() -> int:
    return settings.FACTCHECK_MAX_BODY_CHARS
