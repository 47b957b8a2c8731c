"""The quantity parser: the contract's example, the notations it reads, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.quantities import parse


def one(text: str):
    found = parse(text)
    assert len(found) == 1, found
    return found[0]


def test_contract_example_reads_yuan_per_million_tokens_and_a_lower_bound():
    text = "GLM-4 costs ~¥0.80 per 1M tokens, over 40k stars"
    price, stars = parse(text)
    assert (price.value, price.low, price.high, price.unit) == (0.8, 0.8, 0.8, "CNY/Mtok")
    assert (price.text, price.hedges) == ("~¥0.80 per 1M tokens", ("approximate",))
    # Offsets are Python slice offsets (0-based, end exclusive).
    assert text[price.start : price.end] == price.text and price.start == text.index("~")
    assert (stars.value, stars.low, stars.high, stars.unit) == (40000, 40000, None, None)
    assert stars.text == "over 40k" and stars.hedges == ("lower_bound",)


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit", "hedges"),
    [
        ("$1.02 trillion", 1.02e12, 1.02e12, 1.02e12, "USD", ()),
        ("¥12B", 12e9, 12e9, 12e9, "CNY", ()),
        ("RMB 5", 5, 5, 5, "CNY", ()),
        ("HK$10.05 billion", 10.05e9, 10.05e9, 10.05e9, "HKD", ()),
        ("€2 million", 2e6, 2e6, 2e6, "EUR", ()),
        ("US$ 150 million", 150e6, 150e6, 150e6, "USD", ()),
        ("4.2bn", 4.2e9, 4.2e9, 4.2e9, None, ()),
        ("128K", 128000, 128000, 128000, None, ()),
        ("2.1e24", 2.1e24, 2.1e24, 2.1e24, None, ()),
        ("40k+", 40000, 40000, None, None, ("lower_bound",)),
        ("200B+", 2e11, 2e11, None, None, ("lower_bound",)),
        ("up to 128K tokens", 128000, None, 128000, "tokens", ("upper_bound",)),
        ("more than 3,000", 3000, 3000, None, None, ("lower_bound",)),
        ("under 30%", 30, None, 30, "%", ("upper_bound",)),
        ("$0.003–$0.005 per 1,000 tokens", 0.004, 0.003, 0.005, "USD/ktok", ("range",)),
        ("$200–$300 million", 250e6, 200e6, 300e6, "USD", ("range",)),
        ("~100B-200B (est.)", 150e9, 100e9, 200e9, None, ("approximate", "range", "estimate")),
        ("30-50%", 40, 30, 50, "%", ("range",)),
        ("between 20 and 30", 25, 20, 30, None, ("range",)),
        ("$2 per million tokens", 2, 2, 2, "USD/Mtok", ()),
        ("approximately 130 billion", 130e9, 130e9, 130e9, None, ("approximate",)),
        ("the trillion-yuan valuation", 1e12, 1e12, 1e12, "CNY", ()),
        ("five million yen", 5e6, 5e6, 5e6, "JPY", ()),
        ("50 cents", 0.5, 0.5, 0.5, "USD", ()),
        ("86.5 (est.)", 86.5, 86.5, 86.5, None, ("estimate",)),
        ("5-10x", 7.5, 5, 10, "x", ("range",)),
    ],
)
def test_notations_read_as_value_interval_unit_and_hedges(text, value, low, high, unit, hedges):
    q = one(text)
    assert math.isclose(q.value, value)
    assert (q.low is None, q.high is None) == (low is None, high is None)
    assert low is None or math.isclose(q.low, low)
    assert high is None or math.isclose(q.high, high)
    assert (q.unit, q.hedges) == (unit, hedges)


@pytest.mark.parametrize(
    "text",
    [
        "GLM-130B",
        "A100",
        "Llama 3 70B",
        "Llama 3.1 405B",
        "Qwen2.5-72B",
        "GPT-4o",
        "Ascend 910B",
        "01.AI",
        "Mixtral 8x7B",
    ],
)
def test_model_and_product_names_are_not_quantities(text):
    assert parse(text) == []


def test_a_parameter_count_after_a_model_name_is_a_quantity():
    assert [q.value for q in parse("GLM-130B has 130B parameters")] == [130e9]


@pytest.mark.parametrize(
    ("text", "precision"), [("4.2bn", 0.05e9), ("$5.00", 0.005), ("1,200", 0.5), ("88.7", 0.05)]
)
def test_precision_is_half_the_last_written_digit(text, precision):
    assert math.isclose(one(text).precision, precision)


def test_a_change_from_one_figure_to_another_is_two_quantities_not_a_range():
    assert [q.value for q in parse("revenue rose from $5B to $10B")] == [5e9, 10e9]


def test_a_currency_after_one_number_does_not_become_the_prefix_of_the_next():
    assert [(q.value, q.unit) for q in parse("50 dollar 40 rmb")] == [(50, "USD"), (40, "CNY")]


def test_wire_shorthand_for_dollars_and_sterling_is_money():
    got = [(q.value, q.unit) for q in parse("rose to 521 mln dlrs, or 1.38 dlrs a share, and 40 mln stg")]
    assert got == [(521e6, "USD"), (1.38, "USD"), (40e6, "GBP")]


def test_yen_symbol_is_configurable():
    assert parse("¥100", currency_symbols={"¥": "JPY"})[0].unit == "JPY"
    assert parse("¥100")[0].unit == "CNY"


def test_numbers_inside_urls_are_ignored():
    assert parse("see https://example.com/q=30%25%2020%") == []


money = st.floats(min_value=0.01, max_value=999.99, allow_nan=False).map(lambda v: round(v, 2))
scales = st.sampled_from(
    [("", 1.0), (" million", 1e6), (" billion", 1e9), ("B", 1e9), ("M", 1e6), ("K", 1e3)]
)
symbols = st.sampled_from([("$", "USD"), ("¥", "CNY"), ("€", "EUR"), ("£", "GBP"), ("HK$", "HKD")])


@given(value=money, scale=scales, symbol=symbols)
def test_formatted_money_round_trips(value, scale, symbol):
    text = f"It cost {symbol[0]}{value:.2f}{scale[0]} last year."
    q = one(text)
    assert math.isclose(q.value, value * scale[1], rel_tol=1e-9)
    assert q.unit == symbol[1]


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators_round_trip(n):
    assert one(f"about {n:,} users").value == n


@given(low=st.integers(1, 500), span=st.integers(1, 500))
def test_ranges_round_trip_with_scale_on_the_upper_end(low, span):
    q = one(f"${low}–${low + span} million")
    assert (q.low, q.high) == (low * 1e6, (low + span) * 1e6)


@settings(max_examples=300)
@given(st.text())
def test_parse_never_raises_and_spans_point_into_the_text(text):
    for q in parse(text):
        assert text[q.start : q.end] == q.text


def test_a_decimal_amount_and_the_number_after_and_are_two_figures():
    from claimcheck.quantities import parse

    text = "revenue of S$1.40 billion to S$1.45 billion and 5.82 cents; 3 hundred and 21"
    found = [q.text for q in parse(text)]
    assert found == ["S$1.40 billion to S$1.45 billion", "5.82 cents", "3 hundred and 21"]


def test_pence_glued_to_a_figure_are_hundredths_of_a_pound_and_pm_is_no_pence():
    from claimcheck.quantities import parse

    quantities = parse("a dividend of 6.3p; shares at 1,046p at 5 p.m.")
    found = [(q.text, round(q.value, 4), q.unit) for q in quantities]
    assert found == [("6.3p", 0.063, "GBP"), ("1,046p", 10.46, "GBP"), ("5", 5.0, None)]


def test_accounting_brackets_around_an_amount_make_it_negative():
    found = [(q.text, q.value, q.unit) for q in parse("was $(0.21), against $(0.40); the fee (2) rose")]
    assert found == [("$(0.21)", -0.21, "USD"), ("$(0.40)", -0.4, "USD"), ("2", 2.0, None)]


def test_a_scale_word_hyphenated_into_a_compound_adjective_scales_its_figure():
    from claimcheck.quantities import parse

    (q,) = parse("a 32.5-billion-parameter open-weight model")
    assert (q.value, q.scale) == (32.5e9, "billion")
    assert [q.value for q in parse("in 7-billion and 34-billion parameter sizes")] == [7e9, 34e9]
    # a range keeps its shared scale; a hyphen before nothing after is no compound
    assert [q.value for q in parse("$3-5 billion")] == [4e9]
    assert [q.value for q in parse("2-million")] == [2.0]


def test_indian_english_counts_in_lakhs_and_crores_however_abbreviated():
    got = [
        (q.value, q.unit)
        for t in ("Rs 3,200 crores", "INR 45 lakhs", "₹ 9,876 cr", "Rs 500 Cr.")
        for q in parse(t)
    ]
    assert got == [(3.2e10, "INR"), (4.5e6, "INR"), (9.876e10, "INR"), (5e9, "INR")]


def test_a_named_dollars_cents_are_that_currencys():
    (cad,) = parse("or 42 Canadian cents per share")
    (aud,) = parse("of 7.5 Australian cents a share")
    assert (cad.value, cad.unit) == (0.42, "CAD")
    assert (aud.value, aud.unit) == (0.075, "AUD")
