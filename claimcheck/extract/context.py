"""What the readers share: the reading of one claim, and one article's reading state."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from claimcheck.entities.discover import Piece, discover
from claimcheck.entities.name_book import BRACKETED_SIZE, NameBook
from claimcheck.entities.registry import Entity, Mention, Registry, key, tokens
from claimcheck.extract.coverage import Coverage
from claimcheck.extract.discourse import Discourse
from claimcheck.extract.document import Document, Paragraph, Table
from claimcheck.extract.periods import find_periods
from claimcheck.model import Quantity
from claimcheck.vocabulary import Vocabulary

QUANT = re.compile(
    r"(?i)^(?:INT[248]|FP(?:4|8|16|32)|BF16|TF32|NF4|Q[2-8](?:_K(?:_[SML])?|_0)?|GPTQ|AWQ|GGUF|EXL2)$"
)
# Where nothing is a mention or a claim: links, paths, inline code, citations.
NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|`[^`\n]*`|\b[\w.-]+(?:/[\w.-]+)+\b|\[\d+(?:[,–-]\s*\d+)*\]")
_REPO = re.compile(
    r"github\.[\w.]+/[\w.-]+/(?P<repo>[\w.-]*\w)|(?<![\w./-])[A-Za-z][\w.-]*/(?P<bare>[A-Za-z][\w.-]*\d[\w.-]*)(?![\w./-])",
    re.I,
)


def not_prose(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a link, a path, inline code or a citation (``NOT_PROSE``)."""
    # Each needs a slash, a backtick, a bracket or "www.", which most sentences lack: a test for
    # them is far cheaper than the pattern's search, which tries every word of the sentence.
    if "/" not in text and "`" not in text and "[" not in text and "www." not in text:
        return []
    return [(m.start(), m.end()) for m in NOT_PROSE.finditer(text)]


# The vocabulary and the registry are built once per config and never change, and every article of
# an archive asks about the same surfaces (its names, and the words of their headings) again.
@lru_cache(maxsize=1 << 16)
def reserved_word(name: str, vocab: Vocabulary, registry: Registry) -> bool:
    """A word that is never an entity's name: a metric or benchmark, a variant, a quantisation, a period."""
    hits = vocab.hits(name)
    if any(h.start == 0 and h.end == len(name) for h in hits) or vocab.starts_with_benchmark(name):
        return True
    if registry.variant_word(name) or QUANT.match(name):
        return True
    return any(p.start == 0 and p.end == len(name) for p in find_periods(name))


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
    context_period: str | None = None  # the period in view when the figure states none
    earlier: bool = False  # the earlier value a change is measured from ("up from $25 million")


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
    as_of_day: dt.date | None = None  # when the article says its figures hold ("Prices as of ...")
    family: Entity | None = None  # the model family a card is titled with ("# Corvid-4")

    def day(self) -> str | None:
        """The date a moving figure holds when its sentence gives none: the article's note, else its date."""
        day = self.as_of_day or self.date
        return day.isoformat() if day else None

    def mentions_in(self, text: str, start: int) -> list[Mention]:
        """Entities named in a piece of text starting at ``start``, scanned once."""
        if start not in self.mentions:
            self.mentions[start] = self.names_in(text)
        return self.mentions[start]

    def names_in(self, text: str) -> list[Mention]:
        """Entities named in a piece of text: none inside a link, path or code, and none that is a
        metric, variant or period word; a GitHub link names its repository."""
        hidden = not_prose(text)
        found = [
            m
            for m in self.registry.mentions(text) + self.book.mentions(text)
            if not any(a <= m.start < b for a, b in hidden) and not self.reserved(m.surface)
        ]
        return non_overlapping(found + self._repositories(text) + self._family_sizes(text))

    def _family_sizes(self, text: str) -> list[Mention]:
        """``- **Parameters (8B):** 8.2 billion`` on the card of the family ``Corvid-4``: a bracketed
        size is that family's model of the size, when the article names no model of it."""
        title = self.family
        if title is None or "(" not in text:
            return []
        return [
            Mention(m.start(1), m.end(1), self.sized(title, m[1]), m[1])
            for m in BRACKETED_SIZE.finditer(text)
            if m[1] not in self.book.sizes
        ]

    def sized(self, entity: Entity, size: str) -> Entity:
        """The model of a family in one size: ``Manta-2`` in a ``7B Params`` column is ``Manta-2-7B``."""
        if size.lower() in entity.name.lower():
            return entity
        joiner = "-" if "-" in entity.name else " "
        return self.registry.resolve(f"{entity.name}{joiner}{size}", entity.type)

    def reserved(self, name: str) -> bool:
        """Whether a name is a reserved word."""
        return reserved_word(name, self.vocab, self.registry)

    def _repositories(self, text: str) -> list[Mention]:
        """``github.com/owner/manta-2``: the repository of the model or product of that name."""
        out: list[Mention] = []
        if "/" not in text:
            return out  # (a repository, in either form, is written with a slash)
        for m in _REPO.finditer(text):
            known = self._discovered_by_key
            group = "repo" if m.group("repo") else "bare"
            repo = m.group(group)
            entity = (
                known.get(key(repo))
                or self.registry.known(repo)
                or self._heading_named(repo)
                or Entity(repo, "product")
            )
            out.append(Mention(m.start(group), m.end(group), entity, repo))
        return out

    def _heading_named(self, repo: str) -> Entity | None:
        """``github.com/mirefield-labs/lark`` under ``# Lark-8B``: the repository of the model the
        page is headed with, when the heading's name begins with the repository's words."""
        heading = self.discourse.heading
        want = tokens(repo)
        return heading if heading is not None and want and tokens(heading.name)[: len(want)] == want else None

    @cached_property
    def _discovered_by_key(self) -> dict[str, Entity]:
        """The article's discovered names by key: built once, not once per sentence (that was
        quadratic in the length of an article)."""
        return {key(e.name): e for e in self.book.entities.values()}

    def types_for(self, metric: str) -> tuple[str, ...]:
        """Entity types a metric's figure may be about; stars also belong to products."""
        known = self.vocab.metrics.get(metric)
        about = known.about if known else ("org", "model")
        return (*about, "product") if metric == "github_stars" else about


