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
from claimcheck.config import Config
from claimcheck.extract import extract_text
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.rates import Rates
from claimcheck.readers import sources
from claimcheck.store import files as store
from claimcheck.store import lock, review
from claimcheck.vocabulary import vocabulary

STDIN_SOURCE = "<stdin>"  # what readers.sources names an article read from stdin: never stored


@dataclass(frozen=True)
class ArticleClaims:
    """One article's claims, fresh and as reviewed."""

    article: sources.Article
    fresh: list[Claim]
    claims: list[Claim]
    reviews: dict[str, store.Review] = field(default_factory=dict)
    orphaned: list[dict[str, Any]] = field(default_factory=list)
    added: tuple[dict[str, Any], ...] = ()
    stored_digest: str = ""


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
    """The claims as the store's reviews read them (rejected ones dropped).

    A review that cannot be applied (a unit the metric cannot take) is one line naming the
    store file and the line of its entry.
    """
    path = store.path_for(folder, article.source) if folder and article.source != STDIN_SOURCE else None
    stored = store.load(path) if path else None
    given, orphaned = store.reviews(fresh, stored)
    vocab = vocabulary(config)
    rates = Rates.from_config(config.fx)
    on = rates.date_for(article_date(article.text.splitlines()[:8]))
    claims = []
    for claim in fresh:
        if claim.id in given:
            with store.reviewing(path, claim.id):
                claim = review.apply(claim, given[claim.id], vocab, rates, on)
        claims.append(claim)
    added = stored.added if stored else ()
    for entry in added:
        with store.reviewing(path, entry.get("id")):
            claims.append(review.added(entry, article.source, vocab, rates, on))
    return ArticleClaims(article, fresh, claims, given, orphaned, added, stored.digest if stored else "")


def extract(
    paths: list[str],
    config: Config,
    *,
    store_to: Path | None,
    jobs: int = 1,
    lock_wait: float = lock.WAIT,
) -> list[ArticleClaims]:
    """Claims of every article; written to the store (reviews kept) unless ``store_to`` is None.

    The store is read and rewritten under its lock, every file read and checked before any is
    written: a bad store file anywhere changes nothing, and a run killed while writing leaves
    each file old or new.
    """
    articles = [sources.read(s, config.root) for s in sources.collect(paths, config)]
    extracted = list(zip(articles, extract_all(articles, config, jobs), strict=True))
    if store_to is None or all(a.source == STDIN_SOURCE for a in articles):
        return [with_reviews(article, fresh, config, None) for article, fresh in extracted]
    with lock.locked(store_to, lock_wait):
        results = [with_reviews(article, fresh, config, store_to) for article, fresh in extracted]
        for found in results:
            if found.article.source != STDIN_SOURCE:
                _save(found, store_to)
    return results


def _save(found: ArticleClaims, folder: Path) -> None:
    article = found.article
    path = store.path_for(folder, article.source)
    store.save(
        path,
        article.source,
        article.text,
        found.fresh,
        found.reviews,
        found.orphaned,
        found.added,
        expect=found.stored_digest,
    )


def check(
    paths: list[str], config: Config, *, store_from: Path | None = None, jobs: int = 1
) -> engine.CheckResult:
    """Findings across the articles, with the store's reviews applied."""
    articles = [sources.read(s, config.root) for s in sources.collect(paths, config)]
    claims: list[Claim] = []
    for article, fresh in zip(articles, extract_all(articles, config, jobs), strict=True):
        found = with_reviews(article, fresh, config, store_from)
        claims += [c for c in found.claims if c.status != "rejected"]
    return engine.run(claims, config, articles=len(articles))
