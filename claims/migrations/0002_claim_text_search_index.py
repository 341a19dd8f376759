"""A GIN index for full-text search of claims on PostgreSQL (no-op elsewhere).

The expression must stay identical to the one claims.filters.text_search filters on.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS claim_text_fts ON claims_claim "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))"
)
DROP = "DROP INDEX IF EXISTS claim_text_fts"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