def name_book(doc: Document, registry: Registry, vocab: Vocabulary) -> NameBook:
    """The names an article uses that the registry does not know, found in its prose and cells."""
    global _last_book
    # ``extract_text`` and then ``derive`` on the same text find the same names: the book is a pure
    # function of the text, registry and vocabulary, and the most discovering of a reading's costs.
    # (Kept while the registry and vocabulary are, so their ids are never reused meanwhile.)
    if _last_book is not None and _last_book[:3] == (doc.text, id(registry), id(vocab)):
        return _last_book[3]
    book = discover(_pieces(doc), registry, lambda name: reserved_word(name, vocab, registry))
    _last_book = (doc.text, id(registry), id(vocab), book, registry, vocab)
    return book


_last_book: tuple[str, int, int, NameBook, Registry, Vocabulary] | None = None


_BYLINE = re.compile(r"\s*By\s+[A-Z][^\d\n.]{0,80}$")
_PARTS_HEADER = re.compile(
    r"(?i)(?:(?:reportable|operating|business|reporting)\s+)?(?:segments?|divisions?|units?|regions?"
    r"|geograph(?:y|ies)|product\s+lines?|business(?:es)?|markets?)"
)


def _pieces(doc: Document) -> Iterator[Piece]:
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            kind = "title" if block.kind == "heading" else "prose"
            # (a byline names the reporters, "By MARCUS HOLLOWAY AP Technology Writer": no one a
            # figure is about, and no name to discover)
            yield from (Piece(s.text, s.start, kind, i) for s in block.sentences if not _BYLINE.match(s.text))
        elif isinstance(block, Table):
            # (the first column under a "Segment" or "Region" header names the company's parts)
            parts = bool(block.header) and bool(_PARTS_HEADER.fullmatch(block.header[0].text.strip(" *:")))
            for row in (block.header, *block.rows):
                first = "part" if parts and row is not block.header else "cell"
                yield from (
                    Piece(c.text, c.start, first if j == 0 else "cell", i)
                    for j, c in enumerate(row)
                    if c.text
                )


def non_overlapping(found: list[Mention]) -> list[Mention]:
    """Longest first where mentions overlap; on a tie the registry's (listed first) wins."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -(found[i].end - found[i].start), i))
    out: list[Mention] = []
    for i in order:
        mention = found[i]
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out
