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
        ("FY2025", "FY2025", None),
        ("fiscal 2024", "FY2024", None),
        ("FY24 revenue", "FY2024", None),
        ("Q3 FY26", "FY2026-Q3", None),
        ("the third quarter of fiscal 2026", "FY2026-Q3", None),
        ("H1 2025", "2025-H1", None),
        ("in the first half of 2025", "2025-H1", None),
        ("1H25", "2025-H1", None),
        ("three months ended October 31, 2024", "P3M/2024-10-31", None),
        ("over the trailing twelve months", "TTM", None),
        ("FY2026 year-to-date", "FY2026-YTD", None),
        ("as of June 2026", "2026", None),
        ("CAGR (2024-2027)", "2024/2027", None),
        ("2025E", "2025", "estimate"),
    ],
)
def test_periods(text, period, hedge):
    (found,) = find_periods(text)
    assert (found.period, found.hedge) == (period, hedge)


@pytest.mark.parametrize(
    ("text", "period", "date"),
    [
        ("in May", None, "2025-05"),
        ("in December", None, "2024-12"),
        ("as of March 2025", "2025", "2025-03"),
        ("last year", "2024", None),
        ("the third quarter", "2025-Q3", None),
        ("year to date", "2025-YTD", None),
        ("at the start of the year", None, "2025-01"),
    ],
)
def test_words_relative_to_the_article_resolve_against_its_date(text, period, date):
    (found,) = find_periods(text, dt.date(2025, 11, 20))
    assert (found.period, found.date) == (period, date)


def test_a_fiscal_year_is_never_mapped_to_a_calendar_year():
    kinds = {p.period: p.kind for p in find_periods("FY2025 and 2025 and Q3 FY2025 and Q3 2025")}
    assert kinds == {
        "FY2025": "fiscal_year",
        "2025": "year",
        "FY2025-Q3": "fiscal_quarter",
        "2025-Q3": "quarter",
    }


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
    assert article_date(["Kestrel Raises $4bn", "", "By Jo Park | June 10, 2025", ""]) == dt.date(2025, 6, 10)
    assert article_date(["SAN FRANCISCO, March 4, 2025 — Kestrel Robotics said"]) == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("the three months ended June 30, 2025", "2025-Q2"),
        ("the six months ended June 30, 2025", "2025-H1"),
        ("the twelve months ended December 31, 2024", "2024"),
        ("截至2025年6月30日止六个月", "2025-H1"),
        # A span that is no calendar quarter stays as stated (a fiscal quarter ending in October).
        ("the three months ended October 31, 2025", "P3M/2025-10-31"),
        ("the nine months ended September 30, 2025", "P9M/2025-09-30"),
    ],
)
def test_months_ended_a_calendar_quarters_end_are_that_quarter(text, period):
    (found,) = find_periods(text, dt.date(2025, 8, 1))
    assert found.period == period


def test_a_fiscal_year_ended_a_month_and_a_quarter_closed_near_a_calendar_quarters_end():
    import datetime

    from claimcheck.extract.periods import find_periods

    def periods(text: str) -> list[str | None]:
        return [p.period for p in find_periods(text, datetime.date(2025, 7, 30))]

    assert periods("operating profit for the fiscal year ended March 2025 rose") == ["FY2025"]
    # A 52/53-week calendar closes its quarter on a Saturday near the month's end.
    assert periods("Revenue for the quarter ended June 28 rose") == ["2025-Q2"]
    assert periods("the quarter ended March 20, 2025") == ["P3M/2025-03-20"]


def test_the_last_four_quarters_are_the_trailing_twelve_months():
    import datetime

    from claimcheck.extract.periods import find_periods

    found = find_periods("Total (last four quarters)", datetime.date(2025, 7, 30))
    assert [p.period for p in found] == ["TTM"]


def test_a_moving_figure_at_a_years_end_holds_in_its_last_month():
    (found,) = find_periods("valued at $2 billion at the end of 2024")
    assert (found.period, found.date) == ("2024", "2024-12")
    (found,) = find_periods("staff at year-end 2023")
    assert found.date == "2023-12"
    (found,) = find_periods("up from fewer than 150 at the start of 2024")
    assert found.date == "2024-01"
    # a plain year is no date
    (found,) = find_periods("revenue in 2024")
    assert found.date is None


