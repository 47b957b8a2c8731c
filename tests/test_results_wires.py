"""How a results wire dates and bases its figures: the quarter it reports, the quarter it guides
for, what analysts expected, and what a change is measured against.

Every organisation here is invented; each case stands for a kind of sentence, not for one article.
"""

from __future__ import annotations

from helpers import by_raw, read

WIRE = (
    "SAN JOSE, Calif., July 29, 2025 - Corvane Devices Inc. reported second-quarter revenue above "
    "expectations on Tuesday.\n\n"
    "Revenue for the quarter ended June 28 rose 20% from a year ago to $1.42 billion, compared with "
    "the $1.39 billion analysts had expected on average. Sequentially, sales were up 8.4% from "
    "$1.31 billion in the first quarter.\n\n"
    "Excluding items, Corvane earned 84 cents per share, against estimates of 79 cents.\n\n"
    "For the third quarter, Corvane expects revenue of $1.50 billion to $1.56 billion. Analysts "
    "had been looking for $1.49 billion.\n"
)


def test_a_consensus_beside_the_figure_is_a_forecast_of_the_same_quarter_not_an_earlier_value(config):
    c = by_raw(WIRE, config)["$1.39 billion"]
    assert (c.metric, c.basis, c.when) == ("revenue", "forecast", "2025-Q2")


def test_a_per_share_estimate_is_of_the_quarter_in_view_and_stands_as_of_the_articles_day(config):
    # An estimate, like guidance, is revised as time passes: it stands on the day it was given.
    c = by_raw(WIRE, config)["79 cents"]
    assert (c.basis, c.when, c.as_of) == ("forecast", "2025-Q2", "2025-07-29")
    assert c.metric == by_raw(WIRE, config)["84 cents"].metric


def test_guidance_for_a_quarter_named_without_its_year_is_for_the_quarter_ahead(config):
    claims = by_raw(WIRE, config)
    guided = claims["$1.50 billion to $1.56 billion"]
    assert (guided.period, guided.basis) == ("2025-Q3", "forecast")
    # The analysts' figure in the sentence after is of the quarter the guidance is for.
    looking = claims["$1.49 billion"]
    assert (looking.basis, looking.when) == ("forecast", "2025-Q3")


def test_a_sequential_change_is_of_the_quarter_reported_not_the_one_it_is_measured_from(config):
    claims = by_raw(WIRE, config)
    change = claims["8.4%"]
    assert (change.when, change.change) == ("2025-Q2", "qoq")
    assert claims["$1.31 billion"].period == "2025-Q1"


def test_a_later_quarter_is_still_dated_by_the_article_when_the_headline_guides_ahead(config):
    text = (
        "Oct 29, 2025 - Tallowby Systems forecast fourth-quarter revenue above estimates.\n\n"
        "Third-quarter revenue rose 18% to $421.6 mln.\n"
    )
    c = by_raw(text, config)["$421.6 mln"]
    assert c.period == "2025-Q3"


def test_a_change_takes_the_base_the_earlier_value_names(config):
    text = (
        "LONDON, 31 July 2025 - Hallowfield Group reported its results.\n\n"
        "Revenue for the six months ended 30 June rose 4.2% to £1,190.5m, compared with £1,142.8m "
        "a year earlier.\n\n"
        "For the three months ended January 31, 2025, revenue was $3.12 billion, up 21% year on year "
        "and up 10% from $2.84 billion in the previous quarter.\n"
    )
    claims = by_raw(text, config)
    assert claims["4.2%"].change == "yoy"
    assert claims["21%"].change == "yoy"
    assert claims["10%"].change == "qoq"


def test_a_change_over_a_half_or_year_is_year_on_year_but_a_share_price_since_january_is_not(config):
    text = (
        "July 24, 2025 - Pellucid Freight posted a 4.1% rise in first-half revenue on Thursday. "
        "Its shares have gained 31% so far this year.\n\n"
        "Pellucid Freight said second-quarter revenue rose 6%.\n"
    )
    claims = by_raw(text, config)
    assert claims["4.1%"].change == "yoy"
    assert claims["31%"].change == "unspecified"
    assert claims["6%"].change == "unspecified"  # a quarter's change may be against the quarter before


