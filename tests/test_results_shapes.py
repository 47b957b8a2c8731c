"""Shapes of results summaries and releases: cards, segment tables, lists of quarters.

Every organisation here is invented; each case stands for a kind of layout, not for one article.
"""

from __future__ import annotations

from helpers import read

CARD = """# Brightwater Analytics Fiscal 2025 Results

Brightwater Analytics reported its results for the fiscal year ended March 31, 2025.

**Net income**
$412 million

**Gross margin**
61.5%

**Diluted EPS**
$1.94
"""


def test_a_bold_label_line_names_the_value_on_the_line_under_it(config):
    claims = {c.metric: c for c in read(CARD, config)}
    assert claims["net_income"].value == 412e6
    assert claims["gross_margin"].value == 61.5
    assert claims["eps"].value == 1.94
    assert "revenue" not in claims
    assert {c.entity for c in claims.values()} == {"Brightwater Analytics"}


def test_a_bold_sentence_is_no_label(config):
    # Bold prose that ends as a sentence is emphasis, not the label of the line under it.
    claims = read("Brightwater Analytics grew fast.\n\n**Revenue rose again.**\n$412 million\n", config)
    assert not [c for c in claims if c.value == 412e6 and c.metric == "revenue" and "rose" in c.quote]


SEGMENTS = """Brightwater Analytics revenue by segment, fiscal 2025 ($ million):

| Segment | FY2024 | FY2025 |
|---|---|---|
| Cloud | 2,950 | 5,100 |
| Total Hardware | 1,760 | 2,640 |
| Total | 4,710 | 7,740 |
"""


def test_the_total_row_of_a_segment_table_is_the_whole_and_a_subtotal_its_part(config):
    claims = {(c.segment, c.period): c.value for c in read(SEGMENTS, config) if c.metric == "revenue"}
    assert claims[(None, "FY2025")] == 7740e6
    assert claims[("hardware", "FY2025")] == 2640e6
    assert ("total", "FY2025") not in claims


LEAD = """Brightwater Analytics Holdings said its results were strong.

Model API revenue was up 265% year on year in the first half. By quarter:
- Q1 2025: RMB 530 million
- Q2 2025: RMB 620 million (+17% QoQ)
"""


def test_a_lead_in_naming_nothing_speaks_for_the_sentence_before_it(config):
    claims = [c for c in read(LEAD, config) if c.metric == "revenue"]
    assert {(c.period, c.segment, c.stated.value) for c in claims} == {
        ("2025-Q1", "model api", 530e6),
        ("2025-Q2", "model api", 620e6),
    }


def test_the_owner_of_a_model_platform_is_the_organisation_it_is_a_short_name_of(config):
    text = (
        "Brightwater Analytics Holdings Ltd reported results on Tuesday.\n\n"
        "Brightwater's model platform handled 2.1 billion API calls per day. "
        "Shares rose, giving Brightwater a market value of $12 billion."
    )
    claims = {c.metric: c for c in read(text, config)}
    # One organisation under its short name (the spellings of a run are joined when matching).
    assert {c.entity for c in claims.values()} == {"Brightwater"}
    assert claims["valuation"].value == 12e9


def test_the_full_year_after_calendar_figures_is_that_year_and_its_part_is_named_after_the_verb(config):
    text = (
        "Brightwater Analytics posted first-half 2025 revenue of RMB 1.2 billion. "
        "Management expects Model API revenue to exceed RMB2.5 billion for the full year."
    )
    (forecast,) = [c for c in read(text, config) if c.basis == "forecast"]
    assert (forecast.period, forecast.segment, forecast.stated.value) == ("2025", "model api", 2.5e9)


def test_a_valuation_set_at_a_dated_round_holds_when_the_round_closed(config):
    text = (
        "Brightwater Analytics said on Aug. 21, 2025 that Ospreyline Intelligence raised RMB 2 billion "
        "in January in a round that valued the Hangzhou start-up at RMB12 billion."
    )
    claims = {c.metric: c for c in read(text, config)}
    assert claims["funding"].as_of == claims["valuation"].as_of == "2025-01"


def test_a_wire_storys_pc_and_pct_and_the_figure_analysts_had_expected(config):
    text = (
        "Brightwater Analytics reported results on Tuesday.\n\n"
        "Revenue rose 60pc to $3.48bn in the three months to October 31, the Austin-based company said, "
        "ahead of the $3.41bn analysts had expected on average. Net income jumped 12 pct."
    )
    claims = read(text, config)
    revenue = {c.stated.value: c.basis for c in claims if c.metric == "revenue"}
    assert revenue == {3.48e9: None, 3.41e9: "forecast"}
    assert sorted(c.stated.value for c in claims if c.metric == "growth_rate") == [12, 60]
    assert {c.entity for c in claims} == {"Brightwater Analytics"}


