"""Finding records from disagreements: stable ids, bounded quotes and messages people can read."""

from __future__ import annotations

import hashlib
import math
import statistics
from dataclasses import dataclass, replace

from claimcheck.formatting import claim_value, qualifiers
from claimcheck.match.consensus import Agreement
from claimcheck.match.groups import Group, display_entity
from claimcheck.match.qualifiers import PLANS
from claimcheck.model import Claim, Consensus, Finding, Severity
from claimcheck.rules.base import RuleContext

# A finding quotes at most this many sides (the outlier and agreeing sources, or the sources of a
# disagreement without a consensus) and this many claims of each, however many articles agree.
QUOTED_SIDES = 4
QUOTED_CLAIMS = 3
_NAMED_SOURCES = 10

Side = tuple[str, tuple[Claim, ...]]


@dataclass(frozen=True)
class Draft:
    """A finding before its id and message: who disagrees with whom, under which period.

    ``sides`` are (voter, claims). With an ``outlier`` its side comes first, followed by a few of
    the sources that agree on ``consensus``; without one, no set of sources is largest (a tie).
    ``capped`` says the disagreement rests on undated claims set against dated ones.
    """

    period: str | None
    sides: tuple[Side, ...]
    outlier: str | None = None
    consensus: Consensus | None = None
    capped: bool = False

    @property
    def key(self) -> tuple[object, ...]:
        """Drafts with one key are one finding: one per outlying source and period (its facts
        apart from its plans, which their caveat caps)."""
        if self.outlier is not None:
            planned = all(c.basis in PLANS for c in self.sides[0][1])
            return ("outlier", self.period, self.outlier, planned)
        planned = tuple(voter for voter, claims in self.sides if all(c.basis in PLANS for c in claims))
        return ("tie", self.period, tuple(voter for voter, _ in self.sides), planned)

    def merge(self, other: Draft) -> Draft:
        """Both drafts as one finding: the outlier's claims of both, against the larger consensus."""
        capped = self.capped and other.capped
        if self.outlier is None:
            return replace(self, sides=_union(self.sides, other.sides), capped=capped)
        larger = other if _count(other) > _count(self) else self
        outlying = _union(self.sides[:1], other.sides[:1])
        return replace(larger, sides=(*outlying, *larger.sides[1:]), capped=capped)

    def quoted(self) -> tuple[Side, ...]:
        """The sides and claims a finding quotes: a bounded number, each side's in article order."""
        first, rest = (self.sides[:1], self.sides[1:]) if self.outlier else ((), self.sides)
        ordered = (*first, *sorted(rest, key=lambda side: side[0]))
        return tuple(
            (voter, tuple(sorted(found, key=_where))[:QUOTED_CLAIMS])
            for voter, found in ordered[:QUOTED_SIDES]
        )


def _count(draft: Draft) -> int:
    return draft.consensus.count if draft.consensus else 0


def _union(a: tuple[Side, ...], b: tuple[Side, ...]) -> tuple[Side, ...]:
    claims: dict[str, dict[str, Claim]] = {}
    for voter, found in (*a, *b):
        claims.setdefault(voter, {}).update({c.id: c for c in found})
    return tuple((voter, tuple(found.values())) for voter, found in claims.items())


def consensus_of(agreement: Agreement) -> Consensus:
    """The record of what agreeing sources say: the median figure, the band, how many agree."""
    claims = [c for b in agreement.ballots for c in b.claims]
    return Consensus(
        value=statistics.median(_central(c) for c in claims),
        low=agreement.low if math.isfinite(agreement.low) else None,
        high=agreement.high if math.isfinite(agreement.high) else None,
        unit=claims[0].unit,
        count=len(agreement.voters),
        sources=tuple(sorted(agreement.voters))[:_NAMED_SOURCES],
    )


def _where(c: Claim) -> tuple[str, int, int, int, str]:
    return c.source, c.page or 0, c.line, c.column, c.id


