"""Writing many new rows at once, on the hot path of a submission (an article's claims and their
history events).

On PostgreSQL the rows go in by ``COPY`` after one read of their ids from the table's sequence:
``bulk_create`` there builds an ``INSERT … SELECT FROM UNNEST`` whose arrays psycopg quotes
value by value in Python (client-side binding), which was a third of a submission's own CPU
(bench/submit.py). Elsewhere (SQLite, the embedded default) ``bulk_create`` does it.

Either way every value is what the ORM would write: a field's ``get_db_prep_save`` prepares it
(``auto_now``, JSON, time zones), except for plain text, number, boolean and key fields, whose
Python value psycopg writes as it is (their preparation would only coerce it to the same type;
a third of the remaining cost of the COPY). The rows are written in one statement per table
(row and statement triggers fire as for an INSERT: COPY fires them too), and the instances come
back with their ids, as saved rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, models, router


def insert_rows(objs: Sequence[models.Model]) -> list[models.Model]:
    """Insert new, unsaved instances of one model; returns them with their primary keys set."""
    return _write(list(objs), with_ids=True)


def write_rows(objs: Sequence[models.Model]) -> None:
    """Insert new instances of one model whose ids nobody reads (history events): on PostgreSQL
    the table's own default numbers them, which spares the read of the sequence (the instances
    are not marked saved there)."""
    _write(list(objs), with_ids=False)


def _write(objs: list[models.Model], with_ids: bool) -> list[models.Model]:
    if not objs:
        return objs
    model = type(objs[0])
    alias = router.db_for_write(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return model._base_manager.using(alias).bulk_create(objs)
    meta = model._meta
    pk = meta.pk
    fields = [f for f in meta.concrete_fields if f is not pk and not getattr(f, "generated", False)]
    plain = [_is_plain(f) for f in fields]
    ids = _next_ids(connection, meta.db_table, pk.column, len(objs)) if with_ids else None
    columns = ", ".join(
        connection.ops.quote_name(c)
        for c in [*([pk.column] if with_ids else []), *(f.column for f in fields)]
    )
    with connection.cursor() as cursor:
        with cursor.copy(f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for i, obj in enumerate(objs):
                values = obj.__dict__
                row = [ids[i]] if with_ids else []
                for field, simple in zip(fields, plain, strict=True):
                    if simple:
                        row.append(values[field.attname])
                    else:
                        row.append(field.get_db_prep_save(field.pre_save(obj, True), connection))
                copy.write_row(row)
    if with_ids:
        for obj, pk_value in zip(objs, ids, strict=True):
            obj.pk = pk_value
            obj._state.adding = False
            obj._state.db = alias
    return objs


_PLAIN = (
    models.CharField,
    models.TextField,
    models.BooleanField,
    models.IntegerField,
    models.BigIntegerField,
    models.SmallIntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.PositiveBigIntegerField,
    models.FloatField,
)


def _is_plain(field) -> bool:
    """A field whose attribute psycopg writes as the ORM would (exact classes: a subclass may
    prepare its values), or a foreign key onto such a key or an auto id."""
    if type(field) is models.ForeignKey:
        target = field.target_field
        return type(target) in _PLAIN or isinstance(target, models.AutoField)
    return type(field) in _PLAIN


def _next_ids(connection, table: str, column: str, count: int) -> list[int]:
    """``count`` values of the table's id sequence (an identity or serial column), in one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [connection.ops.quote_name(table), column, count],
        )
        return [row[0] for row in cursor.fetchall()]
