"""What a reader makes of a file: Article records, their provenance, and how paths are named."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"


@dataclass(frozen=True)
class Origin:
    """Text from ``offset`` on stands at ``line`` (of ``page``, where the file has pages) of the file."""

    offset: int
    line: int
    page: int | None = None


@dataclass(frozen=True)
class Article:
    """An article's text, the name it is reported under, and what its file says about it.

    ``date`` (the file's publication date, or ``--date``) overrides the dateline in the text;
    ``origins`` map offsets in ``text`` back to pages and lines of the file when the text
    claimcheck reads is laid out differently from the file (PDF); ``record`` is the id of a CMS
    record within an export; ``notes`` say what the reader could not keep.
    """

    source: str
    text: str
    kind: str = "text"
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    record: str | None = None
    origins: tuple[Origin, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """A file not read, and why; ``group`` gathers many such files into one warning."""

    source: str
    reason: str
    group: str | None = None


class CannotRead(Exception):
    """A file of a known type that cannot be read: it becomes an ``unreadable-article`` finding."""


class NeedsExtra(Exception):
    """Reading this needs an optional extra that is not installed (``html``, ``docx``, ``pdf``)."""

    def __init__(self, extra: str) -> None:
        super().__init__(extra)
        self.extra = extra


def display(path: Path, root: Path) -> str:
    """An article's name in every report and the store: its path from the project root, with ``/``.

    The folders are resolved, the file's own name is kept: a symlinked article is named by its link.
    """
    where = path.parent.resolve() / path.name
    try:
        return Path(os.path.relpath(where, root)).as_posix()
    except ValueError:  # another drive on Windows
        return where.as_posix()
