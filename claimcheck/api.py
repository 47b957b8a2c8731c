"""The Python API the CLI is a thin layer over.

from claimcheck.api import check, extract
from claimcheck.config import load_config
result = check(["articles/"], load_config())
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck import engine, reading, revisions
from claimcheck.arithmetic.facts import article_facts
from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.extract.coverage import Report
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.rates import Rates
from claimcheck.readers import sources
from claimcheck.readers.load import Batch, ReadOptions, load
from claimcheck.store import edit, lock, review
from claimcheck.store import files as store
from claimcheck.vocabulary import vocabulary

if TYPE_CHECKING:
    from claimcheck.engines import Engine

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
    moved: list[tuple[str, str]] = field(default_factory=list)
    coverage: Report | None = None


def read(paths: list[str], config: Config, options: ReadOptions | None = None) -> Batch:
    """The articles the paths name, those that could not be read, and warnings for the user."""
    return load(paths, config, options)


def extract_all(
    articles: list[sources.Article],
    config: Config,
    jobs: int | None = 1,
    *,
    cached: bool = True,
    progress: reading.Progress | None = None,
) -> list[list[Claim]]:
    """Every article's claims, in order: a text read before comes from the extraction cache
    (unless ``cached`` is False), a text given twice is read once, and the rest are read in
    worker processes when ``jobs`` > 1 (None: every core for more than a few articles), then
    cached."""
    return [r.claims for r in reading.read_all(articles, config, jobs, cached=cached, progress=progress)]


def store_dir(config: Config, override: Path | None) -> Path:
    """The claims store folder: ``--store`` or the config's, relative to the project root."""
    return override if override is not None else config.root / config.store


def with_reviews(
    article: sources.Article, fresh: list[Claim], config: Config, folder: Path | None
) -> ArticleClaims:
    """The claims as the store's reviews read them (rejected ones dropped)."""
    path = store.path_for(folder, article.source) if folder and article.source != STDIN_SOURCE else None
    return reviewed(article, fresh, config, store.load(path) if path else None, path)


def reviewed(
    article: sources.Article,
    fresh: list[Claim],
    config: Config,
    stored: store.StoredArticle | None,
    path: Path | None = None,
) -> ArticleClaims:
    """The claims as one store file's reviews read them (a file from disk or from a git revision).

    A review that cannot be applied (a unit the metric cannot take) is one line naming the
    store file and the line of its entry.
    """
    matched = store.reviews(fresh, stored)
    given = matched.given
    vocab = vocabulary(config)
    rates = Rates.from_config(config.fx)
    on = rates.date_for(article.date or article_date(article.text.splitlines()[:8]))
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
    digest = stored.digest if stored else ""
    return ArticleClaims(article, fresh, claims, given, matched.orphaned, added, digest, matched.moved)


def reviewed_articles(
    paths: list[str], config: Config, *, store_from: Path | None, jobs: int | None = None
) -> tuple[list[ArticleClaims], Batch]:
    """Every article's claims as the store's reviews read them (the store is not written), and what
    was read."""
    batch = read(paths, config)
    articles = list(batch.articles)
    found = [
        with_reviews(article, fresh, config, store_from)
        for article, fresh in zip(articles, extract_all(articles, config, jobs), strict=True)
    ]
    return found, batch


def extract(
    paths: list[str],
    config: Config,
    *,
    store_to: Path | None,
    jobs: int | None = None,
    cached: bool = True,
    options: ReadOptions | None = None,
    lock_wait: float = lock.WAIT,
) -> list[ArticleClaims]:
    """Claims of every article; written to the store (reviews kept) unless ``store_to`` is None."""
    batch = read(paths, config, options)
    return extract_batch(batch, config, store_to=store_to, jobs=jobs, cached=cached, lock_wait=lock_wait)


