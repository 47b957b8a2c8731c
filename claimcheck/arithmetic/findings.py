"""Findings for statements that do not hold, the diagnosis of their slip, and the coverage count."""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimcheck.arithmetic.evaluate import Computed, Outcome
from claimcheck.arithmetic.intervals import Interval
from claimcheck.extract.derived_model import RELATIONS, Derived
from claimcheck.formatting import amount
from claimcheck.model import Finding, Place, Severity

_SCALES = {1e3: "thousand", 1e6: "million", 1e9: "billion"}
_NEAR = 0.15


@dataclass
class Coverage:
    """How many derived statements were found, recomputed and not tied, by kind; ``records`` keeps
    each statement with what became of it (``holds``, ``flagged``, or why it is not tied)."""

    found: Counter[str] = field(default_factory=Counter)
    recomputed: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    records: list[tuple[Derived, str]] = field(default_factory=list)

    def record(self, outcome: Outcome) -> None:
        kind = outcome.stmt.kind
        self.found[kind] += 1
        if outcome.untied:
            self.records.append((outcome.stmt, f"not tied: {outcome.untied}"))
            return
        self.recomputed[kind] += 1
        self.flagged[kind] += 0 if outcome.holds else 1
        self.records.append((outcome.stmt, "holds" if outcome.holds else "flagged"))

    @property
    def untied(self) -> list[tuple[Derived, str]]:
        """Statements not tied to the article's figures, with the reason."""
        return [(s, r.removeprefix("not tied: ")) for s, r in self.records if r.startswith("not tied")]

    def to_dict(self) -> dict[str, Any]:
        not_tied = Counter(s.kind for s, _ in self.untied)
        return {
            "found": sum(self.found.values()),
            "recomputed": sum(self.recomputed.values()),
            "not_tied": sum(not_tied.values()),
            "flagged": sum(self.flagged.values()),
            "kinds": {
                k: {
                    "found": self.found[k],
                    "recomputed": self.recomputed[k],
                    "not_tied": not_tied[k],
                    "flagged": self.flagged[k],
                }
                for k in sorted(self.found)
            },
            "not_tied_reasons": dict(Counter(reason for _, reason in self.untied).most_common()),
        }


def show(i: Interval, unit: str | None) -> str:
    """An interval for people: ``94.4–94.6%``, ``≥40x``, ``$576B``."""
    unit = None if unit in ("count", "points") else unit
    if not math.isfinite(i.low) and not math.isfinite(i.high):
        return "any value"
    if not math.isfinite(i.high):
        return f"≥{_one(i.low, unit)}"
    if not math.isfinite(i.low):
        return f"≤{_one(i.high, unit)}"
    low, high = _one(i.low, unit), _one(i.high, unit)
    return low if low == high else f"{low}–{high}"


def _one(value: float, unit: str | None) -> str:
    if unit == "x":
        return f"{value:.3g}x"
    return amount(value, unit)


def diagnose(stated: float, recomputed: float, rates: dict[str, float]) -> str | None:
    """A slip recognisable by its factor: a scale word (1,000 or 1,000,000) or an exchange rate."""
    if stated <= 0 or recomputed <= 0:
        return None
    factor = stated / recomputed
    for size, name in _SCALES.items():
        for f, direction in ((factor, "larger"), (1 / factor, "smaller")):
            if abs(f / size - 1) <= _NEAR:
                return f"scale slip: {f:,.0f}x {direction} than the figures give, a {name}-fold slip"
    for currency, rate in rates.items():
        for f in (factor, 1 / factor):
            if rate > 1.5 and abs(f / rate - 1) <= _NEAR:
                return (
                    f"currency mix-up: {f:.2f}x off, about the {currency} rate ({rate:.2f}): "
                    "a figure converted twice or not at all"
                )
    return None


def finding_id(rule: str, stmt: Derived) -> str:
    """A content hash of the statement as written, so a baseline can name it."""
    name = stmt.source.rsplit("/", 1)[-1]
    names = [o.name for o in stmt.operands]  # "by 2-3 points" against each rival is a statement each
    key = "\x1f".join([rule, name, " ".join(stmt.quote.split()), stmt.raw, stmt.relation, *names])
    return "f-" + hashlib.sha1(key.encode()).hexdigest()[:8]


def _subject(stmt: Derived, best: Computed | None) -> tuple[str, str, str | None]:
    claims = [i.claim for i in (best.inputs if best else ()) if i.claim is not None]
    entity = next((o.name for o in stmt.operands if o.entities), "") or (claims[0].entity if claims else "")
    metric = next((o.metric for o in stmt.operands if o.metric), None) or (
        claims[0].metric if claims else stmt.kind
    )
    periods = {c.when for c in claims if c.when}
    period = best.period if best and best.period else (periods.pop() if len(periods) == 1 else None)
    return entity, metric, period


def computation(stmt: Derived, reading: Computed) -> str:
    """``83.8 / 88.7 (100 a / b)``: the figures a reading used and how they combine."""
    figures = " and ".join(
        f"{i.text.strip()}" + (f" ({i.claim.when})" if i.claim and i.claim.when else "")
        for i in reading.inputs
    )
    how = RELATIONS.get(stmt.relation, stmt.relation) + (
        f", over {reading.years} years" if reading.years else ""
    )
    return f"{figures}: {how}"


def build(
    rule: str,
    outcome: Outcome,
    severity: Severity,
    rates: dict[str, float],
    unit: str | None,
    how: str | None = None,
    gives: str = "the article's own figures give",
) -> Finding:
    """The finding for a statement that does not hold; ``how`` describes the computation if given."""
    stmt, best = outcome.stmt, outcome.best
    assert best is not None
    how = how or computation(stmt, best)
    entity, metric, period = _subject(stmt, best)
    stated = show(stmt.stated.interval, stmt.stated.unit)
    others = [r for r in outcome.readings if r is not best][:2]
    recomputed = show(best.interval, unit) + (f" ({best.period})" if best.period else "")
    also = "".join(f"; {show(r.interval, unit)}" + (f" ({r.period})" if r.period else "") for r in others)
    message = f"“{stmt.raw.strip()}” ({stmt.location}): stated {stated}, {gives} {recomputed}{also} [{how}]"
    claims = {i.claim.id: i.claim for r in (best,) for i in r.inputs if i.claim is not None}
    return Finding(
        id=finding_id(rule, stmt),
        rule=rule,
        severity=severity,
        entity=entity,
        metric=metric,
        period=period,
        message=message,
        claims=tuple(claims.values()),
        diagnosis=diagnose(stmt.stated.value, best.interval.middle, rates),
        details=_details(outcome, best, unit, how),
        place=Place(stmt.source, stmt.line, stmt.column),  # the statement, not the figures it rests on
    )


def _details(outcome: Outcome, best: Computed, unit: str | None, how: str) -> dict[str, Any]:
    stmt = outcome.stmt
    return {
        "source": stmt.source,
        "line": stmt.line,
        "column": stmt.column,
        "quote": stmt.quote,
        "kind": stmt.kind,
        "relation": stmt.relation,
        "stated": {**stmt.stated.to_dict(), "allowed": outcome.allowed.to_dict()},
        "recomputed": {**best.interval.to_dict(), "unit": unit, "period": best.period},
        "inputs": [i.to_dict() for i in best.inputs],
        "computation": how,
        "readings": [{**r.interval.to_dict(), "period": r.period} for r in outcome.readings[:8]],
    }
