from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model

from .models import Corroboration, Evidence
from .services.evidence import EXCERPT_MAX, NOTE_MAX
from .workflow import DismissReason, Verdict


def add_service_errors(form: forms.Form, exc) -> None:
    """Show a service's refusal on the form: field messages on their fields, else at the top."""
    for field, errs in exc.field_errors.items():
        for err in errs:
            form.add_error(field if field in form.fields else None, err)
    if not exc.field_errors:
        form.add_error(None, exc.message)


class ArticleForm(forms.Form):
    """The article's text (with its title), or its URL alone: then the page is fetched."""

    url = forms.URLField(
        label="URL",
        max_length=2000,
        required=False,
        assume_scheme="https",
        help_text="The article's address. Alone, it is enough: the page is fetched and its text, title, "
        "author and date are read from it.",
    )
    title = forms.CharField(max_length=500, required=False)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 18}), strip=True, required=False)
    publisher = forms.CharField(max_length=200, required=False)
    author = forms.CharField(max_length=200, required=False)
    published_at = forms.DateTimeField(
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="When the article was published (optional).",
    )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        limit = settings.FACTCHECK_MAX_BODY_CHARS
        if len(body) > limit:
            raise forms.ValidationError(
                f"The article has {len(body):,} characters; the limit is {limit:,}.",
                code="too_large",
            )
        return body

    def clean(self) -> dict:
        data = super().clean()
        if "body" in self.errors:
            return data
        if data.get("body"):
            if not data.get("title"):
                self.add_error("title", "A title is required with the text.")
        elif not data.get("url"):
            self.add_error("body", "Paste the article's text, or give its URL to fetch it.")
        return data

    @property
    def by_url(self) -> bool:
        return not self.cleaned_data.get("body")


class VersionForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    note = forms.CharField(required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))


class ApproveForm(VersionForm):
    # Set by the "Approve anyway" button, after the page listed what the approval goes without.
    force = forms.BooleanField(required=False, widget=forms.HiddenInput)


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=[("", "— choose —")] + list(Verdict.choices),
        widget=forms.Select(attrs={"data-key": "v", "data-key-help": "Choose the verdict"}),
    )
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20000,
        help_text="Published with the verdict: what you checked and what you found.",
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class SendBackForm(forms.Form):
    """The service requires the note (services.review.send_back_note); this form only parses."""

    note = forms.CharField(
        required=False,
        max_length=5000,
        label="Note for the reviewer",
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "What should the reviewer look at again?"}),
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "send_back_%s")  # the page has other "note" fields
        super().__init__(*args, **kwargs)


class DismissForm(forms.Form):
    """A reason and/or a note; the service decides what is enough (services.review.dismissal_note)."""

    reason = forms.ChoiceField(
        choices=list(DismissReason.choices), required=False, widget=forms.RadioSelect, label="Why?"
    )
    note = forms.CharField(
        required=False,
        max_length=5000,
        label="Details",
        widget=forms.Textarea(
            attrs={"rows": 2, "placeholder": "e.g. the claim it duplicates (required for Other)"}
        ),
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "dismiss_%s")
        super().__init__(*args, **kwargs)


class ReopenForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, label="Correct this verdict: why?"
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ReassignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(), to_field_name="username", label="Assign to"
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .services.review import users_who_review

        self.fields["assignee"].queryset = users_who_review()


class ResolveForm(forms.Form):
    stance = forms.ChoiceField(choices=Corroboration.Stance.choices, label="Stance")
    note = forms.CharField(required=False, max_length=5000, label="Note")


class EvidenceForm(forms.Form):
    """A piece of evidence: a link and/or a document, what it says, and which way it points.
    The service checks the rest (a link or a document is given, the document's kind and size)."""

    url = forms.CharField(
        label="Link",
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"placeholder": "https://…"}),
        help_text="The page is fetched once and a copy is kept, so the evidence survives it changing.",
    )
    document = forms.FileField(
        label="Document",
        required=False,
        help_text="A PDF or an image (PNG, JPEG, GIF, WebP), up to "
        f"{settings.FACTCHECK_EVIDENCE_MAX_BYTES // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,image/png,image/jpeg,image/gif,image/webp"}),
    )
    stance = forms.ChoiceField(label="It", choices=Evidence.Stance.choices, widget=forms.RadioSelect)
    excerpt = forms.CharField(
        label="Excerpt",
        required=False,
        max_length=EXCERPT_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "The passage that matters, quoted"}),
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": "Why it matters (optional)"}),
    )


class EvidenceEditForm(forms.Form):
    stance = forms.ChoiceField(label="It", choices=Evidence.Stance.choices)
    excerpt = forms.CharField(
        label="Excerpt", required=False, max_length=EXCERPT_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )
    note = forms.CharField(
        label="Note", required=False, max_length=NOTE_MAX, widget=forms.Textarea(attrs={"rows": 2})
    )


class FeedForm(forms.Form):
    """Subscribe (or change) an RSS/Atom feed. The service checks the address and the rest."""

    url = forms.CharField(
        label="Feed address",
        max_length=2000,
        help_text="The RSS or Atom feed's URL (often ends in /rss, /feed or .xml).",
        widget=forms.URLInput(attrs={"placeholder": "https://example.org/news/rss.xml"}),
    )
    publisher = forms.CharField(
        label="Publisher", max_length=300, help_text="Whose articles these are, as the desk shows it."
    )
    keywords = forms.CharField(
        label="Keyword filter",
        max_length=1000,
        required=False,
        help_text="Optional, comma-separated: only items with one of these words in their title or "
        "summary are taken. Empty: every item.",
    )
    poll_interval_minutes = forms.IntegerField(
        label="Poll every (minutes)", min_value=1, max_value=7 * 24 * 60, initial=15
    )
    active = forms.BooleanField(label="Active (polled on schedule)", required=False, initial=True)
