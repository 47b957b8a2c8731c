"""The claims store: ``claims/<article>.yaml``, one file per article, written atomically.

A fact-checker reviews a claim by editing its entry (by hand or with
``claimcheck review``): ``status`` (accepted, rejected), a ``note``, who and
when (``reviewed_by``, ``reviewed_at``), and a corrected reading, either by
editing the fields in place or under ``correction:``. Re-extraction rewrites
the machine fields and keeps every review whose claim id still exists; a review
whose sentence was reworded follows its claim's meaning key when exactly one
new claim has it; reviews matching no claim are kept under ``orphaned`` and
hand-added claims (``status: added``) are kept as they are, so nothing a
person wrote is ever lost.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from claimcheck import yamlfile
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim
from claimcheck.schema import SchemaError, validate
from claimcheck.store.entries import DOCUMENT, QUALIFIERS, SCHEMA, check_version, read_marks
from claimcheck.store.matching import Matched, Review, claim_of, review_for, review_of, reviews
from claimcheck.yamlfile import shown

__all__ = [
    "QUALIFIERS",
    "Matched",
    "Review",
    "StoredArticle",
    "claim_of",
    "load",
    "parse",
    "path_for",
    "review_for",
    "review_of",
    "reviewing",
    "reviews",
    "save",
]
HEADER = """\
# claimcheck claims store for {source}
# Written by `claimcheck extract`; `claimcheck check` reads the reviews back.
# To review a claim: `claimcheck review ID --reject | --confirm | --set field=value`,
# or by hand: set `status` to accepted or rejected, add a `note`, or correct the
# reading (entity, variant, metric, period, price_kind, hedges, or the figure as
# written under `stated`) in place or under `correction:`.
# Re-extraction keeps every review whose claim id still exists, or whose claim's
# meaning key does when its sentence was reworded.
"""


@dataclass(frozen=True)
class StoredArticle:
    """An article's file in the store, as read back."""

    source: str
    sha256: str
    entries: dict[str, dict[str, Any]]
    added: tuple[dict[str, Any], ...] = ()
    orphaned: tuple[dict[str, Any], ...] = ()
    digest: str = ""


def text_hash(text: str) -> str:
    """The article text's fingerprint, recorded so a stale entry can be told."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def path_for(store: Path, source: str) -> Path:
    """Where an article's claims live: the store mirrors the project (``claims/articles/a.txt.yaml``).

    ``source`` is relative to the project root, so running from another folder finds the same file;
    an article outside the project is kept under ``_outside/`` by name and a hash of its path.
    """
    rel = PurePosixPath(source)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        rel = PurePosixPath("_outside", f"{rel.name}-{hashlib.sha1(source.encode()).hexdigest()[:6]}")
    return store.joinpath(*rel.parts[:-1], f"{rel.name}.yaml")


def load(path: Path) -> StoredArticle | None:
    """An article's stored claims and reviews; None if there is no file.

    A file that is not valid YAML, of another schema version, or with a key or value a
    reviewer cannot have meant, is one line naming the file, the line and the key.
    """
    if not path.exists():
        return None
    text, document = yamlfile.read(path, "claims store")
    return _stored(text, document, yamlfile.shown(path))


def parse(text: str, where: str) -> StoredArticle:
    """A store file's text (from disk or from a git revision) as stored claims and reviews."""
    return _stored(text, yamlfile.parse(text, where), where)


def _stored(text: str, document: Any, where: str) -> StoredArticle:
    try:
        check_version(document)
        data = validate(document, DOCUMENT)
    except SchemaError as exc:
        raise yamlfile.located(exc, text, where) from None
    entries: dict[str, dict[str, Any]] = {}
    added = []
    for entry in data.get("claims") or []:
        if entry.get("status") == "added":
            added.append(entry)
        else:
            entries[entry["id"]] = entry
    return StoredArticle(
        data.get("source", ""),
        data.get("sha256", ""),
        entries,
        tuple(added),
        tuple(data.get("orphaned") or ()),
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


@contextmanager
def reviewing(path: Path | None, claim_id: str | None) -> Iterator[None]:
    """Errors applying one entry's review name the store file and the entry's line."""
    try:
        yield
    except ClaimcheckError as exc:
        if path is None:
            raise
        raise ClaimcheckError(f"{_entry_at(path, claim_id)}: {exc}") from None


def _entry_at(path: Path, claim_id: str | None) -> str:
    text, document = yamlfile.read(path, "claims store")
    entries = document.get("claims") or [] if isinstance(document, dict) else []
    index = next((i for i, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == claim_id), None)
    line = yamlfile.line_of(text, ("claims", index)) if index is not None else None
    return f"{shown(path)}:{line}" if line else shown(path)


def save(
    path: Path,
    source: str,
    text: str,
    claims: list[Claim],
    given: dict[str, Review],
    orphaned: list[dict[str, Any]],
    added: tuple[dict[str, Any], ...] = (),
    *,
    expect: str | None = None,
) -> None:
    """Write an article's claims with their reviews, atomically (temporary file, then rename).

    ``expect`` is the stored file's digest when it was read (see ``write_atomic``).
    """
    entries = []
    for claim in claims:
        record = claim.to_dict()
        review = given.get(claim.id, Review())
        record.update(status=review.status, note=review.note, correction=review.correction)
        record.update(reviewed_by=review.by, reviewed_at=review.at, read=read_marks(record))
        for name in ("reviewed_by", "reviewed_at"):
            if record[name] is None:  # an unreviewed claim's entry reads as before
                del record[name]
        entries.append(record)
    document: dict[str, Any] = {"schema": SCHEMA, "source": source, "sha256": text_hash(text)}
    document["claims"] = entries + list(added)
    if orphaned:
        document["orphaned"] = orphaned
    write_atomic(path, render(document), expect=expect)


def render(document: dict[str, Any]) -> str:
    """A store file's text: the header that says how to review, then the YAML."""
    return HEADER.format(source=document.get("source", "")) + yamlfile.dump(document)


def write_atomic(path: Path, content: str, *, expect: str | None = None) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves the old file or the new, never half of one.

    The content goes to a temporary file in the same folder, is flushed and fsynced, and is
    renamed over the old file (and the folder fsynced, so the rename survives a power cut).
    ``expect`` is the digest of the file as it was read: if someone saved it since (a reviewer's
    editor), it is left as they wrote it and the run stops, rather than drop their edit.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        # 0o666 less the umask, as for any file the user creates; an existing file keeps its mode.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ClaimcheckError(f"{shown(path.parent)}: cannot write claims store: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        if expect is not None and digest(path) != expect:
            raise ClaimcheckError(
                f"{shown(path)}: changed while extract ran (edited by hand?); "
                "left as it is: run extract again"
            )
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a file held open elsewhere: the old file stays
            raise ClaimcheckError(
                f"{shown(path)}: cannot write claims store: {exc.strerror or exc}"
            ) from None
        raise
    _sync_folder(path.parent)


def digest(path: Path) -> str:
    """A file's content hash, ``""`` when there is no file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # Windows: a rename is durable without it
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
