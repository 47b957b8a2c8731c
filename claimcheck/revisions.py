"""Two versions of the articles: as a git ref holds them and as they are now, each with its
store file, so ``check --changed-since`` and ``diff`` can compare findings and claims.

Only the articles that changed are read from git (in one ``git cat-file``), and only the store
files that changed; everything else is the same object on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.config import Config
from claimcheck.model import Unreadable
from claimcheck.readers import git, kinds, sources
from claimcheck.readers.load import ReadOptions, load
from claimcheck.readers.sources import CannotRead, NeedsExtra
from claimcheck.store import files as store
from claimcheck.triage import Since


@dataclass(frozen=True)
class Snapshot:
    """Articles at one revision, and each one's store file (None: none then)."""

    articles: tuple[sources.Article, ...]
    stored: dict[str, store.StoredArticle | None]
    unreadable: tuple[Unreadable, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revisions:
    """The articles at the ref and now, and which of them changed in between."""

    since: Since
    before: Snapshot
    after: Snapshot


def current(
    paths: list[str], config: Config, folder: Path | None, options: ReadOptions | None = None
) -> Snapshot:
    """The articles as they are on disk, with their store files."""
    batch = load(paths, config, options)
    stored = {a.source: _load(folder, a.source) for a in batch.articles}
    return Snapshot(batch.articles, stored, batch.unreadable, batch.warnings)


def _load(folder: Path | None, source: str) -> store.StoredArticle | None:
    if folder is None or source == "<stdin>":
        return None
    return store.load(store.path_for(folder, source))


def since(
    ref: str, paths: list[str], config: Config, folder: Path | None, options: ReadOptions | None = None
) -> Revisions:
    """The articles now and at ``ref`` (its merge base with HEAD); outside git a user error.

    An article counts as changed when its text or its store file differs from the ref's (a
    reviewer's correction can make a contradiction too); a renamed article (``git mv``) is
    compared with its text under the old name, so a rename alone changes nothing.
    """
    repo = git.repo_at(config.root)
    commit = git.base_commit(repo, ref)
    after = current(paths, config, folder, options)
    diff = git.changes_since(repo, commit)
    where = {  # stdin is new by definition: no revision holds it
        a.source: None if a.source == "<stdin>" else git.relative(repo, config.root / a.source)
        for a in after.articles
    }
    renamed_from = set(diff.renamed.values())
    gone = {s: p for s, p in _deleted(repo, diff.paths, paths, config).items() if p not in renamed_from}
    stores = _store_paths(repo, folder, [*where, *gone])
    edited = {s for s, rel in where.items() if rel is None or rel in diff.paths}
    changed = edited | {s for s, p in stores.items() if p in diff.paths} | set(gone)
    texts = {s: diff.renamed.get(rel, rel) for s in edited if (rel := where[s])} | gone
    store_texts = {s: diff.renamed.get(p, p) for s, p in stores.items() if p in diff.paths}
    blobs = git.texts_at(repo, commit, [*texts.values(), *store_texts.values()])
    articles = [a for a in after.articles if a.source not in edited]
    articles += [a for s, p in texts.items() for a in _articles(s, p, blobs.get(p))]
    stored = dict(after.stored)
    for source, path in store_texts.items():
        text = _text(blobs.get(path))
        stored[source] = None if text is None else store.parse(text, f"{ref}:{path}")
    before = Snapshot(tuple(articles), stored, after.unreadable)
    return Revisions(Since(ref, commit, tuple(sorted(changed))), before, after)


def _articles(source: str, path: str, blob: bytes | None) -> list[sources.Article]:
    """An article as the ref holds it, read by its kind's reader; none when absent or unreadable then."""
    kind = kinds.kind_of(Path(path))
    if blob is None or kind is None:
        return []
    try:
        found = kinds.read(kind, blob, source, Path(path).suffix.lower(), {})
    except (CannotRead, NeedsExtra):
        return []
    return [a for a in found if isinstance(a, sources.Article)]


def _text(blob: bytes | None) -> str | None:
    """A file's text at the ref; None when it was absent, or not text an article could be."""
    if blob is None:
        return None
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _deleted(repo: git.Repo, differ: set[str], paths: list[str], config: Config) -> dict[str, str]:
    """Articles that existed at the ref under a folder this run reads, and are gone now."""
    folders = [Path(p) for p in (paths or [str(config.root / c) for c in config.corpus])]
    prefixes = [rel for f in folders if f.is_dir() and (rel := git.relative(repo, f)) is not None]
    found = {}
    for path in differ:
        if not path.lower().endswith(kinds.SUFFIXES) or (repo.root / path).exists():
            continue
        if any(p == "." or path.startswith(p + "/") for p in prefixes):
            found[sources.display(repo.root / path, config.root)] = path
    return found


def _store_paths(repo: git.Repo, folder: Path | None, articles: list[str]) -> dict[str, str]:
    """Each article's store file, from the work tree's root (articles with none are left out)."""
    if folder is None:
        return {}
    out = {}
    for source in articles:
        if source != "<stdin>" and (rel := git.relative(repo, store.path_for(folder, source))) is not None:
            out[source] = rel
    return out
