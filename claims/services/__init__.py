"""Every write the product makes. One transaction each; history written inside it."""

from .articles import article_submit
from .corroboration import (
    claim_corroborate,
    corroboration_publish,
    corroboration_resolve,
    corroboration_sweep,
)
from .review import (
    claim_approve,
    claim_dismiss,
    claim_give_verdict,
    claim_reassign,
    claim_release,
    claim_renew_lease,
    claim_reopen,
    claim_restore,
    claim_send_back,
    claim_take,
    claim_take_next,
)

__all__ = [
    "article_submit",
    "claim_approve",
    "claim_corroborate",
    "claim_dismiss",
    "claim_give_verdict",
    "claim_reassign",
    "claim_release",
    "claim_renew_lease",
    "claim_reopen",
    "claim_restore",
    "claim_send_back",
    "claim_take",
    "claim_take_next",
    "corroboration_publish",
    "corroboration_resolve",
    "corroboration_sweep",
]
