"""A small validator for configuration, rule options and store files (yamllint-style).

A schema is plain data: a Python type, a ``Num`` (a number, maybe bounded), a
``Text`` (a string, or a number or date a person wrote where a string belongs),
a ``Choice``, a ``Maybe`` (may be null), a ``ListOf``, a ``MapOf`` or a ``Struct``
of named fields. Validation returns the value, or raises ``SchemaError`` with the
path of the offending key, so that the file's reader can add the line.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from claimcheck.errors import ClaimcheckError

Path = tuple[str | int, ...]


class SchemaError(ClaimcheckError):
    """A value that does not fit its schema, at ``path`` (``("fx", "uncertainty")``)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{dotted(path)}: {problem}")
        self.path = path
        self.problem = problem


def dotted(path: Path) -> str:
    """``fx.uncertainty``, ``entities[0].name``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class Num:
    """A number (never a boolean); ``minimum`` is inclusive unless ``positive``."""

    minimum: float | None = None
    positive: bool = False


@dataclass(frozen=True)
class Text:
    """A string; a number or a date written where a string belongs is taken as written (``2025``)."""


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]


@dataclass(frozen=True)
class Maybe:
    value: Any


@dataclass(frozen=True)
class ListOf:
    item: Any


@dataclass(frozen=True)
class MapOf:
    value: Any


@dataclass(frozen=True)
class Struct:
    fields: dict[str, Any]
    required: tuple[str, ...] = ()


def validate(value: Any, schema: Any, path: Path = ()) -> Any:
    """Check ``value`` against ``schema``; ``path`` is where it sits in its file."""
    if isinstance(schema, Maybe):
        return None if value is None else validate(value, schema.value, path)
    if isinstance(schema, Struct):
        return _struct(value, schema, path)
    if isinstance(schema, MapOf):
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected a mapping, got {_kind(value)}")
        return {str(k): validate(v, schema.value, (*path, str(k))) for k, v in value.items()}
    if isinstance(schema, ListOf):
        if not isinstance(value, list):
            raise SchemaError(path, f"expected a list, got {_kind(value)}")
        return [validate(v, schema.item, (*path, i)) for i, v in enumerate(value)]
    if isinstance(schema, Choice):
        if value not in schema.options:
            raise SchemaError(path, f"expected one of {', '.join(schema.options)}, got {value!r}")
        return value
    if isinstance(schema, Num) or schema is float:
        return _number(value, schema if isinstance(schema, Num) else Num(), path)
    if isinstance(schema, Text):
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            raise SchemaError(path, f"expected text, got {_kind(value)}")
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if schema is object:
        return value
    if not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        raise SchemaError(path, f"expected {schema.__name__}, got {_kind(value)}")
    return value


def _number(value: Any, spec: Num, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SchemaError(path, f"expected a number, got {_kind(value)}")
    if spec.minimum is not None and (value <= spec.minimum if spec.positive else value < spec.minimum):
        bound = f"> {spec.minimum:g}" if spec.positive else f">= {spec.minimum:g}"
        raise SchemaError(path, f"expected a number {bound}, got {value!r}")
    return float(value)


def _struct(value: Any, schema: Struct, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SchemaError(path, f"expected a mapping, got {_kind(value)}")
    unknown = sorted((str(k) for k in value if k not in schema.fields), key=str)
    if unknown:
        known = ", ".join(sorted(schema.fields))
        raise SchemaError((*path, unknown[0]), f"unknown key (known keys: {known})")
    missing = [k for k in schema.required if k not in value]
    if missing:
        raise SchemaError((*path, missing[0]), "required key is missing")
    return {k: validate(v, schema.fields[k], (*path, k)) for k, v in value.items()}


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else "infinity"
    return type(value).__name__
