"""The editors' page for loading fact checks into the "Checked before?" library."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .errors import ServiceError
from .forms import add_service_errors
from .permissions import is_editor
from .selectors_matching import library_size
from .services.fact_checks import UPLOAD_KINDS, fact_checks_upload


class FactCheckImportForm(forms.Form):
    file = forms.FileField(
        help_text="schema.org ClaimReview JSON-LD (one, a list or a DataFeed), JSON lines or CSV, UTF-8."
    )
    format = forms.ChoiceField(
        choices=[("", "From the file name")] + [(k, k) for k in UPLOAD_KINDS], required=False
    )


@require_http_methods(["GET", "POST"])
@login_required
def fact_check_import(request):
    if not is_editor(request.user):
        raise PermissionDenied("Only editors can add fact checks to the library.")
    posted = request.method == "POST"
    form = FactCheckImportForm(request.POST, request.FILES) if posted else FactCheckImportForm()
    report, status = None, 200
    if posted:
        if form.is_valid():
            try:
                report = fact_checks_upload(
                    actor=request.user, upload=form.cleaned_data["file"], kind=form.cleaned_data["format"]
                )
            except ServiceError as exc:
                add_service_errors(form, exc)
                status = exc.status_code
        else:
            status = 400
    context = {"form": form, "report": report, "library_size": library_size()}
    return render(request, "claims/fact_check_import.html", context, status=status)
