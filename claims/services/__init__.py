"""Every write the product makes. One transaction each; history written inside it."""

from .articles import article_submit
from .bulk import claims_bulk
from .corroboration import (
    article_corroborate,
    article_corroboration_publish,
    claim_corroborate,
    corroboration_publish,
    corroboration_resolve,
    corroboration_sweep,
)
from .exports import export_claims, export_job_start, export_run, export_sweep
from .logins import login_unlock
from .match_review import corroboration_rerun, match_judge
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
from .webhooks import (
    webhook_deliver,
    webhook_publish,
    webhook_subscription_create,
    webhook_subscription_delete,
    webhook_subscription_update,
    webhook_sweep,
)

__all__ = [
    "corroboration_rerun",
    "match_judge",
    "article_corroborate",
    "article_corroboration_publish",
    "article_submit",
    "claim_approve",
    "claims_bulk",
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
    "export_claims",
    "export_job_start",
    "export_run",
    "export_sweep",
    "login_unlock",
    "webhook_deliver",
    "webhook_publish",
    "webhook_subscription_create",
    "webhook_subscription_delete",
    "webhook_subscription_update",
    "webhook_sweep",
]
