"""Claims to groups: what may be compared with what.

A group holds every claim about one entity (or model family) and metric.
Within it, two claims are comparable when nothing says they are about
different things: explicit periods must be equal (an undated claim is
compared with any; an undated figure its article gives with a date elsewhere
is compared under that date), explicit variants must be equal (``GLM-4 (Dense)`` is
never compared with ``GLM-4 (MoE)``; plain ``GLM-4`` is compared with
either), two members of a family are never compared, and an input price is
never compared with an output price.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from claimcheck.entities.spellings import same_organisation
from claimcheck.match.slices import periods_meet
from claimcheck.model import Claim


@dataclass(frozen=True)
class Group:
    """Claims about one entity (or family) and metric."""

    entity: str
    metric: str
    claims: tuple[Claim, ...]


def group(claims: list[Claim], family_of: dict[str, str]) -> list[Group]:
    """Claims grouped by entity (a family member under its family, a longer spelling of an
    organisation under its shorter one) and metric."""
    spelled = same_organisation({c.entity for c in claims})
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        entity = spelled.get(claim.entity, claim.entity)
        buckets[(family_of.get(entity, entity), claim.metric)].append(claim)
    return [Group(entity, metric, tuple(found)) for (entity, metric), found in sorted(buckets.items())]


def _same_or_open(a: str | None, b: str | None, open_value: str | None = None) -> bool:
    return a == b or a in (None, open_value) or b in (None, open_value)


def comparable(a: Claim, b: Claim, family_of: dict[str, str]) -> bool:
    """Whether two claims of a group may be about the same thing."""
    member_a = a.entity if a.entity in family_of else None
    member_b = b.entity if b.entity in family_of else None
    return (
        periods_meet(a.when, b.when)
        and _same_or_open(a.variant, b.variant)
        and _same_or_open(member_a, member_b)
        and _same_or_open(a.price_kind, b.price_kind, "unspecified")
        and not _day_against_span(a, b)
    )


def _day_against_span(a: Claim, b: Claim) -> bool:
    """``Shares rose 5.1% in Copenhagen`` (that day's move) beside ``have gained 12% this year``
    (the move over a period): two different moves, whatever the figures."""

    def on_a_day(c: Claim) -> bool:
        return c.change is not None and c.as_of is not None and c.when is None

    return (on_a_day(a) and b.when is not None) or (on_a_day(b) and a.when is not None)


def display_entity(claims: tuple[Claim, ...] | list[Claim], group_entity: str) -> str:
    """The most specific name for a set of claims: a family member if all agree on one."""
    names = {c.entity for c in claims} - {group_entity}
    return names.pop() if len(names) == 1 else group_entity
