"""Who a wire's figures are about, what its bare sums are in, and what its losses and parts are.

Every organisation and model here is invented; each case stands for a kind of sentence, not for
one article.
"""

from __future__ import annotations

import pytest

from claimcheck.extract import Document, name_book, vocabulary
from claimcheck.extract import registry as extract_registry
from helpers import read

_DATELINE = "AMSTERDAM, Nov 6, 2025 (Northgate Wire) - "


def _book(text, config):
    return name_book(Document(text), extract_registry(config), vocabulary(config)).entities


def test_a_role_before_a_name_is_no_part_of_it_and_a_surnames_particle_is(config):
    text = "Chief Financial Officer Joost van Aerle told reporters. Revenue rose, van Aerle said."
    book = _book(text, config)
    assert book["Joost van Aerle"].type == "person"
    assert book["Aerle"].name == "Joost van Aerle"
    assert "Financial Officer Joost" not in book


def test_a_role_alone_names_no_one(config):
    book = _book('"We grew," said Marisol Ekdahl, President and Chief Executive Officer.', config)
    assert "Officer" not in book and book["Marisol Ekdahl"].type == "person"


def test_its_after_a_sentence_whose_figures_an_anaphor_gave_is_that_company(config):
    text = _DATELINE + (
        "Tessaro Freight Group reported results.\n\n"
        '"Rates are back," Chief Financial Officer Joost van Aerle told reporters.\n\n'
        "The group, which employs more than 41,000 people, said its contract logistics division "
        "increased sales by 8.9% to 2.11 billion euros. Its parcel arm lifted revenue to 1.07 billion euros."
    )
    parcel = [c for c in read(text, config) if c.stated.value == 1.07e9]
    assert [c.entity for c in parcel] == ["Tessaro Freight Group"]


def test_a_bylines_names_are_no_one_a_figure_is_about(config):
    text = (
        "By MARCUS HOLLOWAY AP Technology Writer\n\nSAN FRANCISCO (AP) — Ostrander Labs said revenue grew.\n"
    )
    book = _book(text, config)
    assert not any("HOLLOWAY" in name for name in book) and "AP" not in book


def test_a_places_description_in_a_headline_is_no_name(config):
    text = "China AI Startup Yaomai Said to Seek Funds at $4 Billion Value\n\nYaomai AI is in talks."
    book = _book(text, config)
    assert "China AI" not in book


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Tessaro Group said revenue rose to 4.28 billion euros from 4.02 billion a year earlier.",
            {4.28e9: "EUR", 4.02e9: "EUR"},
        ),
        (
            "Tessaro Group said revenue climbed to 4.28 billion euros, ahead of the 4.76 billion consensus.",
            {4.28e9: "EUR", 4.76e9: "EUR"},
        ),
    ],
)
def test_a_bare_sum_after_an_amount_of_money_of_its_scale_is_in_that_currency(config, sentence, values):
    claims = {c.stated.value: c.stated.unit for c in read(sentence, config) if c.metric == "revenue"}
    assert claims == values


def test_a_bare_sum_counting_things_is_no_money(config):
    claims = read("Tessaro Group had revenue of 4.28 billion euros and 3 million users.", config)
    assert {c.metric for c in claims} == {"revenue", "users"}


def test_a_quarter_told_by_a_month_no_calendar_quarter_ends_in_is_the_fiscal_quarter_named(config):
    text = (
        "Nov 20, 2024 (Meridian Wire) - Orrery Semiconductor forecast fourth-quarter revenue above "
        "estimates on Wednesday.\n\nThe company expects revenue of $5.2 billion, plus or minus 2%, for "
        "the quarter ending in late January.\n\nThird-quarter revenue jumped 61% to $4.82 billion."
    )
    periods = {c.stated.value: c.period for c in read(text, config) if c.metric == "revenue"}
    assert periods == {5.2e9: "FY2025-Q4", 4.82e9: "FY2025-Q3"}


