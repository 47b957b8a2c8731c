"""Shapes of real articles about names the registry does not know, each read as a fact-checker would.

Every organisation and model here is invented; each case stands for a kind of sentence or table,
not for one article.
"""

from __future__ import annotations

import pytest

from helpers import read


def _by(claims, metric):
    return [c for c in claims if c.metric == metric]


def test_chinese_amounts_read_with_their_scale_and_numerals(config):
    claims = read("Seahorse Intelligence 完成 20亿元 B 轮融资，投后估值一百二十亿元。", config)
    (funding,) = _by(claims, "funding")
    (valuation,) = _by(claims, "valuation")
    assert (funding.stated.value, funding.stated.unit) == (2e9, "CNY")
    assert (valuation.stated.value, valuation.basis) == (1.2e10, "post_money")


def test_an_exchange_rate_the_article_states_converts_its_figures_and_is_no_claim(config):
    claims = read("At $1 = 7.1 yuan, Kestrel Robotics raised 710 million yuan in a Series B.", config)
    assert [(c.entity, c.metric) for c in claims] == [("Kestrel Robotics", "funding")]
    assert claims[0].value == pytest.approx(100e6)
    assert any("stated in the article" in note for note in claims[0].notes)


def test_a_conversion_in_full_width_brackets_is_the_same_claim(config):
    claims = read("Kestrel Robotics 完成20亿元人民币B轮融资（约合2.82亿美元）。", config)
    (funding,) = claims
    assert [(r.value, r.unit) for r in funding.restated] == [(2.82e8, "USD")]


def test_token_kinds_after_the_price_and_along_a_parallel_pair(config):
    text = (
        "March 2, 2025\n\nIn January Halcyon Labs cut Halcyon-3-70B to $0.35/M input and $0.90/M output, "
        "down from $0.80 and $2.00 at launch in December.\n"
    )
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.value, c.price_kind, c.as_of) for c in prices] == [
        (0.35, "input", "2025-01"),
        (0.9, "output", "2025-01"),
        (0.8, "input", "2024-12"),
        (2.0, "output", "2024-12"),
    ]


def test_a_price_table_of_input_and_output_under_the_models_heading(config):
    text = (
        "Prices as of April 1, 2025.\n\n## Halcyon-3-8B\n\n"
        "| Input | Output |\n|---|---|\n| $0.05 / M | $0.15 / M |\n"
    )
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.entity, c.value, c.price_kind, c.as_of) for c in prices] == [
        ("Halcyon-3-8B", 0.05, "input", "2025-04-01"),
        ("Halcyon-3-8B", 0.15, "output", "2025-04-01"),
    ]


def test_a_month_span_is_a_quarter(config):
    (claim,) = read(
        "Net profit for the April-June quarter of 2025 came in at $96 mln, Kittiwake Cloud said.", config
    )
    assert (claim.entity, claim.metric, claim.period) == ("Kittiwake Cloud", "net_income", "2025-Q2")


def test_an_open_quarter_is_read_within_the_fiscal_year_the_article_is_about(config):
    text = (
        "Sorrel Semiconductor Corporation reported results for the fourth quarter and fiscal year 2025.\n\n"
        "Fourth-quarter revenue was $1.08 billion. For the full fiscal year, revenue was $3.96 billion.\n"
    )
    revenue = _by(read(text, config), "revenue")
    assert [(c.value, c.period) for c in revenue] == [(1.08e9, "FY2025-Q4"), (3.96e9, "FY2025")]


def test_a_description_before_a_name_names_no_one(config):
    claims = read("Singapore AI start-up Plover Systems raises $600 mln at $4.2 bln valuation.", config)
    assert {c.entity for c in claims} == {"Plover Systems"}


