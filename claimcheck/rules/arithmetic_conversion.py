"""arithmetic-conversion: two amounts in the same breath disagree at the exchange rate.

``$80 billion (roughly 580 trillion yuan)`` converts to 576 billion yuan at 7.2:
the restatement is 1,000x off, a scale-word slip. The rate is the one the
article states, else a fixed rate from the config, else the ECB's over the
window before the article's date; the stated amount may differ from the
converted one by the tolerance (5% by default).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from claimcheck.arithmetic.check import OPTIONS
from claimcheck.arithmetic.conversions import evaluate_conversion
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.findings import build
from claimcheck.extract.derived_conversions import money_parts
from claimcheck.model import Finding, Severity
from claimcheck.rules.base import Rule, RuleContext
from claimcheck.schema import Struct

ID = "arithmetic-conversion"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each conversion in the same breath that the rate does not bear out."""
    for stmt in facts.derived:
        if stmt.kind != "conversion":
            continue
        outcome, rate, source = evaluate_conversion(stmt, facts, options, ctx.rates)
        if ctx.coverage is not None:
            ctx.coverage.record(outcome)
        if outcome.untied or outcome.holds or rate is None:
            continue
        figure = stmt.operands[0].figure
        assert figure is not None
        pair = f"{money_parts(stmt.stated.unit)[0]}/{money_parts(figure.unit)[0]}"  # type: ignore[index]
        at = f"{rate.low:.4g}" if rate.low == rate.high else f"{rate.low:.4g}–{rate.high:.4g}"
        how = f"{figure.text.strip()} at {at} {pair} ({source})"
        severity = Severity.parse(options["severity"])
        gives = f"{figure.text.strip()} converts to"
        middle = rate.middle
        found = build(ID, outcome, severity, {pair: max(middle, 1 / middle)}, stmt.stated.unit, how, gives)
        amount = next((c for c in facts.claims if c.read_line == stmt.line and c.raw == figure.text), None)
        details = {**found.details, "rate": {**rate.to_dict(), "pair": pair, "source": source}}
        if amount is not None:
            found = replace(
                found, entity=amount.entity, metric=amount.metric, period=amount.when, claims=(amount,)
            )
        yield replace(found, metric=found.metric if amount else "conversion", details=details)


RULE = Rule(
    id=ID,
    summary="Two amounts in the same breath do not agree at the article's (or the ECB's) exchange rate.",
    options=Struct({**OPTIONS.fields, "rate_window_days": int}),
    check_article=check_article,
)
