"""Reviews written into the store by command: find a claim's entry, change it, say who and when.

``claimcheck review`` edits the same fields a person edits by hand: ``status``,
``note``, ``correction`` (merged with what is there), ``reviewed_by`` and
``reviewed_at``. The file is rewritten atomically, header and all.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck import yamlfile
from claimcheck.errors import ClaimcheckError
from claimcheck.model import HEDGES
from claimcheck.store.entries import EDITABLE
from claimcheck.store.files import Review, render, review_of, write_atomic

# What `--set field=value` may change: the reading, and the figure as written.
FIGURE = ("value", "low", "high", "unit")
SETTABLE = tuple(f for f in EDITABLE if f != "stated") + FIGURE
_NUMBERS = ("value", "low", "high")
_NOTHING = ("", "none", "null")


@dataclass(frozen=True)
class Change:
    """What one review says: a status, fields set, a note, and who."""

    status: str | None = None
    sets: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class Located:
    """A claim's entry in the store: the file, the whole document, and where the entry stands in it."""

    path: Path
    document: dict[str, Any]
    section: str
    index: int

    @property
    def entry(self) -> dict[str, Any]:
        return self.document[self.section][self.index]


def parse_sets(pairs: list[str]) -> dict[str, Any]:
    """``["value=84.1", "entity=GLM-4-Flash"]`` as fields and values; a bad pair is a user error."""
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or name not in SETTABLE:
            raise ClaimcheckError(
                f"--set {pair}: expected FIELD=VALUE with FIELD one of {', '.join(SETTABLE)}"
            )
        out[name] = _value(name, raw, pair)
    return out


def _value(name: str, raw: str, pair: str) -> Any:
    if name in _NUMBERS:
        try:
            return float(raw.replace(",", "").replace("_", ""))
        except ValueError:
            raise ClaimcheckError(f"--set {pair}: {name} must be a number, as in --set {name}=84.1") from None
    if name == "hedges":
        hedges = [h.strip() for h in raw.split(",") if h.strip()]
        unknown = sorted(set(hedges) - set(HEDGES))
        if unknown:
            raise ClaimcheckError(f"--set {pair}: unknown hedge {unknown[0]!r} (known: {', '.join(HEDGES)})")
        return hedges
    return None if raw.lower() in _NOTHING else raw


def entries(folder: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every store file under ``folder`` with its document, in path order."""
    import yaml

    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*.yaml")):
        try:
            document = yamlfile.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ClaimcheckError(f"{path}: cannot read claims store: {exc}") from None
        if isinstance(document, dict) and isinstance(document.get("claims"), list):
            yield path, document


def locate(folder: Path, claim_id: str) -> Located | None:
    """Where a claim's entry is in the store; an entry kept as orphaned is a user error."""
    for path, document in entries(folder):
        for section in ("claims", "orphaned"):
            for i, entry in enumerate(document.get(section) or ()):
                if isinstance(entry, dict) and str(entry.get("id")) == claim_id:
                    if section == "orphaned":
                        raise ClaimcheckError(
                            f"{claim_id}: this review no longer matches any claim of its article "
                            f"(kept under `orphaned:` in {path}); edit it there or review the new claim"
                        )
                    return Located(path, document, section, i)
    return None


def merged(entry: dict[str, Any], change: Change, when: dt.datetime | None = None) -> dict[str, Any]:
    """The entry with the change in it: status, note, fields set (added to the correction), who and when."""
    out = dict(entry)
    if change.status is not None:
        out["status"] = change.status
    if change.note is not None:
        out["note"] = change.note
    if change.sets:
        out["correction"] = {**(entry.get("correction") or {}), **change.sets}
    out["reviewed_by"] = change.by
    out["reviewed_at"] = (when or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    return out


def write(found: Located, entry: dict[str, Any]) -> None:
    """Put the entry in its place and rewrite the store file atomically."""
    document = dict(found.document)
    document[found.section] = [*document[found.section]]
    document[found.section][found.index] = entry
    write_atomic(found.path, render(document))


def reviewer(given: str | None, root: Path) -> str:
    """Who is reviewing: ``--by``, else git's ``user.name``; neither is a user error."""
    if given and given.strip():
        return given.strip()
    try:
        name = subprocess.run(
            ["git", "config", "user.name"], cwd=root, capture_output=True, text=True, timeout=10, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if not name:
        raise ClaimcheckError("who is reviewing? pass --by NAME (or set git config user.name)")
    return name


@dataclass(frozen=True)
class Listed:
    """One review in the store: the claim it is about, what was said, and whether it still matches."""

    entry: dict[str, Any]
    review: Review
    path: Path
    orphaned: bool


def listing(folder: Path) -> list[Listed]:
    """Every review in the store, reviews that no longer match any claim included."""
    out = []
    for path, document in entries(folder):
        for section in ("claims", "orphaned"):
            for entry in document.get(section) or ():
                if not isinstance(entry, dict):
                    continue
                review = review_of(entry)
                if not review.empty or review.status == "added":
                    out.append(Listed(entry, review, path, section == "orphaned"))
    return out
