"""What a run reads: the paths named, directories walked, or the config's corpus.

A directory is walked recursively, skipping hidden folders and files, the claims
store and symlink loops (each real folder is read once); it yields the files of a
known article type, and the rest are skipped. A path named on the command line that
does not exist is a user error (exit 2); a file named is read whatever its suffix.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Unreadable
from claimcheck.readers import kinds
from claimcheck.readers.sources import STDIN, Skipped, display


@dataclass(frozen=True)
class Entry:
    """A file to read: its path (None for stdin), its name in reports, and its kind if the suffix says."""

    path: Path | None
    source: str
    kind: kinds.Kind | None


@dataclass(frozen=True)
class Collected:
    """The files to read, and what was passed over on the way."""

    entries: list[Entry]
    passed: list[Skipped | Unreadable]


def collect(paths: list[str], config: Config) -> Collected:
    """Every file the paths name (directories walked); the config's corpus when none are named."""
    if not paths:
        paths = [str(config.root / p) for p in config.corpus]
    store = (config.root / config.store).resolve()
    entries: list[Entry] = []
    passed: list[Skipped | Unreadable] = []
    for raw in paths:
        if raw == STDIN:
            entries.append(Entry(None, "<stdin>", kinds.TEXT))
            continue
        path = Path(raw)
        if path.is_dir():
            found = _directory(path, store, config.root, passed)
            if not found:
                passed.append(Skipped(raw, f"no articles in this directory ({', '.join(kinds.SUFFIXES)})"))
            entries += found
        elif os.path.lexists(path) and not path.exists():
            raise ClaimcheckError(f"{raw}: a broken symlink: its target {os.readlink(path)} does not exist")
        elif not path.exists():
            raise ClaimcheckError(f"{raw}: no such file or directory")
        else:
            entries.append(Entry(path, display(path, config.root), kinds.kind_of(path)))
    return Collected(_once(entries), passed)


def _once(entries: list[Entry]) -> list[Entry]:
    """Each file once, however many names or links lead to it."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        key = str(entry.path.resolve()) if entry.path is not None else STDIN
        seen.setdefault(key, entry)
    return list(seen.values())


def _directory(top: Path, store: Path, root: Path, passed: list[Skipped | Unreadable]) -> list[Entry]:
    found = []
    for path in _walk(top, store, passed, root):
        kind = kinds.kind_of(path)
        if kind is None:
            passed.append(Skipped(display(path, root), "unknown type", "unknown"))
        else:
            found.append(Entry(path, display(path, root), kind))
    return found


def _walk(top: Path, store: Path, passed: list[Skipped | Unreadable], root: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()

    def unlisted(error: OSError) -> None:
        where = Path(error.filename or top)
        passed.append(Unreadable(display(where, root), f"cannot list this folder: {error.strerror}"))

    for folder, dirs, files in os.walk(top, followlinks=True, onerror=unlisted):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:  # a symlink back to a folder already walked
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(folder, d).resolve() != store)
        yield from (Path(folder, name) for name in sorted(files) if not name.startswith("."))