RELEASE = (
    "# Brackwater Announces Third Quarter 2025 Results\n\n"
    "**SAN FRANCISCO, November 4, 2025** — Brackwater, Inc. today reported results for the quarter "
    "ended September 30, 2025.\n\n"
    "- **Daily Active Users (DAUs)** averaged 96.4 million, up 14% year over year.\n"
    "- **Net loss** was $38.7 million, compared with a net loss of $71.2 million in the prior-year quarter.\n"
    "- Net income of the services arm was $38.4 million, or $0.41 per diluted share, compared with "
    "net income of $22.1 million, or $0.24 per diluted share, in the third quarter of 2024.\n"
    "- Adjusted EPS was $1.40, against analyst expectations of $1.31.\n\n"
    "## Guidance\n\n"
    "The Management Board now expects full-year 2025 EBITDA of $1.22–1.26 billion, up from the "
    "previous range of $1.18–1.22 billion.\n"
)


def test_a_metric_in_title_case_and_a_board_are_no_ones_figures(config):
    entities = {c.entity for c in read(RELEASE, config)}
    assert entities == {"Brackwater"}


def test_an_earlier_figure_that_names_its_measure_again_is_still_the_earlier_one(config):
    claims = by_raw(RELEASE, config)
    assert claims["$71.2 million"].period == "2024-Q3"
    assert claims["$38.7 million"].when == "2025-Q3"
    # the period after a restated earlier pair is theirs
    assert claims["$22.1 million"].period == "2024-Q3"


def test_a_revised_forecast_is_measured_from_the_forecast_for_the_same_year(config):
    claims = by_raw(RELEASE, config)
    assert (claims["$1.18–1.22 billion"].period, claims["$1.18–1.22 billion"].basis) == ("2025", "forecast")
    assert claims["$1.22–1.26 billion"].period == "2025"


def test_a_consensus_named_before_the_figure_is_no_earlier_value(config):
    c = by_raw(RELEASE, config)["$1.31"]
    assert (c.basis, c.when) == ("forecast", "2025-Q3")


def test_an_earlier_revenue_named_as_such_is_no_run_rate(config):
    text = (
        "Marlock Labs said its annualised revenue run-rate stood at $95 million as of September, "
        "against revenue of $18 million for the whole of 2023.\n"
    )
    c = by_raw(text, config)["$18 million"]
    assert (c.period, c.basis) == ("2023", None)


TOKYO = (
    "**Tokyo, November 5, 2025** — Hoshimura Devices Co., Ltd. today announced its results for the "
    "second quarter of the fiscal year ending March 31, 2026.\n\n"
    "## Q2 FY2026 Highlights\n\n"
    "- Net sales of ¥186.4 billion, up 12.3% year on year (Q2 FY2025: ¥166.0 billion)\n"
    "- First-half net sales of ¥352.1 billion\n\n"
    "## Net Sales by Business\n\n"
    "(¥ billion)\n\n"
    "| Business | Q2 FY2025 | Q2 FY2026 | YoY |\n"
    "|---|---:|---:|---:|\n"
    "| Power Devices | 71.2 | 84.5 | +18.7% |\n"
)


def test_yen_in_an_article_about_japan_and_a_bracketed_comparison_owns_its_period(config):
    claims = by_raw(TOKYO, config)
    assert claims["¥186.4 billion"].stated.unit == "JPY"
    assert claims["¥186.4 billion"].when == "FY2026-Q2"
    assert claims["¥166.0 billion"].period == "FY2025-Q2"
    # the bracketed comparison's fiscal year is not the one the sentence's open parts belong to
    assert claims["¥352.1 billion"].period == "FY2026-H1"


