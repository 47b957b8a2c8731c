"""Articles to claims (and, for ``check``, to the facts the in-article rules read), across cores.

Extraction is a map over articles: each is read alone, by pure functions (``extract_text``,
``article_facts``), so it runs in worker processes as well as here, and on a Dask cluster
(``claimcheck.engines.dask``) with the same functions. A text read before comes from the
extraction cache; a text given twice is read once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimcheck.arithmetic.facts import ArticleFacts, article_facts
from claimcheck.config import Config
from claimcheck.extract import read_article
from claimcheck.extract.coverage import Report
from claimcheck.model import Claim
from claimcheck.readers import sources
from claimcheck.readers.provenance import place, place_skipped
from claimcheck.store.cache import ExtractionCache

if TYPE_CHECKING:
    from claimcheck.engines import Engine

# Below this many articles to read, worker processes cost more to start than they save.
FEW = 8

Progress = Callable[[int, int], None]
"""Told (done, total) as articles are read."""


@dataclass(frozen=True)
class Extracted:
    """One article's claims, its facts as read with those claims (None when not asked for), and
    its coverage (what it holds that did not become a claim, and why)."""

    claims: list[Claim]
    facts: ArticleFacts | None = None
    coverage: Report | None = None


Job = tuple[sources.Article, "Extracted | None"]
"""An article to read, and what the cache held of it (claims without facts) if anything."""


def read_one(article: sources.Article, config: Config, facts: bool = False) -> Extracted:
    """One article's claims, and with ``facts`` its derived statements and stated rates."""
    read = read_article(article.text, article.source, config, date=article.date)
    claims, covered = place(read.claims, article), place_skipped(read.coverage, article)
    if not facts:
        return Extracted(claims, coverage=covered)
    facts_read = article_facts(article.text, article.source, claims, config, read.book)
    return Extracted(claims, facts_read, covered)


def default_jobs(todo: int, jobs: int | None) -> int:
    """``--jobs``, else every core when there are more than a few articles to read."""
    if jobs is not None:
        return max(1, jobs)
    return (os.cpu_count() or 1) if todo > FEW else 1


def read_all(
    articles: list[sources.Article],
    config: Config,
    jobs: int | None = 1,
    *,
    cached: bool = True,
    facts: bool = False,
    progress: Progress | None = None,
    runner: Engine | None = None,
) -> list[Extracted]:
    """Every article read, in order: from the cache when it holds the text, else in ``jobs``
    worker processes (None: ``default_jobs``) or on ``runner``, then kept in the cache."""
    cache = ExtractionCache.for_config(config) if cached else None
    found: dict[tuple[str, str], Extracted] = {}
    todo: dict[tuple[str, str], Job] = {}
    for article in articles:
        pair = (article.source, article.text)
        if pair in found or pair in todo:
            continue
        hit = cache.get(article, config) if cache is not None else None
        if hit is not None and (hit.facts is not None or not facts):
            found[pair] = hit if facts else Extracted(hit.claims, coverage=hit.coverage)
        else:  # not read yet, or read by ``extract`` without the facts ``check`` needs
            todo[pair] = (article, hit)
    pending = list(todo.values())
    results = runner.read(pending, config, facts) if runner else _map(pending, config, jobs, facts)
    for done, ((pair, (article, _)), read) in enumerate(zip(todo.items(), results, strict=True), 1):
        found[pair] = read
        if cache is not None:
            cache.put(article, read)
        if progress is not None:
            progress(done, len(todo))
    return [found[(a.source, a.text)] for a in articles]


def _map(jobs_: list[Job], config: Config, jobs: int | None, facts: bool) -> Iterator[Extracted]:
    workers = default_jobs(len(jobs_), jobs)
    if workers <= 1 or len(jobs_) <= 1:
        yield from (complete(job, config, facts) for job in jobs_)
        return
    # (imported here: a run of a few articles has no use for multiprocessing and its fifteen modules)
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(16, len(jobs_) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(config, facts)) as pool:
        yield from pool.map(_complete_here, jobs_, chunksize=chunk)


def complete(job: Job, config: Config, facts: bool) -> Extracted:
    """An article read, or only its facts added to the claims the cache holds."""
    article, hit = job
    if hit is None:
        return read_one(article, config, facts)
    facts_read = article_facts(article.text, article.source, hit.claims, config)
    return Extracted(hit.claims, facts_read, hit.coverage)


_WORKER: dict[str, Any] = {}


def _start(config: Config, facts: bool) -> None:
    """A worker's config, sent once rather than with every article."""
    _WORKER.update(config=config, facts=facts)


def _complete_here(job: Job) -> Extracted:
    return complete(job, _WORKER["config"], _WORKER["facts"])


def facts_for(
    articles: Iterable[sources.Article],
    claims: dict[str, list[Claim]],
    read: dict[str, Extracted],
    config: Config,
) -> list[ArticleFacts]:
    """Each article's facts for its claims as reviewed: those read beside its claims when the
    reviews changed none of them, else read again from its text."""
    out = []
    for article in articles:
        given = claims.get(article.source, [])
        extracted = read.get(article.source)
        if extracted is not None and extracted.facts is not None and extracted.claims == given:
            out.append(extracted.facts)
        else:
            out.append(article_facts(article.text, article.source, given, config))
    return out
