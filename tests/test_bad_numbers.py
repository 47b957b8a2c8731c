"""Numbers that must neither crash the parser nor be misread: refused whole, or read right."""

from __future__ import annotations

import pytest

from claimcheck.quantities import parse

BIG = "9" * 10_000


def values(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "1e999 dollars",
        "$1e999",
        "1.5 x 10^400 FLOPs",
        "between 1e308 and 1e309",
        "$1e308 billion",
        "1e-999",
        "1e99999999999999999999",
        BIG,
        f"${BIG} billion",
        f"OpenAI revenue was ${BIG}.{BIG}",
        f"1/{BIG}",
        "1" + ",000" * 2000,
        "one hundred" + " hundred" * 200,
        "5" + " thousand" * 200,
        "NaN",
        "revenue of NaN dollars",
        "$",
        "a lone $ sign",
    ],
)
def test_a_number_beyond_any_float_is_not_read_and_nothing_of_it_is(text):
    assert values(text) == []


def test_the_input_atheris_found_crashing_the_old_parser_parses():
    # An OverflowError before exponents were bounded, found in 48 s from article lines (make fuzz).
    text = (
        "ce \x00\x13$0.0e05 oedency: hipu's ryx 35^03bce \x00\x13$3bc0e\x00\x13 .$0e02 ne 10^03bce $0.0e500 e"
    )
    assert all(not q.text.endswith("e500") for q in parse(text))


def test_a_double_minus_is_a_dash_not_a_sign():
    assert values("revenue --5 billion") == [(5e9, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(($5 billion", [(5e9, "USD")]),
        ("$5 billion)) in 2024 [[", [(5e9, "USD"), (2024.0, None)]),
        ("[[3 million]]", [(3e6, None)]),
        ("((((((((((", []),
    ],
)
def test_unbalanced_brackets_change_nothing(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300.000 millones de dólares", 3e11),
        ("300 mil millones de dólares", 3e11),
        ("1.500 millones", 1.5e9),
        ("3,5 milliards d'euros", 3.5e9),
        ("3,5 millions d'euros", 3.5e6),
        ("1.111,11", 1111.11),
    ],
)
def test_continental_figures_are_read_with_dots_for_thousands(text, expected):
    assert [q.value for q in parse(text)] == [pytest.approx(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5 Mio. €", (1.2345e9, "EUR")),
        ("2,5 Mrd. Euro", (2.5e9, "EUR")),
        ("1.234,56 €", (1234.56, "EUR")),
        ("1.234.567 €", (1234567.0, "EUR")),
        ("12 345,67 €", (12345.67, "EUR")),
        ("12,5 %", (12.5, "%")),
    ],
)
def test_continental_figures_keep_their_currency(text, expected):
    ((value, unit),) = values(text)
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.234 billion", [(1.234e9, "USD")]),
        ("$0.003 per 1K tokens", [(0.003, "USD/ktok")]),
        ("1.234", [(1.234, None)]),
        ("$1,234.56", [(1234.56, "USD")]),
        ("12,34,567", [(1234567.0, None)]),
    ],
)
def test_english_figures_keep_their_english_reading(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("智谱估值达到1000亿元人民币", [(1e11, "CNY")]),
        ("营收3.5亿元，同比增长50%", [(3.5e8, "CNY"), (50.0, "%")]),
        ("估值 1000亿元", [(1e11, "CNY")]),
        ("一千亿元", [(1e11, "CNY")]),
    ],
)
def test_chinese_figures_are_read_with_their_scale_never_as_their_digits(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text", ["the 3 MDs at the hospital", "5 md files", "10.000 steps", "pages 3,5 and 7"]
)
def test_english_text_near_continental_words_keeps_its_numbers(text):
    assert [q.value for q in parse(text)] in ([3.0], [5.0], [10.0], [3.0, 5.0, 7.0])