def test_an_iso_date_line_in_markdown_emphasis_dates_the_article():
    from claimcheck.extract.dateline import article_day

    assert article_day("# Corvane Pricing\n\n_Last updated: 2025-05-06_\n\nBody.") == dt.date(2025, 5, 6)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the latest full year reported as past: the dateline's year is the one after it
        ("SINGAPORE, March 3 (Wire) - Lumen Ltd said revenue rose to $85 mln in 2024.", dt.date(2025, 3, 3)),
        # a year spoken of as ahead caps the guess: 2026 cannot be, since 2025 is still to come
        (
            "SINGAPORE, March 3 (Wire) - Lumen Ltd said revenue rose to $85 mln in 2024 "
            "and it plans to hire 150 more by the end of 2024.",
            None,
        ),
        # nothing reported as a past full year: no guess
        ("SINGAPORE, March 3 (Wire) - Lumen Ltd expects revenue of $90 mln in 2025.", None),
        # part of a year is no full year
        ("SINGAPORE, March 3 (Wire) - In the first nine months of 2025, revenue rose 21%.", None),
    ],
)
def test_a_yearless_dateline_takes_its_year_from_what_the_article_reports_as_past(text, day):
    from claimcheck.extract.dateline import article_day

    assert article_day(text) == day


@pytest.mark.parametrize(
    ("today", "day"),
    [
        (dt.date(2026, 12, 3), dt.date(2025, 7, 23)),  # the latest July 23 that fell on a Wednesday
        (dt.date(2025, 7, 22), dt.date(2014, 7, 23)),  # never a day after the reading
    ],
)
def test_a_dateline_in_a_text_naming_no_year_is_of_the_latest_year_its_weekday_fits(today, day):
    from claimcheck.extract.dateline import article_day

    text = "SEATTLE, July 23 (Wire) - Brightwater Cloud reported revenue above estimates on Wednesday."
    assert article_day(text, today) == day
    assert article_day(text.replace(" on Wednesday", ""), today) is None  # no weekday: no guess


def test_a_fiscal_quarter_glossed_as_the_three_months_it_ended_is_of_that_fiscal_year():
    text = "Revenue in the fiscal third quarter, the three months ended July 31, rose 27%"
    assert [p.period for p in find_periods(text, dt.date(2025, 8, 27))] == ["FY2025-Q3"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Revenue rose 7.4% in the six months to June", "2025-H1"),  # a span named by its last month
        ("expects revenue of $425 mln for the three months ending December", "2025-Q4"),  # the one ahead
        ("revenue for the three months ended December rose", "2024-Q4"),  # one reported is past
    ],
)
def test_a_span_named_by_its_last_month_alone(text, period):
    assert [p.period for p in find_periods(text, dt.date(2025, 10, 29))] == [period]


def test_the_test_before_the_scan_lets_through_every_period_the_scan_finds():
    """The quick test that spares the scan a sentence must hold for every period found: each one
    in the test articles and the accuracy corpus has a digit or one of the test's words."""
    from pathlib import Path

    from claimcheck.extract.periods import _MAY_NAME_A_PERIOD, _PERIOD

    tests = Path(__file__).resolve().parent
    texts = [
        p.read_text(encoding="utf-8") for pattern in ("**/*.txt", "**/*.md") for p in tests.glob(pattern)
    ]
    found = [m.group() for text in texts for m in _PERIOD.finditer(text)]
    assert len(found) > 1000
    assert [period for period in found if not _MAY_NAME_A_PERIOD.search(period)] == []


def test_a_day_said_with_on_or_effective_is_a_date_of_the_year_in_view():
    today = dt.date(2025, 11, 3)
    assert [p.date for p in find_periods("effective October 27, a 37.5% cut", today)] == ["2025-10-27"]
    assert [p.date for p in find_periods("followed on November 1, cutting", today)] == ["2025-11-01"]


def test_a_day_a_change_takes_effect_from_is_the_one_ahead():
    today = dt.date(2025, 8, 6)
    assert [p.date for p in find_periods("From September 1, it costs $2.00", today)] == ["2025-09-01"]
    assert [p.date for p in find_periods("effective September 1, prices fall", today)] == ["2025-09-01"]
    assert [p.date for p in find_periods("since September 3, it has", today)] == ["2024-09-03"]


def test_for_the_year_opening_a_sentence_is_the_year_the_article_reports():
    found = find_periods("For the year, sales climbed to $2.79bn.", dt.date(2025, 8, 6))
    assert [(p.kind, p.part) for p in found] == [("fiscal_year", "FY")]
    assert find_periods("guidance for the year ahead", dt.date(2025, 8, 6)) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Brightwater had more than 13,000 customers at the end of June", "2025-06-30"),
        ("Headcount stood at 2,450 at end-June", "2025-06-30"),
        ("Brightwater had more than 13,000 customers in June", "2025-06"),
        # a month naming when a round was done
        ("valued at $4.8 billion after its March round", "2025-03"),
        ("Quillfeather's November round valued the start-up at $3.4 billion", "2024-11"),
    ],
)
def test_the_end_of_a_month_is_its_last_day_and_a_rounds_month_dates_it(text, date):
    assert [p.date for p in find_periods(text, dt.date(2025, 7, 23))] == [date]
