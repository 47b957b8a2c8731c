"""What every in-article rule does: evaluate its kinds of statement, count them, report the slips."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from claimcheck.arithmetic.evaluate import Outcome, evaluate
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.findings import build
from claimcheck.arithmetic.tie import Input, canonical
from claimcheck.model import Finding, Severity
from claimcheck.quantities.rates import MissingRate
from claimcheck.rules.base import COMMON_OPTIONS, RuleContext
from claimcheck.schema import Struct

OPTIONS = Struct(dict(COMMON_OPTIONS))


def rates_for(facts: ArticleFacts, inputs: list[Input], ctx: RuleContext) -> dict[str, float]:
    """Exchange rates a diagnosis may name: the article's own, else the table's, for the currencies used."""
    out = {}
    on = ctx.rates.date_for(facts.date)
    for currency in {i.currency for i in inputs} - {None, "USD"}:
        assert currency is not None
        try:
            out[currency] = facts.rates.get(currency) or ctx.rates.per_usd(currency, on)
        except MissingRate:
            continue
    return out


def check_kinds(
    rule: str,
    kinds: tuple[str, ...],
    facts: ArticleFacts,
    options: dict[str, Any],
    ctx: RuleContext,
    gives: str = "the article's own figures give",
) -> Iterator[Finding]:
    """Findings for one article's statements of these kinds that its own figures contradict."""
    severity = Severity.parse(options["severity"])
    for stmt in facts.derived:
        if stmt.kind not in kinds:
            continue
        outcome = evaluate(stmt, facts, options, ctx.org_of, ctx.fx_uncertainty)
        if ctx.coverage is not None:
            ctx.coverage.record(outcome)
        if outcome.untied or outcome.holds or outcome.best is None:
            continue
        rates = rates_for(facts, list(outcome.best.inputs), ctx)
        yield build(rule, as_written(outcome, facts), severity, rates, stmt.stated.unit, gives=gives)


def as_written(outcome: Outcome, facts: ArticleFacts) -> Outcome:
    """The outcome in the stated value's own currency (recomputed in dollars, shown in yuan)."""
    stated = outcome.stmt.stated
    interval, unit = canonical(stated, facts)
    if unit == stated.unit or not interval.bounded or not interval.middle:
        return outcome
    back = stated.interval.middle / interval.middle
    readings = tuple(replace(r, interval=r.interval.scale(back)) for r in outcome.readings)
    return replace(outcome, allowed=outcome.allowed.scale(back), readings=readings)
