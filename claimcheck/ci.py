"""The Python API of claimcheck in CI: findings judged against a git ref, a baseline and
suppressions; what an edit changed; the baseline written.

``claimcheck check --changed-since``, ``claimcheck diff`` and ``claimcheck baseline`` are thin
layers over these (see also ``claimcheck.api`` for extraction and the plain check).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import api, revisions, triage
from claimcheck.config import Config
from claimcheck.diff import Diff, diff
from claimcheck.readers import sources
from claimcheck.readers.load import ReadOptions, load
from claimcheck.reading import Progress
from claimcheck.store import baseline
from claimcheck.triage import suppressions as suppress

if TYPE_CHECKING:
    from claimcheck.engines import Engine


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
    jobs: int | None = None,
    cached: bool = True,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    runner: Engine | None = None,
) -> triage.Verdict:
    """What ``check`` reports: the findings, each new or accepted (suppressed, in the baseline at
    ``baseline_at``, or, with ``changed_since``, already there at that git ref, in which case only
    findings about the articles changed since then are reported). ``runner``: where extraction and
    the rules run (None: here, in ``jobs`` worker processes)."""
    revs = revisions.since(changed_since, paths, config, store_from, options) if changed_since else None
    now = revs.after if revs else revisions.current(paths, config, store_from, options)
    claims = api.read_snapshots([now, revs.before] if revs else [now], config, jobs, cached, progress, runner)
    result = api.run_snapshot(claims[0], config, now, runner)
    earlier = None
    if revs is not None:
        then = api.run_snapshot(claims[1], config, revs.before, runner)
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
    paths: list[str],
    config: Config,
    *,
    store_from: Path | None,
    at: Path,
    prune: bool,
    jobs: int | None = None,
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
    ref: str,
    paths: list[str],
    config: Config,
    *,
    store_from: Path | None,
    jobs: int | None = None,
    cached: bool = True,
) -> Diff:
    """What the edits since the git ``ref`` changed: claims and findings."""
    revs = revisions.since(ref, paths, config, store_from)
    now, then = api.read_snapshots([revs.after, revs.before], config, jobs, cached)
    changed = set(revs.since.changed)
    return diff(
        {s: c for s, c in then.items() if s in changed},
        {s: c for s, c in now.items() if s in changed},
        api.run_snapshot(then, config, revs.before).findings,
        api.run_snapshot(now, config, revs.after).findings,
    )


def diff_files(
    old: str,
    new: str,
    config: Config,
    *,
    store_from: Path | None,
    jobs: int | None = None,
    cached: bool = True,
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
    then, current = api.read_snapshots([before, after], config, jobs, cached)
    keep = {article.source}
    return diff(
        {s: c for s, c in then.items() if s in keep},
        {s: c for s, c in current.items() if s in keep},
        api.run_snapshot(then, config, before).findings,
        api.run_snapshot(current, config, after).findings,
    )


def _corpus_without(source: str, config: Config) -> list[str]:
    """The config's corpus files other than ``source``; none when the corpus folder is absent."""
    folders = [config.root / c for c in config.corpus]
    if not any(f.exists() for f in folders):
        return []
    found = load([str(f) for f in folders if f.exists()], config).articles
    return [str(config.root / a.source) for a in found if a.source != source and "#" not in a.source]
