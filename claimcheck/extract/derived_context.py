"""What the derived-statement readers share: one article's lookups, and one sentence's words.

Entities, metrics and figures are found the way the claim reader finds them
(the entity registry, the metric vocabulary, ``parse``), read-only; on top of
that a sentence knows its subject (``GLM-4 achieves ...``, ``its``, ``the
company``), the entity a comparison is made with (``than DeepSeek-V2's``,
``of GPT-4's``) and the metric a clause is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from claimcheck.entities.name_book import NameBook
from claimcheck.entities.registry import Entity, Mention, Registry, subject
from claimcheck.extract.context import non_overlapping
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.extract.document import Document
from claimcheck.model import Quantity
from claimcheck.quantities import parse
from claimcheck.vocabulary import Hit, Vocabulary

_BARRIER = re.compile(
    r";|\s[—–]\s|—|,\s+(?:while|but|whereas|although|though|which|placing|driven|making)\b"
    r"|,\s+and\s+(?=[A-Z])"
    r"|\b(?:while|whereas|although)\b|:\s",
    re.I,
)
# Words after which a name is what the figure is compared with, not the subject.
_OBJECT_MARK = re.compile(
    r"\b(?:than|of|compared\s+(?:to|with)|versus|vs\.?|behind|against|over|outperform\w*|beat\w*|"
    r"trail\w*|lags?|lagging|undercut\w*|like|such\s+as|including|from|with|between|and|or|to|"
    r"ahead\s+of|relative\s+to|surpass\w*|rival\w*|exceed\w*|matching|matches|match)\s+(?:the\s+)?$",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?P<plural>their|they)\b|\b(?P<it>its|it)\b|\bthe\s+(?P<noun>company|firm|startup|start-up|group|lab)"
    r"(?:'s|’s)?\b|\bthe\s+(?P<model>model|variant)(?:'s|’s)?\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|must|needs?\s+to|would|could|should|will|may|might|expects?|expected|predicts?|"
    r"forecasts?|targets?|aims?|plans?|scenario|assum\w+|suppose|projected\s+to)\b",
    re.I,
)
# Words naming a part of a company before a metric word (``cloud revenue``): that part's figures
# are not the company's. A list, not a guess: anything else before the metric word is no part.
_SEGMENTS = frozenset(
    "cloud advertising ad ads hardware software services service subscription subscriptions api licensing "
    "consumer devices device gaming mobile international domestic overseas china us europe asia "
    "datacenter data-center segment division unit net gross operating".split()
)
_AND = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
_POSSESSIVE = re.compile(r"^(?:'s|’s|')")


@dataclass
class ArticleReading:
    """One article's lookups while its derived statements are read. Names are looked up lazily
    and once per sentence: most sentences state nothing derived."""

    doc: Document
    source: str
    registry: Registry
    vocab: Vocabulary
    symbols: dict[str, str]
    sentences: list[str] = field(default_factory=list)
    book: NameBook | None = None  # the names the claim reader discovered in the article
    recent: list[str] = field(default_factory=list)
    _mentions: dict[str, list[Mention]] = field(default_factory=dict)

    def mentions(self, text: str) -> list[Mention]:
        """The names in a sentence (the registry's and the article's own), scanned once."""
        if text not in self._mentions:
            found = self.registry.mentions(text) + (self.book.mentions(text) if self.book else [])
            self._mentions[text] = non_overlapping(found)
        return self._mentions[text]

    @cached_property
    def subject(self) -> Entity | None:
        """The organisation the article names most often (whom ``the company`` means)."""
        return subject([m for s in self.sentences for m in self.mentions(s)])

    @property
    def previous(self) -> list[Mention]:
        """The names of the latest sentence before this one that names any."""
        return next((found for text in reversed(self.recent) if (found := self.mentions(text))), [])

    def statement(
        self,
        kind: str,
        relation: str,
        stated: Bound,
        operands: tuple[Operand, ...],
        offset: int,
        quote: str,
        untied: str | None = None,
    ) -> Derived:
        """A derived statement whose stated value begins at ``offset`` of the article."""
        line, column = self.doc.position(offset)
        return Derived(kind, relation, stated, operands, self.source, line, column, quote.strip(), untied)


@dataclass
class Prose:
    """One sentence, with its figures, the names and metric words in it, and its neighbours."""

    text: str
    start: int
    article: ArticleReading
    quantities: list[Quantity] = field(init=False)
    mentions: list[Mention] = field(init=False)
    hits: list[Hit] = field(init=False)

    def __post_init__(self) -> None:
        self.quantities = parse(self.text, currency_symbols=self.article.symbols)
        self.hits = self.article.vocab.hits(self.text)
        # A metric's name is not an entity's (``HumanEval`` reads as a model name).
        self.mentions = [
            m
            for m in self.article.mentions(self.text)
            if not any(h.start < m.end and m.start < h.end for h in self.hits)
        ]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``start:end``: between the nearest barriers (``;``, ``, while``, dashes)."""
        cuts = [(m.start(), m.end()) for m in _BARRIER.finditer(self.text)]
        begin = max((e for s, e in cuts if e <= start), default=0)
        stop = min((s for s, _ in cuts if s >= end), default=len(self.text))
        return begin, stop

    def hypothetical(self, pos: int) -> bool:
        """A prediction, requirement or condition: not a statement about the article's figures."""
        begin, _ = self.clause(pos, pos)
        return bool(_HYPOTHETICAL.search(self.text, begin, pos)) or bool(
            re.match(r"\W*(?:if|unless)\b", self.text, re.I)
        )

    def derived(
        self,
        kind: str,
        relation: str,
        stated: Bound,
        operands: tuple[Operand, ...],
        at: int,
        untied: str | None = None,
    ) -> Derived:
        return self.article.statement(kind, relation, stated, operands, self.start + at, self.text, untied)

    # --- metrics ---------------------------------------------------------------------------
    def metric_near(
        self, start: int, end: int, accept: tuple[str, ...] = (), prefer: str = "after"
    ) -> str | None:
        """The metric named closest to ``start:end`` in its clause. With ``prefer="after"`` a word
        just after wins (``88% of GPT-4's MMLU performance``), with ``"before"`` one before does
        (``on MMLU by 4.1 points and ... on HumanEval``); never across another figure after it."""
        found = self.metric_hit(start, end, accept, prefer)
        return found[0] if found else None

    def metric_hit(
        self, start: int, end: int, accept: tuple[str, ...] = (), prefer: str = "after"
    ) -> tuple[str, Hit] | None:
        """The metric of ``metric_near`` and the word that names it."""
        begin, stop = self.clause(start, end)
        best: tuple[float, str, Hit] | None = None
        for hit in self.hits:
            if hit.start < begin or hit.end > stop:
                continue
            after = hit.start >= end
            lo, hi = (end, hit.start) if after else (hit.end, start)
            between = sum(lo <= q.start < hi for q in self.quantities)
            if hi < lo or (after and (between or hi - lo > 45)):
                continue
            cost = (hi - lo) + 100 * between + (50 if after == (prefer == "before") else 0)
            for metric in hit.metrics:
                if (not accept or metric in accept) and (best is None or cost < best[0]):
                    best = (cost, metric, hit)
        return (best[1], best[2]) if best else None

    def segment_at(self, start: int, end: int, accept: tuple[str, ...] = ()) -> str | None:
        """A part of the entity named before the metric word (``cloud revenue``, ``API sales``):
        its figures are not the whole entity's."""
        found = self.metric_hit(start, end, accept)
        if not found:
            return None
        before = re.search(r"(\S+)\s+$", self.text[: found[1].start])
        word = before.group(1).lower() if before else ""
        return word if word in _SEGMENTS else None

    def types_for(self, metric: str | None) -> tuple[str, ...]:
        """Entity types a metric's figure may be about; a model's figure may be named by its maker."""
        if metric is None or metric not in self.article.vocab.metrics:
            return ("org", "model", "product", "market", "chip", "platform")
        about = self.article.vocab.metrics[metric].about
        return about + (("org", "product") if "model" in about else ())

    # --- entities --------------------------------------------------------------------------
    def possessor(self, pos: int, types: tuple[str, ...]) -> Mention | None:
        """``Anthropic's 33x``: the name right before a figure."""
        before = [m for m in self.mentions if m.end <= pos and m.entity.type in types]
        if not before:
            return None
        m = before[-1]
        gap = self.text[m.end : pos]
        return m if len(gap) <= 4 and (_POSSESSIVE.match(gap) or not gap.strip()) else None

    def subject(self, pos: int, types: tuple[str, ...]) -> tuple[Entity, ...]:
        """Whom the sentence is about up to ``pos``: its first name not governed by a comparison
        word, else what ``it``/``its``/``the company`` refers back to, else nothing."""
        begin, _ = self.clause(pos, pos)
        for start in dict.fromkeys((begin, 0)):  # the clause's own subject first (", and Pike-2 costs")
            for m in self.mentions:
                if m.end > pos:
                    break
                if m.start >= start and m.entity.type in types and not self._governed(m):
                    return self._joined(m, pos, types)
        found = self.antecedent(pos, types)
        if found:
            return found
        # A fronted figure: "With 25% fewer parameters than Tern-12B, Nimbus-2-9B reaches ..."
        begin, _ = self.clause(pos, pos)
        for m in self.mentions:
            if m.start > pos and m.entity.type in types and begin == 0 and not self._governed(m):
                return (m.entity,)
        return ()

    def _governed(self, m: Mention) -> bool:
        """Whether a name follows a comparison word (``than X``, ``of X``) in its clause: an object,
        not a subject (``, and Pike-2 costs`` opens a clause, its ``and`` governs nothing)."""
        begin, _ = self.clause(m.start, m.end)
        return bool(_OBJECT_MARK.search(self.text, max(begin, m.start - 30), m.start))

    def _joined(self, first: Mention, pos: int, types: tuple[str, ...]) -> tuple[Entity, ...]:
        """``Zhipu and Cambricon command a combined ...``: names joined by ``and``, before ``combined``."""
        found = [first]
        for m in self.mentions:
            gap = self.text[found[-1].end : m.start]
            if m.start >= found[-1].end and m.end <= pos and m.entity.type in types and _AND.fullmatch(gap):
                found.append(m)
        return tuple(m.entity for m in found) if len(found) > 1 and self.combined(pos) else (first.entity,)

    def combined(self, pos: int) -> bool:
        """Whether names before ``pos`` are summed (``a combined market cap``), not taken each."""
        return bool(re.search(r"\b(?:combined|together|jointly|total)\b", self.text[:pos], re.I))

    def antecedent(self, pos: int, types: tuple[str, ...]) -> tuple[Entity, ...]:
        """What an anaphor before ``pos`` refers to: the previous sentence's names, or the article's
        subject for ``the company``."""
        found = list(_ANAPHOR.finditer(self.text, 0, pos))
        if not found:
            return ()
        m = found[0]
        previous = [x.entity for x in self.article.previous if x.entity.type == types[0]]
        previous += [x.entity for x in self.article.previous if x.entity.type in types[1:]]
        if m.group("noun"):
            subject = self.article.subject
            return (subject,) if subject is not None and subject.type in types else ()
        if m.group("plural"):
            orgs = list(dict.fromkeys(e for e in previous if e.type == "org"))
            return tuple(orgs) if orgs else ()
        return (previous[0],) if previous else ()

    def compared_with(
        self, end: int, types: tuple[str, ...], limit: int = 60, marked: bool = False
    ) -> Mention | None:
        """``than DeepSeek-V2's``, ``that of Baidu's``, ``of GPT-4's``: the name a figure is set against
        (``marked``: the comparison word ends at ``end`` already)."""
        for m in self.mentions:
            if m.start < end or m.entity.type not in types:
                continue
            gap = self.text[end : m.start]
            if len(gap) > limit or re.search(r"\d|[;,(]", gap):
                return None
            if (marked and not gap.strip()) or re.search(
                r"\b(?:than|of|compared\s+(?:to|with)|versus|vs\.?|over|relative\s+to|against)\s+(?:the\s+)?$",
                gap,
                re.I,
            ):
                return m
            return None
        return None

    def named_between(self, start: int, end: int, types: tuple[str, ...]) -> list[Mention]:
        """Names in ``start:end`` (``outperforming GPT-4o and Claude 3.5 ... by 2-3 points``)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end and m.entity.type in types]

    def variant_of(self, entity: Entity) -> str | None:
        """A variant written with the subject (``The GLM-4 MoE variant``)."""
        for m in self.mentions:
            if m.entity == entity:
                variant, _ = self.article.registry.variant_after(self.text, m.end)
                if variant:
                    return variant
        return None
