"""GIN indexes for full-text search of claims and articles on PostgreSQL (no-op elsewhere).

The expressions must stay identical to the ones claims.filters filters on.
"""

from django.db import migrations

CREATE = [
    "CREATE INDEX IF NOT EXISTS claim_text_fts ON claims_claim "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))",
    "CREATE INDEX IF NOT EXISTS article_text_fts ON claims_article "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || COALESCE(body, '')))",
]
DROP = ["DROP INDEX IF EXISTS claim_text_fts", "DROP INDEX IF EXISTS article_text_fts"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in CREATE:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