def test_months_ended_on_a_stated_day_are_kept_as_told(config):
    text = (
        "Nov 20, 2024 (Meridian Wire) - Thistlewick Compute posted fourth-quarter revenue of $433.9 "
        "million. Managed inference revenue was $114.1 million in the three months ended October 31."
    )
    (earlier,) = [c for c in read(text, config) if c.stated.value == 114.1e6]
    assert earlier.period == "P3M/2024-10-31"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ostrander Labs posted a net loss of $36.4 million, or 22 cents per share.", -0.22),
        ("Adjusted for one-time items, Ostrander Labs lost 9 cents per share.", -0.09),
        ("Kestrel Group swung to a profit of 5 cents per share.", 0.05),
        ("Petrel Data posted a net loss of $3.1 million, or $(0.09) per share.", -0.09),
    ],
)
def test_earnings_per_share_of_a_loss_are_negative(config, sentence, value):
    (eps,) = [c for c in read(sentence, config) if c.metric.endswith("eps")]
    assert eps.value == pytest.approx(value)


def test_the_consensus_for_a_loss_per_share_is_a_loss_and_adjusted(config):
    text = (
        "Adjusted for one-time items, Ostrander Labs lost 9 cents per share, narrower than the 12-cent "
        "loss analysts had forecast."
    )
    found = {(c.metric, c.basis, round(c.value, 2)) for c in read(text, config)}
    assert found == {("adjusted_eps", None, -0.09), ("adjusted_eps", "forecast", -0.12)}


_SEGMENTS = (
    "MINNEAPOLIS, Dec. 2, 2025 -- Brenvale Instruments, Inc. today announced results.\n\n"
    "- Revenue grew 10.2% year over year, led by a 21% increase in Industrial Software\n"
    "- Non-GAAP earnings per share of $1.52\n\n"
    "Revenue by Segment (in $ millions)\n\n"
    "Segment               | Q3 FY2025 | Q3 FY2026\n"
    "Test & Measurement    |       761 |       812\n"
    "Industrial Software   |       318 |       386\n"
    "Total Revenue         |     1,287 |     1,418\n\n"
    "Non-GAAP Financial Measures\n\nNon-GAAP earnings per share excludes stock-based compensation.\n"
)


def test_the_rows_of_a_segment_column_are_parts_in_one_spelling(config):
    claims = read(_SEGMENTS, config)
    assert {c.entity for c in claims} == {"Brenvale Instruments"}
    parts = {c.segment for c in claims if c.metric == "revenue"}
    assert parts == {"test and measurement", "industrial software", None}


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        (
            "On MMLU (5-shot), Veyra-3-120B-A12B, Marlow-2-70B and Kitewing-4 score 84.3, 81.7 and 82.5 "
            "respectively.",
            {"Veyra-3-120B-A12B": 84.3, "Marlow-2-70B": 81.7, "Kitewing-4": 82.5},
        ),
        (
            "| Reading | DROP (F1) | 3-shot | 74.3 |\n",
            {},
        ),
    ],
)
def test_a_setting_is_no_rival_of_the_scores_for_its_benchmark(config, text, scores):
    found = {c.entity: c.value for c in read(text, config) if c.metric == "mmlu"}
    assert found == scores


def test_a_benchmarks_edition_is_its_name_and_a_scoring_word_no_model(config):
    text = (
        "# Veyra-3-14B\n\n| Benchmark | Metric | Veyra-3-14B |\n|---|---|---|\n"
        "| AIME 2024 | avg@16 | 26.7 |\n| DROP (F1) | 3-shot | 77.0 |\n"
    )
    found = {(c.entity, c.metric, c.period) for c in read(text, config)}
    assert found == {("Veyra-3-14B", "aime_2024", None), ("Veyra-3-14B", "drop", None)}


def test_memory_a_model_needs_is_no_count_of_gpus(config):
    claims = read("Yaomai AI said the INT4 weights fit on a single 24 GB GPU.", config)
    assert claims == []


