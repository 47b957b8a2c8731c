"""Who a described subject is and what a figure's part and quarter are: descriptions with
modifiers (``the London-based company``), a headline's stray capitals, regions that are objects
rather than subjects, a fiscal quarter dated by the day it ended, and a team's head count.

Every organisation here is invented; each case stands for a kind of sentence, not for one article.
"""

from __future__ import annotations

from helpers import by_raw, read

RELEASE = (
    "Quorvane AI Raises $640 Million Series C to Bring Auditable AI to Global Banking\n\n"
    "Round led by Tessel Peak Capital values the Oslo-based company at $4.2 billion\n\n"
    "OSLO, September 16, 2025 -- Quorvane AI today announced that it has raised $640 million in "
    "Series C funding. Quorvane will use the new capital to expand its compute to more than 24,000 "
    "GPUs by the end of 2026, open offices in New York and Singapore, and grow its team from 310 "
    "people today to about 500.\n"
)


def test_a_description_with_modifiers_is_the_company_the_article_is_about(config):
    c = by_raw(RELEASE, config)["$4.2 billion"]
    assert (c.entity, c.metric) == ("Quorvane AI", "valuation")


def test_a_headline_name_the_body_never_uses_does_not_unseat_the_articles_subject(config):
    # "Bring Auditable AI" has an organisation's cue but the body never speaks of it.
    assert {c.entity for c in read(RELEASE, config)} == {"Quorvane AI"}


def test_a_team_is_counted_in_people_and_a_region_in_an_earlier_object_is_no_part(config):
    claims = by_raw(RELEASE, config)
    for raw in ("310", "about 500"):
        assert (claims[raw].metric, claims[raw].segment) == ("employees", None)
    assert claims["more than 24,000"].metric == "gpus"


def test_a_fiscal_quarter_is_of_the_fiscal_year_its_end_day_closes(config):
    text = (
        "August 7, 2025 - Halvery Semiconductor Corp. gave a weak forecast.\n\n"
        "In the fiscal fourth quarter, which ended June 30, revenue rose 34% to $782.5 million.\n\n"
        "For its fiscal second quarter ended Sept. 27, 2025, Halvery expects revenue of $800 million.\n"
    )
    claims = by_raw(text, config)
    assert claims["$782.5 million"].period == "FY2025-Q4"
    # The second quarter of a fiscal year that ends six months after September 2025.
    assert claims["$800 million"].period == "FY2026-Q2"


def test_a_release_of_a_named_model_is_that_model_not_the_last_one_in_view(config):
    text = (
        "Mirrowick charges $1.20 per million output tokens for Pellin-8B-Chat. The open-weight "
        "release of Pellin-8B has drawn more than 21,000 stars on GitHub.\n"
    )
    c = by_raw(text, config)["more than 21,000"]
    assert (c.entity, c.variant, c.metric) == ("Pellin-8B", None, "github_stars")


def test_a_qualifier_word_after_a_parameter_count_or_in_its_header_picks_the_active_count(config):
    text = (
        "Brisk-2 is a large model with 236 billion total parameters, 21 billion of which are "
        "active for any given token. Its sibling Brisk-2-Lite has 480B total parameters and 35B "
        "active per token.\n"
    )
    claims = by_raw(text, config)
    assert claims["236 billion"].metric == "params_total"
    assert claims["21 billion"].metric == "params_active"
    assert (claims["35B"].entity, claims["35B"].metric) == ("Brisk-2-Lite", "params_active")
    table = (
        "| Model | Parameters (total) | Parameters (active) | Context window |\n"
        "|---|---|---|---|\n"
        "| Brisk-3-MoE-152B | 152B | 27B | 64K |\n"
    )
    cells = by_raw(table, config)
    assert (cells["152B"].metric, cells["27B"].metric) == ("params_total", "params_active")


def test_a_source_named_after_a_few_words_and_a_colon_after_a_statement(config):
    text = (
        "Nordic AI start-ups have raised NOK 11 billion so far in 2025, according to figures from "
        "industry tracker Fjordline Data, a sum dwarfed by single rounds elsewhere: Boston's Quillby "
        "Labs raised $4 billion in June at a valuation of $30 billion.\n"
    )
    claims = by_raw(text, config)
    assert "NOK 11 billion" not in claims  # the region's start-ups are no one entity, nor the source
    assert {(c.entity, c.metric) for c in claims.values()} == {
        ("Quillby Labs", "funding"),
        ("Quillby Labs", "valuation"),
    }


def test_a_capitalised_word_glued_to_an_adjective_suffix_is_no_name(config):
    text = (
        "The Lisbon lab, valued at $4.8 billion after its March round, is building for European "
        "languages first, and MMLU is an English-heavy test. Marrowick Labs said so.\n"
    )
    assert "English-heavy" not in {c.entity for c in read(text, config)}


