"""The "Checked before?" card's data, read where the card is drawn (one query)."""

from django import template

register = template.Library()


@register.simple_tag
def checked_before(claim):
    """The claim's match candidates with their fact checks, best first."""
    from claims.selectors_matching import claim_match_candidates

    return claim_match_candidates(claim_id=claim.pk)
