"""The claims store: ``claims/<article>.yaml``, one file per article, written atomically.

A fact-checker reviews a claim by editing its entry: ``status`` (accepted,
rejected), a ``note``, and a corrected reading, either by editing the fields
in place or under ``correction:``. Re-extraction rewrites the machine fields
and keeps every review whose claim id still exists; reviews whose claim is
gone are kept under ``orphaned`` and hand-added claims (``status: added``)
are kept as they are, so nothing a person wrote is ever lost.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from claimcheck.config import parse_yaml
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim

SCHEMA = 1
STATUSES = ("unreviewed", "accepted", "rejected", "added")
# Fields a reviewer may correct, in place or under `correction:`.
QUALIFIERS = ("segment", "basis", "setting", "as_of", "change", "of")
EDITABLE = ("entity", "variant", "metric", "period", "price_kind", *QUALIFIERS, "hedges", "stated")
_HEADER = """\
# claimcheck claims store for {source}
# Written by `claimcheck extract`; `claimcheck check` reads the reviews back.
# To review a claim: set `status` to accepted or rejected, add a `note`, or
# correct the reading (entity, variant, metric, period, price_kind, hedges, or
# the figure as written under `stated`) in place or under `correction:`.
# Re-extraction keeps every review whose claim id still exists.
"""


@dataclass(frozen=True)
class Review:
    """What a person said about one claim."""

    status: str = "unreviewed"
    note: str | None = None
    correction: dict[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.status == "unreviewed" and not self.note and not self.correction


@dataclass(frozen=True)
class StoredArticle:
    """An article's file in the store, as read back."""

    source: str
    sha256: str
    entries: dict[str, dict[str, Any]]
    added: tuple[dict[str, Any], ...] = ()
    orphaned: tuple[dict[str, Any], ...] = ()


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
    """An article's stored claims and reviews; None if there is no file."""
    if not path.exists():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot read claims store: {exc.strerror}") from None
    return parse(text, str(path))


def parse(text: str, where: str) -> StoredArticle:
    """A store file's text (from disk or from a git revision) as stored claims and reviews."""
    import yaml

    try:
        data = parse_yaml(text) or {}
    except yaml.YAMLError as exc:
        raise ClaimcheckError(f"{where}: cannot read claims store: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims", []), list):
        raise ClaimcheckError(f"{where}: not a claims store file (expected a mapping with a `claims` list)")
    entries: dict[str, dict[str, Any]] = {}
    added = []
    for i, entry in enumerate(data.get("claims") or []):
        if not isinstance(entry, dict) or "id" not in entry:
            raise ClaimcheckError(f"{where}: claims[{i}] has no id")
        status = entry.get("status", "unreviewed")
        if status not in STATUSES:
            raise ClaimcheckError(
                f"{where}: claims[{i}].status: expected one of {', '.join(STATUSES)}, got {status!r}"
            )
        if status == "added":
            added.append(entry)
        else:
            entries[str(entry["id"])] = entry
    return StoredArticle(
        str(data.get("source", "")),
        str(data.get("sha256", "")),
        entries,
        tuple(added),
        tuple(data.get("orphaned") or ()),
    )


def reviews(
    fresh: list[Claim], stored: StoredArticle | None
) -> tuple[dict[str, Review], list[dict[str, Any]]]:
    """Reviews for the fresh claims, and the reviewed entries no fresh claim matches."""
    if stored is None:
        return {}, []
    out = {}
    for claim in fresh:
        entry = stored.entries.get(claim.id)
        if entry is not None:
            review = _review(claim, entry)
            if not review.empty:
                out[claim.id] = review
    ids = {c.id for c in fresh}
    orphaned = [e for cid, e in stored.entries.items() if cid not in ids and not _review_of(e).empty]
    return out, orphaned + [e for e in stored.orphaned if e.get("id") not in ids]


def _review_of(entry: dict[str, Any]) -> Review:
    correction = entry.get("correction") or {}
    if not isinstance(correction, dict):
        raise ClaimcheckError(f"claim {entry.get('id')}: correction must be a mapping")
    return Review(entry.get("status", "unreviewed"), entry.get("note"), dict(correction))


def _review(claim: Claim, entry: dict[str, Any]) -> Review:
    """A stored entry's review, counting fields edited in place as corrections."""
    review = _review_of(entry)
    record = claim.to_dict()
    edited = {k: entry[k] for k in EDITABLE if k in entry and _differs(entry[k], record[k])}
    if not edited:
        return review
    return Review(review.status, review.note, {**edited, **review.correction})


def _differs(stored: Any, fresh: Any) -> bool:
    if isinstance(fresh, dict) and isinstance(stored, dict):
        return any(_differs(stored.get(k), v) for k, v in fresh.items() if k in stored)
    if isinstance(fresh, float) and isinstance(stored, int | float):
        return abs(stored - fresh) > 1e-9 * max(1.0, abs(fresh))
    if isinstance(fresh, list):
        return list(stored or []) != fresh
    return stored != fresh


def save(
    path: Path,
    source: str,
    text: str,
    claims: list[Claim],
    given: dict[str, Review],
    orphaned: list[dict[str, Any]],
    added: tuple[dict[str, Any], ...] = (),
) -> None:
    """Write an article's claims with their reviews, atomically (temporary file, then rename)."""
    import yaml

    entries = []
    for claim in claims:
        record = claim.to_dict()
        review = given.get(claim.id, Review())
        record.update(status=review.status, note=review.note, correction=review.correction)
        entries.append(record)
    document: dict[str, Any] = {"schema": SCHEMA, "source": source, "sha256": text_hash(text)}
    document["claims"] = entries + list(added)
    if orphaned:
        document["orphaned"] = orphaned
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    write_atomic(path, _HEADER.format(source=source) + body)


def write_atomic(path: Path, content: str) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves the old file or the new, never half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ClaimcheckError(f"{path.parent}: cannot write claims store: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