def test_last_month_names_dates_and_a_round_dates_only_the_earlier_valuation(config):
    text = (
        "March 18, 2025 - Brantle Growth invested $1.1 billion in Quorra Labs last October, in a "
        "round valuing it at $6.5 billion. The company was valued at $2.5 billion in its Series B "
        "last March.\n\n"
        "Pelican AI is now worth US$4 billion, up from US$2.9 billion when it closed a C$540 million "
        "round last June. Pelican-2-Chat is still $0.60 per million input tokens, the same as at "
        "launch last July.\n"
    )
    claims = by_raw(text, config)
    assert claims["$1.1 billion"].as_of == claims["$6.5 billion"].as_of == "2024-10"
    assert claims["$2.5 billion"].as_of == "2024-03"  # "last March", said in March: a year ago
    assert claims["US$4 billion"].as_of == "2025-03-18"
    assert claims["US$2.9 billion"].as_of == claims["C$540 million"].as_of == "2024-06"
    assert claims["$0.60 per million input tokens"].as_of == "2025-03-18"


def test_rupees_written_rs_and_a_rival_that_opens_the_sentence(config):
    text = (
        "March 18, 2025 - Quorra Labs is in talks to raise $2 billion.\n\n"
        "Rival Pelican AI, based in Vancouver, was valued at $4 billion in January. In India, "
        "Pune-based Sarang AI raised Rs 850 crore last month.\n"
    )
    claims = by_raw(text, config)
    assert (claims["$4 billion"].entity, claims["$4 billion"].as_of) == ("Pelican AI", "2025-01")
    rupees = claims["Rs 850 crore"]
    assert (rupees.entity, rupees.metric, rupees.stated.unit, rupees.stated.value) == (
        "Sarang AI",
        "funding",
        "INR",
        8.5e9,
    )


def test_a_price_pages_effective_date_dates_its_prices(config):
    text = (
        "# Pricing\n\n**Corbel Platform** · Prices effective September 1, 2025\n\n"
        "| Model | Input | Output |\n|---|---|---|\n| Corbel-2-34B | $3.00 | $15.00 |\n"
    )
    assert {c.as_of for c in read(text, config) if c.metric == "price_per_mtok"} == {"2025-09-01"}


def test_a_table_under_a_generic_heading_priced_per_million_and_a_day_first_date(config):
    text = (
        "## The Numbers\n\n"
        "| Model | MMLU | Input ($/M) | Output ($/M) |\n|---|---|---|---|\n"
        "| Corbel-2-34B | 82.7 | $3.00 | $15.00 |\n\n"
        "August 28, 2025 - Paying enterprise customers at Corbel Labs: 36,200 at 30 June.\n"
    )
    claims = by_raw(text, config)
    assert (claims["$3.00"].metric, claims["$3.00"].stated.value, claims["$3.00"].unit) == (
        "price_per_mtok",
        3.0,
        "USD/Mtok",
    )
    assert claims["82.7"].metric == "mmlu"
    assert claims["36,200"].as_of == "2025-06-30"
    assert "30" not in claims  # the day of the date is no figure


def test_a_span_named_as_a_fiscal_quarter_and_a_short_name_that_does_not_split_the_subject(config):
    text = (
        "Halloway Cloudworks Raises Outlook\n\nDecember 4, 2024\n\n"
        "SEATTLE — Halloway Cloudworks lifted its forecast on Wednesday.\n\n"
        "Revenue for the three months ended October 31, 2024, the third quarter of the company's "
        "fiscal 2025, rose 18% to $1.84 billion. Net income was $212 million.\n\n"
        "Halloway, which was spun out in 2016, employs about 9,800 people. Halloway has been one of "
        "the better-performing cloud stocks this year.\n"
    )
    claims = by_raw(text, config)
    assert claims["$1.84 billion"].period == "FY2025-Q3"
    net = claims["$212 million"]
    assert (net.entity, net.when) == ("Halloway Cloudworks", "FY2025-Q3")


def test_a_key_value_table_under_an_attribute_header_and_its_value_column_is_no_part(config):
    text = (
        "# Corbel-32B\n\nCorbel-32B is a dense model from Corbel Labs.\n\n"
        "| Attribute | Value |\n|---|---|\n| Parameters | 32.5B |\n| Context length | 128K |\n"
    )
    claims = by_raw(text, config)
    assert {(c.entity, c.metric, c.segment) for c in claims.values()} == {
        ("Corbel-32B", "params_total", None),
        ("Corbel-32B", "context_window", None),
    }


def test_ebit_is_its_own_metric_adjusted_or_not_and_never_operating_income(config):
    text = (
        "July 30, 2025 - Ferrowick Logistics said EBIT climbed to €391m in the first half, lifting "
        "the EBIT margin to 8.1%. Operating profit was €402m. Adjusted EBIT was €410m.\n"
    )
    claims = by_raw(text, config)
    assert claims["€391m"].metric == "ebit"
    assert claims["8.1%"].metric == "ebit_margin"
    assert claims["€402m"].metric == "operating_income"
    assert claims["€410m"].metric == "adjusted_ebit"
