"""Which findings count: a new one fails the run; one suppressed where it stands, accepted in the
baseline, or already there at the ``--changed-since`` ref is reported but accepted.

Pure: findings and what accepts them in, a ``Verdict`` out. ``engine.exit_code`` reads the
accepted ids; reporters show the states and never decide anything.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.engine import CheckResult
from claimcheck.model import Finding
from claimcheck.store.baseline import Baseline, Entry
from claimcheck.triage.suppressions import Suppression, apply


class State(enum.StrEnum):
    """A finding's standing: only ``new`` findings can fail a run."""

    NEW = "new"
    EXISTING = "existing"
    BASELINED = "baselined"
    SUPPRESSED = "suppressed"


@dataclass(frozen=True)
class Since:
    """What ``--changed-since`` compared with: the ref as given, the commit, the changed articles."""

    ref: str
    commit: str
    changed: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    """The findings a run reports, each with its state, and what the baseline no longer matches."""

    result: CheckResult
    states: dict[str, State]
    reasons: dict[str, str] = field(default_factory=dict)
    stale: tuple[Entry, ...] = ()
    baseline: Path | None = None
    since: Since | None = None
    articles: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # what the readers passed over, for stderr

    @property
    def accepted(self) -> frozenset[str]:
        """Ids of the findings that cannot fail the run."""
        return frozenset(fid for fid, state in self.states.items() if state is not State.NEW)

    def state(self, finding: Finding) -> State:
        return self.states.get(finding.id, State.NEW)


def involves(finding: Finding, sources: set[str]) -> bool:
    """Whether a finding is about one of ``sources`` (one of its claims, or its place, is there)."""
    if finding.place is not None and finding.place.source in sources:
        return True
    return any(c.source in sources for c in finding.claims)


def judge(
    result: CheckResult,
    *,
    suppressions: Iterable[Suppression] = (),
    baseline: Baseline | None = None,
    earlier: Iterable[str] | None = None,
    since: Since | None = None,
    articles: Iterable[str] = (),
) -> Verdict:
    """Each finding's state; unused suppressions become findings; with ``since``, only findings
    about a changed article are reported. ``earlier`` holds the fingerprints found at the ref."""
    suppressed, unused = apply(result.findings, list(suppressions))
    everything = [*result.findings, *unused]
    reported = everything if since is None else [f for f in everything if involves(f, set(since.changed))]
    before = set(earlier or ())
    states: dict[str, State] = {}
    reasons: dict[str, str] = {}
    for f in reported:
        if f.id in suppressed:
            s = suppressed[f.id]
            states[f.id], reasons[f.id] = State.SUPPRESSED, s.reason or f"suppressed at {s.origin}:{s.line}"
        elif baseline is not None and f.id in baseline.entries:
            states[f.id] = State.BASELINED
            reasons[f.id] = baseline.entries[f.id].reason or f"in the baseline ({baseline.path.name})"
        elif f.id in before:
            states[f.id] = State.EXISTING
            reasons[f.id] = f"already there at {since.ref if since else 'the ref'}"
        else:
            states[f.id] = State.NEW
    checked = set(articles)
    stale = tuple(baseline.stale(everything, checked)) if baseline is not None else ()
    if since is not None:
        stale = tuple(e for e in stale if set(e.sources) & set(since.changed))
    counts = Counter(str(f.severity) for f in reported)
    summary = dataclasses.replace(
        result.summary, findings={k: counts.get(k, 0) for k in ("error", "warning", "info")}
    )
    return Verdict(
        CheckResult(tuple(reported), summary),
        states,
        reasons,
        stale,
        baseline.path if baseline is not None else None,
        since,
        tuple(sorted(checked)),
    )
