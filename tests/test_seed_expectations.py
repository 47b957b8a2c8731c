"""End to end on the five articles: every claim, contradiction, agreement and
never-compare case in seed-expectations.yaml (a copy of the project's gold sample)."""

from __future__ import annotations

import math

import pytest
import yaml

from claimcheck import engine
from claimcheck.entities.registry import registry
from claimcheck.extract import extract_text
from claimcheck.match.groups import comparable
from claimcheck.model import Claim
from conftest import ARTICLES, DATA

SEED = yaml.safe_load((DATA / "seed-expectations.yaml").read_text(encoding="utf-8"))
FILES = SEED["articles"]


@pytest.fixture(scope="module")
def claims(config) -> dict[str, list[Claim]]:
    return {
        key: extract_text((ARTICLES / name).read_text(encoding="utf-8"), f"articles/{name}", config)
        for key, name in FILES.items()
    }


@pytest.fixture(scope="module")
def result(config, claims) -> engine.CheckResult:
    return engine.run([c for found in claims.values() for c in found], config, articles=len(claims))


def _close(claim: Claim, value: float) -> bool:
    # The seed converts yuan at 7.2 per dollar and allows ~9% for CNY-stated figures.
    converted = "CNY" in (claim.stated.unit or "")
    return math.isclose(claim.value, float(value), rel_tol=0.09 if converted else 0.005)


@pytest.mark.parametrize("row", SEED["claims"], ids=lambda r: f"{r[0]}-{r[1]}-{r[2]}-{r[3]}")
def test_seed_claim_is_extracted(claims, row):
    article, entity, metric, value, period, where = row
    found = [c for c in claims[article] if (c.entity, c.metric, c.period) == (entity, metric, period)]
    assert any(_close(c, value) for c in found), f"{where}: got {[(c.value, c.raw, c.line) for c in found]}"


def test_bounds_and_hedges_are_kept_on_seed_claims(claims):
    stars = [c for c in claims["endgame"] if c.metric == "github_stars" and c.entity == "ChatGLM-6B"]
    assert stars and stars[0].high is None and "lower_bound" in stars[0].hedges
    revenue_2025 = [
        c for c in claims["endgame"] if (c.entity, c.metric, c.period) == ("Zhipu AI", "revenue", "2025")
    ]
    assert "estimate" in revenue_2025[0].hedges
    mmlu = [c for c in claims["anthropic"] if (c.entity, c.metric) == ("GLM-5", "mmlu")]
    assert {"estimate", "rumored"} <= set(mmlu[0].hedges)


def _sources(finding) -> set[str]:
    return {c.source.rsplit("/", 1)[-1] for c in finding.claims}


def _sets_apart(finding, wanted: set[str]) -> bool:
    """The finding sets the two articles against each other: both are quoted, and they are not both
    on the agreeing side (one is the outlier, or there is no consensus)."""
    outliers = {s.rsplit("/", 1)[-1] for s in finding.outliers}
    return wanted <= _sources(finding) and (not finding.outliers or bool(wanted & outliers))


@pytest.mark.parametrize("row", SEED["contradictions"], ids=lambda r: f"{r[0]}-{r[1]}-{r[2]}")
def test_seed_contradiction_is_found(result, row):
    entity, metric, period, pair = row
    wanted = {FILES[a] for a in pair}
    hits = [
        f
        for f in result.findings
        if (f.entity, f.metric, f.period) == (entity, metric, period) and _sets_apart(f, wanted)
    ]
    assert hits, [f.message for f in result.findings if f.metric == metric and f.entity == entity]


@pytest.mark.parametrize("row", SEED["agreements"], ids=lambda r: f"{r[0]}-{r[1]}")
def test_no_finding_about_a_seed_agreement(result, config, row):
    entity, metric = row
    family = registry(config).family_of.get(entity)
    assert not [f.message for f in result.findings if f.metric == metric and f.entity in (entity, family)]


def test_gpt4_is_never_compared_with_gpt4o_or_gpt4_turbo(result):
    for f in result.findings:
        names = {c.entity for c in f.claims}
        assert not ({"GPT-4", "GPT-4o"} <= names or {"GPT-4", "GPT-4 Turbo"} <= names), f.message


def test_dense_and_moe_rows_are_never_compared_but_plain_glm4_is_compared_with_either(claims, config):
    family_of = registry(config).family_of
    musk = [c for c in claims["musk"] if (c.entity, c.metric) == ("GLM-4", "mmlu")]
    dense = next(c for c in musk if c.variant == "Dense")
    moe = next(c for c in musk if c.variant == "MoE")
    plain = next(c for c in claims["endgame"] if (c.entity, c.metric) == ("GLM-4", "mmlu"))
    assert not comparable(dense, moe, family_of)
    assert comparable(plain, dense, family_of) and comparable(plain, moe, family_of)


def test_currency_mix_up_is_diagnosed_on_the_valuation(result):
    valuation = [
        f for f in result.findings if (f.entity, f.metric) == ("Zhipu AI", "valuation") and f.period is None
    ]
    assert any(f.diagnosis and "currency" in f.diagnosis for f in valuation)


def test_undated_against_dated_is_at_most_a_warning(result):
    for f in result.findings:
        if f.period is None and any(c.when for c in f.claims):
            assert str(f.severity) != "error", f.message
