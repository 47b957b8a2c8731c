"""What every rule shares: its record, its context, and how claims become intervals.

Every claim is an interval: its stated bounds (``40k+`` has no upper end), its
stated precision (``4.2bn`` is 4.15–4.25bn), then widened by the rule's
tolerance for the metric, multiplied by the largest factor of the claim's
hedges, plus the exchange-rate uncertainty when the figure was converted.
Two claims contradict when their widened intervals do not overlap.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from claimcheck.match.groups import Group
from claimcheck.model import Claim, Comparison, Finding, Unreadable
from claimcheck.quantities.rates import Rates
from claimcheck.quantities.units import currencies_in
from claimcheck.schema import Choice, MapOf, Num, Struct

if TYPE_CHECKING:
    from claimcheck.arithmetic.facts import ArticleFacts
    from claimcheck.arithmetic.findings import Coverage

SEVERITY = Choice(("error", "warning", "info"))
# A negative tolerance or hedge factor would narrow intervals below what the text states.
TOLERANCE = Struct({"relative": Num(0), "absolute": Num(0)})
COMMON_OPTIONS = {
    "severity": SEVERITY,
    "tolerance": MapOf(TOLERANCE),
    "hedge_factors": MapOf(Num(0)),
}


@dataclass
class RuleContext:
    """What a rule may read besides its input; ``compared`` counts the pairs of claims compared,
    ``comparisons`` keeps what each comparison saw (for reports that draw it), and ``coverage`` the
    derived statements the in-article rules found, recomputed or could not tie."""

    family_of: dict[str, str]
    labels: dict[str, str]
    fx_uncertainty: float
    compared: int = 0
    unreadable: tuple[Unreadable, ...] = ()
    comparisons: list[Comparison] = field(default_factory=list)
    org_of: dict[str, str] = field(default_factory=dict)
    rates: Rates = field(default_factory=Rates)
    coverage: Coverage | None = None


GroupCheck = Callable[[list[Group], dict[str, Any], RuleContext], Iterable[Finding]]
ArticleCheck = Callable[["ArticleFacts", dict[str, Any], RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """One rule: an id, an options schema with defaults in rules/defaults.yaml, and a check:
    ``check`` over groups of claims across articles, or ``check_article`` over one article's facts."""

    id: str
    summary: str
    options: Struct
    check: GroupCheck | None = None
    check_article: ArticleCheck | None = None


Interval = tuple[float, float]


def tolerance(options: dict[str, Any], metric: str, unit: str | None = None) -> tuple[float, float]:
    """(relative, absolute) tolerance for a metric: its own entry, else its kind's (``score``,
    ``percent``, ``money``, ``price``, ``count``, read from the unit, so a metric the vocabulary
    does not name is compared as its kind is), else ``default``."""
    table = options.get("tolerance", {})
    kind = table.get(kind_of(unit), {}) if metric not in table else {}
    merged = {"relative": 0.0, "absolute": 0.0, **table.get("default", {}), **kind, **table.get(metric, {})}
    return merged["relative"], merged["absolute"]


def kind_of(unit: str | None) -> str:
    """The kind of value a canonical unit holds."""
    if unit == "points":
        return "score"
    if unit in ("%", "pp"):
        return "percent"
    if unit and "/" in unit:
        return "price"
    if currencies_in(unit):
        return "money"
    return "count"


def converted(claim: Claim) -> bool:
    """Whether the figure was stated in another currency than the canonical one."""
    stated = currencies_in(claim.stated.unit)
    return bool(stated) and stated != currencies_in(claim.unit)


def as_the_article_converts(claim: Claim) -> Claim:
    """``Rs 2,100 crore ($242 mln)``: a figure the article itself gives in the canonical currency
    is the one it claims there, with no exchange-rate allowance (the rate it used is checked by
    the conversion rule, not guessed at here)."""
    if not converted(claim):
        return claim
    own = next((r for r in claim.restated if r.unit == claim.unit), None)
    if own is None:
        return claim
    return replace(claim, value=own.value, low=own.low, high=own.high, precision=own.precision, stated=own)


