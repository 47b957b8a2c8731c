"""The peer parsers' test suites, scoped to what claimcheck parses.

Shared by ``tests/test_peer_suites.py`` (pass-rate floor) and
``bench/peers.py`` (pass rates and failures by kind). Scope rules are written
here once, each with the reason a case is out of scope.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck.model import Quantity
from claimcheck.quantities import parse

DATA = Path(__file__).parent / "data" / "peers"

CURRENCY_UNITS = {
    "Dollar": ("USD", 1.0),
    "United States dollar": ("USD", 1.0),
    "Euro": ("EUR", 1.0),
    "Chinese yuan": ("CNY", 1.0),
    "Pound": ("GBP", 1.0),
    "British pound": ("GBP", 1.0),
    "Japanese yen": ("JPY", 1.0),
    "Hong Kong dollar": ("HKD", 1.0),
    "Cent": ("USD", 0.01),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
}
QUANTULUM_UNITS = {
    "dimensionless": None,
    "dollar": "USD",
    "United States dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "percentage": "%",
}
# Number notations claimcheck does not read, each with why.
OUT_OF_SCOPE = [
    # ``1.234,5`` and ``3,5 Mrd.`` are read (quantities/continental.py); a bare ``1,3`` stays two numbers.
    (re.compile(r"\b\d+,\d{1,2}\b(?![,\d])"), "decimal comma (continental notation)"),
    (
        re.compile(r"[A-Za-z]-\d|\b[A-Z][a-z]+\s\d+(?!\s*(?:[%$]|percent))\b(?!\s+in\s)"),
        "number inside a name (contract: names are not quantities)",
    ),
    (re.compile(r"\(\$[\d.]+\)"), "accounting negative in parentheses (prose uses them for restatements)"),
    (re.compile(r"\d\^"), "power notation without base 10"),
    (
        re.compile(r"\d\s+(?:over|in)\s+(?:\d|[a-z])|\bover\s+(?:three|twenty)|\bone over\b", re.I),
        "spoken ratio",
    ),
]


@dataclass(frozen=True)
class Case:
    """One peer case: input text, what passing means, and why it is out of scope."""

    suite: str
    index: int
    text: str
    expected: tuple[tuple[float | None, float | None, str | None], ...]
    reason: str | None = None
    exact: bool = True
    symbols: tuple[tuple[str, str], ...] = ()

    @property
    def in_scope(self) -> bool:
        return self.reason is None


def _out_of_scope(text: str) -> str | None:
    return next((why for pattern, why in OUT_OF_SCOPE if pattern.search(text)), None)


def _load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def number_cases() -> Iterator[Case]:
    for i, case in enumerate(_load("recognizers-text/NumberModel.json")):
        if not re.search(r"\d", case["Input"]):
            continue
        values = tuple((float(r["Resolution"]["value"]),) * 2 + (None,) for r in case["Results"])
        yield Case("numbers", i, case["Input"], values, _out_of_scope(case["Input"]))


def _interval(spec: str) -> tuple[float | None, float | None]:
    low, high = spec.strip("[]()").split(",")
    return (float(low) if low else None, float(high) if high else None)


def range_cases() -> Iterator[Case]:
    for i, case in enumerate(_load("recognizers-text/NumberRangeModel.json")):
        if not re.search(r"\d", case["Input"]):
            continue
        values = tuple((*_interval(r["Resolution"]["value"]), "range") for r in case["Results"])
        yield Case("ranges", i, case["Input"], values, _out_of_scope(case["Input"]))


def percent_cases() -> Iterator[Case]:
    for i, case in enumerate(_load("recognizers-text/PercentModel.json")):
        results = [r for r in case["Results"] if r["Resolution"]["value"] not in (None, "null")]
        if len(results) != len(case["Results"]):
            continue
        values = tuple((float(r["Resolution"]["value"].rstrip("%")),) * 2 + ("%",) for r in results)
        yield Case("percent", i, case["Input"], values, None)


def currency_cases() -> Iterator[Case]:
    for i, case in enumerate(_load("recognizers-text/CurrencyModel.json")):
        results = [r for r in case["Results"] if r["Resolution"].get("value") is not None]
        if not results or any(r["Resolution"]["unit"] not in CURRENCY_UNITS for r in results):
            continue
        values = []
        for r in results:
            code, factor = CURRENCY_UNITS[r["Resolution"]["unit"]]
            values.append((float(r["Resolution"]["value"]) * factor,) * 2 + (code,))
        # Recognizers-Text reads ¥ as yen; claimcheck's default is yuan (configurable).
        yield Case("currency", i, case["Input"], tuple(values), None, symbols=(("¥", "JPY"),))


def quantulum_cases() -> Iterator[Case]:
    for i, case in enumerate(_load("quantulum3/quantities.json")):
        kept = [r for r in case["res"] if r["unit"] in QUANTULUM_UNITS]
        if not kept:
            continue
        values = tuple((float(r["value"]),) * 2 + (QUANTULUM_UNITS[r["unit"]],) for r in kept)
        exact = len(kept) == len(case["res"])
        yield Case("quantulum3", i, case["req"], values, _out_of_scope(case["req"]), exact=exact)


SUITES = {
    "numbers": number_cases,
    "ranges": range_cases,
    "percent": percent_cases,
    "currency": currency_cases,
    "quantulum3": quantulum_cases,
}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _matches(expected: tuple[float | None, float | None, str | None], q: Quantity, suite: str) -> bool:
    low, high, unit = expected
    if suite == "ranges":
        if low is not None and low == high:
            return _close(q.value, low) and not set(q.hedges) & {"range", "lower_bound", "upper_bound"}
        return _close(q.low, low) and _close(q.high, high)
    if not _close(q.value, low):
        return False
    if suite == "numbers":
        return True
    return (q.unit or None) == unit or (unit is None and q.unit in (None, "x"))


def _relevant(q: Quantity, case: Case) -> bool:
    if case.suite == "ranges":
        return True
    if case.suite == "currency":
        return bool(q.unit) and q.unit not in ("%", "pp", "points", "x", "tokens")
    if case.suite == "percent":
        return q.unit == "%"
    return True


def passes(case: Case) -> tuple[bool, list[Quantity]]:
    """Whether claimcheck's parse agrees with the peer's expectation."""
    got = [q for q in parse(case.text, currency_symbols=dict(case.symbols)) if _relevant(q, case)]
    remaining = list(got)
    for exp in case.expected:
        hit = next((q for q in remaining if _matches(exp, q, case.suite)), None)
        if hit is None:
            return False, got
        remaining.remove(hit)
    if case.suite == "ranges":
        remaining = [q for q in remaining if set(q.hedges) & {"range"} or q.low != q.high]
    return (not remaining or not case.exact), got


def all_cases() -> Iterator[Case]:
    for load in SUITES.values():
        yield from load()
