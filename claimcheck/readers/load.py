"""Files to articles: each file read by its kind's reader, and what could not be read said once.

A file of a known type that cannot be read is an ``Unreadable`` (it becomes an
``unreadable-article`` finding); a file passed over (unknown type, an extra not
installed, empty, not a regular file) is a warning, gathered by cause. When nothing
at all is left to read, that is a user error: one line, exit 2.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Unreadable
from claimcheck.readers import kinds
from claimcheck.readers.sources import Article, CannotRead, NeedsExtra, Skipped
from claimcheck.readers.walk import Entry, collect

_NAMED = 5  # files a grouped warning names before "and N more"


@dataclass(frozen=True)
class ReadOptions:
    """How to read: a date for every article (``--date``) and CMS field names (``--field``)."""

    date: dt.date | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Batch:
    """What a run read: the articles, the articles it could not read, and warnings for people."""

    articles: tuple[Article, ...]
    unreadable: tuple[Unreadable, ...] = ()
    warnings: tuple[str, ...] = ()


def load(paths: list[str], config: Config, options: ReadOptions | None = None) -> Batch:
    """Read every article the paths name; a user error when nothing is left to read."""
    options = options or ReadOptions()
    collected = collect(paths, config)
    found: list[Article | Unreadable | Skipped] = list(collected.passed)
    for entry in collected.entries:
        found += read_entry(entry, options)
    articles = [_dated(a, options.date) for a in found if isinstance(a, Article)]
    unreadable = [u for u in found if isinstance(u, Unreadable)]
    warnings = _warnings([s for s in found if isinstance(s, Skipped)])
    warnings += [f"{a.source}: {note}" for a in articles for note in a.notes]
    if not articles and not unreadable:
        raise ClaimcheckError(
            warnings[0] if len(warnings) == 1 else "nothing to read: " + "; ".join(warnings)
        )
    return Batch(tuple(articles), tuple(unreadable), tuple(warnings))


def _dated(article: Article, date: dt.date | None) -> Article:
    """``--date`` overrides an article's date, whatever its file or text says."""
    return article if date is None else replace(article, date=date)


def read_entry(entry: Entry, options: ReadOptions) -> list[Article | Unreadable | Skipped]:
    """One file's articles, or why it was not read."""
    if entry.path is None:
        data = sys.stdin.buffer.read()
    else:
        try:
            info = os.stat(entry.path)
        except OSError as exc:
            if os.path.islink(entry.path):
                target = os.readlink(entry.path)
                return [Unreadable(entry.source, f"a broken symlink: its target {target} does not exist")]
            return [Unreadable(entry.source, f"cannot read: {exc.strerror}")]
        if not stat.S_ISREG(info.st_mode):
            what = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
            return [Skipped(entry.source, f"{what}, not a file; to read a stream, pipe it to `-`")]
        try:
            data = entry.path.read_bytes()
        except OSError as exc:
            return [Unreadable(entry.source, f"cannot read: {exc.strerror}")]
    if not data.strip():
        return [Skipped(entry.source, "empty, nothing to read")]
    kind = entry.kind or kinds.sniff(data)
    if isinstance(kind, str):
        return [Skipped(entry.source, f"a {kind}, not an article")]
    suffix = entry.path.suffix.lower() if entry.path is not None else ""
    try:
        return kinds.read(kind, data, entry.source, suffix, options.fields)
    except CannotRead as exc:
        if entry.kind is None:  # a file of no known type, named on the command line: no article
            return [Skipped(entry.source, str(exc))]
        return [Unreadable(entry.source, str(exc))]
    except NeedsExtra as exc:
        return [Skipped(entry.source, f"a {kind.name} file", f"extra:{exc.extra}")]


def _warnings(skipped: list[Skipped]) -> list[str]:
    """One line per file passed over, and one per cause for files gathered by cause."""
    groups: dict[str, list[Skipped]] = defaultdict(list)
    out = []
    for s in skipped:
        if s.group is None:
            out.append(f"{s.source}: {s.reason}")
        else:
            groups[s.group].append(s)
    for group, items in groups.items():
        names = ", ".join(s.source for s in items[:_NAMED])
        if len(items) > _NAMED:
            names += f" and {len(items) - _NAMED} more"
        if group == "unknown":
            out.append(f"skipped {len(items)} file(s) of unknown type: {names}")
        else:
            extra = group.removeprefix("extra:")
            how = f"needs the {extra} extra: pip install 'claimcheck[{extra}]'"
            if len(items) == 1:
                out.append(f"{names}: {items[0].reason}; reading it {how}")
            else:
                why = " or ".join(sorted({s.reason for s in items}))
                out.append(f"skipped {len(items)} files ({why}); reading them {how}: {names}")
    return out
