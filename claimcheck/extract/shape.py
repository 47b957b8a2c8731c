"""One sentence's figures, metric words, clauses and periods, and what they say of each figure.

The period of a figure is the nearest one in its clause; a moving figure (a valuation, a price)
also takes the date nearest it there (``in May``, ``as of March 2025``) as its as-of date. The
segment is the part named with its metric word (``cloud revenue``, ``revenue from China``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.extract import qualifiers
from claimcheck.extract.clauses import Clauses
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.periods import Period
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit
from claimcheck.vocabulary import Hit

_TARGET_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_NO_SEGMENT = ("valuation", "funding", "market_size", "price_per_mtok", "growth_rate")


@dataclass(frozen=True)
class Shape:
    """What one sentence holds, for reading its figures."""

    text: str
    quantities: list[Quantity]
    hits: list[Hit]
    clauses: Clauses
    periods: list[Period]

    def period_of(self, q: Quantity, clause: int, moving: bool) -> tuple[str | None, bool, str | None]:
        """(period, whether it is a target date such as ``by 2028``, as-of date for a moving figure)."""
        near = [p for p in self.periods if self.clauses.of(p.start) == clause]
        flows = [p for p in near if p.period]
        period, target = None, False
        if flows:
            p = min(flows, key=lambda p: _distance(p, q))
            period = p.period
            target = bool(_TARGET_YEAR.search(self.text, 0, p.start)) and p.start > q.end
        as_of = None
        if moving:
            dated = [p for p in near if p.date or p.kind == "year"]
            if dated:
                p = min(dated, key=lambda p: _distance(p, q))
                as_of = p.date or p.period
        return period, target, as_of

    def segment(self, q: Quantity, choice: MetricChoice) -> str | None:
        """The part of the entity the figure is about, named with its metric word."""
        if choice.hit is None or choice.metric in _NO_SEGMENT:
            return None
        hit = choice.hit
        start = self.clauses.start_of(self.clauses.of(hit.start))
        before = qualifiers.segment_before(self.text[max(start, hit.start - 40) : hit.start])
        return before or qualifiers.segment_after(self.text[hit.end : hit.end + 50])


def _distance(p: Period, q: Quantity) -> int:
    return min(abs(p.start - q.end), abs(q.start - p.end))


def attach(q: Quantity, choice: MetricChoice) -> Quantity:
    """The figure as its metric reads it: a change's sign, a sibling price's per-token unit."""
    if choice.sign != 1.0:
        q = replace(
            q,
            value=-q.value,
            low=None if q.high is None else -q.high,
            high=None if q.low is None else -q.low,
        )
    sibling = choice.sibling
    if sibling is not None and is_price_unit(sibling.unit) and q.unit in ISO_CODES:
        q = replace(q, unit=f"{q.unit}/{(sibling.unit or '').split('/')[1]}")
    return q
