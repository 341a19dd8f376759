"""The editors' pages: thin function views over services and selectors."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .claimreview import NotPublishable, claim_review
from .errors import ApprovalGaps, Conflict, ServiceError
from .filters import ArticleFilter, ClaimFilter
from .forms import (
    ApproveForm,
    ArticleForm,
    DismissForm,
    EvidenceEditForm,
    EvidenceForm,
    ReassignForm,
    ReopenForm,
    ResolveForm,
    SendBackForm,
    VerdictForm,
    VersionForm,
    add_service_errors,
)
from .highlight import pieces
from .models import Article, Claim, Corroboration, MatchCandidate
from .pagination import CappedPaginator
from .permissions import READ, SUBMIT, claim_actions, corroboration_refusal, evidence_refusal, holds, require
from .selectors_matching import evidence_desk_context
from .services.ingest import article_refetch, article_submit_url, may_refetch
from .services.match_review import confirmed_candidate, match_verdict_draft
from .workflow import OPEN_STATUS_LIST, Action, Status, Verdict

PAGE_SIZE = 50


@require_GET
@login_required
def queue(request):
    require(request.user, READ)
    params = request.GET.copy()
    default_statuses = "status" not in params and not params.get("q")
    if default_statuses:
        params.setlist("status", OPEN_STATUS_LIST)
    claim_filter = ClaimFilter(params, queryset=selectors.queue_rows(), request=request)
    # Capped count: "10,000+" instead of counting a million rows on every view.
    page = CappedPaginator(claim_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = params.copy()
    query.pop("page", None)
    # The JSON-LD export holds approved claims only: the queue's status filter (by default
    # new, in review, reviewed) would leave it empty.
    jsonld_query = query.copy()
    jsonld_query.pop("status", None)
    return render(
        request,
        "claims/queue.html",
        {
            "filter": claim_filter,
            "page": page,
            "query": query.urlencode(),
            "jsonld_query": jsonld_query.urlencode(),
            "default_statuses": default_statuses,
            "article_chip": _article_chip(claim_filter, query),
            "statuses": Status,
            "verdicts": Verdict,
            # For the newcomers' help line and a friendly empty state.
            "lease_minutes": settings.FACTCHECK_LEASE_MINUTES,
            "filtered": any(key not in ("page", "sort") for key in request.GET),
        },
    )


def _article_chip(claim_filter, query: QueryDict) -> dict | None:
    """The article the queue is narrowed to, with the link that removes that filter."""
    article_id = query.get("article")
    if not article_id or not claim_filter.is_valid():
        return None
    article = Article.objects.filter(pk=claim_filter.form.cleaned_data["article"]).only("id", "title").first()
    if article is None:
        return None
    rest = query.copy()
    rest.pop("article", None)
    return {"article": article, "remove": reverse("queue") + (f"?{rest.urlencode()}" if rest else "")}


def _last_move(claim: Claim, action: str, status: str):
    """The event that put the claim in ``status`` if it was ``action`` (a send-back, a
    dismissal), so the page can say why; else None."""
    last = None
    for event in claim.events.all():  # prefetched, oldest first
        if event.from_status != event.to_status:
            last = event
    if last is not None and last.action == action and claim.status == status:
        return last
    return None


def _claim_context(request, claim: Claim, **forms) -> dict:
    article = claim.article
    inner = [(s["start"] - claim.start, s["end"] - claim.start, s) for s in claim.signals or []]
    # A sentence a re-fetch no longer found is shown in the text it was in.
    article_pieces = pieces(claim.offsets_text, [(claim.start, claim.end, "claim")])
    user = request.user
    allowed = claim_actions(user, claim)
    ctx = {
        "claim": claim,
        "article": article,
        "article_pieces": article_pieces,
        "claim_pieces": pieces(claim.text, inner),
        "holds": holds(user, claim),
        "allowed": allowed,
        "may_resolve": corroboration_refusal(user, claim) is None,
        "may_record_evidence": evidence_refusal(user, claim) is None,
        "sent_back": _last_move(claim, Action.SEND_BACK, Status.IN_REVIEW),
        "dismissal": _last_move(claim, Action.DISMISS, Status.DISMISSED),
        "Action": Action,
        "verdict_form": forms.get("verdict_form") or _verdict_form(request, claim),
        "reopen_form": forms.get("reopen_form") or ReopenForm(initial={"version": claim.version}),
        "reassign_form": forms.get("reassign_form") or ReassignForm(initial={"version": claim.version}),
        "dismiss_form": forms.get("dismiss_form") or DismissForm(initial={"version": claim.version}),
        "send_back_form": forms.get("send_back_form") or SendBackForm(initial={"version": claim.version}),
        "resolve_form": ResolveForm(),
        "evidence_form": forms.get("evidence_form") or EvidenceForm(),
        "edit_evidence_form": EvidenceEditForm(),
        # What an approval would go without, shown beside the Approve button.
        "approval_gaps": selectors.claim_approval_gaps(claim_id=claim.pk)
        if Action.APPROVE in allowed
        else [],
        **evidence_desk_context(claim),
    }
    records = selectors.claim_evidence(claim_id=claim.pk)
    ctx["evidence_count"] = len(records)
    ctx["evidence_groups"] = selectors.evidence_by_stance(records)
    try:
        ctx["claimreview"] = claim_review(claim)
    except NotPublishable:
        ctx["claimreview"] = None
    return ctx


def _verdict_form(request, claim: Claim) -> VerdictForm:
    """The verdict form; ``?use_match=<candidate>`` drafts it from a confirmed fact check."""
    initial = {"verdict": claim.verdict, "rationale": claim.rationale, "version": claim.version}
    use = request.GET.get("use_match", "")
    if use.isdigit() and len(use) < 12:
        candidate = confirmed_candidate(claim_id=claim.pk, candidate_id=int(use))
        if candidate is not None:
            initial.update(match_verdict_draft(candidate))
            form = VerdictForm(initial=initial)
            form.drafted_from = candidate.fact_check
            return form
    return VerdictForm(initial=initial)


@require_GET
@login_required
def claim_page(request, pk: int):
    require(request.user, READ)
    claim = _get_claim(pk)
    ctx = _claim_context(request, claim, **_failed_form(request, pk))
    ctx["approval_warning"] = _approval_warning(request, pk)
    return render(request, "claims/claim.html", ctx)


def _get_claim(pk: int) -> Claim:
    try:
        return selectors.claim_detail(claim_id=pk)
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None


# Status actions whose form is only the version (and an optional note).
SIMPLE_ACTIONS = {
    Action.TAKE: services.claim_take,
    Action.RELEASE: services.claim_release,
    Action.APPROVE: services.claim_approve,
    Action.RESTORE: services.claim_restore,
}
# Actions with a form of their own: (form name in the page's context, form class, service).
FORM_ACTIONS = {
    Action.REVIEW: ("verdict_form", VerdictForm, services.claim_give_verdict),
    Action.REOPEN: ("reopen_form", ReopenForm, services.claim_reopen),
    Action.REASSIGN: ("reassign_form", ReassignForm, services.claim_reassign),
    Action.DISMISS: ("dismiss_form", DismissForm, services.claim_dismiss),
    Action.SEND_BACK: ("send_back_form", SendBackForm, services.claim_send_back),
}
FORM_CLASSES = {name: form for name, form, _ in FORM_ACTIONS.values()} | {"evidence_form": EvidenceForm}

DONE_MESSAGES = {
    Action.TAKE: "You hold this claim now.",
    Action.RELEASE: "Released: the claim is back in the queue.",
    Action.APPROVE: "Approved. The ClaimReview is ready to publish.",
    Action.SEND_BACK: "Sent back to its reviewer, with your note.",
    Action.DISMISS: "Dismissed.",
    Action.RESTORE: "Restored to the queue.",
    Action.REVIEW: "Verdict saved: waiting for an editor's approval.",
    Action.REOPEN: "Reopened for a correction.",
    Action.REASSIGN: "Reassigned.",
}

# A refused form goes back to the claim page through the session (post/redirect/get), so the
# address stays the claim's and reload or back never re-post.
FAILED_FORM = "claim_failed_form"
# An approval refused for what it would go without (ApprovalGaps): the page asks to confirm.
APPROVAL_GAPS = "claim_approval_gaps"


def _approval_warning(request, pk: int) -> list[str]:
    state = request.session.pop(APPROVAL_GAPS, None)
    return list(state["missing"]) if state and state.get("claim") == pk else []


def remember_failed_form(
    request, pk: int, form_name: str, exc: ServiceError | None = None, errors=None
) -> None:
    """Keep a refused form (what was typed, and the service's or the form's own messages) for
    the claim page the browser is sent back to."""
    request.session[FAILED_FORM] = {
        "claim": pk,
        "form": form_name,
        "data": {k: request.POST.getlist(k) for k in request.POST if k != "csrfmiddlewaretoken"},
        "errors": exc.field_errors if exc else {k: list(v) for k, v in (errors or {}).items()},
    }


def _failed_form(request, pk: int) -> dict:
    """The form refused on the last post to this claim, bound again with its errors."""
    state = request.session.get(FAILED_FORM)
    if not state or state.get("claim") != pk or state.get("form") not in FORM_CLASSES:
        return {}
    del request.session[FAILED_FORM]
    data = QueryDict(mutable=True)
    for key, values in state["data"].items():
        data.setlist(key, values)
    form = FORM_CLASSES[state["form"]](data)
    form.is_valid()
    # The service's refusal, or what the form said of a file (files are not kept): each once.
    for field, errors in state["errors"].items():
        key = field if field in form.fields else None
        for error in errors:
            if error not in form.errors.get(key or "__all__", []):
                form.add_error(key, error)
    return {state["form"]: form}


@require_POST
@login_required
def claim_act(request, pk: int, action: str):
    """Every status action of the claim page posts here, then goes back to the claim page."""
    if not Claim.objects.filter(pk=pk).exists():
        raise Http404("No such claim.")
    if action in FORM_ACTIONS:
        form_name, form_class, call = FORM_ACTIONS[action]
        form = form_class(request.POST)
    elif action in SIMPLE_ACTIONS:
        form_class = ApproveForm if action == Action.APPROVE else VersionForm
        form_name, form, call = None, form_class(request.POST), SIMPLE_ACTIONS[action]
    else:
        raise Http404("Unknown action.")
    if not form.is_valid():
        if form_name is None:
            messages.error(request, "The form was incomplete; reload the page and try again.")
        else:
            remember_failed_form(request, pk, form_name)
        return redirect("claim", pk=pk)
    try:
        call(claim_id=pk, actor=request.user, **form.cleaned_data)
    except ApprovalGaps as exc:
        # The page lists what the approval would go without and asks to confirm it.
        request.session[APPROVAL_GAPS] = {"claim": pk, "missing": exc.missing}
        return redirect("claim", pk=pk)
    except ServiceError as exc:
        if form_name and exc.field_errors:
            remember_failed_form(request, pk, form_name, exc)
        else:
            messages.error(request, exc.message)
        return redirect("claim", pk=pk)
    messages.success(request, DONE_MESSAGES.get(action, "Done."))
    if action in (Action.RELEASE, Action.DISMISS) and request.POST.get("next") == "queue":
        return redirect("queue")
    return redirect("claim", pk=pk)


@require_POST
@login_required
def claim_take_next(request):
    try:
        claim = services.claim_take_next(actor=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("queue")
    if claim is None:
        messages.info(request, "Nothing left to take: every open claim is held or done.")
        return redirect("queue")
    messages.success(request, "You hold this claim now: the highest-priority free one.")
    return redirect("claim", pk=claim.pk)


@require_POST
@login_required
def claim_renew(request, pk: int):
    """Called by the open claim page to keep the holder's lease alive."""
    try:
        claim = services.claim_renew_lease(claim_id=pk, actor=request.user)
    except Conflict as exc:
        return JsonResponse({"held": False, "detail": exc.message}, status=409)
    return JsonResponse({"held": True, "lease_expires_at": claim.lease_expires_at.isoformat()})


