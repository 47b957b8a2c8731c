"""The Python API the CLI is a thin layer over.

from claimcheck.api import check, extract
from claimcheck.config import load_config
result = check(["articles/"], load_config())
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck import engine, revisions, triage
from claimcheck.config import Config
from claimcheck.diff import Diff, diff
from claimcheck.extract import extract_text
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.rates import Rates
from claimcheck.readers import sources
from claimcheck.readers.load import Batch, ReadOptions, load
from claimcheck.readers.provenance import place
from claimcheck.store import baseline, lock, review
from claimcheck.store import files as store
from claimcheck.store.cache import ExtractionCache
from claimcheck.triage import suppressions as suppress
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


def _extract(job: tuple[sources.Article, Config]) -> list[Claim]:
    article, config = job
    return place(extract_text(article.text, article.source, config, date=article.date), article)


def read(paths: list[str], config: Config, options: ReadOptions | None = None) -> Batch:
    """The articles the paths name, those that could not be read, and warnings for the user."""
    return load(paths, config, options)


def extract_all(
    articles: list[sources.Article], config: Config, jobs: int = 1, *, cached: bool = True
) -> list[list[Claim]]:
    """Every article's claims, in order: a text read before comes from the extraction cache
    (unless ``cached`` is False), a text given twice is read once, and the rest are read in
    worker processes when ``jobs`` > 1, then cached."""
    store = ExtractionCache.for_config(config) if cached else None
    found: dict[tuple[str, str], list[Claim]] = {}
    todo: dict[tuple[str, str], sources.Article] = {}
    for article in articles:
        pair = (article.source, article.text)
        hit = store.get(article) if store is not None and pair not in found else None
        if hit is not None:
            found[pair] = hit
        elif pair not in found:
            todo[pair] = article
    work = [(a, config) for a in todo.values()]
    if jobs > 1 and len(work) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            read = list(pool.map(_extract, work))
    else:
        read = [_extract(job) for job in work]
    for (pair, article), claims in zip(todo.items(), read, strict=True):
        found[pair] = claims
        if store is not None:
            store.put(article, claims)
    return [found[(a.source, a.text)] for a in articles]


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
    given, orphaned = store.reviews(fresh, stored)
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
    return ArticleClaims(article, fresh, claims, given, orphaned, added, stored.digest if stored else "")


def extract(
    paths: list[str],
    config: Config,
    *,
    store_to: Path | None,
    jobs: int = 1,
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
    jobs: int = 1,
    cached: bool = True,
    lock_wait: float = lock.WAIT,
) -> list[ArticleClaims]:
    """Claims of the articles read, written to the store unless ``store_to`` is None.

    The store is read and rewritten under its lock, every file read and checked before any is
    written: a bad store file anywhere changes nothing, and a run killed while writing leaves
    each file old or new.
    """
    articles = list(batch.articles)
    extracted = list(zip(articles, extract_all(articles, config, jobs, cached=cached), strict=True))
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
    paths: list[str],
    config: Config,
    *,
    store_from: Path | None = None,
    jobs: int = 1,
    options: ReadOptions | None = None,
) -> engine.CheckResult:
    """Findings across the articles, with the store's reviews applied."""
    snapshot = revisions.current(paths, config, store_from, options)
    return _run(_read([snapshot], config, jobs, cached=True)[0], config, snapshot)


def _claims_of(
    snapshot: revisions.Snapshot, fresh: list[list[Claim]], config: Config
) -> dict[str, list[Claim]]:
    """Each article's claims as its store file's reviews read them (rejected ones dropped)."""
    out = {}
    for article, found in zip(snapshot.articles, fresh, strict=True):
        given = reviewed(article, found, config, snapshot.stored.get(article.source))
        out[article.source] = [c for c in given.claims if c.status != "rejected"]
    return out


def _read(
    snapshots: list[revisions.Snapshot], config: Config, jobs: int, cached: bool
) -> list[dict[str, list[Claim]]]:
    """The reviewed claims of each snapshot; a text both hold is read once."""
    fresh = extract_all([a for s in snapshots for a in s.articles], config, jobs, cached=cached)
    out, at = [], 0
    for snapshot in snapshots:
        out.append(_claims_of(snapshot, fresh[at : at + len(snapshot.articles)], config))
        at += len(snapshot.articles)
    return out


def _run(claims: dict[str, list[Claim]], config: Config, snapshot: revisions.Snapshot) -> engine.CheckResult:
    found = [c for claims_of in claims.values() for c in claims_of]
    return engine.run(found, config, articles=len(claims), unreadable=snapshot.unreadable)