def _converted_alike(claims: list[Claim]) -> list[Claim]:
    """``Lanternfish raises Rs 2,100 crore`` in a headline whose story gives ``Rs 2,100 crore
    ($242 mln)``: the article's repeat of a figure it converted itself is converted alike."""
    own = {
        (c.source, c.stated.unit, c.stated.value): r
        for c in claims
        if converted(c)
        for r in c.restated
        if r.unit == c.unit
    }
    return [
        replace(c, restated=(mine,))
        if not c.restated and (mine := own.get((c.source, c.stated.unit, c.stated.value)))
        else c
        for c in claims
    ]


@dataclass(frozen=True)
class Widening:
    """How far a claim's interval is widened: the metric's tolerance (relative and absolute),
    multiplied by the largest factor of its hedges, plus the exchange-rate allowance."""

    relative: float
    absolute: float
    factor: float
    fx: float

    @property
    def total_relative(self) -> float:
        return self.relative * self.factor + self.fx


def widening(claim: Claim, options: dict[str, Any], ctx: RuleContext) -> Widening:
    """The widening a rule's options give a claim."""
    relative, absolute = tolerance(options, claim.metric, claim.unit)
    factors = options.get("hedge_factors", {})
    factor = max([1.0] + [factors.get(h, 1.0) for h in claim.hedges])
    return Widening(relative, absolute, factor, ctx.fx_uncertainty if converted(claim) else 0.0)


def stated_interval(claim: Claim) -> Interval:
    """The claim's bounds widened by its precision as written (``4.2bn`` is 4.15–4.25bn)."""
    low = -math.inf if claim.low is None else claim.low - claim.precision
    high = math.inf if claim.high is None else claim.high * _binary_k(claim) + claim.precision
    return low, high


def _binary_k(claim: Claim) -> float:
    """``128K`` tokens is as often 128 × 1,024 (131,072) as 128,000: a token count written in K at
    a power of two may be either."""
    k = (claim.high or 0) / 1000
    binary = claim.unit == "tokens" and claim.stated.scale == "K" and k >= 2 and k.is_integer()
    return 1.024 if binary and int(k) & (int(k) - 1) == 0 else 1.0


def intervals(claims: Iterable[Claim], options: dict[str, Any], ctx: RuleContext) -> list[Interval]:
    """Each claim's interval. Claims all written in one other currency and unit compare in it
    (``¥1.02 billion`` against ``¥1.2 billion``): at one rate, with no exchange-rate allowance,
    since no conversion stands between them."""
    claims = _converted_alike(list(claims))
    units = {c.stated.unit for c in claims}
    if len(units) != 1 or not all(converted(c) and c.stated.value and c.value for c in claims):
        return [interval(c, options, ctx) for c in claims]
    strict = replace(ctx, fx_uncertainty=0.0)
    rate = claims[0].value / claims[0].stated.value
    out = []
    for c in claims:
        low, high = _widened(c, options, strict)
        factor = rate / (c.value / c.stated.value)
        out.append((low * factor, high * factor))
    return out


def interval(claim: Claim, options: dict[str, Any], ctx: RuleContext) -> Interval:
    """The claim's interval, widened by precision, tolerance, hedges and currency conversion."""
    return _widened(as_the_article_converts(claim), options, ctx)


def _widened(claim: Claim, options: dict[str, Any], ctx: RuleContext) -> Interval:
    w = widening(claim, options, ctx)
    low, high = stated_interval(claim)
    if math.isfinite(low):
        low -= abs(low) * w.total_relative + w.absolute * w.factor
    if math.isfinite(high):
        high += abs(high) * w.total_relative + w.absolute * w.factor
    return low, high


def overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a point."""
    return a[0] <= b[1] and b[0] <= a[1]


def hull(intervals: Iterable[Interval]) -> Interval:
    """The smallest interval containing all of them."""
    found = list(intervals)
    return min(i[0] for i in found), max(i[1] for i in found)
