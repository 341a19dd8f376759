"""Indexes for the queue's orderings on PostgreSQL (no-op elsewhere: SQLite cannot declare
NULLS LAST in an index). They must match selectors.queue_order: score DESC NULLS LAST,
created_at, id. Measured at 1M claims in bench/queue.py."""

from django.db import migrations

CREATE = [
    "CREATE INDEX IF NOT EXISTS claim_priority_idx ON claims_claim "
    "(score DESC NULLS LAST, created_at, id)",
    "CREATE INDEX IF NOT EXISTS claim_status_priority_idx ON claims_claim "
    "(status, score DESC NULLS LAST, created_at, id)",
    "CREATE INDEX IF NOT EXISTS claim_assignee_priority_idx ON claims_claim "
    "(assignee_id, score DESC NULLS LAST, created_at, id) WHERE assignee_id IS NOT NULL",
]
DROP = [
    "DROP INDEX IF EXISTS claim_priority_idx",
    "DROP INDEX IF EXISTS claim_status_priority_idx",
    "DROP INDEX IF EXISTS claim_assignee_priority_idx",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in CREATE:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_queue_indexes")]
    operations = [migrations.RunPython(forwards, backwards)]
