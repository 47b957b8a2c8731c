"""Exchange rates an article states itself (CONTRACT.md decision 2)."""

from __future__ import annotations

import pytest

from claimcheck.quantities.stated_rates import stated_rates


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("At $1 = 7.24 yuan, the deal is worth more than it looks.", {"CNY": 7.24}),
        ("Figures are converted at 7.2 yuan to the dollar.", {"CNY": 7.2}),
        ("US$1 = RMB 7.1 throughout.", {"CNY": 7.1}),
        ("an exchange rate of 7.15 yuan per US dollar", {"CNY": 7.15}),
        ("7.3 yuan = $1", {"CNY": 7.3}),
        ("the yuan traded at 7.25 to the dollar", {"CNY": 7.25}),
        ("at HK$7.8 to the US dollar", {"HKD": 7.8}),
    ],
)
def test_an_explicit_rate_statement_sets_the_articles_rate(text, rates):
    assert stated_rates(text) == pytest.approx(rates)


def test_a_rate_against_another_currency_is_turned_into_units_per_dollar():
    assert stated_rates("€1 = $1.08 at the time")["EUR"] == pytest.approx(1 / 1.08)


@pytest.mark.parametrize(
    "text",
    [
        "$80 billion (roughly 580 trillion yuan)",
        "it costs 5 yuan per million tokens",
        "prices of 20 yuan per dollar of revenue",
        "500 million yuan ($69 million)",
    ],
)
def test_amounts_and_prices_never_set_a_rate(text):
    assert stated_rates(text) == {}


def test_the_first_statement_of_a_rate_wins():
    assert stated_rates("At $1 = 7.1 yuan.\nLater at 7.3 yuan to the dollar.") == {"CNY": 7.1}