def test_figures_in_brackets_after_a_name_are_its_own(config):
    text = (
        "At $0.55 per million input tokens, Veyra-3-120B-A12B undercuts Marlow-2-70B ($0.90 input, "
        "$2.70 output) and Kitewing-4 ($1.10 / $4.40) by a wide margin."
    )
    owners = {c.value: c.entity for c in read(text, config)}
    assert owners == {
        0.55: "Veyra-3-120B-A12B",
        0.9: "Marlow-2-70B",
        2.7: "Marlow-2-70B",
        1.1: "Kitewing-4",
        4.4: "Kitewing-4",
    }


def test_a_bare_family_word_is_the_one_model_of_it_the_article_names(config):
    text = (
        "# Veyra-3 vs Marlow-2\n\nThree models keep coming up: Veyra-3-120B-A12B and Marlow-2-70B.\n\n"
        "On GSM8K (8-shot), Veyra scores 93.6, Marlow 90.1.\n"
    )
    book = _book(text, config)
    assert book["Veyra"].name == "Veyra-3-120B-A12B" and "Three" not in book
    assert "Marlow 90.1" not in book
    scores = {c.entity: c.value for c in read(text, config) if c.metric == "gsm8k"}
    assert scores == {"Veyra-3-120B-A12B": 93.6, "Marlow-2-70B": 90.1}


def test_a_yearless_datelines_year_is_no_earlier_than_the_latest_quarter_it_names(config):
    text = (
        "LONDON, June 17 (Meridian Wire) - Ossifrage Compute is in talks to raise about $400 mln.\n\n"
        "The company, which was spun out of a university lab in 2019, employs about 1,400 people.\n\n"
        "In the third quarter of fiscal 2025, which ended in March, Ossifrage posted revenue of $168.4 mln."
    )
    (funding,) = [c for c in read(text, config) if c.metric == "funding"]
    assert funding.as_of == "2025-06-17"


def test_the_side_of_the_money_named_nearest_before_a_valuation_is_its_own(config):
    text = "灵序科技（Lingxu Technology）完成15亿元B轮融资。本轮融资后，公司投后估值达到120亿元，投前估值为105亿元。"  # noqa: E501
    bases = {round(c.stated.value / 1e8): c.basis for c in read(text, config) if c.metric == "valuation"}
    assert bases == {120: "post_money", 105: "pre_money"}


@pytest.mark.parametrize(
    ("sentence", "bases"),
    [
        (
            "Corvane AI reported second-quarter revenue of $25.4 million, and its annualised run-rate was "
            "above $110 million as of August.",
            {25.4e6: None, 110e6: "run_rate"},
        ),
        (
            "Foxglove AI is on track for roughly $25 million in annualised revenue.",
            {25e6: "run_rate"},
        ),
        (
            "Brackenlight AI's annualised revenue run-rate, almost all of it from the API, reached $180 "
            "million in June.",
            {180e6: "run_rate"},
        ),
    ],
)
def test_a_run_rates_words_name_the_figure_beside_them(config, sentence, bases):
    found = {c.stated.value: c.basis for c in read(sentence, config) if c.metric == "revenue"}
    assert found == bases


def test_a_year_an_event_happened_in_dates_the_event_not_the_figures_after_it(config):
    text = (
        "Rotterdam, 6 November 2025 – Tessaro Freight Group published results for the first half of "
        "fiscal 2026.\n\n"
        '"The cost programme we launched last year is paying off," said Chief Executive Marieke Dolan.\n\n'
        "Contract Logistics grew revenue 8.9% to EUR 2.11 billion."
    )
    (level,) = [c for c in read(text, config) if c.metric == "revenue"]
    assert level.when == "FY2026-H1"