def test_parts_are_read_with_their_figures_and_are_no_entities(config):
    text = (
        "Sorrel Semiconductor said revenue at the cloud platform unit jumped 31% to $1.62 bln, "
        "while devices revenue fell 6% to $910 mln. Data Center revenue reached $802 million.\n"
    )
    revenue = _by(read(text, config), "revenue")
    assert [(c.entity, c.segment, c.value) for c in revenue] == [
        ("Sorrel Semiconductor", "cloud platform", 1.62e9),
        ("Sorrel Semiconductor", "devices", 9.1e8),
        ("Sorrel Semiconductor", "data center", 8.02e8),
    ]


def test_a_change_takes_the_base_written_after_it(config):
    text = (
        "Larchwood Systems said revenue was $1.08 billion, up 41% from a year ago "
        "and up 9% from the prior quarter."
    )
    growth = _by(read(text, config), "growth_rate")
    assert [(c.value, c.change) for c in growth] == [(41.0, "yoy"), (9.0, "qoq")]


def test_adjusted_figures_are_metrics_of_their_own(config):
    text = "Larchwood Systems reported diluted EPS of $0.88. Adjusted diluted EPS was $1.04."
    assert {(c.metric, c.value) for c in read(text, config)} == {("eps", 0.88), ("adjusted_eps", 1.04)}


def test_a_units_line_scales_the_table_but_not_its_per_share_rows(config):
    text = (
        "Sorrel Semiconductor Corporation reported results.\n\nSummary Financials\n"
        "(in millions of U.S. dollars, except per-share amounts)\n\n"
        "| | FY2025 |\n|---|---|\n| Revenue | 3,962 |\n| Diluted EPS | 2.83 |\n"
    )
    found = {(c.metric, c.value) for c in read(text, config)}
    assert found == {("revenue", 3.962e9), ("eps", 2.83)}


def test_a_versioned_name_takes_no_second_number(config):
    text = "On GSM8K, Manta-2-34B-Chat scores 84.6, Nautilus-3-70B-Instruct 89.5."
    scores = {(c.entity, c.variant, c.value) for c in read(text, config)}
    assert scores == {("Manta-2-34B", "Chat", 84.6), ("Nautilus-3-70B", "Instruct", 89.5)}


def test_a_variant_written_into_the_name_is_the_variant_a_column_names(config):
    card = "## MMLU (5-shot)\n\n| Model | Base | Chat |\n|---|---|---|\n| Foxglove-2-27B | 76.3 | 78.9 |\n"
    blog = "Foxglove-2-27B-Chat scores 78.2 on MMLU (5-shot).\n"
    by_card = {(c.entity, c.variant) for c in read(card, config) if c.value == 78.9}
    by_blog = {(c.entity, c.variant) for c in read(blog, config)}
    assert by_card == by_blog == {("Foxglove-2-27B", "Chat")}


def test_a_plan_governs_every_figure_of_its_clause(config):
    text = "Wagtail AI is in talks to raise about $350 mln at a valuation of around $1.4 bln."
    assert {(c.metric, c.basis) for c in read(text, config)} == {
        ("funding", "planned"),
        ("valuation", "planned"),
    }


def test_a_round_worth_a_sum_is_the_rounds_size(config):
    claims = read(
        "Plover Systems closed a Series C. The round, worth about S$805 mln, was led by Avocet.", config
    )
    assert [c.metric for c in claims] == ["funding"]


def test_a_fact_after_a_condition_about_the_reader_stays_a_fact(config):
    text = "If you want to run it on one card, the INT4 build of Manta-2-34B-Chat scores 76.1 on MMLU."
    assert [(c.metric, c.value) for c in read(text, config)] == [("mmlu", 76.1)]
    assert read("If the deal closes, Manta AI would be worth $9 billion.", config) == []


def test_rows_under_a_money_row_are_its_parts(config):
    text = (
        "Harbourline Holdings reported results.\n\nKey figures (in RMB millions)\n\n"
        "| | 2024 |\n|---|---|\n| Revenue | 22,960 |\n| Cloud services | 13,110 |\n"
        "| of which: Model API | 1,260 |\n| Net profit | 1,840 |\n"
    )
    found = [(c.metric, c.segment, c.stated.value) for c in read(text, config)]
    assert found == [
        ("revenue", None, 22.96e9),
        ("revenue", "cloud services", 13.11e9),
        ("revenue", "model api", 1.26e9),
        ("net_income", None, 1.84e9),
    ]