def test_a_bare_currency_and_scale_line_above_a_table_is_its_unit(config):
    c = by_raw(TOKYO, config)["84.5"]
    assert (c.metric, c.segment, c.period, c.stated.unit) == ("revenue", "power devices", "FY2026-Q2", "JPY")
    assert c.stated.value == 84.5e9


def test_a_wire_dateline_without_a_year_is_dated_by_its_weekday(config):
    text = (
        "SAN FRANCISCO, Nov 4 (Wire) - Pellmore Inc narrowed its quarterly loss on Tuesday.\n\n"
        "The company's net loss narrowed to $38.7 million in the third quarter.\n\n"
        "In the first nine months of 2025, revenue rose 21% to $1.16 billion.\n"
    )
    assert by_raw(text, config)["$38.7 million"].period == "2025-Q3"
    # no weekday: the year stays unknown rather than guessed
    undated = text.replace(" on Tuesday", "")
    assert by_raw(undated, config)["$38.7 million"].period == "Q3"


HIGHLIGHTS = (
    "# Pellmore Announces Third Quarter 2025 Results\n\n"
    "Pellmore Inc. today reported results for the quarter ended September 30, 2025.\n\n"
    "- **Diluted net loss per share** was $(0.21), compared with $(0.40) in Q3 2024.\n"
    "- **Adjusted EBITDA** was $64.3 million.\n\n"
    "### Revenue by Geography\n\n"
    "| Region ($ in millions) | Q3 2024 | Q3 2025 | YoY Change |\n"
    "|---|---:|---:|---:|\n"
    "| Europe | 78.3 | 99.6 | 27% |\n\n"
    "For the full year, Pellmore sees adjusted EBITDA of $240 million to $250 million.\n"
)


def test_accounting_brackets_make_a_loss_per_share_negative(config):
    claims = by_raw(HIGHLIGHTS, config)
    loss = next(c for c in claims.values() if c.stated.value == -0.21)
    assert (loss.metric, loss.when) == ("eps", "2025-Q3")


def test_adjusted_ebitda_is_its_own_metric_and_sees_is_a_forecast(config):
    claims = by_raw(HIGHLIGHTS, config)
    assert claims["$64.3 million"].metric == "adjusted_ebitda"
    guided = claims["$240 million to $250 million"]
    assert (guided.metric, guided.basis) == ("adjusted_ebitda", "forecast")


def test_the_stub_header_states_the_units_of_the_whole_table(config):
    claims = by_raw(HIGHLIGHTS, config)
    europe = claims["99.6"]
    assert (europe.metric, europe.segment, europe.period, europe.stated.value) == (
        "revenue",
        "europe",
        "2025-Q3",
        99.6e6,
    )


def test_the_name_a_headline_opens_with_before_a_reporting_verb_is_the_company(config):
    text = (
        "Halloran Peak Reports First Half 2025 Results\n\n"
        "LONDON, 28 July 2025 - The Group delivered a strong first half.\n\n"
        "Revenue rose 12% to £1.26 billion. The Group's operating profit was £175 million.\n"
    )
    claims = by_raw(text, config)
    assert {c.entity for c in claims.values()} == {"Halloran Peak"}
    assert claims["£175 million"].metric == "operating_income"
    # a headline that opens with a common phrase names no one
    assert not read("Strong Demand Lifts Chip Stocks\n\nRevenue rose 12% to £1.26 billion.\n", config)


def test_a_bylines_outlet_is_not_the_subject_of_what_follows(config):
    text = (
        "Corbel AI Raises $450 Million Series C\n\n"
        "Harbour Capital Journal - March 18, 2025\n\n"
        "Corbel AI has closed a $450 million Series C round.\n\n"
        "Chief executive Mara Quintero said annualised revenue had reached $62 million as of February. "
        "The company, which now employs 240 people, counts more than 120 enterprise customers.\n"
    )
    claims = by_raw(text, config)
    assert {c.entity for c in claims.values()} == {"Corbel AI"}
    assert claims["240"].segment is None  # "now" is no part of the company