def extract_batch(
    batch: Batch,
    config: Config,
    *,
    store_to: Path | None,
    jobs: int | None = None,
    cached: bool = True,
    lock_wait: float = lock.WAIT,
) -> list[ArticleClaims]:
    """Claims of the articles read, written to the store unless ``store_to`` is None.

    The store is read and rewritten under its lock, every file read and checked before any is
    written: a bad store file anywhere changes nothing, and a run killed while writing leaves
    each file old or new.
    """
    articles = list(batch.articles)
    extracted = list(zip(articles, reading.read_all(articles, config, jobs, cached=cached), strict=True))
    if store_to is None or all(a.source == STDIN_SOURCE for a in articles):
        return [_reviewed_read(article, read, config, None) for article, read in extracted]
    with lock.locked(store_to, lock_wait):
        results = [_reviewed_read(article, read, config, store_to) for article, read in extracted]
        for found in results:
            if found.article.source != STDIN_SOURCE:
                _save(found, store_to)
    return results


def _reviewed_read(
    article: sources.Article, read: reading.Extracted, config: Config, folder: Path | None
) -> ArticleClaims:
    return replace(with_reviews(article, read.claims, config, folder), coverage=read.coverage)


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
    paths: list[str],
    config: Config,
    *,
    store_from: Path | None = None,
    jobs: int | None = None,
    options: ReadOptions | None = None,
) -> engine.CheckResult:
    """Findings across the articles, with the store's reviews applied."""
    snapshot = revisions.current(paths, config, store_from, options)
    return run_snapshot(read_snapshots([snapshot], config, jobs, cached=True)[0], config, snapshot)


class SnapshotClaims(dict[str, list[Claim]]):
    """Each article's claims as its store file's reviews read them (rejected ones dropped), by
    source; ``read`` keeps what was read of each (its fresh claims and facts)."""

    def __init__(self, claims: dict[str, list[Claim]], read: dict[str, reading.Extracted]) -> None:
        super().__init__(claims)
        self.read = read


def _claims_of(
    snapshot: revisions.Snapshot, fresh: list[reading.Extracted], config: Config
) -> SnapshotClaims:
    out = {}
    for article, found in zip(snapshot.articles, fresh, strict=True):
        given = reviewed(article, found.claims, config, snapshot.stored.get(article.source))
        out[article.source] = [c for c in given.claims if c.status != "rejected"]
    return SnapshotClaims(out, {a.source: r for a, r in zip(snapshot.articles, fresh, strict=True)})


def read_snapshots(
    snapshots: list[revisions.Snapshot],
    config: Config,
    jobs: int | None,
    cached: bool,
    progress: reading.Progress | None = None,
    runner: Engine | None = None,
) -> list[SnapshotClaims]:
    """The reviewed claims of each snapshot; a text both hold is read once (on ``runner``, if any)."""
    articles = [a for s in snapshots for a in s.articles]
    fresh = reading.read_all(
        articles, config, jobs, cached=cached, facts=True, progress=progress, runner=runner
    )
    out, at = [], 0
    for snapshot in snapshots:
        out.append(_claims_of(snapshot, fresh[at : at + len(snapshot.articles)], config))
        at += len(snapshot.articles)
    return out


def run_snapshot(
    claims: dict[str, list[Claim]],
    config: Config,
    snapshot: revisions.Snapshot,
    runner: Engine | None = None,
) -> engine.CheckResult:
    """The findings of one snapshot's claims (as reviewed), across articles and inside each (the
    rules run on ``runner``, if any)."""
    found = [c for claims_of in claims.values() for c in claims_of]
    read = claims.read if isinstance(claims, SnapshotClaims) else {}
    inside = reading.facts_for(snapshot.articles, claims, read, config)
    result = engine.run(
        found, config, articles=len(claims), unreadable=snapshot.unreadable, inside=inside, runner=runner
    )
    covered = {source: r.coverage for source, r in read.items() if r.coverage is not None}
    return replace(result, summary=replace(result.summary, reading=covered))


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
    paths: list[str], config: Config, *, store_from: Path | None = None, jobs: int | None = None
) -> Workbench:
    """The articles' claims with the store's reviews applied, and the findings across them."""
    found, batch = reviewed_articles(paths, config, store_from=store_from, jobs=jobs)
    kept = {a.article.source: [c for c in a.claims if c.status != "rejected"] for a in found}
    inside = [article_facts(a.article.text, a.article.source, kept[a.article.source], config) for a in found]
    claims = [c for claims in kept.values() for c in claims]
    result = engine.run(claims, config, articles=len(found), unreadable=batch.unreadable, inside=inside)
    return Workbench(found, result)


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
