"""The reader holds its precision and recall on the invented accuracy corpus (tests/accuracy/;
``make accuracy`` prints the figures by style, kind of fact and metric, and the pairs).

The floors sit a little under the figures measured when they were last raised, so a regression
fails while a small change of wording does not. The held part is measured, never tuned to.
"""

from __future__ import annotations

import pytest
from accuracy import score

# Measured when set (2026-12-04, second stop): tuned/ (twenty folders; psi and omega added blind,
# arrived P 66.8% R 61.2% and P 61.4% R 55.1%) P 83.5% R 75.9%, contradictions 155 of 273;
# held/ (iota, kappa, xi and rho, all written blind) P 71.1% R 60.3%, contradictions 28 of 66;
# no agreeing pair flagged in either.
FLOORS = {
    "tuned": {"precision": 0.81, "recall": 0.73, "contradictions found": 0.53},
    "held": {"precision": 0.69, "recall": 0.58, "contradictions found": 0.39},
}
# Pairs the gold says are never compared (a quarter and a year, a part and the whole, pre- and
# post-money) that the reader still sets against each other as an error, by part. The issue asks
# for none; the held one is a misread nobody has looked at, by design, so it stays counted here
# rather than fixed by peeking.
APART_AS_ERROR = {"tuned": 0, "held": 1}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict]:
    config = score.config_for()
    return {
        part: score.summary([score.score_corpus(f, config) for f in score.folders(part)]) for part in FLOORS
    }


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_facts_are_read_with_precision_and_recall_above_the_floor(figures, part):
    for name, floor in FLOORS[part].items():
        assert figures[part][name] >= floor, (part, name, figures[part][name])


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_no_agreeing_pair_is_flagged_and_things_apart_are_never_an_error(figures, part):
    pairs = figures[part]["pairs"]
    assert pairs["agreement: wrong"] == 0, pairs
    # A quarter against a year, a part against the whole, pre- against post-money, two builds:
    # at most the few whose qualifiers the reader still misses.
    assert pairs["never_compare: error"] <= APART_AS_ERROR[part], pairs
    assert pairs["never_compare: wrong"] - pairs["never_compare: error"] == 0, pairs
    assert pairs["different_basis: wrong"] == 0, pairs
