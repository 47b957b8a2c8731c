"""What the readers share: the reading of one claim, and one article's reading state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claimcheck.entities.registry import Entity, Mention, Registry
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


@dataclass
class Context:
    """One article's reading state: lookups, and the entities named so far."""

    doc: Document
    registry: Registry
    vocab: Vocabulary
    symbols: dict[str, str]
    subject: Entity | None
    date: dt.date | None
    previous: list[Mention] = field(default_factory=list)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)

    def mentions_in(self, text: str, start: int) -> list[Mention]:
        """Entities named in a sentence starting at ``start``, scanned once."""
        if start not in self.mentions:
            self.mentions[start] = self.registry.mentions(text)
        return self.mentions[start]

    def remember(self, mentions: list[Mention]) -> None:
        """Keep a sentence's mentions: the next one's "its" and "the company" refer back to them."""
        self.previous = list(mentions)

    def antecedent(self, kind: str, before: list[Mention]) -> Entity | None:
        """Whom "the company" means: the article's subject if just named, else the
        first entity of that type in this sentence so far or the previous one."""
        named = [m.entity for m in before + self.previous if m.entity.type == kind]
        if self.subject is not None and self.subject in named:
            return self.subject
        return named[0] if named else None

    def types_for(self, metric: str) -> tuple[str, ...]:
        """Entity types a metric's figure may be about; stars also belong to products."""
        about = self.vocab.metrics[metric].about
        return about + (("product",) if metric == "github_stars" else ())
