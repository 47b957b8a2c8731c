"""Reading derived statements: what an article says follows from its other figures."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from claimcheck.config import load_config
from claimcheck.extract import extract_text
from claimcheck.extract.derived import derive


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("derived")
    entities = [{"name": n, "type": "org"} for n in ("Velora", "Quillon")]
    (folder / "claimcheck.yaml").write_text(yaml.safe_dump({"entities": entities}), encoding="utf-8")
    return load_config(cwd=folder)


def _derived(text, config):
    return derive(text, "t.txt", extract_text(text, "t.txt", config), config)


def test_over_40x_is_a_lower_bound_and_23x_an_approximate_ratio(config):
    found = _derived(
        "Velora's valuation of $12 billion rests on $200 million in revenue, a P/S ratio of over 40x. "
        "Quillon's valuation of $8 billion rests on $3.4 billion in revenue, a P/S ratio of ~23x.",
        config,
    )
    over, about = (d for d in found if d.kind == "ratio")
    assert over.stated.low == 40 and over.stated.high is None
    assert "approximate" in about.stated.hedges and about.operands[0].entities == ("Quillon",)


def test_a_range_of_points_is_read_as_a_range_against_each_rival_named(config):
    found = _derived("Kite-3 outperforms Orca-2 and Puffin-4 on MMLU by 2-3 points.", config)
    assert [d.operands[1].entities for d in found] == [("Orca-2",), ("Puffin-4",)]
    assert all((d.stated.low, d.stated.high, d.relation) == (2, 3, "difference") for d in found)


def test_half_the_price_of_is_a_multiple_of_one_half(config):
    (d,) = _derived("Kite-3 costs half the price of Orca-2.", config)
    assert d.relation == "times" and math.isclose(d.stated.value, 0.5)
    assert d.operands[1].entities == ("Orca-2",) and d.operands[0].metric == "price_per_mtok"


def test_a_conversion_in_the_same_breath_restates_the_first_amount(config):
    (d,) = _derived("Velora raised 500 million yuan ($69 million) in March.", config)
    assert d.kind == "conversion" and d.stated.unit == "USD" and d.operands[0].figure.unit == "CNY"


@pytest.mark.parametrize(
    "text",
    [
        "Within 18 months, Velora will grow revenue by 30%.",
        "If Velora's revenue doubles, its valuation could reach 40x.",
        "Velora doubles down on safety research.",
        "The 'second half' winner will not be the one with the best score.",
        "Velora's double-edged strategy has a 40% chance of success.",
    ],
)
def test_predictions_conditions_and_idioms_are_not_derived_statements(text, config):
    assert [d for d in _derived(text, config) if d.kind in ("ratio", "growth")] == []


def test_made_up_of_is_a_share_not_a_growth(config):
    (d,) = _derived("Engineers make up 55% of staff, sales 25% and operations 15%.", config)
    assert d.kind == "share" and d.relation == "sum" and d.stated.high == 100


def test_a_dateline_year_is_not_the_period_grown_to(config):
    found = _derived("LISBON, February 5, 2026 - Velora said revenue climbed 31% to $612 million.", config)
    (growth,) = [d for d in found if d.kind == "growth"]
    assert growth.operands[1].period is None and growth.operands[1].figure.text == "$612 million"


def test_a_part_named_before_the_metric_is_not_the_whole_company(config):
    (d,) = _derived("Velora's cloud revenue more than doubled to $1.9 billion.", config)
    assert d.operands[1].segment == "cloud" and d.stated.high is None