def test_a_cached_price_carries_its_tier(config):
    text = (
        "## Halcyon-3-8B\n\n| Input | Cached input | Output |\n|---|---|---|\n"
        "| $0.50 / M | $0.10 / M | $1.50 / M |\n"
    )
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.value, c.price_kind, c.setting) for c in prices] == [
        (0.5, "input", None),
        (0.1, "input", "cached"),
        (1.5, "output", None),
    ]


def test_an_organisation_keeps_one_name_under_its_longer_spellings(config):
    from claimcheck.entities.spellings import same_organisation

    names = ["Kittiwake Cloud", "Kittiwake Cloud Holdings Limited", "Kestrel Robotics", "Kestrel Capital"]
    assert same_organisation(names) == {"Kittiwake Cloud Holdings Limited": "Kittiwake Cloud"}
    text = "Kittiwake Cloud Holdings Limited said revenue was $1.2 billion in 2024. Kittiwake grew fast."
    assert {c.entity for c in read(text, config)} == {"Kittiwake Cloud Holdings"}


def test_quantisation_rows_are_builds_of_the_model_not_entities(config):
    text = "| Model | MMLU |\n|---|---|\n| Halcyon-3-70B | 84.9 |\n| FP8 | 84.6 |\n| INT4 | 83.6 |\n"
    found = [(c.entity, c.variant, c.value) for c in read(text, config)]
    assert found == [
        ("Halcyon-3-70B", None, 84.9),
        ("Halcyon-3-70B", "FP8", 84.6),
        ("Halcyon-3-70B", "INT4", 83.6),
    ]


def test_a_shots_column_of_bare_numbers_is_the_setting(config):
    text = (
        "## Halcyon-3-70B\n\n| Category | Benchmark | Shots | Base | Chat |\n|---|---|---|---|---|\n"
        "| Knowledge | MMLU | 5 | 79.3 | 81.0 |\n"
    )
    found = [(c.variant, c.value, c.setting) for c in read(text, config)]
    assert found == [("Base", 79.3, "5-shot"), ("Chat", 81.0, "5-shot")]


def test_a_rate_stated_in_chinese_is_no_claim_and_converts(config):
    text = "Camellia Intelligence 完成 20亿元人民币 C 轮融资（按 1 美元兑 7.20 元人民币计算）。"
    claims = read(text, config)
    assert [(c.metric, round(c.value)) for c in claims] == [("funding", round(2e9 / 7.2))]


def test_a_margin_around_a_forecast_is_no_claim(config):
    text = "Sorrel Semiconductor expects revenue of approximately $1.15 billion, plus or minus 2%."
    assert [(c.metric, c.basis) for c in read(text, config)] == [("revenue", "forecast")]


@pytest.mark.parametrize(
    "line",
    [
        "BOULDER, Colo.--(BUSINESS WIRE)--Jul. 30, 2025-- Acme today announced",
        "Updated Wednesday, July 30, 2025 9:00 AM ET",
        "Date: 30/07/2025",
        "2025年7月30日 · 科技频道",
        "**July 30, 2025** — by the desk",
    ],
)
def test_an_articles_date_is_read_from_its_top_lines_as_outlets_write_it(line):
    import datetime as dt

    from claimcheck.extract.dates import article_date

    assert article_date([line]) == dt.date(2025, 7, 30)


def test_money_under_input_and_output_columns_is_a_price_per_the_tokens_the_page_states(config):
    text = (
        "# Osprey Cloud pricing\n\nAll prices are per 1,000 tokens.\n\n## Standard\n\n"
        "| Model | Context | Input | Output |\n|---|---|---|---|\n| Osprey-4 | 64K | $0.002 | $0.006 |\n"
    )
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.entity, c.stated.unit, c.value, c.price_kind) for c in prices] == [
        ("Osprey-4", "USD/ktok", pytest.approx(2.0), "input"),
        ("Osprey-4", "USD/ktok", pytest.approx(6.0), "output"),
    ]


