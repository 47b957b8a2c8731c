"""Recompute a derived statement from the figures its operands tie to, and decide whether it holds.

Each reading (one choice of figures, one period) gives an interval; the
statement holds when the stated interval, widened by the rule's tolerance
(more for a hedged statement), meets some reading's interval. A statement
none of whose operands tie is untied: counted, never guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.intervals import Interval, total
from claimcheck.arithmetic.tie import (
    MAX_READINGS,
    Input,
    Value,
    aligned,
    canonical,
    figure_input,
    figure_period,
    previous,
    values,
)
from claimcheck.extract.derived_model import Derived, Operand

ONE = Interval.point(1.0)
HUNDRED = Interval.point(100.0)


def _abs(i: Interval) -> Interval:
    if i.low >= 0:
        return i
    if i.high <= 0:
        return Interval(-i.high, -i.low)
    return Interval(0.0, max(-i.low, i.high))


# relation -> the readings of the stated value from operand intervals (a, b)
_PAIRS: dict[str, Callable[[Interval, Interval], list[Interval]]] = {
    "ratio": lambda a, b: [a / b, b / a],
    "times": lambda a, b: [a / b],
    "times_more": lambda a, b: [a / b, a / b - ONE],
    "times_less": lambda a, b: [b / a],
    "percent_of": lambda a, b: [(a / b) * HUNDRED],
    "percent_less": lambda a, b: [(ONE - a / b) * HUNDRED],
    "percent_more": lambda a, b: [(a / b - ONE) * HUNDRED],
    "difference": lambda a, b: [_abs(a - b)],
    "growth": lambda a, b: [(b / a - ONE) * HUNDRED],
    "growth_times": lambda a, b: [b / a],
}


@dataclass(frozen=True)
class Computed:
    """One reading of a statement: the recomputed interval and the figures it came from."""

    interval: Interval
    inputs: tuple[Input, ...]
    period: str | None = None
    years: int | None = None


@dataclass(frozen=True)
class Outcome:
    """A statement, what it allows, and what the article's figures give."""

    stmt: Derived
    allowed: Interval
    readings: tuple[Computed, ...] = ()
    untied: str | None = None

    @property
    def holds(self) -> bool:
        return self.untied is None and any(r.interval.overlaps(self.allowed) for r in self.readings)

    @property
    def best(self) -> Computed | None:
        """The reading to show: of each period the most precise, then the period nearest the stated value."""
        tightest: dict[str | None, Computed] = {}
        for r in self.readings:
            if r.period not in tightest or _width(r.interval) < _width(tightest[r.period].interval):
                tightest[r.period] = r
        return min(tightest.values(), key=lambda r: r.interval.distance(self.allowed), default=None)


def _width(i: Interval) -> float:
    return (i.high - i.low) / abs(i.middle) if i.bounded and i.middle else float("inf")


def tolerance(options: dict[str, Any], stmt: Derived) -> tuple[float, float]:
    """(relative, absolute) widening of the stated interval: by metric, else relation, else kind, else
    default, times the largest factor of the statement's hedges."""
    table = options.get("tolerance", {})
    metric = next((o.metric for o in stmt.operands if o.metric), None)
    merged = {"relative": 0.0, "absolute": 0.0, **table.get("default", {})}
    merged |= table.get(stmt.kind, {}) | table.get(stmt.relation, {}) | table.get(metric or "", {})
    factors = options.get("hedge_factors", {})
    factor = max([1.0] + [factors.get(h, 1.0) for h in stmt.stated.hedges])
    return merged["relative"] * factor, merged["absolute"] * factor


def _mixed_currency(inputs: tuple[Input, ...]) -> bool:
    return len({i.currency for i in inputs if i.currency}) > 1


def _pairs(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str], fx: float) -> list[Computed]:
    a, b = (values(o, stmt, facts, org_of) for o in stmt.operands[:2])
    out = []
    for x, y in aligned(a, b):
        inputs = x.inputs + y.inputs
        for i in _PAIRS[stmt.relation](x.interval, y.interval):
            if stmt.relation == "ratio" and (i.middle >= 1) != (stmt.stated.value >= 1):
                continue  # "revenue-to-valuation ratio of 8x" is read the way round that gives a multiple
            out.append(Computed(i.widen(fx) if _mixed_currency(inputs) else i, inputs, x.period or y.period))
    return out


