"""Wire and results wordings of periods, bases and sources, each read as a fact-checker would.

Every organisation here is invented; each case stands for a kind of sentence, not for one article.
"""

from __future__ import annotations

import pytest

from helpers import by_raw, read

_DATELINE = "LONDON, Oct 3, 2025 (Wire) - "


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Loopwise said revenue for the first nine months of 2025 rose to $1.16 billion.", "P9M/2025-09-30"),
        ("Loopwise said revenue for the first six months of 2025 rose to $1.16 billion.", "2025-H1"),
        ("Loopwise said revenue for the first nine months of fiscal 2026 was $9.41 billion.", "FY2026-YTD"),
        (
            "Loopwise said revenue rose to $186.4 mln in the third quarter of its 2025 fiscal year.",
            "FY2025-Q3",
        ),
    ],
)
def test_months_from_a_years_start_and_a_fiscal_year_named_after_its_year(config, sentence, period):
    (claim,) = [c for c in read(_DATELINE + sentence, config) if c.metric == "revenue"]
    assert claim.period == period


@pytest.mark.parametrize(
    "sentence", ["Shares have risen 46% year to date.", "Tamarack shares have gained 63% this year."]
)
def test_a_move_in_a_share_price_over_the_year_still_running_is_its_year_to_date(config, sentence):
    text = _DATELINE + "Tamarack Cloud reported revenue of $4bn for 2024. " + sentence
    (move,) = [c for c in read(text, config) if c.metric == "growth_rate"]
    assert (move.of, move.period) == ("share_price", "2025-YTD")


@pytest.mark.parametrize(
    ("sentence", "raw", "basis"),
    [
        (
            "Brindlemoor said revenue in the period ending in September will be $760 million.",
            "$760 million",
            "forecast",
        ),
        (
            "Brindlemoor said capital spending would rise to $300 million next year.",
            "$300 million",
            "forecast",
        ),
        (
            "Kittiwake Cloud posted revenue of $1.21 bln, beating the $1.19 bln average estimate of analysts",
            "$1.19 bln",
            "forecast",
        ),
        ("Opalstar said its total financing exceeded A$260 million.", "exceeded A$260 million", "cumulative"),
        (
            "Hoopoe Intelligence plans to use the money to grow its team to 250 people by the end of 2026.",
            "250",
            "planned",
        ),
    ],
)
def test_forecasts_consensus_totals_and_targets_are_told_apart_from_reported_figures(
    config, sentence, raw, basis
):
    assert by_raw(_DATELINE + sentence, config)[raw].basis == basis


def test_that_would_be_double_an_earlier_figure_leaves_the_earlier_figure_reported(config):
    text = (
        _DATELINE
        + "Jichuan Technology raised 2 billion yuan in a Series C in March, valuing it at 15 billion yuan."
    )
    claims = by_raw(text, config)
    assert claims["2 billion yuan"].basis is None


@pytest.mark.parametrize(
    ("sentence", "segment"),
    [
        (
            "Nautilus Labs said its run-rate stood at $95 million, against revenue of $18 million for 2023.",
            None,
        ),
        ("Tessaly AI said trailing twelve-month revenue was $12.02 billion.", None),
        ("Harbourline Holdings said on Wednesday revenue rose 20% in 2024.", None),
    ],
)
def test_prepositions_statistics_and_weekdays_name_no_part(config, sentence, segment):
    assert all(c.segment == segment for c in read(_DATELINE + sentence, config))


def test_a_registry_a_filing_was_lodged_with_is_its_source_not_its_subject(config):
    text = (
        "MUMBAI, June 4, 2025 (Wire) - Lanternfish Labs reported results on Tuesday. Net loss widened to "
        "Rs 318 crore in fiscal 2025, according to results the company filed with the Registrar of Companies."
    )
    assert {c.entity for c in read(text, config) if c.metric == "net_loss"} == {"Lanternfish Labs"}


@pytest.mark.parametrize(
    ("sentence", "segment"),
    [
        (
            "Thistlewick Compute said managed inference revenue was $114.1 million in 2024.",
            "managed inference",
        ),
        ("Sablewind Semiconductor said data-centre revenue reached $920 million in 2024.", "data center"),
        ("Kestrel Robotics said reported revenue was $5 million in 2024.", None),
    ],
)
def test_a_part_named_by_a_participle_and_in_one_spelling(config, sentence, segment):
    (claim,) = [c for c in read(_DATELINE + sentence, config) if c.metric == "revenue"]
    assert claim.segment == segment


_FISCAL_LEAD = (
    "SINGAPORE, May 8 (Wire) - Osterley Compute said on Thursday its revenue rose 41 pc from a year "
    "earlier to $186.4 mln in the third quarter of its 2025 fiscal year. "
)


