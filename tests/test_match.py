"""The matcher's guards: what may be compared with what."""

from __future__ import annotations

from claimcheck.match.groups import comparable, group
from claimcheck.match.slices import periods_meet
from claimcheck.model import Claim, Stated

FAMILIES = {"Llama 3 8B": "Llama 3", "Llama 3 70B": "Llama 3"}


def claim(**over) -> Claim:
    base = dict(
        id="c",
        source="a",
        line=1,
        column=1,
        quote="",
        raw="",
        entity="GLM-4",
        variant=None,
        metric="mmlu",
        price_kind=None,
        period=None,
        value=1.0,
        low=1.0,
        high=1.0,
        unit="points",
        stated=Stated(1.0, None),
    )
    return Claim(**{**base, **over})


def test_explicit_periods_must_agree_and_an_undated_claim_meets_any():
    assert not comparable(claim(period="2024"), claim(period="2025"), {})
    assert comparable(claim(period="2024"), claim(), {})


def test_an_inferred_period_counts_as_a_period():
    assert not comparable(claim(inferred_period="2026"), claim(period="2025"), {})


def test_variants_guard_and_plain_names_meet_any_variant():
    assert not comparable(claim(variant="Dense"), claim(variant="MoE"), {})
    assert comparable(claim(), claim(variant="MoE"), {})


def test_family_members_are_kept_apart_but_meet_the_family():
    sonnet, haiku, family = (
        claim(entity="Llama 3 70B"),
        claim(entity="Llama 3 8B"),
        claim(entity="Llama 3"),
    )
    assert not comparable(sonnet, haiku, FAMILIES)
    assert comparable(family, sonnet, FAMILIES) and comparable(family, haiku, FAMILIES)
    assert len(group([sonnet, haiku, family], FAMILIES)) == 1


def test_input_and_output_prices_are_never_compared():
    kinds = [claim(metric="price_per_mtok", price_kind=k) for k in ("input", "output", "unspecified")]
    assert not comparable(kinds[0], kinds[1], {})
    assert comparable(kinds[0], kinds[2], {}) and comparable(kinds[1], kinds[2], {})


def test_groups_are_per_entity_and_metric():
    groups = group([claim(), claim(metric="c_eval"), claim(entity="GPT-4o")], {})
    assert [(g.entity, g.metric) for g in groups] == [
        ("GLM-4", "c_eval"),
        ("GLM-4", "mmlu"),
        ("GPT-4o", "mmlu"),
    ]


def test_a_quarter_whose_year_is_unknown_is_compared_with_that_quarter_of_a_year():
    assert periods_meet("Q3", "2025-Q3") and periods_meet("FY-Q2", "FY2026-Q2")
    assert not periods_meet("Q3", "2025-Q2") and not periods_meet("Q3", "FY2026-Q3")
    assert not periods_meet("2024-Q3", "2025-Q3")


def test_a_move_on_a_day_is_never_the_move_over_a_period():
    day = claim(metric="growth_rate", change="unspecified", of="share_price", as_of="2025-10-29")
    year_to_date = claim(metric="growth_rate", change="unspecified", of="share_price", period="2025-YTD")
    assert not comparable(day, year_to_date, {}) and not comparable(year_to_date, day, {})
    assert comparable(day, claim(metric="growth_rate", change="unspecified", as_of="2025-10-30"), {})
