"""Finding records from conflicting claims: stable ids and messages people can read."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Protocol

from claimcheck.formatting import claim_value, qualifiers
from claimcheck.match.groups import Group, display_entity
from claimcheck.model import Claim, Finding, Severity
from claimcheck.rules.base import RuleContext


class ConflictLike(Protocol):
    """What a rule found: a claim and the other source's claims it disagrees with."""

    @property
    def claim(self) -> Claim: ...

    @property
    def others(self) -> tuple[Claim, ...]: ...


def finding_id(rule: str, entity: str, metric: str, period: str | None, claims: list[Claim]) -> str:
    """The finding's fingerprint: a hash of what it is about and of its claims' meaning keys.

    Built from each claim's source and key, never its line or wording, so a reformat
    (``$150 billion`` to ``US$150bn``), a reworded sentence or a moved paragraph keeps the id,
    and the baseline and ``--changed-since`` compare findings by it.
    """
    keys = sorted({f"{c.source}\x1e{c.key}" for c in claims})
    key = "\x1f".join([rule, entity, metric, str(period), *keys])
    return "f-" + hashlib.sha1(key.encode()).hexdigest()[:8]


def _central(c: Claim) -> float:
    return next((v for v in (c.value, c.low, c.high) if v is not None), 0.0)


def apart(a: Claim, b: Claim) -> tuple[str, float]:
    """How far apart two figures are: a ratio, or a difference for points and percentages."""
    va, vb = _central(a), _central(b)
    if a.unit in ("points", "%"):
        diff = abs(va - vb)
        return f"{diff:.3g} {'points' if a.unit == 'points' else 'percentage points'} apart", diff
    if va > 0 and vb > 0:
        ratio = max(va, vb) / min(va, vb)
        return (f"{ratio:.3g}x apart" if ratio >= 1.5 else f"{(ratio - 1) * 100:.0f}% apart"), ratio
    return "apart", 0.0


def _side(claims: list[Claim], show_period: bool) -> str:
    values = []
    for c in claims:
        text = claim_value(c) + qualifiers(c) + (f" in {c.when}" if show_period and c.when else "")
        if text not in values:
            values.append(text)
    lines = ", ".join(dict.fromkeys(c.place for c in sorted(claims, key=lambda c: (c.page or 0, c.line))))
    return f"{' / '.join(values)} ({claims[0].source.rsplit('/', 1)[-1]}:{lines})"


def finding(
    rule: str,
    group: Group,
    period: str | None,
    conflicts: list[ConflictLike],
    severity: Severity,
    diagnosis: str | None,
    ctx: RuleContext,
) -> Finding:
    """One finding naming every claim the conflicts involve."""
    involved: dict[str, Claim] = {}
    for conflict in conflicts:
        for c in (conflict.claim, *conflict.others):
            involved[c.id] = c
    claims = sorted(involved.values(), key=lambda c: (c.source, c.page or 0, c.line, c.column))
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    entity = display_entity(claims, group.entity)
    head = f"{entity} {ctx.labels.get(group.metric, group.metric)}" + (f" in {period}" if period else "")
    dated = period is None and any(c.when for c in claims)
    sides = " vs ".join(_side(found, dated) for found in by_source.values())
    distance, size = apart(conflicts[0].claim, conflicts[0].others[0])
    message = f"{head}: {sides}: {distance}"
    if dated:
        message += " (an undated figure set against dated ones)"
    return Finding(
        id=finding_id(rule, entity, group.metric, period, claims),
        rule=rule,
        severity=severity,
        entity=entity,
        metric=group.metric,
        period=period,
        message=message,
        claims=tuple(claims),
        diagnosis=diagnosis,
        details={"apart": round(size, 6), "sources": list(by_source)},
    )
