"""Consensus among sources: the largest set of voters whose intervals share a point.

Every voter (a source, or several sources that are copies of one text) casts one
or more intervals. By Helly's theorem in one dimension, intervals agree pairwise
exactly when they share a point, so the largest mutually agreeing set is the
deepest point of the intervals, counted once per voter. A sweep over the sorted
endpoints finds it in O(n log n); no pair of claims is compared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from claimcheck.model import Claim

# A quote shorter than this (a table row such as "| GLM-4 | 82.4 |") may be written the same
# way by two independent articles; a longer one shared by two sources is a copy of one text.
_COPY_LENGTH = 40


@dataclass(frozen=True)
class Ballot:
    """One claim's interval, cast by one voter; ``covers`` names the claims it stands for when it
    is a reading made of several (a blend of input and output prices)."""

    claim: Claim
    voter: str
    low: float
    high: float
    covers: tuple[Claim, ...] = ()

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The article's claims behind this ballot."""
        return self.covers or (self.claim,)


@dataclass(frozen=True)
class Agreement:
    """The voters sharing the deepest point, the ballots held there, and the band where they meet."""

    voters: frozenset[str]
    ballots: tuple[Ballot, ...]
    low: float
    high: float


@dataclass(frozen=True)
class Densest:
    """The outcome of a sweep: the agreement, or none when another set of voters ties with it."""

    agreement: Agreement | None
    tie: bool
    depth: int


def densest(ballots: Iterable[Ballot]) -> Densest:
    """The deepest point of the ballots' intervals, counting each voter once.

    Touching intervals agree (bounds are inclusive). A tie is a second, different set of voters
    as large as the first: then there is no agreement and nobody is an outlier.
    """
    cast = list(ballots)
    # Opens sort before closes at one coordinate, so touching intervals overlap.
    events = sorted(
        [(v.low, 0, i) for i, v in enumerate(cast)] + [(v.high, 1, i) for i, v in enumerate(cast)]
    )
    depth = max((d for d, _ in _sweep(cast, events)), default=0)
    found: list[Agreement] = []
    active: dict[int, Ballot] = {}
    region: dict[int, Ballot] = {}  # every ballot held while the depth lasts
    start: float | None = None
    for distinct, (x, kind, i) in _sweep(cast, events):
        if kind == 0:
            active[i] = cast[i]
            if start is None and distinct == depth:
                start, region = x, dict(active)
            elif start is not None:
                region[i] = cast[i]
            continue
        del active[i]
        if start is not None and distinct < depth:  # the deepest region ends here
            voters = frozenset(v.voter for v in region.values())
            if not found or voters != found[0].voters:
                held = tuple(
                    sorted(region.values(), key=lambda v: (v.claim.source, v.claim.line, v.claim.id))
                )
                found.append(Agreement(voters, held, start, x))
            start = None
            if len(found) > 1:
                break
    if len(found) != 1:
        return Densest(None, bool(found), depth)
    return Densest(found[0], False, depth)


def _sweep(
    cast: list[Ballot], events: list[tuple[float, int, int]]
) -> Iterator[tuple[int, tuple[float, int, int]]]:
    """Each event with the number of distinct voters holding the point just after it."""
    per_voter: Counter[str] = Counter()
    distinct = 0
    for event in events:
        voter = cast[event[2]].voter
        if event[1] == 0:
            per_voter[voter] += 1
            distinct += per_voter[voter] == 1
        else:
            per_voter[voter] -= 1
            distinct -= per_voter[voter] == 0
        yield distinct, event


def voters(claims: Iterable[Claim]) -> dict[str, str]:
    """Each source's voter: sources sharing a long quote are copies of one text and vote once.

    The voter is named by its first source in sorted order, so the naming is stable.
    """
    parent: dict[str, str] = {}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    first_source: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: c.source):
        parent.setdefault(claim.source, claim.source)
        text = " ".join(claim.quote.split())
        if len(text) < _COPY_LENGTH:
            continue
        other = first_source.setdefault(text, claim.source)
        a, b = root(other), root(claim.source)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {s: root(s) for s in parent}


def cliques(size: int, adjacent: Callable[[int, int], bool]) -> list[frozenset[int]]:
    """The maximal cliques of a small graph on ``range(size)`` (Bron–Kerbosch with a pivot).

    The graph here is one node per distinct description of a claim, so it stays small.
    """
    near = {i: {j for j in range(size) if j != i and adjacent(i, j)} for i in range(size)}
    out: list[frozenset[int]] = []

    def grow(chosen: set[int], candidates: set[int], excluded: set[int]) -> None:
        if not candidates and not excluded:
            out.append(frozenset(chosen))
            return
        pivot = max(candidates | excluded, key=lambda u: len(near[u] & candidates))
        for v in sorted(candidates - near[pivot]):
            grow(chosen | {v}, candidates & near[v], excluded & near[v])
            candidates = candidates - {v}
            excluded = excluded | {v}

    grow(set(), set(range(size)), set())
    return sorted(out, key=lambda c: sorted(c))
