"""What a claims-store file may hold: the schema its reader validates, and its version.

The machine fields are those of ``Claim`` (so a field added to the model is known
here without a list to keep); the fields a reviewer writes are typed strictly, so
that a misspelt ``stauts:`` or a ``status: acepted`` is an error naming its line
rather than a review silently lost.
"""

from __future__ import annotations

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
