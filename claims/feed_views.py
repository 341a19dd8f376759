"""Feed pages: everyone on the desk reads; editors subscribe, edit, pause, poll and delete.
Thin views: a form, a service call in claims/services/feeds.py, a template."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .errors import ServiceError
from .forms import FeedForm, add_service_errors
from .models import Feed, FeedItem
from .permissions import MANAGE_FEEDS, READ, require
from .services import feeds as feed_services


def _feed(pk: int) -> Feed:
    feed = Feed.objects.select_related("created_by").filter(pk=pk).first()
    if feed is None:
        raise Http404("No such feed.")
    return feed


@require_GET
@login_required
def feed_list(request):
    require(request.user, READ)
    return render(request, "claims/feed_list.html", {"feeds": Feed.objects.all(), "now": timezone.now()})


@require_GET
@login_required
def feed_page(request, pk: int):
    require(request.user, READ)
    feed = _feed(pk)
    items = FeedItem.objects.filter(feed=feed).select_related("article").order_by("-id")
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    return render(request, "claims/feed.html", {"feed": feed, "page": page, "now": timezone.now()})


def _form_page(request, form, feed=None, status=200):
    return render(request, "claims/feed_form.html", {"form": form, "feed": feed}, status=status)


@require_http_methods(["GET", "POST"])
@login_required
def feed_new(request):
    require(request.user, MANAGE_FEEDS)
    form = FeedForm(request.POST or None, initial={"active": True, "poll_interval_minutes": 15})
    if request.method == "POST":
        if not form.is_valid():
            return _form_page(request, form, status=400)
        try:
            feed = feed_services.feed_create(actor=request.user, **form.cleaned_data)
        except ServiceError as exc:
            add_service_errors(form, exc)
            return _form_page(request, form, status=exc.status_code)
        messages.success(request, "Feed subscribed: its first poll has started.")
        return redirect("feed", pk=feed.pk)
    return _form_page(request, form)


@require_http_methods(["GET", "POST"])
@login_required
def feed_edit(request, pk: int):
    require(request.user, MANAGE_FEEDS)
    feed = _feed(pk)
    initial = {name: getattr(feed, name) for name in FeedForm.base_fields}
    form = FeedForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not form.is_valid():
            return _form_page(request, form, feed, status=400)
        try:
            feed_services.feed_update(actor=request.user, feed_id=pk, **form.cleaned_data)
        except ServiceError as exc:
            add_service_errors(form, exc)
            return _form_page(request, form, feed, status=exc.status_code)
        messages.success(request, "Feed saved.")
        return redirect("feed", pk=pk)
    return _form_page(request, form, feed)


@require_POST
@login_required
def feed_act(request, pk: int, action: str):
    """The feed page's buttons: poll now, pause, resume, delete."""
    require(request.user, MANAGE_FEEDS)
    feed = _feed(pk)
    try:
        if action == "poll":
            feed_services.feed_poll_now(actor=request.user, feed_id=pk)
            messages.success(request, "Polling the feed now.")
        elif action in ("pause", "resume"):
            feed_services.feed_update(actor=request.user, feed_id=pk, active=action == "resume")
            messages.success(request, "Feed paused." if action == "pause" else "Feed resumed.")
        elif action == "delete":
            feed_services.feed_delete(actor=request.user, feed_id=pk)
            messages.success(request, f"No longer following {feed.publisher}; its articles stay on the desk.")
            return redirect("feeds")
        else:
            raise Http404("No such action.")
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("feed", pk=pk)