def test_a_generic_subject_before_the_figure_makes_it_nobodys(config):
    text = "Brightwater Analytics reported results.\n\nRivals spent $2bn on chips last year."
    assert not [c for c in read(text, config) if c.stated.value == 2e9]


CHANGES = """Brightwater Analytics revenue by segment ($ Million)

| Segment | Q3 2025 | Q3 2024 | YoY |
|---|---|---|---|
| Data Center | 291.4 | 229.4 | +27.0% |
| Professional Services | 121.2 | 120.3 | -0.7% |
| Total | 412.6 | 349.7 | +18.0% |
"""


def test_a_change_column_holds_changes_of_the_rows_metric_for_the_latest_period(config):
    claims = read(CHANGES, config)
    changes = {(c.segment, c.period, c.change, c.of): c.value for c in claims if c.metric == "growth_rate"}
    assert changes == {
        ("data center", "2025-Q3", "yoy", "revenue"): 27.0,
        ("professional services", "2025-Q3", "yoy", "revenue"): -0.7,
        (None, "2025-Q3", "yoy", "revenue"): 18.0,
    }
    # A segment's words name a part, never an entity of their own.
    assert {c.entity for c in claims} == {"Brightwater Analytics"}


def test_places_and_people_are_never_whose_figure_it_is(config):
    text = (
        "Brightwater Analytics reported results on Thursday. The shares fell 6.4% to $118.40 after "
        "closing at $126.50 in New York.\n\n"
        "The company, which employs about 7,800 people, has a plant in Penang, Malaysia.\n\n"
        "Chief financial officer Annika Rosenthal-Baptiste said capital expenditure would rise "
        "to $300 million."
    )
    assert {c.entity for c in read(text, config)} == {"Brightwater Analytics"}


GLANCE = """Brindlewood Semiconductor Q1 FY2026: Flat on the Quarter, Up 27.5% on the Year

Brindlewood Semiconductor's first quarter of fiscal 2026 came in where management said it would.

Results at a glance ($ Million, except EPS)

| | Q1 FY2026 | Q4 FY2025 |
|---|---|---|
| Revenue | 781.0 | 782.5 |
| Diluted EPS | $1.01 | $1.02 |
"""


def test_a_headlines_organisation_outranks_its_other_capitalised_words_and_eps_is_never_scaled(config):
    claims = {(c.metric, c.period): c for c in read(GLANCE, config)}
    assert claims[("revenue", "FY2026-Q1")].value == 781e6
    assert claims[("eps", "FY2025-Q4")].value == 1.02
    assert {c.entity for c in claims.values()} == {"Brindlewood Semiconductor"}


PLAIN_CARD = """Brindlewood Semiconductor ended its fiscal year on June 30.

Fourth quarter of fiscal 2025

Revenue
$782.5 million

Net income
$141.3 million

Fiscal 2025 in full

Gross margin for the year was 56.9%. Next quarter it expects a gross margin of about 57%.
"""


def test_a_plain_label_line_names_the_bare_figure_under_it(config):
    claims = {c.metric: c for c in read(PLAIN_CARD, config) if c.basis is None}
    assert claims["revenue"].value == 782.5e6 and claims["net_income"].value == 141.3e6
    # The year's 56.9% is not next quarter's "about 57%", though one rounds to the other.
    assert claims["gross_margin"].inferred_period == "FY2025"


RELEASE = (
    "Quillmoor Analytics Reports Third Quarter 2025 Financial Results\n\n"
    "SAN JOSE, Calif., Oct. 29, 2025 -- Quillmoor Analytics, Inc. today announced results for its "
    "third quarter ended September 30, 2025.\n\n"
    "Third Quarter 2025 Financial Highlights\n\n"
    "- Cloud Platform: Cloud Platform revenue was $291.4 million, up 27% from the third quarter of 2024.\n"
    "- Net income: GAAP net income was $38.4 million, compared with GAAP net income of $22.1 million, "
    "or $0.24 per diluted share, in the third quarter of 2024.\n"
    "- Non-GAAP EPS: Non-GAAP net income per diluted share was $0.52.\n"
    "- Cash flow: Free cash flow was $61.0 million.\n\n"
    "Quillmoor's shares, which have gained 31% so far this year, rose to $86.20, giving the company "
    "a market value of about $8.1 bln.\n"
)


