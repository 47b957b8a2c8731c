"""Figures that move, dated further apart than their metric's window: a change over time.

A valuation of $24B in May and one of $50B in December are not a contradiction but a story;
``cross-source-mismatch`` does not compare them and reports them here instead, as one finding
per entity, metric and kind of figure with the dated values in order (at ``over_time_severity``,
info by default): "$24B as of 2024-05 (a.txt:3) → $50B as of 2024-12 (b.txt:7)".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from claimcheck.formatting import claim_value, qualifiers
from claimcheck.match.groups import Group, comparable, display_entity
from claimcheck.match.qualifiers import apart, days_apart
from claimcheck.model import Claim, Finding, Severity
from claimcheck.rules.base import RuleContext, interval, overlap
from claimcheck.rules.messages import finding_id

_NO_WINDOW = {"default": float("inf")}


def changes(group: Group, options: dict[str, Any], ctx: RuleContext, rule: str) -> Iterator[Finding]:
    """One finding per run of dated figures of one kind that changed beyond the window."""
    kinds: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in group.claims:
        if c.as_of:
            kinds[(c.variant, c.price_kind, c.segment, c.basis, c.setting, c.of, c.change)].append(c)
    for claims in kinds.values():
        moved = _moved(claims, options, ctx)
        if moved:
            yield _finding(group, moved, options, ctx, rule)


def _moved(claims: list[Claim], options: dict[str, Any], ctx: RuleContext) -> list[Claim]:
    """The claims of pairs from different sources dated beyond the window whose figures differ."""
    windows = options["window_days"]
    out: dict[str, Claim] = {}
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.source == b.source or not comparable(a, b, ctx.family_of):
                continue
            if apart(a, b, _NO_WINDOW) is not None or apart(a, b, windows) is None:
                continue  # different things, or close enough in time to be compared as a clash
            if not overlap(interval(a, options, ctx), interval(b, options, ctx)):
                out.update({a.id: a, b.id: b})
    return sorted(out.values(), key=lambda c: (c.as_of or "", c.source, c.line))


def _finding(
    group: Group, moved: list[Claim], options: dict[str, Any], ctx: RuleContext, rule: str
) -> Finding:
    entity = display_entity(moved, group.entity)
    label = ctx.labels.get(group.metric, group.metric)
    steps = list(
        dict.fromkeys(f"{claim_value(c)}{qualifiers(c)} as of {c.as_of} ({_source(c)})" for c in moved)
    )
    span = days_apart(moved[0].as_of, moved[-1].as_of)
    message = f"{entity} {label} changed over time: {' → '.join(steps)}"
    parts = [f"{c.source}\x1e{c.key}" for c in moved]
    return Finding(
        id=finding_id(rule, entity, group.metric, "over-time", parts),
        rule=rule,
        severity=Severity.parse(options["over_time_severity"]),
        entity=entity,
        metric=group.metric,
        period=None,
        message=message,
        claims=tuple(moved),
        details={"over_time": True, "days": span, "sources": sorted({c.source for c in moved})},
    )


def _source(c: Claim) -> str:
    return c.source.rsplit("/", 1)[-1]
