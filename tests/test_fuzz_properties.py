"""Property tests: arbitrary and near-miss text never breaks the parser or the readers.

For the quantity parser (the outside contract of ``parse``): no exception, results in
order, spans inside the text and equal to the quoted text, finite values, low <= high,
known hedges. For the prose and table readers (``extract_text``): no exception, each
claim's raw text at its line and column, its quote in the text, finite values, low <=
high. The reader is being rewritten, so its properties stay general.

Short by default (a few seconds); ``CLAIMCHECK_LONG_TESTS=1`` (CI) runs the long profile.
The atheris target in ``fuzz/`` covers the parser for longer runs (``make fuzz``).
"""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_text
from claimcheck.model import HEDGES
from claimcheck.quantities import parse
from conftest import LONG

PROFILE = settings.get_profile("long" if LONG else "short")
READER = settings(PROFILE, max_examples=PROFILE.max_examples // 3)

NUMBER = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.from_regex(r"\A[1-9]\d{0,2}(?:[,. ]\d{3}){0,4}(?:[.,]\d{1,3})?\Z"),
    st.from_regex(r"\A\d{1,3}(?:[eE][+-]?\d{1,5}| ?x ?10\^-?\d{1,4})\Z"),
    st.from_regex(r"\A\d{1,4}/\d{1,25}\Z"),
    st.integers(1, 400).map(lambda n: "9" * n),
    st.sampled_from(["NaN", "inf", "--5", "−3", "+7", ".5", "5.", "0.0003", "1/0", "½", "١٢٣", "１２３"]),
)
WORD = st.sampled_from(
    [
        *"$¥€£~≈()[]{}|-–—/%+.,:;\"'\n\t",
        "US$",
        "HK$",
        "RMB",
        "yuan",
        "dollars",
        "cents",
        "billion",
        "million",
        "trillion",
        "thousand",
        "hundred",
        "bn",
        "mn",
        "k",
        "K",
        "M",
        "B",
        "T",
        "percent",
        "pp",
        "per 1M tokens",
        "per 1K tokens",
        "/1M",
        "tokens",
        "about",
        "roughly",
        "over",
        "more than",
        "less than",
        "up to",
        "at least",
        "between",
        "and",
        "to",
        "(est.)",
        "est.",
        "a half",
        "a quarter",
        "twenty-one",
        "a hundred",
        "minus",
        "Mio.",
        "Mrd.",
        "millones",
        "mil millones",
        "milliards",
        "de dólares",
        "亿",
        "万",
        "元",
        "估值",
        "GLM-130B",
        "A100",
        "Llama 3 70B",
        "GPT-4o",
        "OpenAI",
        "valuation",
        "revenue",
        "MMLU",
        "stars",
        "raised",
        "in 2025",
        "Q3",
        "FY2024",
        "\x1b[31m",
        "\u202e",
        "\x00",
        "\ufeff",
    ]
)
NEAR_MISS = st.lists(st.one_of(NUMBER, WORD, st.text(max_size=4)), max_size=30).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), NEAR_MISS)
ROW = st.lists(st.one_of(NUMBER, WORD, st.text(max_size=6)), min_size=1, max_size=6)
TABLE = st.lists(ROW, min_size=1, max_size=6).map(
    lambda rows: "\n".join(
        ["| Model | MMLU | Price |", "|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows]
    )
)
ARTICLE = st.lists(st.one_of(NEAR_MISS, TABLE, st.text(max_size=80)), min_size=1, max_size=5).map("\n\n".join)


def finite_ordered(low: float | None, high: float | None, *values: float | None) -> bool:
    bounds = [v for v in (low, high, *values) if v is not None]
    return all(math.isfinite(v) for v in bounds) and (low is None or high is None or low <= high)


@PROFILE
@given(TEXT)
@example("1" + "0" * 10_000)
@example("$1e999 and 1.5 x 10^400")
@example("300.000 millones de dólares, 1.234,5 Mio. €")
def test_the_parser_keeps_its_contract_on_any_text(text):
    previous = 0
    for q in parse(text):
        assert previous <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert finite_ordered(q.low, q.high, q.value, q.precision)
        assert set(q.hedges) <= set(HEDGES)
        previous = q.start


@READER
@given(ARTICLE)
def test_the_readers_keep_claims_pointing_into_any_text(config, text):
    lines = text.split("\n")
    for claim in extract_text(text, "fuzz.txt", config):
        assert 1 <= claim.line <= len(lines)
        assert lines[claim.line - 1][claim.column - 1 :].startswith(claim.raw)
        assert claim.raw in claim.quote and claim.quote in text
        assert finite_ordered(claim.low, claim.high, claim.value, claim.stated.value)
