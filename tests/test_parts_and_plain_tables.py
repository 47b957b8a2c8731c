"""A company's parts told in prose and in tables written without markdown, read as a fact-checker
would: the figures are the company's, for the part.

Every organisation here is invented; each case stands for a kind of text, not for one article.
"""

from __future__ import annotations

import pytest

from helpers import read

_LEAD = (
    "ROTTERDAM, July 24, 2025 - Quarnholt Freight posted a 4.1% rise in first-half revenue on Thursday.\n\n"
)


def _parts(text: str, config) -> dict[float, tuple[str, str | None, str | None]]:
    return {round(c.stated.value, 3): (c.entity, c.segment, c.metric) for c in read(_LEAD + text, config)}


def test_a_name_told_among_the_divisions_is_a_division_though_it_ends_in_an_organisation_word(config):
    got = _parts(
        "Air Cargo, still the biggest of the three divisions, generated €2.05bn of sales. "
        "Contract Logistics grew revenue 7.3% to €1.90bn, helped by new warehousing contracts. "
        "Edge Computing revenue was $850 million, while Networking contributed $380 million.\n",
        config,
    )
    assert got[2.05e9][:2] == ("Quarnholt Freight", "air cargo")
    assert got[1.9e9][:2] == ("Quarnholt Freight", "contract logistics")
    assert got[8.5e8][:2] == ("Quarnholt Freight", "edge computing")
    assert got[3.8e8][:2] == ("Quarnholt Freight", "networking")


def test_a_company_ending_in_an_organisation_word_outside_any_part_talk_stays_a_company(config):
    got = _parts("Halvard Logistics, a rival, grew revenue 9% to €1.2bn.\n", config)
    assert got[1.2e9][0] == "Halvard Logistics"


def test_the_subject_of_the_headline_is_never_one_of_its_parts(config):
    text = (
        "# Quarnholt Freight: H1 2025 at a glance\n\n"
        "Quarnholt Freight reports two divisions: Air Cargo and Road Haulage.\n\n"
        "Air Cargo, the larger division, generated €2.05bn. Quarnholt Freight earned €391m of EBIT.\n"
    )
    claims = {round(c.stated.value): c for c in read(text, config)}
    assert (claims[391e6].entity, claims[391e6].segment) == ("Quarnholt Freight", None)


def test_investors_inside_an_aside_do_not_make_the_figure_nobodys(config):
    got = _parts(
        "Parcel, the smallest unit and the one investors watch most closely, lifted revenue to €870m.\n",
        config,
    )
    assert got[8.7e8][:2] == ("Quarnholt Freight", "parcel")


def test_a_generic_subject_still_makes_a_figure_nobodys(config):
    claims = read(_LEAD + "Logistics companies spent $2bn on warehouses last year.\n", config)
    assert not [c for c in claims if round(c.stated.value) == 2e9]


def test_like_for_like_growth_there_is_the_part_just_spoken_of(config):
    text = "Parcel, the smallest unit, lifted revenue to €870m; like-for-like growth there was 14.5%.\n"
    (move,) = [c for c in read(_LEAD + text, config) if c.value == 14.5]
    assert (move.segment, move.of) == ("parcel", "like_for_like_revenue")


@pytest.mark.parametrize(
    "rows",
    [
        "Segment | H1 2024 | H1 2025\nCloud | 1,980 | 2,150\n"
        "Data & Analytics | 678 | 660\nTotal | 2,658 | 2,810\n",
        "Segment           H1 2024    H1 2025\nCloud               1,980      2,150\n"
        "Data & Analytics      678        660\nTotal               2,658      2,810\n",
    ],
)
def test_a_table_written_without_markdown_has_header_roles(config, rows):
    text = "Revenue by segment (in USD millions)\n\n" + rows
    got = {
        (c.segment, c.period, round(c.stated.value))
        for c in read(_LEAD + text, config)
        if c.metric == "revenue"
    }
    assert {("cloud", "2024-H1", 1_980_000_000), ("cloud", "2025-H1", 2_150_000_000)} <= {
        (s.lower() if s else s, p, v) for s, p, v in got
    }
    assert (None, "2025-H1", 2_810_000_000) in got


