"""The peer parsers' suites (Recognizers-Text, quantulum3), scoped in tests/peers.py."""

from __future__ import annotations

import pytest

from peers import SUITES, passes


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_parser_passes_at_least_95_percent_of_each_peer_suite_in_scope(suite):
    cases = [c for c in SUITES[suite]() if c.in_scope]
    failed = [c.text for c in cases if not passes(c)[0]]
    assert cases
    assert len(failed) / len(cases) <= 0.05, failed
