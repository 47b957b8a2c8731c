"""A group's claims cut into what is compared together.

A slice is one period: its dated claims and every undated claim (an undated
figure is compared with each period separately), plus one slice of the undated
claims alone. Within a slice, a context is a largest set of claims that
``comparable`` says may all be about the same thing (``GLM-4`` with
``GLM-4 (Dense)``, or with ``GLM-4 (MoE)``, never both variants at once).

``comparable`` decides every question of comparability; it is asked once per
pair of distinct descriptions (a claim's fields other than where it stands and
what figure it gives), not once per pair of claims, so a group of thousands of
claims asks it a few dozen times.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from claimcheck.match.consensus import cliques
from claimcheck.model import Claim

# Where a claim stands and what figure it gives; every other field describes what it is about.
_NOT_DESCRIBING = frozenset(
    {
        "id",
        "source",
        "line",
        "column",
        "page",
        "read_at",
        "quote",
        "raw",
        "value",
        "low",
        "high",
        "precision",
        "stated",
        "restated",
        "notes",
        "status",
        "note",
        "reviewed_by",
        "reviewed_at",
    }
)
_DESCRIBING = tuple(f.name for f in fields(Claim) if f.name not in _NOT_DESCRIBING)
Description = tuple[object, ...]


def description(claim: Claim) -> Description:
    """What a claim is about, without where it stands or what figure it gives."""
    return tuple(getattr(claim, name) for name in _DESCRIBING)


@dataclass(frozen=True)
class Slice:
    """The claims compared under one period (None: the undated claims among themselves)."""

    period: str | None
    claims: tuple[Claim, ...]


def slices(claims: Iterable[Claim]) -> list[Slice]:
    """One slice per explicit period with every undated claim in it, then the undated claims alone."""
    dated: dict[str, list[Claim]] = defaultdict(list)
    undated: list[Claim] = []
    for claim in claims:
        if claim.when:
            dated[claim.when].append(claim)
        else:
            undated.append(claim)
    out = [Slice(period, (*dated[period], *undated)) for period in sorted(dated)]
    if undated:
        out.append(Slice(None, tuple(undated)))
    return out


class Comparability:
    """``comparable`` asked once per pair of descriptions, and what follows from its answers."""

    def __init__(self, comparable: Callable[[Claim, Claim], object]) -> None:
        self._comparable = comparable
        self._answers: dict[tuple[Description, Description], bool] = {}

    def __call__(self, a: Claim, b: Claim) -> bool:
        key = (description(a), description(b))
        if key not in self._answers:
            self._answers[key] = bool(self._comparable(a, b))
        return self._answers[key]

    def contexts(self, claims: Iterable[Claim]) -> list[tuple[Claim, ...]]:
        """The largest sets of claims that may all be about the same thing, each in claim order."""
        members: dict[Description, list[Claim]] = defaultdict(list)
        for claim in claims:
            members[description(claim)].append(claim)
        kinds = list(members)
        reps = [members[k][0] for k in kinds]
        found = cliques(len(reps), lambda i, j: self(reps[i], reps[j]))
        return [tuple(c for i in sorted(clique) for c in members[kinds[i]]) for clique in found]

    def pairs(self, claims: Iterable[Claim]) -> int:
        """How many pairs of claims from different sources may be compared."""
        by_kind: dict[Description, Counter[str]] = defaultdict(Counter)
        reps: dict[Description, Claim] = {}
        for claim in claims:
            by_kind[description(claim)][claim.source] += 1
            reps.setdefault(description(claim), claim)
        kinds = list(by_kind)
        total = 0
        for i, a in enumerate(kinds):
            for b in kinds[i:]:
                if not self(reps[a], reps[b]):
                    continue
                x, y = by_kind[a], by_kind[b]
                same = sum(n * y.get(s, 0) for s, n in x.items())
                cross = x.total() * y.total() - same
                total += cross // 2 if a == b else cross
        return total
