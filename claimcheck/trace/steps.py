"""A claim's way from the text to the value compared, one step at a time.

As written (and where: a sentence, or a table cell under its headers), read
alone, the metric and who named it, the unit and scale and where they came
from, the currency conversion with its rate, source and date, the interval the
digits as written allow, the tolerance the rule adds, and the interval compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from claimcheck.extract.dateline import article_day
from claimcheck.formatting import amount
from claimcheck.formatting import interval as interval_text
from claimcheck.formatting import stated as stated_text
from claimcheck.model import Claim
from claimcheck.quantities import parse
from claimcheck.quantities.rates import Rates
from claimcheck.quantities.units import currencies_in
from claimcheck.rules.base import RuleContext, converted, interval, stated_interval, widening
from claimcheck.trace.origin import Article, Origin
from claimcheck.vocabulary import Vocabulary


@dataclass(frozen=True)
class Step:
    """One step: what it is, and what happened."""

    label: str
    text: str


@dataclass(frozen=True)
class ClaimTrace:
    """A claim, where it stands, the figure's place in its quote, and each step to the compared interval."""

    claim: Claim
    origin: Origin
    span: tuple[int, int] | None
    steps: tuple[Step, ...]
    compared: tuple[float, float]


@dataclass(frozen=True)
class Setting:
    """What the steps read besides the claim: the rule's options, its context, rates and vocabulary."""

    options: dict[str, Any]
    ctx: RuleContext
    rates: Rates
    vocab: Vocabulary


def span_text(low: float, high: float, unit: str) -> str:
    """An interval for people: ``$969B–$1.07T``, ``≥38K``, ``≤128K``."""
    if not math.isfinite(low) and not math.isfinite(high):
        return "any value"
    if not math.isfinite(high):
        return f"≥{amount(low, unit)}"
    if not math.isfinite(low):
        return f"≤{amount(high, unit)}"
    return f"{amount(low, unit)}–{amount(high, unit)}"


def trace(claim: Claim, article: Article | None, setting: Setting) -> ClaimTrace:
    """Every step from the claim's text to the interval the rule compares."""
    origin = article.origin(claim) if article else Origin("unknown")
    steps = [
        Step("as written", _written(claim, origin)),
        Step("read alone", _alone(claim)),
        Step("metric", _metric(claim, origin, setting.vocab)),
        Step("unit and scale", _unit(claim, origin)),
        Step("conversion", _conversion(claim, article, setting.rates)),
        Step("as written allows", _precision(claim)),
        Step("tolerance", _tolerance(claim, setting)),
    ]
    low, high = interval(claim, setting.options, setting.ctx)
    steps.append(Step("compared as", span_text(low, high, claim.unit)))
    steps += [Step("note", n) for n in claim.notes if not _is_rate_note(n)]
    if claim.status != "unreviewed" or claim.note:
        steps.append(Step("review", _review(claim)))
    span = article.span(claim) if article else None
    return ClaimTrace(claim, origin, span, tuple(steps), (low, high))


def _written(claim: Claim, origin: Origin) -> str:
    where = f"{claim.source}:{claim.line}:{claim.column}"
    text = f"“{claim.raw}” at {where}, in a {origin.kind}"
    if origin.in_table:
        text += f" (column “{origin.column}”" + (f", row “{origin.row}”)" if origin.row else ")")
    return text


def _alone(claim: Claim) -> str:
    found = parse(claim.raw)
    if not found:
        return "no number on its own: read from its context"
    q = found[0]
    parts = [interval_text(q.value, q.low, q.high, q.unit)]
    if q.scale:
        parts.append(f"scale “{q.scale}”")
    parts.append(f"unit {q.unit}" if q.unit else "no unit")
    if q.hedges:
        parts.append("hedged: " + ", ".join(q.hedges))
    return ", ".join(parts)


def _metric(claim: Claim, origin: Origin, vocab: Vocabulary) -> str:
    metric = vocab.metrics.get(claim.metric)
    label = metric.label if metric else claim.metric
    about = claim.entity + (f" ({claim.variant})" if claim.variant else "")
    when = claim.period or (f"{claim.inferred_period} (inferred)" if claim.inferred_period else "no period")
    kind = f", {claim.price_kind} price" if claim.price_kind else ""
    text = f"{label} ({claim.metric}) of {about}, {when}{kind}"
    for place, words in (
        ("column header", origin.column),
        ("row label", origin.row),
        ("sentence", claim.quote),
    ):
        hits = [h.word for h in vocab.hits(words or "") if claim.metric in h.metrics]
        if hits:
            return f"{text}; named by the {place}: “{hits[0]}”"
    return text


def _unit(claim: Claim, origin: Origin) -> str:
    s = claim.stated
    found = parse(claim.raw)
    alone = found[0] if found else None
    figure = stated_text(s)
    if alone is not None and alone.unit == s.unit and (alone.scale or None) == (s.scale or None):
        return f"{figure}: unit and scale as written in the figure"
    given = ", ".join(
        part for part in (f"scale {s.scale}" if s.scale else "", f"unit {s.unit}" if s.unit else "") if part
    )
    if origin.in_table:
        headers = f"column “{origin.column}”" + (f", row “{origin.row}”" if origin.row else "")
        return f"{figure}: {given or 'no unit'} from the table's headers ({headers})"
    return f"{figure}: {given or 'no unit'} from the sentence"


def _conversion(claim: Claim, article: Article | None, rates: Rates) -> str:
    if not converted(claim):
        return f"none: stated in {claim.unit}"
    on = rates.date_for(article_day(article.text) if article else None)
    legs = [
        f"{code} {rates.per_usd(code, on):.4g} per USD ({rates.source(code, on)})"
        for code in currencies_in(claim.stated.unit)
        if code != "USD"
    ]
    canonical = interval_text(claim.value, claim.low, claim.high, claim.unit)
    text = f"{stated_text(claim.stated)} at {' and '.join(legs)} = {canonical}"
    recorded = [n for n in claim.notes if _is_rate_note(n)]
    if recorded and set(recorded) != set(legs):
        text += f" (read at extraction: {'; '.join(recorded)})"
    return text


def _is_rate_note(note: str) -> bool:
    return " per USD (" in note


def _precision(claim: Claim) -> str:
    low, high = stated_interval(claim)
    if claim.precision:
        return f"{span_text(low, high, claim.unit)} (±{amount(claim.precision, claim.unit)} from the digits)"
    return span_text(low, high, claim.unit) + " (exact as written)"


def _tolerance(claim: Claim, setting: Setting) -> str:
    w = widening(claim, setting.options, setting.ctx)
    parts = []
    if w.relative:
        parts.append(f"±{w.relative * 100:g}% for {claim.metric}")
    if w.absolute:
        parts.append(f"±{amount(w.absolute, claim.unit)} for {claim.metric}")
    if w.factor != 1.0:
        hedged = ", ".join(claim.hedges)
        parts.append(f"×{w.factor:g} for a hedged figure ({hedged})")
    if w.fx:
        parts.append(f"±{w.fx * 100:g}% exchange-rate allowance for a converted figure")
    return "; ".join(parts) if parts else "none"


def _review(claim: Claim) -> str:
    parts = [claim.status]
    if claim.reviewed_by:
        parts.append(f"by {claim.reviewed_by}" + (f" at {claim.reviewed_at}" if claim.reviewed_at else ""))
    if claim.note:
        parts.append(f"“{claim.note}”")
    return " ".join(parts)