def test_key_figures_with_dot_leaders_take_the_caption_units_and_the_articles_year(config):
    lead = "TORONTO, Oct 30, 2025 (Wire) - Tamsworth Cloud beat forecasts.\n\n"
    text = lead + "KEY FIGURES (C$ million)\nQ3 revenue .......... 286.4\nYTD revenue ......... 812.9\n"
    got = {(c.metric, c.period, c.stated.unit, round(c.stated.value / 1e6, 1)) for c in read(text, config)}
    assert {("revenue", "2025-Q3", "CAD", 286.4), ("revenue", "2025-YTD", "CAD", 812.9)} <= got


def test_prose_with_wide_spaces_is_no_table(config):
    text = "Revenue rose 9% to $1.2bn.  Profit fell 3% to $200m.\nMargins narrowed.  Costs rose 4%.\n"
    claims = read(_LEAD + text, config)
    assert {round(c.value) for c in claims if c.metric == "revenue"} == {1_200_000_000}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quarnholt Freight, which has around 450 staff in Hangzhou and Beijing, is shipping fast.",
        "The company employs 340 people across London, San Francisco and Berlin and serves 1,900 customers.",
        "Orders from shops in Australia and North America rose, sending its shares up 8.4 pc to A$6.92.",
    ],
)
def test_a_list_of_places_says_where_the_company_is_not_which_part(config, sentence):
    assert all(c.segment is None for c in read(_LEAD + sentence + "\n", config))


def test_a_region_joined_by_an_ampersand_is_one_part(config):
    text = _LEAD + "Revenue rose, and UK & Ireland contributed $30 million.\n"
    (level,) = [c for c in read(text, config) if c.metric == "revenue"]
    assert level.segment == "uk and ireland"


def test_a_group_row_is_the_whole_company_and_a_code_before_m_scales_to_millions(config):
    text = "| Revenue (EUR m) | H1 2025 |\n|---|---|\n| Parcel | 910 |\n| Group | 4,820 |\n"
    segments = {round(c.stated.value / 1e6): c.segment for c in read(_LEAD + text, config)}
    assert segments[4820] is None and segments[910].lower() == "parcel"


_ASX = (
    "BRISBANE, 20 August 2025 - Wattlemoor Holdings Limited today announced its results for the "
    "half-year ended 30 June 2025. All figures are in Australian dollars unless otherwise stated.\n\n"
)


def test_a_note_that_figures_are_in_another_dollar_makes_the_dollar_sign_that_dollar(config):
    claims = read(
        _ASX + "Revenue was $1,841.6 million, up 12.2%. It also raised US$50 million of notes.\n", config
    )
    units = {round(c.stated.value / 1e6, 1): c.stated.unit for c in claims if c.stated.unit != "%"}
    assert units[1841.6] == "AUD" and units[50.0] == "USD"


def test_parts_told_with_the_verbs_of_their_sales_and_an_acronym_measure_after_and(config):
    text = _ASX + (
        "Infrastructure Services delivered revenue of $1,021.8 million and EBITDA of $118.0 million, "
        "helped by contracts in Queensland and New South Wales. Energy Solutions, which builds grid "
        "batteries, grew revenue to $540.3 million.\n"
    )
    got = {round(c.stated.value / 1e6, 1): (c.entity, c.segment) for c in read(text, config)}
    assert got[1021.8] == got[118.0] == ("Wattlemoor Holdings", "infrastructure services")
    assert got[540.3] == ("Wattlemoor Holdings", "energy solutions")


def test_a_two_word_demonym_names_no_one(config):
    text = (
        _ASX + "Our North American platform is growing. The Board expects revenue of $3.8 billion in 2025.\n"
    )
    assert {c.entity for c in read(text, config)} == {"Wattlemoor Holdings"}


def test_a_region_named_with_its_article_is_the_part_but_a_place_describing_a_noun_is_not(config):
    text = _LEAD + "The Americas generated €1.3 billion of revenue. The Berlin lab has about 90 staff.\n"
    got = {round(c.stated.value): c.segment for c in read(text, config)}
    assert got[1_300_000_000] == "americas" and got[90] is None


def test_a_parts_share_of_revenue_is_a_claim_but_a_share_no_part_takes_is_not(config):
    text = _LEAD + (
        "China accounted for 13% of sales. The cloud unit made up 35% of total revenue. "
        "R&D spending was 15% of revenue.\n"
    )
    got = {(c.metric, c.segment, c.value) for c in read(text, config) if c.line == 3}
    assert got == {("revenue_share", "china", 13.0), ("revenue_share", "cloud", 35.0)}