def test_a_press_releases_highlights_read_as_a_fact_checker_reads_them(config):
    claims = {(c.metric, c.value): c for c in read(RELEASE, config)}
    assert {c.entity for c in claims.values()} == {"Quillmoor Analytics"}
    # The base a change is measured from, named as a period a year back: year on year.
    assert claims[("growth_rate", 27.0)].change == "yoy"
    # A comparison's period is not the period the next lines report.
    assert claims[("adjusted_eps", 0.52)].inferred_period == "2025-Q3"
    assert claims[("free_cash_flow", 61e6)].inferred_period == "2025-Q3"
    # A share price is no valuation, and a year-to-date gain no cumulative total.
    assert claims[("share_price", 86.2)].metric == "share_price"
    assert claims[("growth_rate", 31.0)].basis is None
    assert claims[("valuation", 8.1e9)].basis is None


def test_a_change_whose_line_names_no_level_is_a_change_of_the_level_above(config):
    text = (
        "Brindlewood Semiconductor ended its fiscal year on June 30.\n\n"
        "Fourth quarter of fiscal 2025\n\nRevenue\n$782.5 million\n\n"
        "Change from a year earlier\n+34%\n\n"
        "Excluding items, Brindlewood earned 52 cents per share. It guided to revenue of $800 million."
    )
    claims = {c.metric: c for c in read(text, config)}
    assert (claims["growth_rate"].of, claims["growth_rate"].change) == ("revenue", "yoy")
    assert claims["adjusted_eps"].value == 0.52
    assert [c.basis for c in read(text, config) if c.value == 800e6] == ["forecast"]


def test_the_round_values_the_company(config):
    text = (
        "Vantorra AI said it has raised $640 million in Series C funding. The round values Vantorra "
        "at $4.2 billion. It will expand its compute to more than 24,000 GPUs."
    )
    claims = {(c.metric, c.value) for c in read(text, config)}
    assert {("funding", 640e6), ("valuation", 4.2e9), ("gpus", 24000)} <= claims


def test_the_source_a_figure_is_cited_from_is_no_subject_of_it(config):
    text = (
        "Brightwater Semiconductor beats forecasts\n\n"
        "Brightwater Semiconductor reported results on Tuesday.\n\n"
        "Revenue rose 20% to $1.42 billion, compared with the $1.39 billion analysts had expected "
        "on average, according to Ridgemark Analytics. Analysts polled by Ridgemark Analytics had "
        "expected net income of $200 million."
    )
    assert {c.entity for c in read(text, config)} == {"Brightwater Semiconductor"}


def test_a_part_or_region_that_opens_the_clause_is_the_figures_part(config):
    text = (
        "Ashgrove Group reports first half\n\n"
        "Ashgrove Group reported first-half revenue of £1.19bn on Tuesday.\n\n"
        "Continental Europe, now the larger of Ashgrove's two regions, contributed £652.5m of revenue, "
        "with UK & Ireland accounting for the remaining £538.0m. Freight, the smallest unit, lifted "
        "revenue to £87m."
    )
    claims = {c.stated.value: c for c in read(text, config) if c.metric == "revenue"}
    assert {c.entity for c in claims.values()} == {"Ashgrove Group"}
    assert claims[1.19e9].segment is None
    assert claims[652.5e6].segment == "continental europe"
    assert claims[538.0e6].segment == "uk and ireland"
    assert claims[87e6].segment == "freight"


def test_a_buyback_and_a_bond_sale_are_no_funding_round(config):
    text = (
        "Morihama Precision Industries said on Wednesday it would repurchase up to 50 billion yen of "
        "its own shares and raise 80 billion yen in the domestic bond market."
    )
    assert {(c.metric, c.stated.value) for c in read(text, config)} == {
        ("share_buyback", 50e9),
        ("bond_issuance", 80e9),
    }


def test_a_move_in_a_share_price_holds_on_the_day_and_analysts_estimate_the_subjects_figure(config):
    text = (
        "NEW YORK, July 29, 2025 - Oakmere Software said revenue rose 17% to $842.6 million. "
        "Analysts polled by Ridgemark Analytics had expected $828.1 million. Its shares fell 6.2%."
    )
    claims = {c.stated.value: c for c in read(text, config)}
    assert (claims[828.1e6].entity, claims[828.1e6].basis) == ("Oakmere Software", "forecast")
    assert (claims[-6.2].of, claims[-6.2].as_of) == ("share_price", "2025-07-29")


