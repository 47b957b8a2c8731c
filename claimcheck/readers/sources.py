"""Where articles come from: files, directories (their .txt and .md files) or stdin."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError

SUFFIXES = (".txt", ".md")
STDIN = "-"


@dataclass(frozen=True)
class Article:
    """An article's text and the name it is reported under."""

    source: str
    text: str


def display(path: Path, root: Path) -> str:
    """An article's name in every report and the store: its path from the project root, with ``/``."""
    try:
        return Path(os.path.relpath(path.resolve(), root)).as_posix()
    except ValueError:  # another drive on Windows
        return path.resolve().as_posix()


def collect(paths: list[str], config: Config) -> list[str]:
    """The article files named (directories expanded); the config's corpus when none are."""
    if not paths:
        paths = [str(config.root / p) for p in config.corpus]
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise ClaimcheckError(f"{raw}: no .txt or .md files in this directory")
            found += [str(p) for p in files]
        elif path.is_file():
            found.append(str(path))
        else:
            raise ClaimcheckError(f"{raw}: no such file or directory")
    return list(dict.fromkeys(found))


def read(source: str, root: Path) -> Article:
    """An article's text, named by its path from ``root``; unreadable or non-UTF-8 input is a user error."""
    try:
        data = sys.stdin.buffer.read() if source == STDIN else Path(source).read_bytes()
    except OSError as exc:
        raise ClaimcheckError(f"{source}: cannot read: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimcheckError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    if "\x00" in text:
        raise ClaimcheckError(f"{source}: binary file, not an article")
    return Article("<stdin>" if source == STDIN else display(Path(source), root), text)
