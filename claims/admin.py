from django import forms
from django.contrib import admin

from .models import (
    Article,
    Claim,
    ClaimEvent,
    Correction,
    Corroboration,
    ExportJob,
    WebhookDelivery,
    WebhookSubscription,
)


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["position", "text", "speaker", "score", "status", "verdict"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "language", "submitted_by", "created_at"]
    search_fields = ["title", "url", "publisher"]
    list_filter = ["language", "publisher"]
    readonly_fields = ["content_hash", "url_key", "created_at", "updated_at"]
    inlines = [ClaimInline]


class CorroborationInline(admin.TabularInline):
    model = Corroboration
    fields = ["provider", "kind", "source_name", "excerpt", "stance", "state"]
    extra = 0


class EventInline(admin.TabularInline):
    model = ClaimEvent
    fields = ["at", "actor", "action", "from_status", "to_status", "from_verdict", "to_verdict", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "short_text",
        "speaker",
        "score",
        "status",
        "verdict",
        "assignee",
        "corroboration_state",
    ]
    list_filter = ["status", "verdict", "corroboration_state", "is_quote"]
    search_fields = ["text", "speaker"]
    raw_id_fields = ["article", "assignee", "reviewed_by", "approved_by"]
    # Status, verdict and people change through the workflow (with history), not here.
    readonly_fields = [
        "article",
        "position",
        "text",
        "start",
        "end",
        "status",
        "verdict",
        "assignee",
        "reviewed_by",
        "reviewed_at",
        "approved_by",
        "approved_at",
        "version",
        "created_at",
        "updated_at",
    ]
    inlines = [CorroborationInline, EventInline]

    @admin.display(description="Text")
    def short_text(self, obj):
        return obj.text[:80]


@admin.register(Corroboration)
class CorroborationAdmin(admin.ModelAdmin):
    list_display = ["claim", "provider", "kind", "stance", "state", "created_at"]
    list_filter = ["provider", "state", "stance"]
    raw_id_fields = ["claim", "resolved_by"]


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    list_display = ["claim", "action", "actor", "from_status", "to_status", "at"]
    list_filter = ["action"]
    raw_id_fields = ["claim", "actor"]

    def has_change_permission(self, request, obj=None):
        return False  # history is append-only


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["claim", "old_verdict", "new_verdict", "opened_at", "published_at"]
    raw_id_fields = ["claim", "opened_by"]


class WebhookDeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = ["event", "status", "attempts", "response_status", "error", "created_at", "delivered_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    ordering = ["-id"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("payload", "attempt_log")

    def has_add_permission(self, request, obj=None):
        return False


class WebhookSubscriptionForm(forms.ModelForm):
    url = forms.URLField(max_length=2000, assume_scheme="https", help_text="http or https only.")
    events = forms.MultipleChoiceField(
        choices=WebhookSubscription.EventType.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookSubscription
        fields = ["url", "events", "secret", "active"]


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    """URL (http/https), events and secret are validated by the model (full_clean)."""

    form = WebhookSubscriptionForm

    list_display = ["url", "events", "active", "created_by", "created_at"]
    list_filter = ["active"]
    search_fields = ["url"]
    readonly_fields = ["created_by", "created_at"]
    inlines = [WebhookDeliveryInline]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "event",
        "subscription",
        "status",
        "attempts",
        "response_status",
        "created_at",
        "delivered_at",
    ]
    list_filter = ["status", "event"]
    raw_id_fields = ["subscription"]
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]

    def has_add_permission(self, request):
        return False  # deliveries are written by the workflow, in its transactions


@admin.register(ExportJob)
class ExportJobAdmin(admin.ModelAdmin):
    list_display = ["id", "format", "state", "row_count", "requested_by", "created_at", "finished_at"]
    list_filter = ["state", "format"]
    readonly_fields = [f.name for f in ExportJob._meta.fields]

    def has_add_permission(self, request):
        return False