def test_a_figure_in_a_relative_clause_is_its_antecedents(config):
    text = (
        "Oakmere Software reported results.\n\n"
        "Oakmere runs its engine on chips from Brightwater Semiconductor, which posted revenue of "
        "$1.47 billion in July."
    )
    (claim,) = read(text, config)
    assert (claim.entity, claim.value) == ("Brightwater Semiconductor", 1.47e9)


def test_organic_growth_and_profit_before_tax_are_measures_of_their_own(config):
    text = (
        "Veristad Logistics reported first-half results.\n\n"
        "Stripping out currency swings and acquisitions, organic growth came to 5.6%. "
        "Profit before tax rose to €300m."
    )
    claims = {c.stated.value: c for c in read(text, config)}
    organic = claims[5.6]
    assert (organic.metric, organic.of, organic.segment) == ("growth_rate", "organic_revenue", None)
    assert claims[300e6].metric == "profit_before_tax"


def test_a_setting_bracketed_after_one_benchmark_is_that_benchmarks(config):
    text = "Lyrran-2 scores 87.9 on MMLU (5-shot), 90.2 on HumanEval (pass@1) and 61.4 on GPQA."
    settings = {c.metric: c.setting for c in read(text, config)}
    assert settings == {"mmlu": "5-shot", "humaneval": "pass@1", "gpqa": None}


def test_figures_listed_respectively_take_the_first_lists_metrics_in_order(config):
    text = (
        "Lyrran-2 scores 87.9 on MMLU, 90.2 on HumanEval and 61.4 on GPQA, compared with 78.6, "
        "81.5 and 44.0 respectively for Lyrran-1."
    )
    scores = {(c.entity, c.metric): c.value for c in read(text, config)}
    assert scores[("Lyrran-1", "mmlu")] == 78.6
    assert scores[("Lyrran-1", "humaneval")] == 81.5
    assert scores[("Lyrran-1", "gpqa")] == 44.0


def test_cents_beside_a_per_share_figure_are_per_share(config):
    text = (
        "Brightwood Semiconductor reported.\n\n"
        "Excluding items, Brightwood earned 84 cents per share, against estimates of 79 cents. "
        "Net income rose to $212 million, or 71 cents per diluted share, from $158 million, or 53 cents, "
        "a year earlier."
    )
    per_share = {c.stated.value: (c.metric, c.basis) for c in read(text, config) if c.stated.unit == "USD"}
    assert per_share[0.79] == ("adjusted_eps", "forecast")
    assert per_share[0.53][0] == "eps" and per_share[158e6][0] == "net_income"


def test_highlights_stated_as_of_a_day_hold_on_that_day(config):
    text = (
        "SHENZHEN, October 16, 2025 - Qinglan Technology Holdings today provided an operating update.\n\n"
        "Operating highlights (as of September 30, 2025)\n"
        "- Enterprise customers: more than 12,600\n"
    )
    (claim,) = read(text, config)
    assert (claim.metric, claim.as_of) == ("customers", "2025-09-30")


def test_a_run_rates_earlier_value_is_a_run_rate(config):
    text = "Foxmere AI said annualised revenue had reached $70 million, up from about $25 million in March."
    bases = {c.stated.value: c.basis for c in read(text, config)}
    assert bases == {70e6: "run_rate", 25e6: "run_rate"}


def test_a_companys_own_target_is_a_plan_and_a_closed_round_it_spends_is_not(config):
    text = (
        "Foxmere AI has grown to 210 employees and plans to reach 300 by the end of 2026. "
        "It plans to use proceeds from the $640 million round to hire staff. "
        "It expects revenue of $3 billion in 2026."
    )
    bases = {c.stated.value: c.basis for c in read(text, config)}
    # a target it sets itself is planned; what it expects is a forecast
    assert (
        bases[210] is None and bases[300] == "planned" and bases[640e6] is None and bases[3e9] == "forecast"
    )


def test_a_datelines_place_is_where_the_story_was_filed_not_a_part(config):
    text = "Acmore Group reported results.\n\nLONDON — Revenue rose to $5 billion, the company said."
    (claim,) = read(text, config)
    assert (claim.entity, claim.segment) == ("Acmore Group", None)


def test_a_news_agencys_credit_in_the_dateline_is_no_subject(config):
    text = (
        "LONDON, July 2, 2025 (Calderwire) - Acmore Group said revenue rose 10% to $5 billion.\n\n"
        "PARIS, July 3, 2025 (Calderwire) - Revenue at the unit rose to $2 billion."
    )
    assert {c.entity for c in read(text, config)} <= {"Acmore Group"}