@require_POST
@login_required
def corroboration_resolve(request, pk: int, item: int):
    form = ResolveForm(request.POST)
    if form.is_valid():
        try:
            services.corroboration_resolve(
                corroboration_id=item, claim_id=pk, actor=request.user, **form.cleaned_data
            )
            messages.success(request, "Corroboration item updated.")
        except ServiceError as exc:
            messages.error(request, exc.message)
        except Corroboration.DoesNotExist:
            raise Http404("No such corroboration item.") from None
    else:
        messages.error(request, "Choose a stance.")
    return redirect(reverse("claim", args=[pk]) + "#corroboration")


@require_POST
@login_required
def match_judge(request, pk: int, candidate: int, judgement: str):
    if judgement not in ("same", "different"):
        raise Http404("No such judgement.")
    try:
        same = judgement == "same"
        services.match_judge(candidate_id=candidate, claim_id=pk, actor=request.user, same=same)
        messages.success(
            request, "Marked as the same claim." if judgement == "same" else "Marked as a different claim."
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    except MatchCandidate.DoesNotExist:
        raise Http404("No such candidate.") from None
    return redirect(reverse("claim", args=[pk]) + "#checked-before")


@require_POST
@login_required
def corroboration_rerun(request, pk: int):
    try:
        services.corroboration_rerun(claim_id=pk, actor=request.user)
        messages.success(request, "The providers will run again on this claim.")
    except ServiceError as exc:
        messages.error(request, exc.message)
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    return redirect(reverse("claim", args=[pk]) + "#corroboration")


@require_GET
@login_required
def claimreview_json(request, pk: int):
    require(request.user, READ)
    claim = _get_claim(pk)
    try:
        data = claim_review(claim)
    except NotPublishable as exc:
        return JsonResponse({"detail": str(exc)}, status=409)
    return JsonResponse(data, content_type="application/ld+json", json_dumps_params={"indent": 2})


@require_GET
@login_required
def article_list(request):
    require(request.user, READ)
    search = ArticleFilter(request.GET, queryset=selectors.article_list())
    status = 200
    if search.is_valid():
        query = (search.form.cleaned_data.get("q") or "").strip()
    else:
        query, status = "", 400
        for errors in search.errors.values():
            messages.error(request, f"Search: {' '.join(errors)}")
    page = Paginator(search.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/article_list.html",
        {"page": page, "q": query, "query": urlencode({"q": query})},
        status=status,
    )


@require_GET
@login_required
def article_page(request, pk: int):
    require(request.user, READ)
    try:
        article = selectors.article_detail(article_id=pk)
    except Article.DoesNotExist:
        raise Http404("No such article.") from None
    everything = list(article.claims.all())
    claims = [c for c in everything if c.gone_with_id is None]
    return render(
        request,
        "claims/article.html",
        {
            "article": article,
            "may_refetch": may_refetch(request.user, article),
            "versions": list(article.versions.all()),
            "gone": [c for c in everything if c.gone_with_id is not None],
            "claims": claims,
            "ranked": sorted(claims, key=lambda c: (c.score is None, -(c.score or 0), c.position)),
            "article_pieces": pieces(article.body, [(c.start, c.end, c) for c in claims]),
        },
    )


@require_GET
@login_required
def article_version(request, pk: int, number: int):
    """An earlier text of an article, and what its replacement did to the claims."""
    require(request.user, READ)
    version = selectors.article_version(article_id=pk, number=number)
    if version is None:
        raise Http404("No such version.")
    return render(request, "claims/article_version.html", {"version": version, "article": version.article})


@require_http_methods(["GET", "POST"])
@login_required
def article_new(request):
    require(request.user, SUBMIT)
    form = ArticleForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                if form.by_url:
                    fields = {k: v for k, v in form.cleaned_data.items() if k != "body"}
                    result = article_submit_url(submitted_by=request.user, **fields)
                else:
                    result = services.article_submit(submitted_by=request.user, **form.cleaned_data)
            except ServiceError as exc:
                add_service_errors(form, exc)
                status = exc.status_code
            else:
                if result.created and form.by_url:
                    # Embedded (tasks in process) the fetch has already run; the page shows how.
                    if Article.objects.filter(pk=result.article.pk, status=Article.Status.FETCHING).exists():
                        messages.info(
                            request, "Fetching the page: its text and claims appear here when it arrives."
                        )
                elif result.created and result.article.status == Article.Status.SPLITTING:
                    # Embedded (tasks in process) the split has already run; the page shows how.
                    if Article.objects.filter(pk=result.article.pk, status=Article.Status.SPLITTING).exists():
                        messages.info(request, "A long article: its claims appear here when it is split.")
                    else:
                        messages.success(
                            request, f"Article saved: {result.article.claims.count()} claim(s) found."
                        )
                elif result.created:
                    n = result.article.claims.count()
                    messages.success(request, f"Article saved: {n} claim(s) found.")
                else:
                    messages.info(request, "This article was already submitted; here it is.")
                return redirect("article", pk=result.article.pk)
        else:
            too_large = any(e.code == "too_large" for e in form.errors.as_data().get("body", []))
            status = 413 if too_large else 400
    return render(request, "claims/article_new.html", {"form": form}, status=status)


@require_POST
@login_required
def article_fetch_again(request, pk: int):
    """The "Fetch again" button of a failed article, or of a ready one submitted by URL."""
    try:
        article_refetch(article_id=pk, actor=request.user)
    except Article.DoesNotExist:
        raise Http404("No such article.") from None
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.info(request, "Fetching the page again: if its text changed, the old one is kept.")
    return redirect("article", pk=pk)
