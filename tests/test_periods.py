"""Periods and article dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract.periods import article_date, find_periods, period_label


@pytest.mark.parametrize(
    ("text", "period", "hedge"),
    [
        ("in 2025 alone", "2025", None),
        ("2025 (Est.)", "2025", "estimate"),
        ("2026 (Projected)", "2026", "projected"),
        ("Q4 2026", "2026-Q4", None),
        ("FY2025", "2025", None),
        ("as of June 2026", "2026", None),
        ("CAGR (2024-2027)", "2024/2027", None),
        ("2025E", "2025", "estimate"),
    ],
)
def test_periods(text, period, hedge):
    (found,) = find_periods(text)
    assert (found.period, found.hedge) == (period, hedge)


@pytest.mark.parametrize("text", ["$2025", "20262246", "2,025", "the 1960s", "2025%"])
def test_numbers_that_are_not_periods(text):
    assert find_periods(text) == []


def test_a_header_that_is_only_a_period():
    assert period_label("2025 (Est.)").period == "2025"
    assert period_label("2024 Estimated Market Size") is None


def test_article_date_from_a_dateline():
    assert article_date(["Title", "", "June 2026", "Body"]) == dt.date(2026, 6, 1)
    assert article_date(["Published: 15 March 2025"]) == dt.date(2025, 3, 15)
    assert article_date(["No date here."]) is None
