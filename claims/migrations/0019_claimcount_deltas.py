"""Claim counts without a hot row: the triggers of 0008 append a row per (status, verdict) and
statement instead of adding into one row per key.

Every submit inserts its claims as (new, ""), so with one counter row per key every concurrent
submit waited on that row's lock until the one before committed: submits ran one at a time.
Now the triggers only INSERT (no unique key, no lock on a shared row); readers sum the rows per
key; beat's ``fold_claim_counts`` folds them back into one row per key now and then
(``claims.services.counts``). Elsewhere (SQLite) nothing changes: the claims are counted.
"""

from django.db import migrations

APPEND = [
    """
    CREATE OR REPLACE FUNCTION claims_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claims_claimcount (status, verdict, n)
      SELECT status, verdict, count(*) FROM new_claims GROUP BY 1, 2;
      RETURN NULL;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION claims_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claims_claimcount (status, verdict, n)
      SELECT status, verdict, -count(*) FROM old_claims GROUP BY 1, 2;
      RETURN NULL;
    END $$""",
    """
    CREATE OR REPLACE FUNCTION claims_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claims_claimcount (status, verdict, n)
      VALUES (OLD.status, OLD.verdict, -1), (NEW.status, NEW.verdict, 1);
      RETURN NULL;
    END $$""",
]

FOLD = (
    "WITH gone AS (DELETE FROM claims_claimcount RETURNING status, verdict, n) "
    "INSERT INTO claims_claimcount (status, verdict, n) "
    "SELECT status, verdict, sum(n) FROM gone GROUP BY 1, 2 HAVING sum(n) <> 0"
)
UPSERT = (
    "INSERT INTO claims_claimcount (status, verdict, n) {rows} "
    "ON CONFLICT (status, verdict) DO UPDATE SET n = claims_claimcount.n + EXCLUDED.n"
)
BACK = [
    "LOCK TABLE claims_claimcount IN EXCLUSIVE MODE",
    FOLD,
    f"""
    CREATE OR REPLACE FUNCTION claims_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {UPSERT.format(rows="SELECT status, verdict, count(*) FROM new_claims GROUP BY 1, 2 ORDER BY 1, 2")};
      RETURN NULL;
    END $$""",
    f"""
    CREATE OR REPLACE FUNCTION claims_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {UPSERT.format(rows="SELECT status, verdict, -count(*) FROM old_claims GROUP BY 1, 2 ORDER BY 1, 2")};
      RETURN NULL;
    END $$""",
    f"""
    CREATE OR REPLACE FUNCTION claims_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {
        UPSERT.format(
            rows="SELECT s, v, d FROM (VALUES (OLD.status, OLD.verdict, -1), "
            "(NEW.status, NEW.verdict, 1)) AS x (s, v, d) ORDER BY 1, 2"
        )
    };
      RETURN NULL;
    END $$""",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in APPEND:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACK:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0018_article_versions"),
    ]

    # One transaction: writers of claims wait for it, then see the new triggers. Going back,
    # the rows are folded (one per key) before the unique key returns.
    operations = [
        migrations.RemoveConstraint(model_name="claimcount", name="claim_count_key"),
        migrations.RunPython(forwards, backwards),
    ]