def finding_id(rule: str, entity: str, metric: str, period: str | None, parts: list[str]) -> str:
    """A content hash over what the finding is about, built from claims' meaning keys (a reformat
    keeps it) and the sources involved, so a baseline can name it."""
    key = "\x1f".join([rule, entity, metric, str(period), *sorted(parts)])
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


def _side(claims: tuple[Claim, ...], show_period: bool) -> str:
    values = []
    for c in claims:
        text = claim_value(c) + qualifiers(c) + (f" in {c.when}" if show_period and c.when else "")
        if text not in values:
            values.append(text)
    lines = ", ".join(dict.fromkeys(c.place for c in sorted(claims, key=lambda c: (c.page or 0, c.line))))
    return f"{' / '.join(values)} ({claims[0].source.rsplit('/', 1)[-1]}:{lines})"


def _message(head: str, draft: Draft, quoted: tuple[Side, ...], dated: bool) -> tuple[str, float]:
    sides = [_side(claims, dated) for _, claims in quoted]
    more = len(draft.sides) - len(quoted)
    if draft.outlier is not None and draft.consensus is not None:
        agreeing = [c for _, claims in quoted[1:] for c in claims]
        middle = statistics.median(_central(c) for c in agreeing)
        nearest = min(agreeing, key=lambda c: abs(_central(c) - middle))
        distance, size = apart(quoted[0][1][0], nearest)
        count = draft.consensus.count
        more = count - len(quoted) + 1
        others = " / ".join(sides[1:]) + (f" and {more} more" if more > 0 else "")
        against = f"{count} sources that agree, {others}" if count > 1 else others
        text = f"{head}: {sides[0]} against {against}: {distance}"
    elif len(draft.sides) == 2:
        # Two sources: how close they come (either may give several readings).
        distance, size = min((apart(x, y) for x in quoted[0][1] for y in quoted[1][1]), key=lambda d: d[1])
        text = f"{head}: {sides[0]} vs {sides[1]}: {distance}"
    else:
        # Many sources and no consensus: how far the figures spread.
        spread = sorted((c for _, claims in quoted for c in claims), key=_central)
        distance, size = apart(spread[0], spread[-1])
        listed = " vs ".join(sides) + (f" vs {more} more" if more > 0 else "")
        text = f"{head}: no consensus among {len(draft.sides)} sources: {listed}: {distance}"
    if dated:
        text += " (an undated figure set against dated ones)"
    return text, size


def finding(
    rule: str, group: Group, draft: Draft, severity: Severity, diagnosis: str | None, ctx: RuleContext
) -> Finding:
    """One finding quoting a bounded number of the draft's claims, outlier first."""
    quoted = draft.quoted()
    claims = tuple(c for _, found in quoted for c in found)
    everything = [c for _, found in draft.sides for c in found]
    entity = display_entity(everything, group.entity)
    head = f"{entity} {ctx.labels.get(group.metric, group.metric)}" + (
        f" in {draft.period}" if draft.period else ""
    )
    dated = draft.period is None and any(c.when for c in claims)
    message, size = _message(head, draft, quoted, dated)
    if draft.outlier is not None:
        outlying = [c for c in draft.sides[0][1]]
        parts = ["outlier", *sorted({c.source for c in outlying}), *(c.key for c in outlying)]
    else:
        parts = [f"{c.source}\x1e{c.key}" for c in everything]
    outliers = tuple(sorted({c.source for c in draft.sides[0][1]})) if draft.outlier else ()
    return Finding(
        id=finding_id(rule, entity, group.metric, draft.period, parts),
        rule=rule,
        severity=severity,
        entity=entity,
        metric=group.metric,
        period=draft.period,
        message=message,
        claims=claims,
        diagnosis=diagnosis,
        details={
            "apart": round(size, 6),
            "sources": [voter for voter, _ in quoted],
            "sides": len(draft.sides),
        },
        consensus=draft.consensus,
        outliers=outliers,
    )
