"""``claimcheck explain ID``: a finding's claims traced step by step with its verdict, or a claim's
trace with the comparisons and findings it took part in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.api import Workbench
from claimcheck.config import Config
from claimcheck.engine import CheckResult
from claimcheck.entities.registry import registry
from claimcheck.errors import ClaimcheckError
from claimcheck.formatting import amount, claim_value, qualifiers
from claimcheck.model import Claim, Comparison, Finding
from claimcheck.quantities.rates import Rates
from claimcheck.rules import enabled
from claimcheck.rules.base import RuleContext
from claimcheck.trace.origin import Article
from claimcheck.trace.steps import ClaimTrace, Setting, span_text, trace
from claimcheck.vocabulary import vocabulary

_DEFAULT_RULE = "cross-source-mismatch"


@dataclass(frozen=True)
class FindingExplanation:
    """A finding, each quoted claim's trace, and why the rule found them apart."""

    finding: Finding
    traces: tuple[ClaimTrace, ...]
    verdict: str


@dataclass(frozen=True)
class Use:
    """A comparison a claim took part in, and how its interval stood against the consensus band."""

    comparison: Comparison
    verdict: str


@dataclass(frozen=True)
class ClaimExplanation:
    """A claim's trace, the comparisons it took part in and the findings that quote it."""

    trace: ClaimTrace
    uses: tuple[Use, ...]
    findings: tuple[Finding, ...]


def setting(config: Config, rule_id: str = _DEFAULT_RULE) -> Setting:
    """The options and context a rule ran with, for tracing its intervals."""
    options = next((opts for rule, opts in enabled(config) if rule.id == rule_id), None)
    if options is None:
        raise ClaimcheckError(f"rules.{rule_id} is disabled in the config: nothing to explain it with")
    vocab = vocabulary(config)
    labels = {mid: m.label for mid, m in vocab.metrics.items()}
    ctx = RuleContext(registry(config).family_of, labels, float(config.fx.get("uncertainty", 0.0)))
    return Setting(options, ctx, Rates.from_config(config.fx), vocab)


def explain(bench: Workbench, config: Config, wanted: str) -> FindingExplanation | ClaimExplanation:
    """What a finding or claim id means; an id found in neither is a user error."""
    articles = {source: Article(text) for source, text in bench.texts.items()}
    finding = next((f for f in bench.result.findings if f.id == wanted), None)
    if finding is not None:
        here = setting(config, finding.rule)
        traces = tuple(trace(c, articles.get(c.source), here) for c in finding.claims)
        return FindingExplanation(finding, traces, verdict(finding, traces))
    claim = next((c for c in bench.claims if c.id == wanted), None)
    if claim is None:
        kind = (
            "finding"
            if wanted.startswith("f-")
            else "claim"
            if wanted.startswith("c-")
            else "finding or claim"
        )
        raise ClaimcheckError(
            f"{wanted}: no {kind} with this id in these articles (ids are printed by "
            "`claimcheck check` and `claimcheck claims`)"
        )
    return ClaimExplanation(
        trace(claim, articles.get(claim.source), setting(config)),
        uses(bench.result, claim),
        tuple(f for f in bench.result.findings if any(c.id == claim.id for c in f.claims)),
    )


def verdict(finding: Finding, traces: tuple[ClaimTrace, ...]) -> str:
    """Why the claims cannot all be true: the outlier against the consensus band, or no two meeting;
    for a statement inside one article, its recomputation from the article's own figures."""
    if "computation" in finding.details:
        return _recomputation(finding.details)
    if not finding.claims:
        return finding.message
    unit = finding.claims[0].unit
    if finding.consensus is not None:
        band = finding.consensus
        low = band.low if band.low is not None else float("-inf")
        high = band.high if band.high is not None else float("inf")
        outlying = [t for t in traces if t.claim.source in finding.outliers]
        sides = "; ".join(f"{_named(t.claim)} compared as {span_text(*t.compared, unit)}" for t in outlying)
        return (
            f"{sides}: outside the band {span_text(low, high, unit)} that {band.count} sources share "
            f"(consensus {amount(band.value, unit)}), so the rule names the outlier"
        )
    sides = "; ".join(f"{_named(t.claim)} compared as {span_text(*t.compared, unit)}" for t in traces)
    return f"{sides}: no interval of one source meets one of the other, and no set of sources is largest"


def _recomputation(details: dict[str, Any]) -> str:
    """``stated ¥580T, allowed ¥551T–¥609T; the article's own figures give ¥538B–¥579B (...)``."""
    from claimcheck.arithmetic.findings import show
    from claimcheck.arithmetic.intervals import Interval

    stated, allowed, got = details["stated"], details["stated"]["allowed"], details["recomputed"]
    unit = got.get("unit")
    inputs = "; ".join(_input(i) for i in details.get("inputs", []))
    allowed_text = show(Interval.of(allowed["low"], allowed["high"]), unit)
    got_text = show(Interval.of(got["low"], got["high"]), unit)
    return (
        f"stated {stated['text'].strip()}, allowed {allowed_text}; the article's own figures give "
        f"{got_text} ({details['computation']}); inputs: {inputs or 'the figures in the statement'}: "
        "the two intervals do not meet"
    )


def _input(i: dict[str, Any]) -> str:
    claim = f" = {i['entity']} {i['metric']} (line {i['line']})" if "claim" in i else ""
    return i["text"].strip() + claim


def _named(claim: Claim) -> str:
    return f"{claim_value(claim)}{qualifiers(claim)} ({claim.location})"


def uses(result: CheckResult, claim: Claim) -> tuple[Use, ...]:
    """Every comparison the claim took part in, with where it stood against the consensus band."""
    out = []
    for comparison in result.comparisons:
        vote = next((v for v in comparison.votes if v.claim.id == claim.id), None)
        if vote is None:
            continue
        label = f"compared as {span_text(vote.low, vote.high, claim.unit)}"
        if comparison.band is None:
            text = f"{label}; no consensus"
        else:
            inside = vote.low <= comparison.band[1] and comparison.band[0] <= vote.high
            where = "inside" if inside else "outside"
            text = f"{label}; {where} the consensus band {span_text(*comparison.band, claim.unit)}"
        out.append(Use(comparison, text))
    return tuple(out)
