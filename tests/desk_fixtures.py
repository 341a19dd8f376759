"""Helpers of the desk's tests (webhooks, exports, dashboard, bulk actions)."""

from __future__ import annotations


def light_article(submitter, seed_text):
    """The seed article with its corroboration left pending: the desk's tests are not about
    it, and running it costs most of a test's time. Their modules override ``article`` with it."""
    from claims.services import article_submit

    title, body = seed_text
    return article_submit(
        submitted_by=submitter,
        title=title,
        body=body,
        url="https://example.com/news/ceasefire",
        publisher="Example News",
    ).article
