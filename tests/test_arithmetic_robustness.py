"""Edited articles: reading derived statements and recomputing them never fails, and every
statement points at a line of the text; intervals behave as intervals."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.arithmetic.facts import article_facts
from claimcheck.arithmetic.intervals import Interval
from claimcheck.extract import extract_text
from conftest import ARTICLES

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
PIECES = st.sampled_from(
    [*"|$¥€~-–()0123456789.,%+x \n", "billion", "yuan", "(roughly ", "Total", "grew ", " to ", "of GPT-4o's"]
)
EDITS = st.lists(st.tuples(st.floats(0, 1), st.booleans(), PIECES), max_size=40)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, len(TEXTS) - 1), edits=EDITS)
def test_edited_articles_are_checked_inside_without_error(fixed_config, index, edits):
    text = TEXTS[index]
    for where, delete, piece in edits:
        at = int(where * len(text))
        text = text[:at] + text[at + 1 :] if delete else text[:at] + piece + text[at:]
    claims = extract_text(text, "edited.txt", fixed_config)
    facts = article_facts(text, "edited.txt", claims, fixed_config)
    lines = text.split("\n")
    for d in facts.derived:
        assert 1 <= d.line <= len(lines)
    result = engine.run(claims, fixed_config, articles=1, inside=[facts])
    assert result.summary.arithmetic["found"] == len(facts.derived)


FINITE = st.floats(-1e6, 1e6, allow_nan=False)


@given(a=FINITE, b=FINITE, c=FINITE, d=FINITE, x=FINITE, y=FINITE)
def test_interval_arithmetic_contains_every_result_of_its_members(a, b, c, d, x, y):
    left, right = Interval(min(a, b), max(a, b)), Interval(min(c, d), max(c, d))
    p = left.low + (left.high - left.low) * (abs(x) % 1)
    q = right.low + (right.high - right.low) * (abs(y) % 1)
    for result, value in ((left + right, p + q), (left - right, p - q), (left * right, p * q)):
        assert result.low - 1e-6 * (1 + abs(value)) <= value <= result.high + 1e-6 * (1 + abs(value))
    if not right.low <= 0 <= right.high and min(abs(right.low), abs(right.high)) > 1e-6:
        ratio = left / right
        assert ratio.low - 1e-6 * (1 + abs(p / q)) <= p / q <= ratio.high + 1e-6 * (1 + abs(p / q))


def test_an_open_bound_stays_open_through_arithmetic():
    over_forty = Interval.of(40.0, None, 0.5)
    assert math.isinf((over_forty * Interval.point(2.0)).high)
    assert over_forty.overlaps(Interval.point(1e9)) and not over_forty.overlaps(Interval.point(39.0))


def test_a_fenced_code_block_states_no_arithmetic_and_breaks_nothing(fixed_config):
    text = (
        "Kestrel Robotics raised $50 million (roughly 360 million yuan) in 2024.\n\n"
        "```\nprint(2 * 3)  # 50% of 12 is 6\n```\n\n"
        "Revenue grew 40% to $14 million.\n"
    )
    claims = extract_text(text, "code.md", fixed_config)
    facts = article_facts(text, "code.md", claims, fixed_config)
    assert all(d.line != 4 for d in facts.derived)
    assert any(d.line == 1 for d in facts.derived)
