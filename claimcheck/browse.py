"""Browsing what a corpus says: claims by filter, and the entities and metrics it mentions.

The entity and metric listings show how each was written in the articles (the
names merged into one entity, the words read as one metric), so a wrong merge
is there to see.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claimcheck.entities.registry import Registry
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim
from claimcheck.trace.origin import Article
from claimcheck.vocabulary import Vocabulary

REVIEWS = ("unreviewed", "accepted", "rejected", "added", "reviewed")
SORTS = ("claims", "sources", "name")


@dataclass(frozen=True)
class Filters:
    """What to show: every field set must match (None: any)."""

    entity: str | None = None
    metric: str | None = None
    period: str | None = None
    source: str | None = None
    hedged: bool = False
    review: str | None = None


def select(claims: Iterable[Claim], filters: Filters, names: Registry) -> list[Claim]:
    """The claims matching every filter. An entity is matched by any of its names (``Zhipu`` finds
    ``Zhipu AI``), and a family by its members; a source by a path or the end of one."""
    if filters.review is not None and filters.review not in REVIEWS:
        raise ClaimcheckError(f"--review {filters.review}: expected one of {', '.join(REVIEWS)}")
    wanted = _entities(filters.entity, names)
    out = []
    for c in claims:
        if wanted is not None and c.entity.lower() not in wanted:
            continue
        if filters.metric is not None and c.metric != filters.metric.lower():
            continue
        if filters.period is not None and c.when != filters.period:
            continue
        if filters.source is not None and not _same_source(c.source, filters.source):
            continue
        if filters.hedged and not c.hedges:
            continue
        if filters.review is not None and not _reviewed(c, filters.review):
            continue
        out.append(c)
    return out


def _entities(name: str | None, names: Registry) -> set[str] | None:
    if name is None:
        return None
    resolved = names.resolve(name).name
    members = {m for m, family in names.family_of.items() if family == resolved}
    return {n.lower() for n in {name, resolved, *members}}


def _same_source(source: str, wanted: str) -> bool:
    wanted = wanted.replace("\\", "/").removeprefix("./")
    return source == wanted or source.endswith("/" + wanted)


def _reviewed(claim: Claim, wanted: str) -> bool:
    return claim.status != "unreviewed" if wanted == "reviewed" else claim.status == wanted


@dataclass(frozen=True)
class Listing:
    """One entity or metric: how many claims and sources, what else, and how the articles wrote it."""

    name: str
    claims: int
    sources: int
    related: tuple[str, ...]
    written: tuple[tuple[str, int], ...]


def entities(claims: list[Claim], names: Registry) -> list[Listing]:
    """Every entity with claims: counts, metrics, and the names its claims' quotes gave it."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        surfaces = [m.surface for m in names.mentions(c.quote) if m.entity.name == c.entity]
        for surface in dict.fromkeys(surfaces) or ["(not named in the quote)"]:
            written[c.entity][surface] += 1
    return _listings(claims, lambda c: c.entity, lambda c: c.metric, written)


def metrics(claims: list[Claim], vocab: Vocabulary, texts: dict[str, str]) -> list[Listing]:
    """Every metric with claims: counts, entities, and the words that named it (header or sentence)."""
    articles = {source: Article(text) for source, text in texts.items()}
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        article = articles.get(c.source)
        origin = article.origin(c) if article else None
        places = [origin.column, origin.row] if origin and origin.in_table else []
        texts_of = (*places, c.quote)
        words = [h.word for text in texts_of for h in vocab.hits(text or "") if c.metric in h.metrics]
        written[c.metric][words[0] if words else "(not named in the text)"] += 1
    return _listings(claims, lambda c: c.metric, lambda c: c.entity, written)


def _listings(
    claims: list[Claim],
    key: Callable[[Claim], str],
    related: Callable[[Claim], str],
    written: dict[str, Counter[str]],
) -> list[Listing]:
    by: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by[key(c)].append(c)
    return [
        Listing(
            name,
            len(found),
            len({c.source for c in found}),
            tuple(sorted({related(c) for c in found})),
            tuple(written[name].most_common()),
        )
        for name, found in by.items()
    ]


def ordered(rows: list[Listing], sort: str, limit: int | None) -> list[Listing]:
    """Rows by claims or sources (most first) or by name, at most ``limit`` of them."""
    if sort not in SORTS:
        raise ClaimcheckError(f"--sort {sort}: expected one of {', '.join(SORTS)}")
    if sort == "name":
        rows = sorted(rows, key=lambda r: r.name.lower())
    else:
        rows = sorted(rows, key=lambda r: (-getattr(r, sort), r.name.lower()))
    return rows if limit is None else rows[:limit]
