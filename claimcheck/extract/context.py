"""What the readers share: the reading of one claim, and one article's reading state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claimcheck.entities.discover import NameBook
from claimcheck.entities.registry import Mention, Registry
from claimcheck.extract.coverage import Coverage
from claimcheck.extract.discourse import Discourse
from claimcheck.extract.document import Document
from claimcheck.model import Quantity
from claimcheck.vocabulary import Vocabulary


@dataclass(frozen=True)
class Reading:
    """A claim as read from the text, before unit conversion and ids."""

    entity: str
    variant: str | None
    metric: str
    period: str | None
    price_kind: str | None
    quantity: Quantity
    hedges: tuple[str, ...]
    offset: int
    quote: str
    restated: tuple[Quantity, ...] = ()
    notes: tuple[str, ...] = ()
    segment: str | None = None
    basis: str | None = None
    setting: str | None = None
    as_of: str | None = None
    change: str | None = None
    of: str | None = None


@dataclass
class Context:
    """One article's reading state: lookups, the names it uses, and the entities in view."""

    doc: Document
    registry: Registry
    vocab: Vocabulary
    symbols: dict[str, str]
    date: dt.date | None
    book: NameBook
    discourse: Discourse = field(default_factory=Discourse)
    coverage: Coverage = field(default_factory=Coverage)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)

    def mentions_in(self, text: str, start: int) -> list[Mention]:
        """Entities named in a piece of text starting at ``start``, scanned once."""
        if start not in self.mentions:
            found = self.registry.mentions(text) + self.book.mentions(text)
            self.mentions[start] = _non_overlapping(found)
        return self.mentions[start]

    def names_in(self, text: str) -> list[Mention]:
        """Entities named in a label or cell (not cached: labels have no offset of their own)."""
        return _non_overlapping(self.registry.mentions(text) + self.book.mentions(text))

    def types_for(self, metric: str) -> tuple[str, ...]:
        """Entity types a metric's figure may be about; stars also belong to products."""
        known = self.vocab.metrics.get(metric)
        about = known.about if known else ("org", "model")
        return (*about, "product") if metric == "github_stars" else about


def _non_overlapping(found: list[Mention]) -> list[Mention]:
    """Longest first where mentions overlap; on a tie the registry's (listed first) wins."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -(found[i].end - found[i].start), i))
    out: list[Mention] = []
    for i in order:
        mention = found[i]
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out
