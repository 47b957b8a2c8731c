"""What an edit changed: claims added, removed and changed, and findings created and resolved.

Claims are compared by meaning (``Claim.key``), never by wording or position, so a reformat
(``$150 billion`` to ``US$150bn``, ``88.7`` to ``88.70``), a reworded sentence or a moved
paragraph changes nothing here. A removed and an added claim about the same thing (same
``Claim.about``: entity, metric, period, qualifiers) are one claim whose figure changed.
Findings are compared by fingerprint (their id).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.model import Claim, Finding


@dataclass(frozen=True)
class ClaimChange:
    """One claim an edit added (``before`` None), removed (``after`` None) or changed."""

    source: str
    before: Claim | None
    after: Claim | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        return "removed" if self.after is None else "changed"


@dataclass(frozen=True)
class Diff:
    """An edit's effect on claims and findings, and the articles it compared."""

    claims: tuple[ClaimChange, ...]
    created: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    articles: tuple[str, ...]


def claim_changes(source: str, old: list[Claim], new: list[Claim]) -> list[ClaimChange]:
    """One article's claim changes, in the order the new text gives them."""
    old_keys = Counter(c.key for c in old)
    new_keys = Counter(c.key for c in new)
    gone = _beyond(old, new_keys)
    came = _beyond(new, old_keys)
    by_about: dict[tuple[str | None, ...], list[Claim]] = defaultdict(list)
    for c in gone:
        by_about[c.about].append(c)
    changes = []
    for c in came:
        earlier = by_about.get(c.about)
        changes.append(ClaimChange(source, earlier.pop(0) if earlier else None, c))
    changes += [ClaimChange(source, c, None) for found in by_about.values() for c in found]
    return changes


def _beyond(claims: list[Claim], other: Counter[str]) -> list[Claim]:
    """The claims whose key occurs more often here than in ``other`` (the surplus, in order)."""
    left = Counter(other)
    out = []
    for c in claims:
        if left[c.key] > 0:
            left[c.key] -= 1
        else:
            out.append(c)
    return out


def diff(
    before: dict[str, list[Claim]],
    after: dict[str, list[Claim]],
    old_findings: Iterable[Finding],
    new_findings: Iterable[Finding],
) -> Diff:
    """The claim changes of every article in either version, and the findings that came and went."""
    sources = sorted(set(before) | set(after))
    changes = [ch for s in sources for ch in claim_changes(s, before.get(s, []), after.get(s, []))]
    old = {f.id: f for f in old_findings}
    new = {f.id: f for f in new_findings}
    return Diff(
        tuple(changes),
        tuple(f for fid, f in new.items() if fid not in old),
        tuple(f for fid, f in old.items() if fid not in new),
        tuple(sources),
    )
