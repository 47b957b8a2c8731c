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
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extract_text
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.rates import Rates
from claimcheck.readers import sources
from claimcheck.store import edit, review
from claimcheck.store import files as store
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
    moved: list[tuple[str, str]] = field(default_factory=list)


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
    matched = store.reviews(fresh, stored)
    given = matched.given
    vocab = vocabulary(config)
    rates = Rates.from_config(config.fx)
    on = rates.date_for(article_date(article.text.splitlines()[:8]))
    claims = []
    for claim in fresh:
        claim = review.apply(claim, given[claim.id], vocab, rates, on) if claim.id in given else claim
        claims.append(claim)
    added = stored.added if stored else ()
    claims += [review.added(e, article.source, vocab, rates, on) for e in added]
    return ArticleClaims(article, fresh, claims, given, matched.orphaned, added, matched.moved)


def read(paths: list[str], config: Config, *, store_from: Path | None, jobs: int = 1) -> list[ArticleClaims]:
    """Every article's claims as the store's reviews read them; the store is not written."""
    articles = [sources.read(s, config.root) for s in sources.collect(paths, config)]
    return [
        with_reviews(article, fresh, config, store_from)
        for article, fresh in zip(articles, extract_all(articles, config, jobs), strict=True)
    ]


def extract(paths: list[str], config: Config, *, store_to: Path | None, jobs: int = 1) -> list[ArticleClaims]:
    """Claims of every article; written to the store (reviews kept) unless ``store_to`` is None."""
    results = read(paths, config, store_from=store_to, jobs=jobs)
    for found in results:
        article = found.article
        if store_to is not None and article.source != "<stdin>":
            path = store.path_for(store_to, article.source)
            store.save(
                path, article.source, article.text, found.fresh, found.reviews, found.orphaned, found.added
            )
    return results


@dataclass(frozen=True)
class Workbench:
    """Everything a fact-checker looks at: each article's claims as reviewed, and the check of them."""

    articles: list[ArticleClaims]
    result: engine.CheckResult

    @property
    def claims(self) -> list[Claim]:
        """Every claim, rejected ones included."""
        return [c for found in self.articles for c in found.claims]

    @property
    def texts(self) -> dict[str, str]:
        """Each article's text by source."""
        return {found.article.source: found.article.text for found in self.articles}


def workbench(
    paths: list[str], config: Config, *, store_from: Path | None = None, jobs: int = 1
) -> Workbench:
    """The articles' claims with the store's reviews applied, and the findings across them."""
    found = read(paths, config, store_from=store_from, jobs=jobs)
    claims = [c for article in found for c in article.claims if c.status != "rejected"]
    return Workbench(found, engine.run(claims, config, articles=len(found)))


def check(
    paths: list[str], config: Config, *, store_from: Path | None = None, jobs: int = 1
) -> engine.CheckResult:
    """Findings across the articles, with the store's reviews applied."""
    return workbench(paths, config, store_from=store_from, jobs=jobs).result


@dataclass(frozen=True)
class Reviewed:
    """A review written to the store: the claim as it was read, as the reviewer reads it, and where."""

    before: Claim
    after: Claim
    path: Path


def record_review(config: Config, folder: Path, claim_id: str, change: edit.Change) -> Reviewed:
    """Record a review of one claim in the store, after checking the corrected reading makes sense.

    A claim not in the store yet is looked for after extracting the corpus into it.
    """
    found = edit.locate(folder, claim_id)
    if found is None:
        extract([], config, store_to=folder)
        found = edit.locate(folder, claim_id)
    if found is None:
        raise ClaimcheckError(
            f"{claim_id}: no such claim in the claims store {folder} (run `claimcheck extract PATH` for "
            "articles outside the corpus, then review)"
        )
    if found.entry.get("status") == "added":
        raise ClaimcheckError(
            f"{claim_id}: a claim added by hand is reviewed by editing its entry in {found.path}"
        )
    entry = edit.merged(found.entry, change)
    before = store.claim_of(found.entry)
    rates = Rates.from_config(config.fx)
    after = review.apply(
        before, store.review_for(before, entry), vocabulary(config), rates, rates.date_for(None)
    )
    edit.write(found, entry)
    return Reviewed(before, after, found.path)
