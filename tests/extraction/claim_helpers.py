"""Helpers shared by the extraction regression tests: the one claim of a text, or the one claim
holding a fragment."""

from claims.extraction import extract_claims


def only_claim(text, **kw):
    ex = extract_claims(text, **kw)
    assert len(ex.claims) == 1, [c.text for c in ex.claims]
    return ex.claims[0]


def claim_with(ex, fragment):
    matches = [c for c in ex.claims if fragment in c.text]
    assert len(matches) == 1, (fragment, [c.text for c in ex.claims])
    return matches[0]