def test_another_clauses_organic_is_no_cue_for_a_reported_change(config):
    text = "Veristad Logistics reported results.\n\nRevenue rose 4%, while organic growth was 5%."
    of = {c.stated.value: c.of for c in read(text, config) if c.metric == "growth_rate"}
    assert of == {4.0: "revenue", 5.0: "organic_revenue"}


QUARTER_STORY = """Pellmore Analytics Q4: Cloud Carries the Quarter

Pellmore Analytics closed out fiscal 2025 with a strong quarter.

Revenue in the fiscal fourth quarter came in at $1.084bn. Over the full year, sales were $3.96bn.

Gross margin was 62.1% in the quarter, Pellmore said, up from 57.8% a year earlier.
"""


def test_in_the_quarter_is_the_quarter_last_named_and_a_margin_up_from_is_its_level_before(config):
    claims = {c.raw.removeprefix("from "): c for c in read(QUARTER_STORY, config)}
    assert claims["62.1%"].when == "FY2025-Q4"  # not the full year named in between
    before = claims["57.8%"]
    assert (before.metric, before.of) == ("gross_margin", None)  # a margin's level, no change


def test_a_lead_in_that_forecasts_puts_no_quarter_in_view(config):
    text = (
        "Pellmore Analytics reported results for its third quarter of fiscal 2025.\n\n"
        "For the fourth quarter of fiscal 2025, Pellmore expects:\n"
        "- Revenue of $3.05 billion to $3.15 billion\n\n"
        "During the quarter, Pellmore Analytics repurchased $250 million of its common stock.\n"
    )
    claims = {c.raw: c for c in read(text, config)}
    assert claims["$3.05 billion to $3.15 billion"].when == "FY2025-Q4"
    assert claims["$250 million"].when == "FY2025-Q3"


def test_a_period_after_a_rate_is_no_benchmark(config):
    (_now, before) = read("Pellmore Analytics' operating margin was 17.5%, against 15.9% in FY24.", config)
    assert (before.metric, before.period) == ("operating_margin", "FY2024")


def test_rate_limits_are_requests_per_minute_and_a_tier_is_no_entity(config):
    claims = read(
        "Rate limit: 4,000 requests per minute for Sirius-R2. "
        "Tier 1 accounts of the Nightjar API start at 500 RPM.",
        config,
    )
    assert {(c.entity, c.metric, c.value) for c in claims} == {
        ("Sirius-R2", "requests_per_minute", 4000),
        ("Nightjar", "requests_per_minute", 500),
    }


SEGMENT_BLOCKS = """Pellmore Analytics Announces Third Quarter Results

Pellmore Analytics reported revenue of $4.82 billion for the third quarter of 2025.

Third Quarter Segment Summary

Data Center
Revenue: $3.95 billion
Change YoY: +78%

Automotive
Revenue: $330 million

During the quarter, Pellmore Analytics returned $1.2 billion to shareholders through share repurchases.
"""


def test_short_headings_under_a_segment_summary_name_the_parts_of_the_lines_under_them(config):
    claims = {c.raw.removeprefix("+"): c for c in read(SEGMENT_BLOCKS, config)}
    assert claims["$3.95 billion"].segment == "data center"
    assert claims["78%"].segment == "data center"
    assert claims["$330 million"].segment == "automotive"
    assert claims["$4.82 billion"].segment is None
    assert claims["$1.2 billion"].segment is None  # a paragraph of prose is the company's again


def test_a_sibling_section_after_a_segment_table_is_no_part(config):
    text = (
        "# Pellmore Analytics FY2025 Results\n\n## Revenue By Segment ($ Million)\n\n"
        "| Segment | FY2025 |\n|---|---|\n| Cloud | 6,150 |\n\n"
        "## Profitability\n\nFull-year net income:\n$1.58 billion\n"
    )
    claims = {c.raw: c for c in read(text, config)}
    assert claims["$1.58 billion"].segment is None


def test_a_clause_that_states_no_period_is_compared_under_the_one_its_sentence_stated(config):
    claims = {
        c.raw: c
        for c in read(
            "Pellmore Analytics said revenue was $5.2 million in 2024; net income was $1.1 million.", config
        )
    }
    income = claims["$1.1 million"]
    assert (income.period, income.when) == (None, "2024")  # inferred, as stated nowhere for it
