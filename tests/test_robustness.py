"""Edited and mangled articles: extraction never fails, claims always point into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_text
from conftest import ARTICLES

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
PIECES = st.sampled_from(
    [*"|$¥€~-–()0123456789.,%+ \n", "billion", "(est.)", "| --- |", "GLM-4", "per 1M tokens"]
)
EDITS = st.lists(st.tuples(st.floats(0, 1), st.booleans(), PIECES), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, len(TEXTS) - 1), edits=EDITS)
def test_edited_articles_extract_without_error(config, index, edits):
    text = TEXTS[index]
    for where, delete, piece in edits:
        at = int(where * len(text))
        text = text[:at] + text[at + 1 :] if delete else text[:at] + piece + text[at:]
    lines = text.split("\n")
    for claim in extract_text(text, "edited.txt", config):
        assert claim.raw in lines[claim.line - 1]
