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


def _display(path: Path, cwd: Path) -> str:
    try:
        return Path(os.path.relpath(path, cwd)).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:
        return path.as_posix()


def collect(paths: list[str], config: Config, cwd: Path | None = None) -> list[str]:
    """The article paths named (directories expanded); the config's corpus when none are."""
    cwd = cwd or Path.cwd()
    if not paths:
        paths = [_display(config.root / p, cwd) for p in config.corpus]
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
            found += [_display(p, cwd) for p in files]
        elif path.is_file():
            found.append(_display(path, cwd))
        else:
            raise ClaimcheckError(f"{raw}: no such file or directory")
    return list(dict.fromkeys(found))


def read(source: str) -> Article:
    """An article's text; unreadable or non-UTF-8 input is a user error."""
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
    return Article("<stdin>" if source == STDIN else source, text)
