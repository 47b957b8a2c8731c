"""Atheris fuzz target for the quantity parser: ``make fuzz`` (FUZZ_SECONDS=600 by default).

Feeds ``claimcheck.quantities.parse`` arbitrary text and checks what the outside
contract promises of every result: no exception, spans inside the text, the
quoted text equal to the text at its span, finite values, low <= high, known
hedges. A crash is written to ``fuzz/crashes/``; turn each into a regression
test in ``tests/test_bad_numbers.py``.
"""

from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports():
    from claimcheck.model import HEDGES
    from claimcheck.quantities import parse


def check(text: str) -> None:
    """Parse ``text`` and assert every contract invariant of the result."""
    previous = 0
    for q in parse(text):
        assert previous <= q.start <= q.end <= len(text), (q, len(text))
        assert text[q.start : q.end] == q.text, q
        for bound in (q.value, q.low, q.high, q.precision):
            assert bound is None or math.isfinite(bound), q
        assert q.low is None or q.high is None or q.low <= q.high, q
        assert set(q.hedges) <= set(HEDGES), q
        previous = q.start


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    check(provider.ConsumeUnicodeNoSurrogates(len(data)))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