def test_the_words_right_after_a_valuation_say_which_side_of_the_money_it_is(config):
    text = (
        "March 18, 2025 - Corbel AI closed its round. The round values the start-up at $2.1 billion before "
        "the new money and at $2.55 billion post-money, slightly above the $2.5 billion figure that had "
        "been discussed with investors in November.\n"
    )
    claims = by_raw(text, config)
    assert claims["$2.1 billion"].basis == "pre_money"
    assert claims["$2.55 billion"].basis == "post_money"
    # the month in the relative clause dates the figure it follows, not the round's
    assert claims["$2.5 billion"].as_of == "2024-11"
    assert claims["$2.55 billion"].as_of == "2025-03-18"


def test_a_rival_named_after_its_is_the_subject_and_a_head_count_is_no_total(config):
    text = (
        "Corbel AI has closed a $450 million Series C round.\n\n"
        "Its rival Lumora Labs has raised $95 million to date and employs about 100 people.\n"
    )
    claims = by_raw(text, config)
    assert (claims["$95 million"].entity, claims["$95 million"].basis) == ("Lumora Labs", "cumulative")
    assert (claims["about 100"].entity, claims["about 100"].basis) == ("Lumora Labs", None)


def test_a_price_cut_read_whole(config):
    text = (
        "Sept 2, 2025 - Corbel AI said it would cut the price of its flagship model. From September 1, "
        "it costs developers $2.00 per million input tokens to call Tern-2-70B-Instruct, down from "
        "$3.00, a 33% reduction. Output tokens fall to $8.00 per million from $12.00.\n"
    )
    claims = by_raw(text, config)
    was = claims["$3.00"]
    assert (was.entity, was.variant, was.metric) == ("Tern-2-70B", "Instruct", "price_per_mtok")
    cut = claims["33%"]
    assert (cut.entity, cut.of, cut.value) == ("Tern-2-70B", "price_per_mtok", -33.0)
    assert claims["$8.00 per million"].metric == "price_per_mtok"
    assert claims["$8.00 per million"].price_kind == "output"


def test_a_release_date_in_an_aside_does_not_date_the_price(config):
    text = (
        "July 10, 2025 - Its flagship Lyra-1 model, released in January, costs developers $2.50 per "
        "million input tokens and $10 per million output tokens. Lyra-1 scores 68.2 on MMLU in its "
        "chat version.\n"
    )
    claims = by_raw(text, config)
    assert claims["$2.50 per million input tokens"].as_of == "2025-07-10"
    assert claims["68.2"].variant == "Chat"


def test_investors_are_never_the_start_up_a_round_values(config):
    text = (
        "Marlin Labs Raises $450 Million In Series B Led By Fathom Ventures\n\n"
        "March 12, 2024\n\n"
        "LISBON - Marlin Labs, the Portuguese developer of open-weight models, has raised $450 million "
        "in a Series B round led by Fathom Ventures, the company said on Tuesday.\n\n"
        "Fathom Ventures, which manages about $3.2 billion, was joined by Skerry Capital and Ostrea "
        "Partners. The round values the start-up at $1.8 billion before the new money.\n\n"
        "Magnolia Partners, Cedar Point Capital and the venture arm of chipmaker Sorrel Semiconductor "
        "also took part. The round ended up larger than the roughly $400 million the company had "
        "discussed with investors.\n\n"
        "Timeline\n- June 2023: $80M Series A (Cedar Point)\n"
    )
    claims = by_raw(text, config)
    assert claims["$1.8 billion"].entity == "Marlin Labs"
    assert claims["roughly $400 million"].entity == "Marlin Labs"
    assert claims["$80M"].entity == "Marlin Labs"


