"""The one list of plain records every machine format is rendered from.

``build`` turns a ``triage.Verdict`` into a ``Report``: each finding with its state, its primary
location (the claim in an edited article when there is one, so an annotation lands on the line
the writer changed) and the other claims as related locations, plus the tool's identity (version,
config fingerprint, rate table date), the rules' help, and the baseline's stale entries.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from claimcheck import __version__
from claimcheck.config import Config
from claimcheck.engine import Summary, coverage_record
from claimcheck.extract.coverage import Report as CoverageReport
from claimcheck.formatting import claim_value, qualifiers
from claimcheck.model import Claim, Finding
from claimcheck.quantities.rates import table_date
from claimcheck.readers.sources import display
from claimcheck.store.baseline import Entry
from claimcheck.triage import Since, State, Verdict
from claimcheck.triage import suppressions as suppress

SCHEMA = 1
TOOL = "claimcheck"


@dataclass(frozen=True)
class Location:
    """Where a claim (or a finding about no claim) stands, and what it says there."""

    source: str
    line: int
    column: int
    quote: str = ""
    value: str = ""

    @classmethod
    def of(cls, c: Claim) -> Location:
        return cls(c.source, c.line, c.column, c.quote, claim_value(c) + qualifiers(c))

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass(frozen=True)
class Record:
    """One finding as every format shows it."""

    finding: Finding
    state: State
    reason: str | None
    primary: Location
    related: tuple[Location, ...]

    @property
    def counts(self) -> bool:
        """Whether this finding can fail the run (it is new)."""
        return self.state is State.NEW

    def to_json(self) -> dict[str, Any]:
        """The contract's finding record, with its state and primary location."""
        record = self.finding.to_dict()
        record.update(
            state=str(self.state),
            reason=self.reason,
            location={
                "source": self.primary.source,
                "line": self.primary.line,
                "column": self.primary.column,
            },
        )
        return record


@dataclass(frozen=True)
class RuleInfo:
    """A rule's id, one-line summary, help text and default severity, for formats' metadata."""

    id: str
    summary: str
    help: str
    severity: str = "error"


@dataclass(frozen=True)
class Tool:
    """What produced a report: reports carry it so a result can be reproduced."""

    version: str
    config_fingerprint: str
    rates_date: str


@dataclass(frozen=True)
class Report:
    """Everything a format renders."""

    records: tuple[Record, ...]
    summary: Summary
    stale: tuple[Entry, ...]
    baseline: str | None
    since: Since | None
    articles: tuple[str, ...]
    tool: Tool
    rules: tuple[RuleInfo, ...]

    @property
    def counting(self) -> tuple[Record, ...]:
        """The findings that can fail the run."""
        return tuple(r for r in self.records if r.counts)


def _locations(f: Finding, edited: set[str]) -> tuple[Location, tuple[Location, ...]]:
    if f.place is not None:  # the statement itself, with the figures it rests on as related
        place = f.place
        quote = str(f.details.get("quote", "")) if f.details else ""
        return Location(place.source, place.line, place.column, quote), tuple(
            Location.of(c) for c in f.claims
        )
    if not f.claims:
        return Location("", 1, 1), ()
    primary = next((c for c in f.claims if c.source in edited), f.claims[0])
    return Location.of(primary), tuple(Location.of(c) for c in f.claims if c is not primary)


def rules_info() -> tuple[RuleInfo, ...]:
    """Every rule's metadata: each rule module's docstring is its help."""
    from claimcheck.config import builtin
    from claimcheck.rules import all_rules

    defaults = builtin("rules/defaults.yaml") or {}
    found = [
        RuleInfo(
            r.id,
            r.summary,
            (sys.modules[(r.check or r.check_article).__module__].__doc__ or r.summary).strip(),
            str(defaults.get(r.id, {}).get("severity", "error")),
        )
        for r in all_rules().values()
    ]
    found.append(RuleInfo(suppress.UNUSED, suppress.UNUSED_SUMMARY, suppress.UNUSED_HELP, "warning"))
    return tuple(sorted(found, key=lambda r: r.id))


def build(verdict: Verdict, config: Config) -> Report:
    """The report of a verdict: records in the engine's order, most severe first."""
    edited = set(verdict.since.changed) if verdict.since else set()
    records = []
    for f in verdict.result.findings:
        primary, related = _locations(f, edited)
        records.append(Record(f, verdict.state(f), verdict.reasons.get(f.id), primary, related))
    baseline = None if verdict.baseline is None else display(verdict.baseline, config.root)
    return Report(
        tuple(records),
        verdict.result.summary,
        verdict.stale,
        baseline,
        verdict.since,
        verdict.articles,
        Tool(__version__, config.fingerprint, table_date()),
        rules_info(),
    )


def state_counts(report: Report) -> dict[str, int]:
    """How many reported findings are in each state."""
    counts = {str(s): 0 for s in State}
    for r in report.records:
        counts[str(r.state)] += 1
    return counts


def check_document(report: Report) -> dict[str, Any]:
    """The check document: schema, tool, findings (each with its state), summary, baseline, changed_since."""
    summary = report.summary.to_dict()
    summary["states"] = state_counts(report)
    since = report.since
    return {
        "schema": SCHEMA,
        "tool": {
            "name": TOOL,
            "version": report.tool.version,
            "config_fingerprint": report.tool.config_fingerprint,
            "rates_date": report.tool.rates_date,
        },
        "findings": [r.to_json() for r in report.records],
        "summary": summary,
        "baseline": None
        if report.baseline is None
        else {"path": report.baseline, "stale": [_stale(e) for e in report.stale]},
        "changed_since": None
        if since is None
        else {"ref": since.ref, "commit": since.commit, "articles": list(since.changed)},
    }


def _stale(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "rule": e.rule,
        "entity": e.entity,
        "metric": e.metric,
        "period": e.period,
        "sources": list(e.sources),
        "reason": e.reason,
    }


def claims_document(claims: list[Claim]) -> dict[str, Any]:
    """``{"schema": 1, "claims": [...]}``."""
    return {"schema": SCHEMA, "claims": [c.to_dict() for c in claims]}


@dataclass(frozen=True)
class Extraction:
    """What ``extract`` reports: the claims, and each article's coverage by source (with
    ``figures``, every number that became no claim, with its place and reason)."""

    claims: list[Claim]
    reading: Mapping[str, CoverageReport] = field(default_factory=dict)
    figures: bool = False


def extraction_document(found: Extraction) -> dict[str, Any]:
    """``{"schema": 1, "claims": [...], "coverage": {...}}``."""
    return {**claims_document(found.claims), "coverage": coverage_record(found.reading, found.figures)}
