"""The baseline: findings a newsroom has accepted as they stand, in ``claims/baseline.yaml``.

Each entry is keyed by the finding's fingerprint (its id: rule, entity, metric, period and the
claims' meaning keys, never line numbers), so moving a paragraph or reformatting a figure keeps
it matched. ``check`` fails only on findings not in the baseline and reports entries that match
no finding any more as stale; ``claimcheck baseline`` adds today's findings (keeping every
``reason`` a fact-checker wrote) and ``claimcheck baseline --prune`` drops the stale ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from claimcheck import yamlfile
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Finding
from claimcheck.store.files import write_atomic

NAME = "baseline.yaml"
SCHEMA = 1
_HEADER = """\
# claimcheck baseline: findings accepted as they stand.
# `claimcheck check` fails only on findings not listed here, and reports entries that no
# longer match any finding as stale. Write in each `reason` why the finding is accepted.
# `claimcheck baseline` adds today's findings and keeps every reason;
# `claimcheck baseline --prune` drops the stale entries.
"""


@dataclass(frozen=True)
class Entry:
    """One accepted finding: its fingerprint, what it is about (for people), and why it stands."""

    id: str
    rule: str
    severity: str
    entity: str
    metric: str
    period: str | None
    sources: tuple[str, ...]
    message: str
    reason: str | None = None

    @classmethod
    def of(cls, finding: Finding) -> Entry:
        """The entry that accepts ``finding``, with no reason yet."""
        sources = finding.details.get("sources") or sorted({c.source for c in finding.claims})
        if finding.place is not None and not sources:
            sources = [finding.place.source]
        return cls(
            finding.id,
            finding.rule,
            str(finding.severity),
            finding.entity,
            finding.metric,
            finding.period,
            tuple(sources),
            finding.message,
        )


@dataclass(frozen=True)
class Baseline:
    """The accepted findings by fingerprint, and the file they came from."""

    path: Path
    entries: dict[str, Entry]

    def stale(self, found: Iterable[Finding], checked: set[str]) -> list[Entry]:
        """Entries no finding matches, among those about articles this run read."""
        ids = {f.id for f in found}
        return [e for e in self.entries.values() if e.id not in ids and set(e.sources) <= checked]


def path_in(store: Path) -> Path:
    """Where the baseline lives: beside the claims it is about."""
    return store / NAME


def load(path: Path) -> Baseline:
    """The baseline at ``path``; an empty one when there is no file."""
    if not path.exists():
        return Baseline(path, {})
    data = yamlfile.read(path, "the baseline")[1] or {}
    rows = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ClaimcheckError(f"{path}: not a baseline (expected a mapping with a `findings` list)")
    entries = {}
    for i, row in enumerate(rows):
        entry = _entry(row, f"{path}: findings[{i}]")
        entries[entry.id] = entry
    return Baseline(path, entries)


def _entry(row: Any, where: str) -> Entry:
    if not isinstance(row, dict) or not isinstance(row.get("id"), str):
        raise ClaimcheckError(f"{where}: an entry needs an `id` (the finding's fingerprint)")
    reason = row.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ClaimcheckError(f"{where}.reason: expected text, got {type(reason).__name__}")
    return Entry(
        id=row["id"],
        rule=str(row.get("rule", "")),
        severity=str(row.get("severity", "")),
        entity=str(row.get("entity", "")),
        metric=str(row.get("metric", "")),
        period=None if row.get("period") is None else str(row["period"]),
        sources=tuple(str(s) for s in row.get("sources") or ()),
        message=str(row.get("message", "")),
        reason=reason,
    )


def updated(
    baseline: Baseline, findings: Iterable[Finding], checked: set[str], *, prune: bool
) -> tuple[Baseline, int, int]:
    """The baseline with today's findings added or, with ``prune``, its stale entries (about the
    ``checked`` articles) dropped; every reason kept. Also how many entries were added and dropped."""
    found = list(findings)
    entries = dict(baseline.entries)
    if prune:
        for entry in baseline.stale(found, checked):
            del entries[entry.id]
        return Baseline(baseline.path, entries), 0, len(baseline.entries) - len(entries)
    added = 0
    for finding in found:
        if finding.id not in entries:
            entries[finding.id] = Entry.of(finding)
            added += 1
    return Baseline(baseline.path, entries), added, 0


def save(baseline: Baseline) -> None:
    """Write the baseline atomically, ordered so that a re-run changes no line needlessly."""
    rows = []
    for entry in sorted(baseline.entries.values(), key=lambda e: (e.entity, e.metric, str(e.period), e.id)):
        row = asdict(entry)
        row["sources"] = list(entry.sources)
        rows.append(row)
    write_atomic(baseline.path, _HEADER + yamlfile.dump({"schema": SCHEMA, "findings": rows}))