def test_a_sentence_stating_one_price_says_nothing_of_the_tables_unit(config):
    text = (
        "Osprey-1 costs ¥0.008 per 1,000 tokens.\n\n"
        "| Model | Input | Output |\n|---|---|---|\n| Osprey-4 | $0.50 | $1.50 |\n"
    )
    prices = [c for c in _by(read(text, config), "price_per_mtok") if c.entity == "Osprey-4"]
    assert [c.stated.unit for c in prices] == ["USD/Mtok", "USD/Mtok"]


def test_chinese_prices_take_their_token_kinds_and_a_capitalised_unit_names_no_one(config):
    text = (
        "新模型 Osprey-2-Pro 定价为输入 2 元 / 百万 Tokens，输出 8 元 / 百万 Tokens。\n\n"
        "| 模型 | 输入价格 | 输出价格 |\n|---|---|---|\n"
        "| Osprey-Lite | 1 元 / 百万 Tokens | 4 元 / 百万 Tokens |\n"
    )
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.entity, c.stated.value, c.stated.unit, c.price_kind) for c in prices] == [
        ("Osprey-2-Pro", 2.0, "CNY/Mtok", "input"),
        ("Osprey-2-Pro", 8.0, "CNY/Mtok", "output"),
        ("Osprey-Lite", 1.0, "CNY/Mtok", "input"),
        ("Osprey-Lite", 4.0, "CNY/Mtok", "output"),
    ]


def test_a_comparison_base_is_the_earlier_figures_period_never_the_next_lines(config):
    text = (
        "# Osprey Cloud Reports Second Quarter 2025 Results\n\n"
        "- Cloud revenue was US$310.1 million, up 112% from the second quarter of 2024.\n"
        "- Gross margin was 41.2%, compared with 37.9% in the second quarter of 2024.\n"
        "- Net income was US$69.0 million, compared with US$54.0 million in the same period last year.\n"
        "- Diluted earnings per share were US$0.02.\n"
    )
    got = {(c.metric, c.stated.value): c.when for c in read(text, config)}
    assert got[("gross_margin", 41.2)] == "2025-Q2"
    assert got[("gross_margin", 37.9)] == "2024-Q2"
    assert got[("net_income", 69e6)] == "2025-Q2"
    assert got[("net_income", 54e6)] == "2024-Q2"
    assert got[("eps", 0.02)] == "2025-Q2"


def test_a_metric_rows_label_names_the_part_never_the_owner(config):
    text = (
        "Osprey Cloud results\n\n(in US$ millions)\n\n| | 2023 | 2024 |\n|---|---|---|\n"
        "| Total revenue | 3,664.7 | 4,241.6 |\n| AI Infrastructure revenue | 402.6 | 771.0 |\n"
        "| Revenue from China | 100 | 120 |\n| Osprey Cloud Revenue (USD) | 3,664.7 | 4,241.6 |\n"
    )
    got = {(c.line, c.period): c.segment for c in read(text, config) if c.metric == "revenue"}
    assert got[(7, "2023")] is None and got[(10, "2024")] is None
    assert got[(8, "2023")] == "ai infrastructure" and got[(9, "2024")] == "china"


