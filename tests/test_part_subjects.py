"""A part of a company as the subject of its figure, as a results story tells it.

"The factory automation business edged down 1.2% to $4.0 billion" names no metric: a reader takes
the part's figure to be of the measure the story is reporting (its sales), for that part.
"""

from __future__ import annotations

from helpers import read

LEAD = "Kestrel Robotics said net sales rose 5% to $10 billion. "


def _parts(text, config):
    return [(c.metric, c.of, c.segment, c.value) for c in read(LEAD + text, config)][2:]


def test_a_part_described_by_its_head_noun_is_the_subject_of_its_move_and_level(config):
    text = "The factory automation business, long the group's largest, edged down 1.2% to $4.0 billion."
    assert _parts(text, config) == [
        ("growth_rate", "revenue", "factory automation", -1.2),
        ("revenue", None, "factory automation", 4e9),
    ]


def test_an_opening_phrase_an_appositive_calls_a_unit_is_a_part(config):
    text = "Data center, Kestrel's biggest unit, brought in $802mn in the quarter."
    assert _parts(text, config) == [("revenue", None, "data center", 802e6)]


def test_a_part_opening_a_clause_with_an_earning_verb_is_that_parts(config):
    text = "Logistics rose to $3 billion, while medical and other products brought in $2.3 billion."
    assert ("revenue", None, "medical and other products", 2.3e9) in _parts(text, config)


def test_a_parts_move_with_a_long_sentence_is_of_the_level_read_last(config):
    text = "The Edge & Automotive segment, which sells vision chips to carmakers, grew just 6% for the year."
    assert _parts(text, config) == [("growth_rate", "revenue", "edge and automotive", 6.0)]


def test_a_verb_of_sales_makes_a_parts_amount_its_revenue_whatever_was_read_before(config):
    text = "Operating profit was $2 billion. The cloud unit generated $5.1 billion."
    assert ("revenue", None, "cloud", 5.1e9) in _parts(text, config)


def test_a_product_or_an_owner_named_in_the_phrase_is_no_part(config):
    text = "Ferrule-3, Kestrel's newest model unit, brought in $40 million."
    assert all(segment != "ferrule-3" for _, _, segment, _ in _parts(text, config))


def test_sales_of_a_product_line_told_with_a_verb_are_that_parts(config):
    text = "By segment, sales of semiconductor equipment components jumped 14.6% to $5.1 billion."
    assert _parts(text, config) == [
        ("growth_rate", "revenue", "semiconductor equipment components", 14.6),
        ("revenue", None, "semiconductor equipment components", 5.1e9),
    ]
    assert {segment for *_, segment, _ in _parts("Sales of the group rose 5% to $3bn.", config)} == {None}


def test_a_part_referred_back_to_is_the_one_the_paragraph_spoke_of_last(config):
    text = (
        "Revenue from the AI infrastructure unit jumped 112% to $310 mln. The unit now has 2,900 customers."
    )
    assert [(c.metric, c.segment) for c in read(LEAD + text, config)][2:] == [
        ("growth_rate", "ai infrastructure"),
        ("revenue", "ai infrastructure"),
        ("customers", "ai infrastructure"),
    ]


def test_a_part_a_demonym_names_is_its_region(config):
    assert [segment for *_, segment, _ in _parts("European revenue jumped 72% to $1.2bn.", config)] == [
        "europe",
        "europe",
    ]


def test_a_name_the_clause_calls_a_division_is_a_part_whole_and_no_entity(config):
    text = (
        "The company said Infrastructure Services remained its biggest division, with revenue up 9% "
        "at $1.02 billion. Energy Solutions revenue rose 21% to $540 million, while Digital "
        "Platforms brought in $280 million."
    )
    claims = read(LEAD + text, config)[2:]
    assert {c.entity for c in claims} == {"Kestrel Robotics"}
    assert [(c.segment, c.value) for c in claims if c.metric == "revenue"] == [
        ("infrastructure services", 1.02e9),
        ("energy solutions", 540e6),
        ("digital platforms", 280e6),
    ]


def test_an_amount_from_a_region_is_that_regions_and_there_is_the_region_just_named(config):
    text = (
        "North America was the standout. Sales there jumped 35% to $270 million, against "
        "$1.31 billion from Australia."
    )
    assert _parts(text, config) == [
        ("growth_rate", "revenue", "north america", 35.0),
        ("revenue", None, "north america", 270e6),
        ("revenue", None, "australia", 1.31e9),
    ]
    shares = read("Kestrel Robotics shares closed at $126.50 in New York.", config)
    assert [c.segment for c in shares] == [None]


def test_a_capitalised_part_opening_a_sentence_with_a_move_is_that_parts(config):
    text = "Professional Services fell 18% from a year earlier to $150 million. Shares fell 4% to $20."
    claims = read(LEAD + text, config)[2:]
    assert [(c.metric, c.segment, c.value) for c in claims][:2] == [
        ("growth_rate", "professional services", -18.0),
        ("revenue", "professional services", 150e6),
    ]
    assert {c.segment for c in claims if c.of == "share_price" or c.metric == "share_price"} == {None}


def test_parts_whose_names_hold_common_words_are_parts_whole_and_a_measure_is_none(config):
    text = (
        "Cloud Infrastructure, still by far the largest unit, brought in $1.18 billion, an increase of "
        "9%, while Professional Services slipped 4% to $248 million. Underlying EBITDA rose 15% to $231m."
    )
    claims = read(LEAD + text, config)[2:]
    assert {c.entity for c in claims} == {"Kestrel Robotics"}
    assert [c.segment for c in claims] == [
        "cloud infrastructure",
        "cloud infrastructure",
        "professional services",
        "professional services",
        None,
        None,
    ]


SEGMENTS = (
    "Tarnwick Freight: Third Quarter 2025 Results Summary\n\n"
    "Tarnwick said revenue rose 6.4% to EUR 4.82 billion in the third quarter.\n\n"
    "Ocean Freight was again the growth engine. The division lifted revenue 11.2% to EUR 2.05 billion.\n\n"
    "The air freight unit had a weaker quarter. Its revenue fell 3.8% to EUR 1.37 billion.\n\n"
    "Contract Logistics revenue was flat at EUR 1.40 billion. The segment operated 412 warehouses.\n"
)


def test_names_the_next_sentence_calls_the_division_are_parts_of_the_titles_company(config):
    claims = {c.raw: c for c in read(SEGMENTS, config)}
    assert {c.entity for c in claims.values()} == {"Tarnwick Freight"}
    assert claims["EUR 2.05 billion"].segment == "ocean freight"
    assert claims["EUR 1.40 billion"].segment == "contract logistics"


def test_its_revenue_after_a_sentence_on_a_unit_is_the_units(config):
    assert {c.raw: c for c in read(SEGMENTS, config)}["EUR 1.37 billion"].segment == "air freight"