def _grown_to(
    to: Operand, stmt: Derived, facts: ArticleFacts, org_of: dict[str, str]
) -> dict[str | None, list[Value]]:
    """The figure grown to by period: as written (its period from the claim it makes, else from the
    one period the article gives that figure for), else the metric's figures."""
    if to.figure is None:
        return values(to, stmt, facts, org_of)
    i = figure_input(to.figure, stmt, facts)
    period = figure_period(to.figure, stmt, facts) or to.period
    if period is None and to.metric:
        series = values(
            Operand(to.role, to.entities, to.metric, variant=to.variant), stmt, facts, org_of, own=False
        )
        same = {p for p, vs in series.items() if p and any(v.interval.overlaps(i.interval) for v in vs)}
        period = same.pop() if len(same) == 1 else None
    return {period: [Value(i.interval, (i,))]}


def _written(o: Operand, stmt: Derived, facts: ArticleFacts) -> Value:
    assert o.figure is not None
    i = figure_input(o.figure, stmt, facts)
    return Value(i.interval, (i,))


def _growth(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str]) -> list[Computed]:
    frm, to = stmt.operands
    ends = _grown_to(to, stmt, facts, org_of)
    starts = (
        {None: [_written(frm, stmt, facts)]}
        if frm.figure is not None
        else values(
            Operand(frm.role, frm.entities, frm.metric, variant=frm.variant), stmt, facts, org_of, own=False
        )
    )
    out = []
    for period, found in ends.items():
        if frm.figure is not None:
            before = starts[None]
        elif period is None:
            continue
        else:
            before = starts.get(frm.period or previous(period, to.step) or "", [])
        for x, y in itertools.islice(itertools.product(before, found), MAX_READINGS):
            for i in _PAIRS[stmt.relation](x.interval, y.interval):
                out.append(Computed(i, x.inputs + y.inputs, period))
    return out


def _cagr(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str]) -> list[Computed]:
    frm, to = stmt.operands
    series = values(
        Operand(to.role, to.entities, to.metric, variant=to.variant), stmt, facts, org_of, own=False
    )
    years = sorted(p for p in series if p and p.isdigit())
    first, last = (
        (frm.period, to.period) if frm.period and to.period else (years[:1] + years[-1:] or [None, None])
    )
    if not first or not last or first not in series or last not in series or int(last) <= int(first):
        return []
    n = int(last) - int(first)
    out = []
    for x, y in itertools.islice(itertools.product(series[first], series[last]), MAX_READINGS):
        i = ((y.interval / x.interval).power(1 / n) - ONE) * HUNDRED
        out.append(Computed(i, x.inputs + y.inputs, f"{first}/{last}", n))
    return out


def _sum(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str]) -> list[Computed]:
    parts = [values(o, stmt, facts, org_of) for o in stmt.operands]
    if not parts or any(not p for p in parts):
        return []
    out = []
    for period in set().union(*parts):
        options = [p.get(period, []) + (p.get(None, []) if period is not None else []) for p in parts]
        for combo in itertools.islice(itertools.product(*options), MAX_READINGS):
            out.append(
                Computed(
                    total([v.interval for v in combo]), tuple(i for v in combo for i in v.inputs), period
                )
            )
    return out


def _equal(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str]) -> list[Computed]:
    found = values(stmt.operands[0], stmt, facts, org_of)
    return [Computed(v.interval, v.inputs, v.period) for vs in found.values() for v in vs]


def readings(stmt: Derived, facts: ArticleFacts, org_of: dict[str, str], fx: float = 0.0) -> list[Computed]:
    """Every reading the article's figures give for a statement."""
    if stmt.relation in ("growth", "growth_times"):
        return _growth(stmt, facts, org_of)
    if stmt.relation == "cagr":
        return _cagr(stmt, facts, org_of)
    if stmt.relation == "sum":
        return _sum(stmt, facts, org_of)
    if stmt.relation == "equal":
        return _equal(stmt, facts, org_of)
    return _pairs(stmt, facts, org_of, fx)


def evaluate(
    stmt: Derived, facts: ArticleFacts, options: dict[str, Any], org_of: dict[str, str], fx: float
) -> Outcome:
    """Whether a statement holds on the article's own figures."""
    relative, absolute = tolerance(options, stmt)
    allowed = canonical(stmt.stated, facts)[0].widen(relative, absolute)
    if stmt.untied:
        return Outcome(stmt, allowed, untied=stmt.untied)
    found = readings(stmt, facts, org_of, fx)
    if not found:
        return Outcome(stmt, allowed, untied=_why(stmt))
    return Outcome(stmt, allowed, tuple(found))


def _why(stmt: Derived) -> str:
    missing = [o for o in stmt.operands if o.figure is None]
    named = ", ".join(
        f"{o.name or 'any'} {o.segment + ' ' if o.segment else ''}{o.metric}"
        + (f" in {o.period}" if o.period else "")
        for o in missing
    )
    return f"no figures in the article for {named}" if named else "nothing to recompute it from"