def test_basis_cues_in_both_languages_stay_in_their_own_sentence(config):
    text = (
        "The round gives Osprey a valuation of A$1.4 billion after the new money. "
        "It is up from the 45亿元 valuation it carried in 2024. 公司累计融资已超过35亿元。\n\n"
        "市场曾传出公司将以约100亿元估值融资25亿元的消息。\n"
    )
    got = [(c.metric, c.stated.value, c.basis) for c in read(text, config)]
    assert got == [
        ("valuation", 1.4e9, "post_money"),
        ("valuation", 4.5e9, None),
        ("funding", 3.5e9, "cumulative"),
        ("valuation", 1e10, "planned"),
        ("funding", 2.5e9, "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it costs developers V to call X": the "it" is no one, X is.
        (
            "Osprey-2 is cheap. It costs developers $0.80 per million input tokens to call Heron-5-70B.",
            [("Heron-5-70B", 0.8, "input")],
        ),
        # "the price of X to V"
        (
            "In May it halved the price of Heron-5 to $1 per million input tokens.",
            [("Heron-5", 1.0, "input")],
        ),
        # A verb left out for the second name: "A lists at V, and B at W".
        (
            "Osprey-2 lists at ¥2.90 (about $0.40) per million input tokens, and Heron-5 at ¥58 (about $8) "
            "per million output tokens.",
            [("Osprey-2", 2.9, "input"), ("Heron-5", 58.0, "output")],
        ),
        # A name joined to a model word is a model's, even at the start of its only sentence.
        (
            "Camellia-Lite, which launched in May at ¥0.8 per million tokens, has not moved.",
            [("Camellia-Lite", 0.8, "unspecified")],
        ),
    ],
)
def test_whose_price_a_sentence_states(config, text, expected):
    prices = _by(read(text, config), "price_per_mtok")
    assert [(c.entity, c.stated.value, c.price_kind) for c in prices] == expected
    assert all(c.stated.unit.endswith("/Mtok") for c in prices)


def test_in_article_arithmetic_reads_the_names_the_article_introduces(config):
    from claimcheck.arithmetic.facts import article_facts
    from claimcheck.extract import extract_text

    text = (
        "| Model | Input ($/1M tokens) | Output ($/1M tokens) |\n|---|---|---|\n"
        "| Swallow-3 | $0.40 | $1.60 |\n| Q-Max-2 | $1.00 | $4.00 |\n\n"
        "Q-Max-2 output tokens cost 2.5 times Swallow-3's.\n"
    )
    claims = extract_text(text, "a.md", config)
    (ratio,) = [d for d in article_facts(text, "a.md", claims, config).derived if d.kind == "ratio"]
    assert [o.entities for o in ratio.operands] == [("Q-Max-2",), ("Swallow-3",)]


def test_a_benchmark_score_takes_no_period_from_the_text_around_it(config):
    text = "Osprey Labs raised $40 million in 2025.\n\nIts Heron-5 model scores 86.4 on MMLU.\n"
    (score,) = _by(read(text, config), "mmlu")
    assert score.when is None


def test_changes_written_as_nouns_and_in_pairs_are_changes_of_their_level(config):
    text = (
        "Osprey Cloud Q2 results\n\n"
        "- Total revenue was US$1,240.3 million, an increase of 38% year on year "
        "and 11% quarter on quarter.\n\n"
        "Osprey Cloud grew revenue 16% in fiscal 2025.\n\n"
        "Osprey Cloud expects revenue of $5 billion in 2026, implying growth of 12% to 15%.\n"
    )
    got = [(c.stated.value, c.change, c.of, c.segment) for c in _by(read(text, config), "growth_rate")]
    assert got == [
        (38.0, "yoy", "revenue", None),
        (11.0, "qoq", "revenue", None),
        (16.0, "yoy", "revenue", None),
        (13.5, "yoy", "revenue", None),
    ]


def test_a_bracketed_gloss_is_no_part_of_a_segments_name(config):
    text = "Osprey Labs H1 2025\n\nModel services (cloud & API) revenue: RMB2.41 billion, +265% y/y\n"
    (revenue,) = _by(read(text, config), "revenue")
    assert revenue.segment == "model services"


def test_a_forecasts_period_is_not_the_period_later_facts_report(config):
    text = (
        "Osprey Systems posts record quarter\n\nNovember 4, 2025\n\n"
        "Osprey Systems posted third-quarter revenue of $812 million. "
        "For the fourth quarter, it forecast revenue between $850 million and $870 million. "
        "Operating margin widened to 18.2%.\n"
    )
    (margin,) = _by(read(text, config), "operating_margin")
    assert margin.when == "2025-Q3"