def test_a_lists_later_parts_stand_before_their_own_figures(config):
    text = (
        "Rotterdam, 6 November 2025 – Tessaro Freight Group published results for the first half.\n\n"
        "By region, Europe contributed EUR 3.05 billion of revenue, Asia-Pacific EUR 1.02 billion and "
        "the Americas EUR 0.75 billion."
    )
    parts = {c.stated.value: c.segment for c in read(text, config)}
    assert parts == {3.05e9: "europe", 1.02e9: "asia pacific", 0.75e9: "americas"}


def test_the_tokens_named_after_a_list_of_amounts_price_each_of_them(config):
    text = "Corvid-2-8B is priced at $0.15 input and $0.60 output per million tokens."
    prices = {(c.value, c.price_kind) for c in read(text, config) if c.metric == "price_per_mtok"}
    assert prices == {(0.15, "input"), (0.6, "output")}


def test_what_a_revised_forecast_was_before_is_the_forecast_for_its_period(config):
    text = (
        "Oakhollow Software reported results. It raised the low end of its full-year range and now sees "
        "fiscal 2026 revenue of $3.31 billion to $3.33 billion, compared with $3.29 billion to $3.33 "
        "billion previously."
    )
    found = {(c.low, c.period, c.basis) for c in read(text, config) if c.metric == "revenue"}
    assert found == {(3.31e9, "FY2026", "forecast"), (3.29e9, "FY2026", "forecast")}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Brautigam Werke reported results. The Stuttgart pump and compressor maker had a weak quarter.",
            "Stuttgart",
        ),
        (
            "Quillmoor Software beat estimates. The San Mateo, California-based company raised its outlook.",
            "San Mateo",
        ),
        ("- **Architecture:** dense transformer, grouped-query attention with 8 KV heads", "KV"),
    ],
)
def test_a_word_describing_a_company_or_counted_thing_names_no_one(config, text, word):
    assert word not in _book(text, config)


def test_a_european_company_word_makes_an_organisation(config):
    assert (
        _book("BRAUTIGAM WERKE (Frankfurt)\n\nBrautigam kept its outlook.", config)["Brautigam"].type == "org"
    )


def test_investors_following_on_are_no_subject_of_the_round(config):
    text = (
        "Thistlegate AI raised money. Brackwater Capital led a $450 million Series C at a $3.2 billion "
        "pre-money valuation, with Ostrander Ventures and Kilnworth Partners following on."
    )
    assert {c.entity for c in read(text, config)} == {"Thistlegate AI"}


def test_a_table_of_rounds_dates_its_rows_and_its_amount_is_funding(config):
    text = (
        "# Thistlegate AI's Funding, Round by Round\n\n"
        "| Round | Closed | Amount | Lead | Post-Money Valuation |\n|---|---|---|---|---|\n"
        "| Seed | Mar 2022 | $6.5M | Ostrander Ventures | n/a |\n"
        "| Series A | May 2023 | $45M | Ostrander Ventures | $300M |\n"
    )
    found = {(c.metric, c.value, c.as_of, c.basis, c.segment) for c in read(text, config)}
    assert found == {
        ("funding", 6.5e6, "2022-03", None, None),
        ("funding", 45e6, "2023-05", None, None),
        ("valuation", 300e6, "2023-05", "post_money", None),
    }


def test_what_a_part_contributes_names_it_a_part_whatever_its_last_word(config):
    text = (
        "TOKYO, May 13, 2025 (Meridian Wire) - Tsurugaya Holdings reported annual results.\n\n"
        "Factory Automation, which makes welding robots and servo drives, posted annual revenue of ¥668 "
        "billion. Power Systems contributed ¥503 billion and Mobility Components ¥352 billion."
    )
    claims = read(text, config)
    assert {c.entity for c in claims} == {"Tsurugaya Holdings"}
    assert {c.segment for c in claims} == {"factory automation", "power systems", "mobility components"}


def test_a_metric_word_after_a_figure_across_a_clause_join_is_the_next_clauses(config):
    text = "Tsurugaya Holdings said sales increased 5.9% to ¥1.63 trillion, and net profit came to ¥102.7bn."
    metrics = {c.stated.value: c.metric for c in read(text, config) if c.metric != "growth_rate"}
    assert metrics == {1.63e12: "revenue", 102.7e9: "net_income"}


