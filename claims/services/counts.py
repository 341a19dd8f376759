"""The claim counts' rows folded: one row per (status, verdict) again (PostgreSQL).

The triggers of migration 0019 append a row per key and statement; the count of a key is the
sum of its rows at any moment, folded or not. Folding is one statement (delete the rows this
snapshot sees, insert their sums), so a row appended meanwhile is left for the next fold and
none is counted twice; an advisory lock keeps two folds from running at once.
"""

from __future__ import annotations

from django.db import connection, transaction

FOLD_LOCK = 0x436C61696D73  # any constant shared by every fold
FOLD = (
    "WITH gone AS (DELETE FROM claims_claimcount RETURNING status, verdict, n) "
    "INSERT INTO claims_claimcount (status, verdict, n) "
    "SELECT status, verdict, sum(n) FROM gone GROUP BY 1, 2 HAVING sum(n) <> 0"
)


def claim_counts_fold() -> int | None:
    """Fold the count rows. Returns how many rows there were before, or None when there is
    nothing to fold (not PostgreSQL) or another fold is running."""
    if connection.vendor != "postgresql":
        return None
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [FOLD_LOCK])
        if not cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT count(*) FROM claims_claimcount")
        before = cursor.fetchone()[0]
        cursor.execute(FOLD)
    return before
