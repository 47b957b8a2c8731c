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
import tempfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePosixPath
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim, Stated

SCHEMA = 1
STATUSES = ("unreviewed", "accepted", "rejected", "added")
# Fields a reviewer may correct, in place or under `correction:`.
QUALIFIERS = ("segment", "basis", "setting", "as_of", "change")
EDITABLE = ("entity", "variant", "metric", "period", "price_kind", *QUALIFIERS, "hedges", "stated")
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
class Review:
    """What a person said about one claim, who said it and when."""

    status: str = "unreviewed"
    note: str | None = None
    correction: dict[str, Any] = field(default_factory=dict)
    by: str | None = None
    at: str | None = None

    @property
    def empty(self) -> bool:
        return self.status == "unreviewed" and not self.note and not self.correction


@dataclass(frozen=True)
class Matched:
    """Reviews matched to fresh claims: by claim id, by meaning key (``moved``: old id, new id),
    and the reviewed entries no claim matches."""

    given: dict[str, Review]
    orphaned: list[dict[str, Any]]
    moved: list[tuple[str, str]] = field(default_factory=list)


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
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ClaimcheckError(f"{path}: cannot read claims store: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims", []), list):
        raise ClaimcheckError(f"{path}: not a claims store file (expected a mapping with a `claims` list)")
    entries: dict[str, dict[str, Any]] = {}
    added = []
    for i, entry in enumerate(data.get("claims") or []):
        if not isinstance(entry, dict) or "id" not in entry:
            raise ClaimcheckError(f"{path}: claims[{i}] has no id")
        status = entry.get("status", "unreviewed")
        if status not in STATUSES:
            raise ClaimcheckError(
                f"{path}: claims[{i}].status: expected one of {', '.join(STATUSES)}, got {status!r}"
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


def reviews(fresh: list[Claim], stored: StoredArticle | None) -> Matched:
    """Reviews for the fresh claims, by id, else by meaning key; and the reviewed entries left over."""
    if stored is None:
        return Matched({}, [])
    candidates = {**{str(e.get("id")): e for e in stored.orphaned}, **stored.entries}
    out: dict[str, Review] = {}
    used: set[str] = set()
    for claim in fresh:
        entry = candidates.get(claim.id)
        if entry is not None:
            used.add(claim.id)
            review = review_for(claim, entry)
            if not review.empty:
                out[claim.id] = review
    moved = _follow_keys(fresh, candidates, used, out)
    orphaned = [e for cid, e in candidates.items() if cid not in used and not review_of(e).empty]
    return Matched(out, orphaned, moved)


def _follow_keys(
    fresh: list[Claim], candidates: dict[str, dict[str, Any]], used: set[str], out: dict[str, Review]
) -> list[tuple[str, str]]:
    """A review whose claim id is gone moves to the one new claim with the same meaning key."""
    loose: dict[str, list[str]] = {}
    for cid, entry in candidates.items():
        if cid not in used and entry.get("key") and not review_of(entry).empty:
            loose.setdefault(str(entry["key"]), []).append(cid)
    unmatched: dict[str, list[Claim]] = {}
    for claim in fresh:
        if claim.id not in used:
            unmatched.setdefault(claim.key, []).append(claim)
    moved = []
    for key, ids in loose.items():
        claims = unmatched.get(key, [])
        if len(ids) == 1 and len(claims) == 1:  # more than one either way: no telling which is which
            out[claims[0].id] = review_for(claims[0], candidates[ids[0]])
            used.update((ids[0], claims[0].id))
            moved.append((ids[0], claims[0].id))
    return moved


def claim_of(entry: dict[str, Any]) -> Claim:
    """The claim a stored entry records (its machine fields), to re-read a review against."""
    names = {f.name for f in fields(Claim)}
    record = {k: v for k, v in entry.items() if k in names}
    try:
        stated = record.get("stated") or {}
        record["stated"] = Stated(
            **{k: v for k, v in stated.items() if k in {f.name for f in fields(Stated)}}
        )
        record["restated"] = tuple(Stated(**r) for r in record.get("restated") or ())
        record["hedges"] = tuple(record.get("hedges") or ())
        record["notes"] = tuple(record.get("notes") or ())
        return Claim(**record)
    except TypeError as exc:
        raise ClaimcheckError(f"claim {entry.get('id')}: not a complete claims store entry ({exc})") from None


def review_of(entry: dict[str, Any]) -> Review:
    """What a stored entry says about its claim."""
    correction = entry.get("correction") or {}
    if not isinstance(correction, dict):
        raise ClaimcheckError(f"claim {entry.get('id')}: correction must be a mapping")
    by, at = entry.get("reviewed_by"), entry.get("reviewed_at")
    return Review(
        entry.get("status", "unreviewed"),
        entry.get("note"),
        dict(correction),
        None if by is None else str(by),
        None if at is None else str(at),
    )


def review_for(claim: Claim, entry: dict[str, Any]) -> Review:
    """A stored entry's review, counting fields edited in place as corrections."""
    review = review_of(entry)
    record = claim.to_dict()
    edited = {k: entry[k] for k in EDITABLE if k in entry and _differs(entry[k], record[k])}
    if not edited:
        return review
    return replace(review, correction={**edited, **review.correction})


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
    entries = []
    for claim in claims:
        record = claim.to_dict()
        review = given.get(claim.id, Review())
        record.update(status=review.status, note=review.note, correction=review.correction)
        record.update(reviewed_by=review.by, reviewed_at=review.at)
        for name in ("reviewed_by", "reviewed_at"):
            if record[name] is None:  # an unreviewed claim's entry reads as before
                del record[name]
        entries.append(record)
    document: dict[str, Any] = {"schema": SCHEMA, "source": source, "sha256": text_hash(text)}
    document["claims"] = entries + list(added)
    if orphaned:
        document["orphaned"] = orphaned
    write_atomic(path, render(document))


def render(document: dict[str, Any]) -> str:
    """A store file's text: the header that says how to review, then the YAML."""
    import yaml

    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    return HEADER.format(source=document.get("source", "")) + body


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