def test_quantised_rows_under_a_heading_naming_a_variant_are_that_variant_in_their_precision(config):
    text = (
        "# Orrery-3-8B\n\n## Quantised Instruct Checkpoints\n\n"
        "We publish FP8 and INT4 weights of the Instruct model.\n\n"
        "| Checkpoint | MMLU (5-shot) |\n|---|---|\n| BF16 | 68.4 |\n| FP8 | 68.1 |\n| INT4 | 66.9 |\n"
    )
    variants = {c.value: (c.entity, c.variant) for c in read(text, config)}
    assert variants == {
        68.4: ("Orrery-3-8B", "Instruct"),
        68.1: ("Orrery-3-8B", "Instruct FP8"),
        66.9: ("Orrery-3-8B", "Instruct INT4"),
    }


def test_a_cut_in_jobs_is_counted_as_job_cuts_and_a_span_of_years_is_no_figure(config):
    found = {
        (c.metric, c.value) for c in read("Tsurugaya Holdings will cut 600 roles over three years.", config)
    }
    assert found == {("job_cuts", 600)}


def test_an_of_which_row_is_its_part_and_a_moving_figure_holds_at_its_periods_dated_end(config):
    text = (
        "SAN MATEO, Calif., Dec. 4, 2024 -- Quillmoor Software reported results for its third quarter of "
        "fiscal 2025, ended October 31, 2024.\n\n"
        "## Revenue by Segment ($ Million)\n\n"
        "| Segment | Q3 FY25 |\n|---|---|\n| Subscription | 571.9 |\n| of which Security Cloud | 148.3 |\n\n"
        "| Metric | Q3 FY25 |\n|---|---|\n| Employees | 5,780 |\n"
    )
    claims = {c.stated.value: c for c in read(text, config)}
    assert claims[148.3e6].segment == "security cloud"
    assert claims[5780].as_of == "2024-10-31"


def test_prices_given_respectively_take_their_token_kinds_in_order(config):
    for text in (
        "Corvane Labs charges $0.90 and $3.60 respectively per million input and output tokens for Tern-2.",
        "Tern-2 costs $0.90 and $3.60 per million tokens for input and output respectively.",
    ):
        kinds = {c.stated.value: c.price_kind for c in read(text, config) if c.metric == "price_per_mtok"}
        assert kinds == {0.9: "input", 3.6: "output"}, text


def test_a_lead_investors_own_figure_in_a_relative_clause_or_aside_is_the_investors(config):
    cases = {
        "Osmund Labs raised $40 million in a round led by Harrowgate Capital, which manages about "
        "$6 billion.": ("Harrowgate Capital", 6e9),
        "Osmund Labs raised $40 million in a round led by Orrin Peak Capital, a firm with more than "
        "$11 billion in assets under management.": ("Orrin Peak Capital", 11e9),
    }
    for text, (investor, held) in cases.items():
        found = {(c.entity, c.metric, c.stated.value) for c in read(text, config)}
        assert found == {("Osmund Labs", "funding", 40e6), (investor, "assets_under_management", held)}, text


def test_a_round_named_in_a_relative_clause_stays_with_the_company_it_names(config):
    text = (
        "Osmund Labs raised $40 million in a round led by Vantapoint, which also led the $900 million "
        "round in Corrie AI."
    )
    found = {(c.entity, c.metric, c.stated.value) for c in read(text, config)}
    assert found == {("Osmund Labs", "funding", 40e6), ("Corrie AI", "funding", 900e6)}


def test_money_raised_from_a_backer_is_the_raisers(config):
    for text in (
        "Osmund Labs raised $40 million from Harrowgate.",
        "Osmund Labs raised $40 million from Harrowgate Capital and Vantapoint in a round.",
    ):
        assert [(c.entity, c.metric) for c in read(text, config)] == [("Osmund Labs", "funding")], text
