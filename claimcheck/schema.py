"""A small validator for configuration and rule options (yamllint-style).

A schema is plain data: a Python type, a ``Choice``, a ``ListOf``, a
``MapOf`` or a ``Struct`` of named fields. Validation returns the value with
defaults filled in, or raises ``ClaimcheckError`` naming the offending key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.errors import ClaimcheckError


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]


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


def validate(value: Any, schema: Any, path: str) -> Any:
    """Check ``value`` against ``schema``; ``path`` names it in errors."""
    if isinstance(schema, Struct):
        return _struct(value, schema, path)
    if isinstance(schema, MapOf):
        if not isinstance(value, dict):
            raise ClaimcheckError(f"{path}: expected a mapping, got {_kind(value)}")
        return {str(k): validate(v, schema.value, f"{path}.{k}") for k, v in value.items()}
    if isinstance(schema, ListOf):
        if not isinstance(value, list):
            raise ClaimcheckError(f"{path}: expected a list, got {_kind(value)}")
        return [validate(v, schema.item, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(schema, Choice):
        if value not in schema.options:
            raise ClaimcheckError(f"{path}: expected one of {', '.join(schema.options)}, got {value!r}")
        return value
    if schema is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ClaimcheckError(f"{path}: expected a number, got {_kind(value)}")
        return float(value)
    if not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        raise ClaimcheckError(f"{path}: expected {schema.__name__}, got {_kind(value)}")
    return value


def _struct(value: Any, schema: Struct, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ClaimcheckError(f"{path}: expected a mapping, got {_kind(value)}")
    unknown = sorted(set(value) - set(schema.fields))
    if unknown:
        known = ", ".join(sorted(schema.fields))
        raise ClaimcheckError(f"{path}.{unknown[0]}: unknown key (known keys: {known})")
    missing = [k for k in schema.required if k not in value]
    if missing:
        raise ClaimcheckError(f"{path}.{missing[0]}: required key is missing")
    return {k: validate(v, schema.fields[k], f"{path}.{k}") for k, v in value.items()}


def _kind(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__