def suppressions_of(snapshot: revisions.Snapshot, config: Config) -> list[suppress.Suppression]:
    """The markdown articles' suppression comments and the config's ``suppressions:`` list."""
    found = [s for a in snapshot.articles for s in suppress.in_markdown(a.source, a.text)]
    if config.suppressions and config.path is not None:
        text = config.path.read_text(encoding="utf-8")
        name = sources.display(config.path, config.root)
        found += suppress.from_config(config.suppressions, name, suppress.entry_lines(text))
    return found


def verdict(
    paths: list[str],
    config: Config,
    *,
    store_from: Path | None = None,
    changed_since: str | None = None,
    baseline_at: Path | None = None,
    jobs: int = 1,
    cached: bool = True,
    options: ReadOptions | None = None,
) -> triage.Verdict:
    """What ``check`` reports: the findings, each new or accepted (suppressed, in the baseline at
    ``baseline_at``, or, with ``changed_since``, already there at that git ref, in which case only
    findings about the articles changed since then are reported)."""
    revs = revisions.since(changed_since, paths, config, store_from, options) if changed_since else None
    now = revs.after if revs else revisions.current(paths, config, store_from, options)
    claims = _read([now, revs.before] if revs else [now], config, jobs, cached)
    result = _run(claims[0], config, now)
    earlier = None
    if revs is not None:
        then = _run(claims[1], config, revs.before)
        _, unused = suppress.apply(then.findings, suppressions_of(revs.before, config))
        earlier = {f.id for f in (*then.findings, *unused)}
    judged = triage.judge(
        result,
        suppressions=suppressions_of(now, config),
        baseline=baseline.load(baseline_at) if baseline_at is not None else None,
        earlier=earlier,
        since=revs.since if revs else None,
        articles=[a.source for a in now.articles],
    )
    return dataclasses.replace(judged, warnings=now.warnings)


def update_baseline(
    paths: list[str], config: Config, *, store_from: Path | None, at: Path, prune: bool, jobs: int = 1
) -> tuple[baseline.Baseline, int, int]:
    """Write today's findings (not suppressed ones) to the baseline at ``at``, keeping every reason;
    with ``prune``, drop the entries no finding matches instead. Returns it, and the counts added
    and dropped."""
    found = verdict(paths, config, store_from=store_from, jobs=jobs)
    kept = [
        f
        for f in found.result.findings
        if found.state(f) is not triage.State.SUPPRESSED and f.rule != suppress.UNUSED
    ]
    updated, added, dropped = baseline.updated(baseline.load(at), kept, set(found.articles), prune=prune)
    baseline.save(updated)
    return updated, added, dropped


def diff_since(
    ref: str, paths: list[str], config: Config, *, store_from: Path | None, jobs: int = 1, cached: bool = True
) -> Diff:
    """What the edits since the git ``ref`` changed: claims and findings."""
    revs = revisions.since(ref, paths, config, store_from)
    now, then = _read([revs.after, revs.before], config, jobs, cached)
    changed = set(revs.since.changed)
    return diff(
        {s: c for s, c in then.items() if s in changed},
        {s: c for s, c in now.items() if s in changed},
        _run(then, config, revs.before).findings,
        _run(now, config, revs.after).findings,
    )


def diff_files(
    old: str, new: str, config: Config, *, store_from: Path | None, jobs: int = 1, cached: bool = True
) -> Diff:
    """What changed between two versions of one article, OLD_FILE read as the earlier text of
    NEW_FILE, each checked against the rest of the corpus (when there is one)."""
    now = revisions.current([new], config, store_from)
    article = now.articles[0]
    earlier = load([old], config).articles[0]
    rest = _corpus_without(article.source, config)
    others = revisions.current(rest, config, store_from) if rest else revisions.Snapshot((), {})
    after = revisions.Snapshot(others.articles + now.articles, {**others.stored, **now.stored})
    before = revisions.Snapshot(
        (*others.articles, sources.Article(article.source, earlier.text)), after.stored
    )
    then, current = _read([before, after], config, jobs, cached)
    keep = {article.source}
    return diff(
        {s: c for s, c in then.items() if s in keep},
        {s: c for s, c in current.items() if s in keep},
        _run(then, config, before).findings,
        _run(current, config, after).findings,
    )


def _corpus_without(source: str, config: Config) -> list[str]:
    """The config's corpus files other than ``source``; none when the corpus folder is absent."""
    folders = [config.root / c for c in config.corpus]
    if not any(f.exists() for f in folders):
        return []
    found = load([str(f) for f in folders if f.exists()], config).articles
    return [str(config.root / a.source) for a in found if a.source != source and "#" not in a.source]
