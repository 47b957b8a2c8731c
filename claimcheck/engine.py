"""Claims to findings: group, run the enabled rules, and decide the exit code.

The exit code is decided here and only here (reporters never decide it):
0 ran and found nothing at or above ``--fail-on``; 1 ran and did; 2 could
not run (raised as ``ClaimcheckError`` before we get here).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.findings import Coverage
from claimcheck.config import Config
from claimcheck.entities.registry import registry
from claimcheck.extract.coverage import Report, total
from claimcheck.match.groups import Group, group
from claimcheck.model import Claim, Comparison, Finding, Severity, Unreadable
from claimcheck.quantities.rates import Rates
from claimcheck.rules import enabled
from claimcheck.rules.base import RuleContext
from claimcheck.vocabulary import vocabulary

if TYPE_CHECKING:
    from claimcheck.engines import Engine


@dataclass(frozen=True)
class Summary:
    """Counts for the one-line summary."""

    articles: int
    claims: int
    comparisons: int
    findings: dict[str, int] = field(default_factory=dict)
    unreadable: int = 0
    arithmetic: dict[str, Any] = field(default_factory=dict)
    reading: Mapping[str, Report] = field(default_factory=dict)  # each article's coverage, by source

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "unreadable": self.unreadable,
            "claims": self.claims,
            "comparisons": self.comparisons,
            "findings": dict(self.findings),
            "arithmetic": dict(self.arithmetic),
            "coverage": coverage_record(self.reading),
        }


def coverage_record(reading: Mapping[str, Report], figures: bool = False) -> dict[str, object]:
    """The articles' coverage summed, and each article's (with ``figures``, its skipped numbers)."""
    return {
        **total(reading.values()).to_dict(),
        "articles": {source: r.to_dict(figures) for source, r in sorted(reading.items())},
    }


@dataclass(frozen=True)
class CheckResult:
    """Findings, most severe first, the summary, what each comparison saw, and the in-article
    statements' coverage."""

    findings: tuple[Finding, ...]
    summary: Summary
    comparisons: tuple[Comparison, ...] = ()
    coverage: Coverage = field(default_factory=Coverage)


def _context(config: Config, unreadable: tuple[Unreadable, ...]) -> RuleContext:
    names = registry(config)
    labels = {mid: m.label for mid, m in vocabulary(config).metrics.items()}
    org_of = {e["name"]: e["org"] for e in config.entities["entities"] if e.get("org")}
    return RuleContext(
        names.family_of,
        labels,
        float(config.fx.get("uncertainty", 0.0)),
        unreadable=unreadable,
        org_of=org_of,
        rates=Rates.from_config(config.fx),
        coverage=Coverage(),
    )


@dataclass
class Partial:
    """What the rules found over some groups and some articles, kept rule by rule (in the order the
    rules run), so partials computed apart (in worker processes, on a Dask cluster) add up to
    exactly what one pass over everything finds."""

    group_findings: list[list[Finding]]
    article_findings: list[list[Finding]]
    compared: int
    comparisons: list[list[Comparison]]
    coverage: list[Coverage]


def evaluate(
    groups: list[Group],
    inside: Sequence[ArticleFacts],
    config: Config,
    unreadable: tuple[Unreadable, ...] = (),
) -> Partial:
    """Every enabled rule over these groups (across articles) and these articles' facts (inside each)."""
    rules = enabled(config)
    out = Partial([], [], 0, [], [])
    for rule, options in rules:
        ctx = _context(config, tuple(unreadable))
        out.group_findings.append(list(rule.check(groups, options, ctx)) if rule.check else [])
        check = rule.check_article
        found = [f for facts in inside for f in check(facts, options, ctx)] if check else []
        out.article_findings.append(found)
        out.compared += ctx.compared
        out.comparisons.append(ctx.comparisons)
        out.coverage.append(ctx.coverage or Coverage())
    return out


def assemble(
    partials: Sequence[Partial], config: Config, *, articles: int, claims: int, unreadable: int = 0
) -> CheckResult:
    """One result from partials, in order: findings by rule, each rule's over groups then articles
    (the first finding of an id wins), most severe first."""
    found: dict[str, Finding] = {}
    comparisons: list[Comparison] = []
    coverage = Coverage()
    for r in range(len(enabled(config))):
        for f in [f for p in partials for f in p.group_findings[r]] + [
            f for p in partials for f in p.article_findings[r]
        ]:
            found.setdefault(f.id, f)
        for p in partials:
            comparisons += p.comparisons[r]
            coverage.found.update(p.coverage[r].found)
            coverage.recomputed.update(p.coverage[r].recomputed)
            coverage.flagged.update(p.coverage[r].flagged)
            coverage.records += p.coverage[r].records
    findings = tuple(
        sorted(found.values(), key=lambda f: (-f.severity, f.entity, f.metric, str(f.period), f.id))
    )
    counts = Counter(str(f.severity) for f in findings)
    summary = Summary(
        articles,
        claims,
        sum(p.compared for p in partials),
        {s: counts.get(s, 0) for s in ("error", "warning", "info")},
        unreadable=unreadable,
        arithmetic=coverage.to_dict(),
    )
    return CheckResult(findings, summary, tuple(comparisons), coverage)


def run(
    claims: list[Claim],
    config: Config,
    *,
    articles: int,
    unreadable: tuple[Unreadable, ...] = (),
    inside: Sequence[ArticleFacts] = (),
    runner: Engine | None = None,
) -> CheckResult:
    """Run every enabled rule: across articles over the claims' groups, inside each article over
    its facts (``inside``: its claims and derived statements), and over the articles that could
    not be read; here, or in parts on ``runner``."""
    groups = group(claims, registry(config).family_of)
    if runner is not None:
        partials = runner.evaluate(groups, inside, config, tuple(unreadable))
    else:
        partials = [evaluate(groups, inside, config, tuple(unreadable))]
    return assemble(partials, config, articles=articles, claims=len(claims), unreadable=len(unreadable))


def exit_code(
    findings: tuple[Finding, ...] | list[Finding], fail_on: str, accepted: Collection[str] = frozenset()
) -> int:
    """1 if any finding at or above ``fail_on`` is not ``accepted`` (suppressed, in the baseline,
    or already there at the ``--changed-since`` ref: ids from ``triage.Verdict.accepted``), else 0."""
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    return 1 if any(f.severity >= threshold and f.id not in accepted for f in findings) else 0
