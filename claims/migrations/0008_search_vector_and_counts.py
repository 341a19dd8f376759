"""The desk at a million claims: a stored search vector and counts kept up to date.

On PostgreSQL:

- ``claims_claim.search_vector``: a stored generated tsvector of the text and the speaker,
  with its GIN index (``claim_search_idx``); PostgreSQL computes it on every insert and update.
  A search can then test a row's match without computing ``to_tsvector`` again, so walking the
  queue's priority index and filtering is cheap when the matches are many. It replaces the
  expression index ``claim_text_fts`` of 0002 and the ``UPPER(speaker)`` index (the speaker is
  in the vector now). Adding it rewrites the table: about a minute at a million claims, during
  which the claims table is locked.
- ``claims_claimcount``: claims per (status, verdict), kept by triggers in the transaction
  of every insert, status or verdict change, delete and truncate of claims, and filled here
  from the table as it is.

Elsewhere (SQLite) the model's table is created and left empty: the search matches substrings
and the dashboard counts the claims directly.
"""

from django.db import migrations, models

SEARCH = [
    "ALTER TABLE claims_claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('english'::regconfig, COALESCE(text, '')) || "
    "to_tsvector('english'::regconfig, COALESCE(speaker, ''))) STORED",
    "CREATE INDEX claim_search_idx ON claims_claim USING gin (search_vector)",
    "DROP INDEX IF EXISTS claim_text_fts",
]
SEARCH_BACK = [
    "DROP INDEX IF EXISTS claim_search_idx",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX IF NOT EXISTS claim_text_fts ON claims_claim "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))",
]

# Every statement adds to the counts in (status, verdict) order, so two transactions always
# lock the counter rows in the same order and cannot deadlock on them.
UPSERT = (
    "INSERT INTO claims_claimcount (status, verdict, n) {rows} "
    "ON CONFLICT (status, verdict) DO UPDATE SET n = claims_claimcount.n + EXCLUDED.n"
)
COUNTS = [
    f"""
    CREATE FUNCTION claims_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {UPSERT.format(rows="SELECT status, verdict, count(*) FROM new_claims GROUP BY 1, 2 ORDER BY 1, 2")};
      RETURN NULL;
    END $$""",
    f"""
    CREATE FUNCTION claims_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {UPSERT.format(rows="SELECT status, verdict, -count(*) FROM old_claims GROUP BY 1, 2 ORDER BY 1, 2")};
      RETURN NULL;
    END $$""",
    f"""
    CREATE FUNCTION claims_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      {
        UPSERT.format(
            rows="SELECT s, v, d FROM (VALUES (OLD.status, OLD.verdict, -1), "
            "(NEW.status, NEW.verdict, 1)) AS x (s, v, d) ORDER BY 1, 2"
        )
    };
      RETURN NULL;
    END $$""",
    """
    CREATE FUNCTION claims_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM claims_claimcount;
      RETURN NULL;
    END $$""",
    "CREATE TRIGGER claims_count_inserted AFTER INSERT ON claims_claim "
    "REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_count_inserted()",
    "CREATE TRIGGER claims_count_deleted AFTER DELETE ON claims_claim "
    "REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_count_deleted()",
    # Row level, and only when the status or the verdict changes: the many other updates of a
    # claim (corroboration state, scores, leases) cost nothing here.
    "CREATE TRIGGER claims_count_changed AFTER UPDATE OF status, verdict ON claims_claim FOR EACH ROW "
    "WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.verdict IS DISTINCT FROM NEW.verdict) "
    "EXECUTE FUNCTION claims_count_changed()",
    "CREATE TRIGGER claims_count_truncated AFTER TRUNCATE ON claims_claim "
    "FOR EACH STATEMENT EXECUTE FUNCTION claims_count_truncated()",
    # The triggers hold writers off until this transaction commits, so the fill is exact.
    "DELETE FROM claims_claimcount",
    "INSERT INTO claims_claimcount (status, verdict, n) "
    "SELECT status, verdict, count(*) FROM claims_claim GROUP BY 1, 2",
]
COUNTS_BACK = [
    "DROP TRIGGER IF EXISTS claims_count_inserted ON claims_claim",
    "DROP TRIGGER IF EXISTS claims_count_deleted ON claims_claim",
    "DROP TRIGGER IF EXISTS claims_count_changed ON claims_claim",
    "DROP TRIGGER IF EXISTS claims_count_truncated ON claims_claim",
    "DROP FUNCTION IF EXISTS claims_count_inserted()",
    "DROP FUNCTION IF EXISTS claims_count_deleted()",
    "DROP FUNCTION IF EXISTS claims_count_changed()",
    "DROP FUNCTION IF EXISTS claims_count_truncated()",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in SEARCH + COUNTS:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in COUNTS_BACK + SEARCH_BACK:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_desk_scale_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="ClaimCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("status", models.CharField(max_length=16)),
                ("verdict", models.CharField(blank=True, max_length=16)),
                ("n", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RemoveIndex(
            model_name="claim",
            name="claim_speaker_upper_idx",
        ),
        migrations.AddConstraint(
            model_name="claimcount",
            constraint=models.UniqueConstraint(fields=("status", "verdict"), name="claim_count_key"),
        ),
        migrations.RunPython(forwards, backwards),
    ]