def test_model_page_furniture(config):
    text = (
        "# Wren-3\n\n"
        '<p align="center">⭐ 8,915 · Apache-2.0 · Built by Kestrel Labs</p>\n\n'
        "[⭐ 4,100](https://github.com/kestrel-labs/wren-3)\n\n"
        "## Quantised Wren-3-14B-Chat: MMLU, 5-shot\n\n"
        "| Precision | Score |\n|---|---|\n| BF16 | 77.9 |\n| FP8 | 77.6 |\n\n"
        "For reference, the comparison from our launch page:\n\n"
        "Model MMLU HumanEval Wren-2-V1 78.2 70.1 Wren-2-V2 86.4 84.8\n"
    )
    claims = by_raw(text, config)
    assert claims["8,915"].entity == "Wren-3"  # a licence is no one
    assert claims["4,100"].entity == "Wren-3"  # the repository of the model the page is headed with
    assert (claims["77.9"].entity, claims["77.9"].variant) == ("Wren-3-14B", "Chat")  # BF16 is as released
    # the FP8 build of the Chat model the heading names
    assert (claims["77.6"].entity, claims["77.6"].variant) == ("Wren-3-14B", "Chat FP8")
    # a table flattened onto one line, as copied from a page
    assert (claims["86.4"].entity, claims["86.4"].metric) == ("Wren-2-V2", "mmlu")
    assert (claims["70.1"].entity, claims["70.1"].metric) == ("Wren-2-V1", "humaneval")


def test_an_acquisition_release_counts_and_changes(config):
    text = (
        "Rotterdam, 12 June 2025 – Harlow Logistics N.V. today announced it will acquire Pellmoor "
        "Freight Ltd.\n\n"
        "- Pellmoor generated revenue of £228 million in 2024, up 9% on 2023, and adjusted EBITDA of "
        "£31 million\n"
        "- Pellmoor employs 1,450 people and operates 22 depots across the UK, serving more than 600 "
        "customers\n"
        "- More than 15,000 businesses use its platform, built on 8 experts per layer\n"
    )
    claims = by_raw(text, config)
    up = claims["9%"]
    assert (up.of, up.period, up.change) == ("revenue", "2024", "yoy")
    assert claims["22"].metric == "depots"
    assert claims["1,450"].metric == "employees"
    assert claims["More than 15,000"].metric == "customers"
    assert "8" not in claims  # how a model is built is no count it reports


def test_active_users_are_dated_and_of_the_quarter_in_view(config):
    text = (
        "SAN FRANCISCO, November 4, 2025 — Brackwater, Inc. reported results for the quarter ended "
        "September 30, 2025.\n\n"
        "- **Daily Active Users (DAUs)** averaged 96.4 million, up 14% year over year.\n"
    )
    claims = by_raw(text, config)
    users = claims["96.4 million"]
    assert (users.metric, users.when, users.as_of) == ("daily_active_users", "2025-Q3", "2025-11-04")
    assert claims["14%"].when == "2025-Q3"


def test_a_moving_figure_at_a_years_end_is_dated_but_a_years_revenue_is_not(config):
    claims = by_raw(
        "Pellmore Inc was valued at $2.4 billion at the end of 2024. "
        "Pellmore Inc's revenue was $310 million at the end of 2024.",
        config,
    )
    assert claims["$2.4 billion"].as_of == "2024-12"
    assert (claims["$310 million"].period, claims["$310 million"].as_of) == ("2024", None)


def test_an_investor_that_led_an_earlier_round_and_a_fact_sheets_lead_are_bystanders(config):
    text = (
        "Marlin Labs is in talks to raise $2 billion in a round led by Fathom Ventures.\n\n"
        "Fathom, which also led that $900 million Series B, has been joined by crossover funds.\n\n"
        "Key Numbers\n\n- Round: Series C, $2.5bn\n- Lead: Fathom Ventures\n- Raised to date: $4.1bn\n"
    )
    claims = by_raw(text, config)
    assert claims["$900 million"].entity == "Marlin Labs"
    assert claims["$4.1bn"].entity == "Marlin Labs"


def test_the_earlier_value_of_a_moving_figure_holds_a_year_before_the_level(config):
    text = (
        "March 3, 2025\n\nMarlin Labs had an annualised revenue run-rate of $48 million as of October. "
        "The company employed 185 people in October, up from 70 a year earlier. It plans to grow its "
        "team from 190 people today to about 300."
    )
    claims = by_raw(text, config)
    assert (claims["185"].as_of, claims["70"].as_of) == ("2024-10", "2023-10")
    assert claims["190"].as_of == "2025-03-03"


