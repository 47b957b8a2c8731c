"""Conversions in the same breath, recomputed at the article's stated rate, else the ECB's.

``$80 billion (roughly 580 trillion yuan)``: the first amount converted into the
second's currency must meet the second, within the tolerance. Without a rate
the article states (or one fixed in the config), the ECB rate is read over a
window before the article's date (``rate_window_days``): a writer converts at
a rate they know, which lags the day's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimcheck.arithmetic.evaluate import Computed, Outcome, tolerance
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.intervals import Interval
from claimcheck.arithmetic.tie import Input
from claimcheck.extract.derived_conversions import money_parts
from claimcheck.extract.derived_model import Derived
from claimcheck.quantities.rates import MissingRate, Rates, rate_range


def per_usd(currency: str, facts: ArticleFacts, rates: Rates, window: int) -> tuple[Interval, str]:
    """A currency's rate per US dollar as an interval, and where it comes from."""
    if currency == "USD":
        return Interval.point(1.0), "USD"
    if currency in facts.rates:
        return Interval.point(facts.rates[currency]), "stated in the article"
    on = rates.date_for(facts.date)
    low, high = rate_range(rates, currency, on, window)
    if low == high:
        return Interval.point(low), rates.source(currency, on)
    when = on.isoformat() if isinstance(on, dt.date) else "the latest date"
    return Interval(low, high), f"ECB, the {window} days to {when}"


def evaluate_conversion(
    stmt: Derived, facts: ArticleFacts, options: dict[str, Any], rates: Rates
) -> tuple[Outcome, Interval | None, str]:
    """The outcome of one conversion, the rate it was checked at (units of the second currency per
    unit of the first, an interval over the rate window) and that rate's source."""
    relative, absolute = tolerance(options, stmt)
    allowed = stmt.stated.interval.widen(relative, absolute)
    figure = stmt.operands[0].figure
    first, second = money_parts(figure.unit if figure else None), money_parts(stmt.stated.unit)
    if figure is None or first is None or second is None:
        return Outcome(stmt, allowed, untied="not two amounts of money"), None, ""
    try:
        to_usd, source_a = per_usd(first[0], facts, rates, int(options["rate_window_days"]))
        from_usd, source_b = per_usd(second[0], facts, rates, int(options["rate_window_days"]))
    except MissingRate:
        return Outcome(stmt, allowed, untied=f"no exchange rate for {first[0]} or {second[0]}"), None, ""
    rate = from_usd / to_usd
    # The restated amount restates the figure itself: "below $50 billion (roughly ...)" is $50 billion.
    amount = Interval.of(figure.value, figure.value, figure.precision)
    reading = Computed(amount * rate, (Input(amount, figure.text, figure.unit),))
    source = source_b if second[0] != "USD" else source_a
    return Outcome(stmt, allowed, (reading,)), rate, source