def test_small_numbers_in_words_and_architecture_rows_are_no_claims(config):
    text = (
        "Sirius-R2 now handles more than 40 million API calls per day, one of the people said.\n\n"
        "# Qinghe-3\n\n| Attribute | Value |\n|---|---|\n| Experts | 64 routed + 2 shared |\n"
        "| Context length | 128K |\n"
    )
    claims = read(text, config)
    assert sorted((c.metric, c.value) for c in claims) == [
        ("api_calls_per_day", 40e6),
        ("context_window", 128000),
    ]
    (staff,) = read("Kestrel Robotics now has twelve employees.", config)  # the noun it counts follows
    assert (staff.metric, staff.value) == ("employees", 12)


def test_a_full_width_semicolon_ends_a_clause_and_full_width_brackets_pair_a_comparison(config):
    text = "Qinghe-3 在 C-Eval 上得分 90.3；在 GPQA 上，Qinghe-3 领先 Marlin-1.5-Pro（59.1 vs 58.5）。"
    found = {(c.entity, c.metric, c.value) for c in read(text, config)}
    assert found == {
        ("Qinghe-3", "c_eval", 90.3),
        ("Qinghe-3", "gpqa", 59.1),
        ("Marlin-1.5-Pro", "gpqa", 58.5),
    }


def test_a_compound_adjective_names_the_metric_of_its_figure(config):
    (size,) = read(
        "Orrin Labs released Orrin-32B, a 32.5-billion-parameter open-weight language model.", config
    )
    assert (size.entity, size.metric, size.value) == ("Orrin-32B", "params_total", 32.5e9)


def test_the_worth_of_an_order_is_its_value_not_the_companys(config):
    claims = read(
        "Osmund Robotics has won an order worth 110 million euros. Kestrel Labs is now worth $2bn.", config
    )
    assert [(c.entity, c.metric) for c in claims] == [
        ("Osmund Robotics", "order_value"),
        ("Kestrel Labs", "valuation"),
    ]


def test_money_raised_since_the_company_began_is_a_total(config):
    text = "Including the new money, Osmund Robotics has raised $410 million since it was spun out in 2019."
    assert [c.basis for c in read(text, config)] == ["cumulative"]


def test_a_headlines_figure_told_in_the_body_with_its_basis_has_that_basis(config):
    text = (
        "Nautilus Labs Raises $450 Million at $6.5 Billion Valuation\n\n"
        "Nautilus Labs has raised $450 million in a round that gives it a post-money valuation of "
        "$6.5 billion.\n"
    )
    assert [c.basis for c in read(text, config) if c.metric == "valuation"] == ["post_money", "post_money"]


def test_amounts_listed_before_a_price_per_tokens_are_prices_of_the_same_kind(config):
    text = (
        "Luan-V3, Argent-2-Flash and Corvid-4-8B cost $0.14, $0.20 and $0.15 per million input tokens "
        "respectively."
    )
    claims = read(text, config)
    assert [(c.entity, c.value, c.unit, c.price_kind) for c in claims] == [
        ("Luan-V3", 0.14, "USD/Mtok", "input"),
        ("Argent-2-Flash", 0.2, "USD/Mtok", "input"),
        ("Corvid-4-8B", 0.15, "USD/Mtok", "input"),
    ]


def test_what_it_still_costs_to_call_a_model_is_the_models_price(config):
    text = (
        "Tallowmere has not blinked: it still costs developers $0.0015 per 1K input tokens to call Argent-2."
    )
    assert [(c.entity, c.value) for c in read(text, config)] == [("Argent-2", 1.5)]


def test_the_kind_of_customer_a_count_is_of_is_no_part_of_the_company(config):
    text = "Lanshan Intelligence said paying enterprise customers reached 36,200, and cloud revenue rose 9%."
    assert [(c.metric, c.segment) for c in read(text, config)] == [
        ("customers", None),
        ("growth_rate", "cloud"),
    ]