def test_an_open_fiscal_quarter_is_of_the_only_fiscal_year_the_article_names(config):
    text = (
        "TOKYO, Nov 5 (Wire) - Kurobane Devices posted a 33% jump in operating profit for its fiscal "
        "second quarter.\n\nFor the year ending March 2026, the company now forecasts operating profit "
        "of 112 billion yen."
    )
    periods = {c.raw: c.period for c in read(text, config)}
    assert periods == {"33%": "FY2026-Q2", "112 billion yen": "FY2026"}
    # a fourth quarter's outlook often names the year after: its own year is not guessed
    text = text.replace("second quarter", "fourth quarter")
    assert read(text, config)[0].period == "FY-Q4"


def test_an_open_fiscal_quarter_is_dated_by_the_three_months_a_later_sentence_says_it_ran(config):
    text = (
        "By Ana Ruiz | December 5, 2024\n\nBrackwell Systems posted fiscal fourth-quarter revenue of "
        "$421.6 million.\n\nThe quarter, the three months to October 31, was carried by cloud. Sales there "
        "climbed 34% to $251.3 million.\n\nFor the full fiscal year, revenue rose 15% to $1,581.2 million."
    )
    periods = {c.raw: c.period or c.inferred_period for c in read(text, config)}
    assert periods == {
        "$421.6 million": "FY2024-Q4",
        "34%": "FY2024-Q4",
        "$251.3 million": "FY2024-Q4",
        "15%": "FY2024",
        "$1,581.2 million": "FY2024",
    }


def test_an_amount_of_what_a_noun_phrase_names_and_a_halfs_earlier_value(config):
    text = (
        "LONDON, 31 July 2025 - Brantmoor Group reported revenue for the six months ended 30 June. "
        "Statutory profit before tax fell to £97.4m from £104.9m, after £22.1m of restructuring charges."
    )
    got = {c.raw: (c.metric, c.period or c.inferred_period, c.segment) for c in read(text, config)}
    assert got == {
        "£97.4m": ("profit_before_tax", "2025-H1", None),
        "from £104.9m": ("profit_before_tax", "2024-H1", None),
        "£22.1m": ("restructuring_charges", "2025-H1", None),
    }


def test_a_valuation_set_beside_an_earlier_one_holds_today_and_the_earlier_one_when_its_round_closed(config):
    text = (
        "July 15, 2025 - The round values Brantmoor Labs at $2.4 billion after the new money, four times "
        "the $600 million it was worth when it closed an $85 million Series A in November 2024."
    )
    assert {c.raw: c.as_of for c in read(text, config)} == {
        "$2.4 billion": "2025-07-15",
        "$600 million": "2024-11",
        "$85 million": "2024-11",
    }


def test_a_year_far_behind_the_one_spoken_of_as_ahead_is_history_not_the_articles(config):
    text = (
        "BRISBANE, Aug 20 (Newswire) - Brantmoor Holdings reported a 12% rise in first-half revenue to "
        "A$1.84 billion.\n\nThe company, which was spun out of a conglomerate in 2009, said revenue from "
        "North America grew 9% to A$1.02 billion, against A$1.31 billion from Australia.\n\n"
        "It reaffirmed guidance for 2025 revenue of A$3.7-3.9 billion."
    )
    periods = {c.raw: c.period or c.inferred_period for c in read(text, config)}
    assert periods["A$1.84 billion"] == "2025-H1"
    assert periods["A$1.02 billion"] == periods["A$1.31 billion"] == "2025-H1"


def test_a_span_in_a_headings_brackets_is_the_period_of_the_lines_under_it(config):
    text = (
        "# Brantmoor Holdings: Full-Year Results\n\n*Brisbane, 19 February 2025*\n\nDemand stayed strong "
        "heading into 2025.\n\n## Group Results (Year Ended 31 December 2024)\n\n"
        "Revenue: A$3.41 billion (+10%)\n"
    )
    assert {c.inferred_period or c.period for c in read(text, config)} == {"2024"}


