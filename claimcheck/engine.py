"""Claims to findings: group, run the enabled rules, and decide the exit code.

The exit code is decided here and only here (reporters never decide it):
0 ran and found nothing at or above ``--fail-on``; 1 ran and did; 2 could
not run (raised as ``ClaimcheckError`` before we get here).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from claimcheck.config import Config
from claimcheck.entities.registry import registry
from claimcheck.match.groups import group
from claimcheck.model import Claim, Comparison, Finding, Severity, Unreadable
from claimcheck.rules import enabled
from claimcheck.rules.base import RuleContext
from claimcheck.vocabulary import vocabulary


@dataclass(frozen=True)
class Summary:
    """Counts for the one-line summary."""

    articles: int
    claims: int
    comparisons: int
    findings: dict[str, int] = field(default_factory=dict)
    unreadable: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "unreadable": self.unreadable,
            "claims": self.claims,
            "comparisons": self.comparisons,
            "findings": dict(self.findings),
        }


@dataclass(frozen=True)
class CheckResult:
    """Findings, most severe first, the summary, and what each comparison saw."""

    findings: tuple[Finding, ...]
    summary: Summary
    comparisons: tuple[Comparison, ...] = ()


def run(
    claims: list[Claim], config: Config, *, articles: int, unreadable: tuple[Unreadable, ...] = ()
) -> CheckResult:
    """Run every enabled rule over the claims (and the articles that could not be read)."""
    names = registry(config)
    labels = {mid: m.label for mid, m in vocabulary(config).metrics.items()}
    ctx = RuleContext(
        names.family_of, labels, float(config.fx.get("uncertainty", 0.0)), unreadable=tuple(unreadable)
    )
    groups = group(claims, names.family_of)
    found: dict[str, Finding] = {}
    for rule, options in enabled(config):
        for f in rule.check(groups, options, ctx):
            found.setdefault(f.id, f)
    findings = tuple(
        sorted(found.values(), key=lambda f: (-f.severity, f.entity, f.metric, str(f.period), f.id))
    )
    counts = Counter(str(f.severity) for f in findings)
    summary = Summary(
        articles,
        len(claims),
        ctx.compared,
        {s: counts.get(s, 0) for s in ("error", "warning", "info")},
        unreadable=len(unreadable),
    )
    return CheckResult(findings, summary, tuple(ctx.comparisons))


def exit_code(
    findings: tuple[Finding, ...] | list[Finding], fail_on: str, accepted: Collection[str] = frozenset()
) -> int:
    """1 if any finding at or above ``fail_on`` is not ``accepted`` (suppressed, in the baseline,
    or already there at the ``--changed-since`` ref: ids from ``triage.Verdict.accepted``), else 0."""
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    return 1 if any(f.severity >= threshold and f.id not in accepted for f in findings) else 0
