"""What a claims-store file may hold: the schema its reader validates, and its version.

The machine fields are those of ``Claim`` (so a field added to the model is known
here without a list to keep); the fields a reviewer writes are typed strictly, so
that a misspelt ``stauts:`` or a ``status: acepted`` is an error naming its line
rather than a review silently lost.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from typing import Any

from claimcheck.model import HEDGES, Claim, Stated
from claimcheck.schema import Choice, ListOf, Maybe, Num, SchemaError, Struct, Text

SCHEMA = 1
STATUSES = ("unreviewed", "accepted", "rejected", "added")
# Fields a reviewer may correct, in place or under `correction:`.
QUALIFIERS = ("segment", "basis", "setting", "as_of", "change", "of")
EDITABLE = ("entity", "variant", "metric", "period", "price_kind", *QUALIFIERS, "hedges", "stated")
FIGURE = ("value", "low", "high", "unit")

_STATED = Struct(
    {
        **{f.name: object for f in fields(Stated)},
        "value": Num(),
        "unit": Maybe(Text()),
        "low": Maybe(Num()),
        "high": Maybe(Num()),
        "precision": Maybe(Num(0)),
        "scale": Maybe(Text()),
    }
)
_READING: dict[str, Any] = {
    "entity": Text(),
    "variant": Maybe(Text()),
    "metric": Text(),
    "period": Maybe(Text()),
    "price_kind": Maybe(Text()),
    **{q: Maybe(Text()) for q in QUALIFIERS},
    "hedges": Maybe(ListOf(Choice(HEDGES))),
    "stated": Maybe(_STATED),
}
_CORRECTION = Struct(
    {
        **_READING,
        "value": Maybe(Num()),
        "low": Maybe(Num()),
        "high": Maybe(Num()),
        "unit": Maybe(Text()),
    }
)
ENTRY = Struct(
    {
        **{f.name: object for f in fields(Claim)},
        "key": object,
        "id": Text(),
        "line": Maybe(int),
        "column": Maybe(int),
        "quote": Maybe(Text()),
        "raw": Maybe(Text()),
        **_READING,
        "value": Maybe(Num()),
        "low": Maybe(Num()),
        "high": Maybe(Num()),
        "status": Choice(STATUSES),
        "note": Maybe(Text()),
        "correction": Maybe(_CORRECTION),
        "read": Maybe(Text()),
    },
    required=("id",),
)
DOCUMENT = Struct(
    {
        "schema": int,
        "source": Text(),
        "sha256": Text(),
        "claims": Maybe(ListOf(ENTRY)),
        "orphaned": Maybe(ListOf(ENTRY)),
    }
)


def check_version(document: Any) -> None:
    """Refuse a store file written in another schema version, rather than misread it."""
    if not isinstance(document, dict):
        raise SchemaError((), "not a claims store file (expected a mapping with a `claims` list)")
    version = document.get("schema", SCHEMA)
    if isinstance(version, bool) or not isinstance(version, int):
        raise SchemaError(("schema",), f"expected a store schema version (an integer), got {version!r}")
    if version > SCHEMA:
        raise SchemaError(
            ("schema",),
            f"written by a newer claimcheck (store schema {version}; this one reads {SCHEMA}): "
            "upgrade claimcheck, or run with --no-store",
        )
    if version < SCHEMA:
        raise SchemaError(
            ("schema",),
            f"store schema {version} is not one any claimcheck wrote (this one reads {SCHEMA}); "
            "move the file aside and run extract again",
        )


def read_marks(entry: dict[str, Any]) -> str:
    """A short mark of each editable field as the tool wrote it, for the entry's ``read`` field.

    Re-extraction compares an entry's fields with these marks: a field whose mark no longer
    matches was edited in place by a reviewer (a correction); one that still matches but differs
    from the fresh reading was only read differently by an earlier version of the tool.
    """
    return ".".join(field_mark(entry.get(k)) for k in EDITABLE)


def field_mark(value: Any) -> str:
    """Four hex digits standing for one field's value (numbers compared to 9 significant digits)."""
    text = json.dumps(_plain(value), sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()[:4]


def _plain(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return f"{value:.9g}"
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)