def test_a_change_of_a_named_level_in_a_halfs_story_is_year_on_year(config):
    text = (
        "LONDON, 31 July 2025 - Brantmoor Group said revenue for the six months ended 30 June rose 4.2% "
        "to £1,190.5m. Adjusted EBIT was £138.2m, up 9.6%. The fraud model it sells to banks delivered a "
        "23% improvement in false positive rates across the card portfolios it screens."
    )
    got = {c.raw: c.change for c in read(text, config) if c.metric == "growth_rate"}
    assert got["4.2%"] == got["9.6%"] == "yoy"
    assert got.get("23%") != "yoy"  # a change of nothing the story reports as a level


HALF = (
    "Veridane Logistics lifts profit as parcel rebound offsets freight slump\n\n"
    "ROTTERDAM, July 24, 2025 - Veridane Logistics posted a 4.1% rise in first-half revenue.\n\n"
    "EBIT climbed to €391m from €352m a year earlier, lifting the EBIT margin to 8.1% (H1 2024: 7.6%).\n\n"
    "For 2025 as a whole, Veridane still expects EBIT of €780m to €820m, which would compare with "
    "€742m last year.\n\n"
    "The group, which employs roughly 61,000 people, has been cutting costs in Hamburg and Antwerp.\n"
)


def test_a_period_labelling_another_figure_is_not_the_now_an_earlier_value_steps_back_from(config):
    c = by_raw(HALF, config)["€352m"]
    assert (c.metric, c.when) == ("ebit", "2024-H1")


def test_a_figure_that_would_compare_with_a_forecast_is_the_same_measure_a_step_back(config):
    c = by_raw(HALF, config)["€742m"]
    assert (c.metric, c.when, c.segment) == ("ebit", "2024", None)


def test_a_headlines_metric_is_no_measure_of_a_later_sentence_of_prose(config):
    text = (
        "Veridane Logistics lifts profit as freight slumps\n\n"
        "Veridane Logistics said it has 400 depots and €2bn of cash.\n"
    )
    assert all(c.metric != "net_income" for c in read(text, config))


def test_a_relative_clause_after_a_description_is_about_whom_it_stands_for(config):
    c = by_raw(HALF, config)["roughly 61,000"]
    assert (c.entity, c.metric) == ("Veridane Logistics", "employees")


def test_a_paragraph_on_a_part_of_the_articles_period_leaves_the_whole_in_view_again(config):
    text = (
        "ROTTERDAM, July 24, 2025 - Veridane Logistics said revenue for the six months to June "
        "reached €4.82bn.\n\n"
        "The second quarter did most of the work: revenue in the three months to June was €2.47bn.\n\n"
        "Freight Forwarding, the biggest division, generated €2.05bn of sales.\n"
    )
    claims = by_raw(text, config)
    assert claims["€2.47bn"].when == "2025-Q2"
    assert claims["€2.05bn"].when == "2025-H1"


def test_a_section_heading_naming_a_quarter_keeps_it_for_the_paragraphs_under_it(config):
    text = (
        "Brindlemoor Semiconductor FY2025 Results\n\nAugust 7, 2025\n\n"
        "Brindlemoor Semiconductor reported revenue of $2.9 billion for fiscal 2025, which ended June 30.\n\n"
        "Fourth quarter of fiscal 2025\n\nRevenue\n$782.5 million\n\nGross margin\n58.2%\n"
    )
    claims = by_raw(text, config)
    assert (claims["$782.5 million"].when, claims["58.2%"].when) == ("FY2025-Q4", "FY2025-Q4")


FISCAL_WIRE = (
    "TAIPEI, Aug 6, 2025 (Wire) - Carrowlake Inc posted a 44 pct rise in fiscal fourth-quarter net "
    "profit on Wednesday.\n\n"
    "Net profit for the quarter to June 30 rose to 521 mln dlrs, or 1.38 dlrs per share, from "
    "356 mln dlrs a year earlier, the company said. Sales in its data centre unit rose 58 pct.\n\n"
    "For the full 2025 fiscal year, revenue was 10.1 bln dlrs, up 24 pct.\n\n"
    "It forecast first-quarter revenue of 2.95 bln to 3.05 bln dlrs.\n"
)