def test_three_months_to_a_month_just_past_are_the_fiscal_quarter_the_story_reports(config):
    text = _FISCAL_LEAD + "Its GPU cloud business brought in $131.2 mln in the three months to March."
    claims = {round(c.stated.value / 1e6, 1): c for c in read(text, config)}
    assert claims[131.2].period == "FY2025-Q3"


def test_months_dated_with_their_year_are_kept_as_written(config):
    text = _FISCAL_LEAD + "Its cloud unit brought in $131.2 mln in the three months ended March 31, 2024."
    claims = {round(c.stated.value / 1e6, 1): c for c in read(text, config)}
    assert claims[131.2].period == "2024-Q1"


def test_a_part_told_with_an_aside_before_its_verb_is_the_subject_of_its_sales(config):
    text = (
        _FISCAL_LEAD
        + "Managed inference, where it runs models for customers, contributed $55.2 mln, up 20 pc."
    )
    claims = {round(c.stated.value, 1): c for c in read(text, config)}
    assert (claims[55.2e6].metric, claims[55.2e6].segment) == ("revenue", "managed inference")
    assert (claims[20].of, claims[20].segment) == ("revenue", "managed inference")


def test_the_year_an_event_happened_in_does_not_date_the_figure_beside_it(config):
    text = (
        "HAMBURG, Oct 22, 2025 - Tarnholt Freight said third-quarter revenue rose 6.4% to EUR 4.82 billion. "
        "Ocean revenue rose 11.2% to EUR 2.05 billion as the group won back two accounts it lost in 2023."
    )
    claims = {round(c.stated.value, 1): c for c in read(text, config)}
    assert claims[2.05e9].period != "2023" and claims[11.2].period != "2023"


def test_a_region_told_by_its_head_noun_is_the_part(config):
    text = (
        _DATELINE
        + "Tarnholt Freight said revenue rose, while the Americas region contributed EUR 1.09 billion."
    )
    (level,) = [c for c in read(text, config) if c.metric == "revenue"]
    assert level.segment == "americas"


def test_a_calendar_quarter_one_paragraph_spoke_of_leaves_the_fiscal_year_in_view_after_it(config):
    text = (
        "KYOTO, May 13, 2025 - Morihata Precision said operating profit for the fiscal year ended March "
        "2025 rose 9.4% to 142.3 billion yen.\n\n"
        "A weaker January-March period, in which operating profit slipped 4.0% to 33.9 billion yen, "
        "left it short of target.\n\n"
        "By segment, sales of chip-tool components jumped 14.6% to 512.3 billion yen.\n"
    )
    claims = {round(c.stated.value / 1e9, 1): c for c in read(text, config)}
    assert claims[512.3].inferred_period == "FY2025" or claims[512.3].period == "FY2025"


def test_a_count_at_the_fiscal_year_end_holds_on_the_day_the_text_says_the_year_ended(config):
    text = (
        "PALO ALTO, Dec 4, 2024 - Larchmoor Systems reported results for the fourth quarter and fiscal "
        "year ended October 31, 2024. Revenue for fiscal 2024 was $1.2 billion.\n\n"
        "The company ended the year with 4,210 employees.\n"
    )
    (staff,) = [c for c in read(text, config) if c.metric == "employees"]
    assert staff.as_of == "2024-10-31"


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        (
            "Oakmere Software now sees fiscal 2026 revenue of $3.31 billion to $3.33 billion.",
            "$3.31 billion to $3.33 billion",
        ),
        ("Adjusted earnings of 58 cents a share beat the 55-cent consensus.", "55-cent"),
        (
            "Oakmere's revenue of $1.55 billion fell short of the $1.58 billion the company had forecast.",
            "$1.58 billion",
        ),
        (
            "Revenue of $433.9 million was below the $440 million to $450 million range management set out.",
            "$440 million to $450 million",
        ),
    ],
)
def test_a_forecast_told_after_its_figure_or_by_sees(config, sentence, raw):
    text = _DATELINE + "Oakmere Software reported results on Friday. " + sentence
    claims = {c.raw.removeprefix("the "): c for c in read(text, config)}
    assert claims[raw].basis == "forecast"


def test_a_relative_clause_that_forecasts_leaves_the_figure_before_it_reported(config):
    text = _DATELINE + (
        "It buys chips from Brightmoor Semiconductor, which posted second-quarter revenue of $1.47 billion "
        "in July and forecast as much as $1.56 billion for the current quarter."
    )
    claims = {c.raw: c for c in read(text, config)}
    assert claims["$1.47 billion"].basis is None


