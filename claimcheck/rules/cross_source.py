"""cross-source-mismatch: two articles state figures for the same entity, metric
and period that cannot both be true.

For each pair of sources, each claim is checked against every reading of the
other source: each comparable claim, and, for a price of unspecified kind,
the span between that source's input and output prices (a blended price).
A claim consistent with some reading is explained (``GLM-4`` may mean the
dense variant; an undated figure may mean another year) and so is any
conflict that rests only on explained claims. Undated claims are compared
with each period of the other source separately.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.match.diagnosis import diagnose
from claimcheck.match.groups import Group, comparable
from claimcheck.model import Claim, Finding, Severity
from claimcheck.rules import messages
from claimcheck.rules.base import (
    COMMON_OPTIONS,
    SEVERITY,
    Interval,
    Rule,
    RuleContext,
    hull,
    interval,
    overlap,
)
from claimcheck.schema import Struct

ID = "cross-source-mismatch"


@dataclass(frozen=True)
class Conflict:
    """A claim no reading of another source's claims (for one period) agrees with."""

    claim: Claim
    others: tuple[Claim, ...]
    period: str | None
    undated: bool
    ambiguous_kind: bool


def _readings(x: Claim, others: list[Claim], options: dict[str, Any], ctx: RuleContext) -> list[Interval]:
    found = [interval(y, options, ctx) for y in others]
    inputs = [interval(y, options, ctx) for y in others if y.price_kind in ("input", "output")]
    kinds = {y.price_kind for y in others}
    if x.price_kind == "unspecified" and {"input", "output"} <= kinds:
        found.append(hull(inputs))
    return found


def _against(x: Claim, theirs: list[Claim], options: dict[str, Any], ctx: RuleContext) -> Iterator[Conflict]:
    """``x`` against one source's claims, one period bucket at a time."""
    buckets: dict[str | None, list[Claim]] = defaultdict(list)
    for y in theirs:
        if comparable(x, y, ctx.family_of):
            buckets[y.when].append(y)
    own = interval(x, options, ctx)
    for period, others in buckets.items():
        if any(overlap(own, r) for r in _readings(x, others, options, ctx)):
            continue
        undated = (x.when is None) != (period is None)
        kinds = {x.price_kind} | {y.price_kind for y in others}
        yield Conflict(
            x,
            tuple(others),
            x.when or period if not undated else None,
            undated,
            "unspecified" in kinds and len(kinds) > 1,
        )


def _pair(a: list[Claim], b: list[Claim], options: dict[str, Any], ctx: RuleContext) -> list[Conflict]:
    ctx.compared += sum(comparable(x, y, ctx.family_of) for x in a for y in b)
    conflicts = [c for x in a for c in _against(x, b, options, ctx)]
    conflicts += [c for y in b for c in _against(y, a, options, ctx)]
    unexplained = {c.claim.id for c in conflicts}
    # A conflict resting only on claims that agree with some reading of this side is explained.
    return [c for c in conflicts if any(o.id in unexplained for o in c.others)]


def check(groups: list[Group], options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """Findings for every pair of sources disagreeing on an entity, metric and period."""
    for group in groups:
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in group.claims:
            by_source[claim.source].append(claim)
        sources = sorted(by_source)
        for i, first in enumerate(sources):
            for second in sources[i + 1 :]:
                conflicts = _pair(by_source[first], by_source[second], options, ctx)
                yield from _findings(group, conflicts, by_source, options, ctx)


def _findings(
    group: Group,
    conflicts: list[Conflict],
    by_source: dict[str, list[Claim]],
    options: dict[str, Any],
    ctx: RuleContext,
) -> Iterator[Finding]:
    by_period: dict[str | None, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        by_period[conflict.period].append(conflict)
    for period, found in by_period.items():
        severity = Severity.parse(options["severity"])
        if all(c.undated for c in found):
            severity = min(severity, Severity.parse(options["undated_severity"]))
        if all(c.ambiguous_kind for c in found):
            severity = min(severity, Severity.parse(options["ambiguous_price_severity"]))
        yield messages.finding(
            ID, group, period, found, severity, _diagnosis(found, by_source, options, ctx), ctx
        )


def _diagnosis(
    found: list[Conflict], by_source: dict[str, list[Claim]], options: dict[str, Any], ctx: RuleContext
) -> str | None:
    for conflict in found:
        for other in conflict.others:
            cause = diagnose(conflict.claim, other)
            if cause:
                return cause
    for conflict in found:
        shift = _year_shift(conflict, by_source, options, ctx)
        if shift:
            return shift
    return None


def _year_shift(
    conflict: Conflict, by_source: dict[str, list[Claim]], options: dict[str, Any], ctx: RuleContext
) -> str | None:
    """The figure is, to its stated precision (no exchange-rate allowance), the other article's figure
    for another year."""
    x = conflict.claim
    if conflict.undated or not x.when:
        return None
    exact = {**options, "tolerance": {"default": {"relative": 0.01, "absolute": 0.0}}, "hedge_factors": {}}
    strict = replace(ctx, fx_uncertainty=0.0)
    own = interval(x, exact, strict)
    for y in by_source[conflict.others[0].source]:
        if (
            y.when
            and y.when != x.when
            and y.variant == x.variant
            and overlap(own, interval(y, exact, strict))
        ):
            where = y.location
            return f"year shift: {x.location}'s {x.when} figure is close to {where}'s figure for {y.when}"
    return None


RULE = Rule(
    id=ID,
    summary="Two articles give figures for the same entity, metric and period that cannot both be true.",
    options=Struct({**COMMON_OPTIONS, "undated_severity": SEVERITY, "ambiguous_price_severity": SEVERITY}),
    check=check,
)