def test_a_quarter_named_by_its_end_is_the_open_fiscal_quarter_in_view(config):
    claims = by_raw(FISCAL_WIRE, config)
    assert (claims["521 mln dlrs"].when, claims["356 mln dlrs"].when) == ("FY2025-Q4", "FY2024-Q4")
    assert claims["1.38 dlrs"].metric == "eps"


def test_a_year_written_before_fiscal_year_is_the_fiscal_year(config):
    assert by_raw(FISCAL_WIRE, config)["10.1 bln dlrs"].when == "FY2025"


def test_a_forecast_for_a_part_before_the_quarter_just_reported_is_the_next_fiscal_years(config):
    assert by_raw(FISCAL_WIRE, config)["2.95 bln to 3.05 bln dlrs"].when == "FY2026-Q1"


def test_a_span_of_months_given_its_fiscal_name_is_that_fiscal_quarter(config):
    text = (
        "Vellichor Cloud reported revenue of $1.48 billion for the three months ended October 31, "
        "2025, its third quarter of fiscal 2026, up 19% year on year.\n"
    )
    claims = by_raw(text, config)
    assert (claims["$1.48 billion"].when, claims["19%"].when) == ("FY2026-Q3", "FY2026-Q3")


def test_a_count_held_at_the_end_of_the_period_is_dated_on_its_last_day(config):
    text = (
        "TORONTO, Nov 6, 2025 - Tamarack Cloud said third-quarter revenue rose 24% to C$286.4 million.\n\n"
        "Tamarack ended the quarter with 14,500 GPUs in service. It employs about 600 people.\n"
    )
    claims = by_raw(text, config)
    assert (claims["14,500"].as_of, claims["about 600"].as_of) == ("2025-09-30", "2025-11-06")


def test_a_change_on_a_period_is_measured_from_it_and_leaves_it_out_of_view(config):
    text = (
        "Tarnwick Freight: Third Quarter 2025 Results Summary\n\n"
        "Key Figures, Q3 2025\n- Revenue: EUR 4,820 million (+6.4% year on year; +2.1% on Q2 2025)\n"
        "- EBIT: EUR 381 million\n"
    )
    claims = by_raw(text, config)
    assert (claims["2.1%"].change, claims["EUR 381 million"].when) == ("qoq", "2025-Q3")


def test_after_first_half_results_the_second_half_and_the_full_year_are_the_ones_under_way(config):
    text = (
        "Corvane Retail Group plc\nInterim Results for the Six Months Ended 30 June 2025\n24 July 2025\n\n"
        "Group revenue rose 5.2% to £2.74bn in the half.\n\n"
        "Trading in the first weeks of the second half has been in line with our plans. For the full "
        "year the Board expects operating profit in the range of £470m-£500m.\n"
    )
    assert by_raw(text, config)["£470m-£500m"].when == "2025"


def test_the_day_a_new_price_takes_effect_dates_it(config):
    text = (
        "November 3, 2025\n\nZephyrine Labs lowered the price of its Corvid-4-34B model to $0.50 per "
        "million input tokens from $0.80, effective October 27, a 37.5% reduction.\n"
    )
    assert by_raw(text, config)["$0.50 per million input tokens"].as_of == "2025-10-27"


def test_what_a_company_raises_besides_money_is_no_funding(config):
    for text in (
        "Oct 30, 2025 (Wire) - Coralline Systems raised its full-year forecast to about $11.2 bln.",
        "Coralline Systems raises the dividend to $0.45 a share.",
    ):
        assert all(c.metric != "funding" for c in read(text, config)), text
    raised = read("Coralline Systems raised $40 million in a Series B.", config)
    assert [c.metric for c in raised] == ["funding"]