def test_figures_listed_under_an_outlook_heading_are_forecasts_but_its_sentences_say_for_themselves(config):
    text = (
        _DATELINE + "Oakmere Software reported results.\n\nOutlook\n\n"
        "- Fourth-quarter revenue: $800 million to $830 million\n\n"
        "For context, Oakmere booked $10.6 billion in revenue in fiscal 2024.\n"
    )
    claims = {c.raw: c for c in read(text, config)}
    assert claims["$800 million to $830 million"].basis == "forecast"
    assert claims["$10.6 billion"].basis is None


def test_a_sentence_about_guidance_with_no_figure_leaves_the_reported_period_in_view(config):
    text = (
        "Wattlemoor Holdings posted its results for the six months ended 30 June 2025. The group "
        "reaffirmed its full-year guidance.\n\nRevenue: US$1.84 billion\nNPAT: US$96.4 million\n"
    )
    got = {(c.metric, c.period or c.inferred_period) for c in read(text, config)}
    assert got == {("revenue", "2025-H1"), ("net_income", "2025-H1")}


def test_a_quarter_a_rival_posted_is_never_read_as_one_that_has_not_begun(config):
    text = (
        "HAMBURG, Oct 22, 2025 (Wire) - Tarnholt Freight said third-quarter revenue rose 6.4% "
        "to 4.82 billion euros. Traders pointed to a cautious tone on fourth-quarter volumes. "
        "Rival Brellmoor Logistics posted second-quarter revenue of 2.9 billion euros in July."
    )
    (rival,) = [c for c in read(text, config) if c.entity == "Brellmoor Logistics"]
    assert rival.period == "2025-Q2"


def test_the_actual_a_forecast_follows_on_from_is_reported_but_a_deduction_after_is_not_earlier(config):
    text = _DATELINE + (
        "Brammer Werke expects an operating margin of 8% to 9% for 2025, after 8.7% in 2024. "
        "Brammer Werke earned £391m, after £22.1m of restructuring charges."
    )
    claims = {c.raw: c for c in read(text, config)}
    assert (claims["8.7%"].basis, claims["8.7%"].period) == (None, "2024")
    assert claims["8% to 9%"].basis == "forecast"


def test_a_move_told_with_lost_is_no_net_loss(config):
    text = _DATELINE + "Brammer Werke reported results. Brammer shares have lost 14% since January."
    (move,) = [c for c in read(text, config) if c.metric == "growth_rate"]
    assert move.of == "share_price"


def test_a_long_headlines_figure_is_the_bodys_with_its_base_and_period(config):
    text = (
        "Osterley Compute quarterly revenue up 41 pc as AI developers snap up GPU capacity across Asia\n\n"
        "SINGAPORE, May 8 (Wire) - Osterley Compute said on Thursday its revenue rose 41 pc from a year "
        "earlier to $186.4 mln in the third quarter of its 2025 fiscal year.\n"
    )
    moves = [c for c in read(text, config) if c.metric == "growth_rate"]
    assert {(c.line, c.change, c.period) for c in moves} == {(1, "yoy", "FY2025-Q3"), (3, "yoy", "FY2025-Q3")}


def test_the_year_ending_in_a_month_ahead_is_the_fiscal_year_under_way(config):
    text = (
        "TOKYO, Nov 7, 2024 (Wire) - Harumoto Electronics raised its forecast on Thursday. It now expects "
        "operating profit of 620 billion yen for the year ending in March."
    )
    (plan,) = [c for c in read(text, config) if c.metric == "operating_income"]
    assert (plan.period, plan.basis) == ("FY2025", "forecast")


def test_shares_that_ended_higher_moved_and_a_price_higher_than_a_rivals_is_a_comparison(config):
    text = _DATELINE + "Harumoto Electronics reported results. Its shares ended 2.3% higher. "
    text += "Prices were 5% higher than rivals'."
    moves = [(c.of, c.value) for c in read(text, config) if c.metric == "growth_rate"]
    assert moves == [("share_price", 2.3)]


def test_a_span_glossing_the_fiscal_period_it_is_named_as_is_that_period(config):
    for text in (
        "Dec 2, 2025 (Wire) - Quillmoor Software said revenue for the third quarter of fiscal 2025, the "
        "three months ended October 31, rose 18% to $612.4 million.",
        "Dec 2, 2025 (Wire) - Quillmoor Software said revenue for the three months ended October 31, 2024, "
        "the third quarter of its fiscal 2025, was $612.4 million.",
    ):
        revenue = [c for c in read(text, config) if c.metric == "revenue"]
        assert [c.period for c in revenue] == ["FY2025-Q3"], text
