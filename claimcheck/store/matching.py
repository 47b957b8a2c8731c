"""Reviews matched to fresh claims: by claim id, else by the claim's meaning key.

A review whose claim id still exists stays with it; one whose sentence was reworded follows its
claim's meaning key when exactly one new claim has that key; any other is left over (orphaned),
never dropped. Fields a reviewer edited in place count as corrections.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim, Stated
from claimcheck.store.entries import EDITABLE, field_mark

if TYPE_CHECKING:
    from claimcheck.store.files import StoredArticle


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
    marks = str(entry.get("read") or "").split(".")
    if len(marks) != len(EDITABLE):
        marks = [""] * len(EDITABLE)  # an entry written before marks were kept: any difference is an edit
    edited = {
        k: entry[k]
        for k, mark in zip(EDITABLE, marks, strict=True)
        if k in entry and field_mark(entry[k]) != mark and _differs(entry[k], record[k])
    }
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
