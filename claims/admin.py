from django.contrib import admin

from .models import Article, Claim, ClaimEvent, Corroboration, Correction


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
    list_display = ["id", "short_text", "speaker", "score", "status", "verdict", "assignee", "corroboration_state"]
    list_filter = ["status", "verdict", "corroboration_state", "is_quote"]
    search_fields = ["text", "speaker"]
    raw_id_fields = ["article", "assignee", "reviewed_by", "approved_by"]
    # Status, verdict and people change through the workflow (with history), not here.
    readonly_fields = ["article", "position", "text", "start", "end", "status", "verdict", "assignee",
                       "reviewed_by", "reviewed_at", "approved_by", "approved_at", "version",
                       "created_at", "updated_at"]
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
