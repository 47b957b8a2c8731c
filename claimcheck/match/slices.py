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

import re
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


_YEARLESS = re.compile(r"(?P<fy>FY)?-?(?P<part>[QH][1-4])")
_OF_A_YEAR = re.compile(r"(?P<fy>FY)?\d{4}-(?P<part>[QH][1-4])")


def periods_meet(a: str | None, b: str | None) -> bool:
    """Whether two periods may be the same: equal, one unstated, or a quarter or half whose year
    the article did not give ("Q3" of a wire dated "Nov 4") beside the same part of a year."""
    return a == b or a is None or b is None or _part_of(a, b) or _part_of(b, a)


def _part_of(yearless: str, period: str) -> bool:
    m, n = _YEARLESS.fullmatch(yearless), _OF_A_YEAR.fullmatch(period)
    return bool(m and n and m["part"] == n["part"] and bool(m["fy"]) == bool(n["fy"]))


def slices(claims: Iterable[Claim]) -> list[Slice]:
    """One slice per explicit period with every undated claim in it (and every claim of that
    quarter or half whose year is unknown), then the undated claims alone."""
    dated: dict[str, list[Claim]] = defaultdict(list)
    undated: list[Claim] = []
    for claim in claims:
        if claim.when:
            dated[claim.when].append(claim)
        else:
            undated.append(claim)
    yearless = {p for p in dated if _YEARLESS.fullmatch(p)}
    joined = {p: [y for y in yearless if _part_of(y, p)] for p in dated if p not in yearless}
    alone = yearless - {y for ys in joined.values() for y in ys}
    out = [
        Slice(period, (*dated[period], *(c for y in joined.get(period, ()) for c in dated[y]), *undated))
        for period in sorted(dated)
        if period not in yearless or period in alone
    ]
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
