"""The claim page shows reasons, attribution and signal chips in plain words (issue #11)."""

import re

from django.test import Client

from claims.models import Claim

BODY = (
    "According to the council's own review, library visits fell 18% between 2019 and 2024.\n\n"
    "Министерство культуры заявило, что число посетителей библиотек сократилось на 18 процентов."
)


def test_claim_page_reasons_and_signal_chips_are_plain_words(
    submitter, reviewer, django_capture_on_commit_callbacks
):
    from claims.services import article_submit

    with django_capture_on_commit_callbacks(execute=True):
        article_submit(submitted_by=submitter, title="Libraries", body=BODY)
    client = Client()
    client.force_login(reviewer)
    english = Claim.objects.get(text__startswith="According to")
    assert english.speaker == "the council's own review"
    html = client.get(f"/claims/{english.pk}/").content.decode()
    chips = re.findall(r'<span class="kind">(.*?)</span>', html)
    assert "a percentage" in chips and "a date" in chips
    assert not {"percent", "date", "org", "person", "entity"} & set(chips)
    reasons = re.search(r'<ul class="reasons".*?</ul>', html, re.S).group(0)
    assert "a percentage" in reasons
    assert not re.search(r"YEAR|#%|word '|phrase '", reasons)

    russian = Claim.objects.get(text__startswith="Министерство")
    assert russian.score is None
    html = client.get(f"/claims/{russian.pk}/").content.decode()
    assert "not scored: written in Russian" in html
    assert "not scored</span>" in html  # the pill, not "below the threshold"
