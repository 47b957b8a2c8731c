"""The Python API the CLI is a thin layer over.

from claimcheck.api import check, extract
from claimcheck.config import load_config
result = check(["articles/"], load_config())
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck import engine
from claimcheck.arithmetic.facts import ArticleFacts, article_facts
from claimcheck.config import Config
from claimcheck.extract import extract_text
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.rates import Rates
from claimcheck.readers import sources
from claimcheck.store import files as store
from claimcheck.store import review
from claimcheck.vocabulary import vocabulary


@dataclass(frozen=True)
class ArticleClaims:
    """One article's claims, fresh and as reviewed."""

    article: sources.Article
    fresh: list[Claim]
    claims: list[Claim]
    reviews: dict[str, store.Review] = field(default_factory=dict)
    orphaned: list[dict[str, Any]] = field(default_factory=list)
    added: tuple[dict[str, Any], ...] = ()


def _extract(job: tuple[str, str, Config]) -> list[Claim]:
    text, source, config = job
    return extract_text(text, source, config)


def extract_all(articles: list[sources.Article], config: Config, jobs: int = 1) -> list[list[Claim]]:
    """Every article's claims, in worker processes when ``jobs`` > 1."""
    work = [(a.text, a.source, config) for a in articles]
    if jobs > 1 and len(work) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(_extract, work))
    return [_extract(job) for job in work]


def store_dir(config: Config, override: Path | None) -> Path:
    """The claims store folder: ``--store`` or the config's, relative to the project root."""
    return override if override is not None else config.root / config.store


def with_reviews(
    article: sources.Article, fresh: list[Claim], config: Config, folder: Path | None
) -> ArticleClaims:
    """The claims as the store's reviews read them (rejected ones dropped)."""
    stored = (
        store.load(store.path_for(folder, article.source)) if folder and article.source != "<stdin>" else None
    )
    given, orphaned = store.reviews(fresh, stored)
    vocab = vocabulary(config)
    rates = Rates.from_config(config.fx)
    on = rates.date_for(article_date(article.text.splitlines()[:8]))
    claims = []
    for claim in fresh:
        claim = review.apply(claim, given[claim.id], vocab, rates, on) if claim.id in given else claim
        claims.append(claim)
    added = stored.added if stored else ()
    claims += [review.added(e, article.source, vocab, rates, on) for e in added]
    return ArticleClaims(article, fresh, claims, given, orphaned, added)


def extract(paths: list[str], config: Config, *, store_to: Path | None, jobs: int = 1) -> list[ArticleClaims]:
    """Claims of every article; written to the store (reviews kept) unless ``store_to`` is None."""
    articles = [sources.read(s, config.root) for s in sources.collect(paths, config)]
    results = []
    for article, fresh in zip(articles, extract_all(articles, config, jobs), strict=True):
        found = with_reviews(article, fresh, config, store_to)
        if store_to is not None and article.source != "<stdin>":
            path = store.path_for(store_to, article.source)
            store.save(path, article.source, article.text, fresh, found.reviews, found.orphaned, found.added)
        results.append(found)
    return results


def check(
    paths: list[str], config: Config, *, store_from: Path | None = None, jobs: int = 1
) -> engine.CheckResult:
    """Findings across the articles, with the store's reviews applied."""
    articles = [sources.read(s, config.root) for s in sources.collect(paths, config)]
    claims: list[Claim] = []
    inside: list[ArticleFacts] = []
    for article, fresh in zip(articles, extract_all(articles, config, jobs), strict=True):
        found = with_reviews(article, fresh, config, store_from)
        kept = [c for c in found.claims if c.status != "rejected"]
        claims += kept
        inside.append(article_facts(article.text, article.source, kept, config))
    return engine.run(claims, config, articles=len(articles), inside=inside)
