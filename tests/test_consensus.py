"""Consensus by a sweep: the deepest point of the intervals, each voter counted once."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from test_match import claim

from claimcheck import engine
from claimcheck.match.consensus import Ballot, cliques, densest, voters

INTERVALS = st.lists(
    st.tuples(st.sampled_from("abcde"), st.integers(0, 20), st.integers(0, 6)), min_size=1, max_size=14
)


def _ballots(spec) -> list[Ballot]:
    return [
        Ballot(claim(id=f"c{i}", source=voter), voter, float(low), float(low + width))
        for i, (voter, low, width) in enumerate(spec)
    ]


def _brute_depth(ballots: list[Ballot]) -> tuple[int, set[frozenset[str]]]:
    """Every endpoint tried as the shared point: the most voters holding one, and which sets do."""
    points = {b.low for b in ballots} | {b.high for b in ballots}
    sets = {frozenset(b.voter for b in ballots if b.low <= p <= b.high) for p in points}
    best = max(len(s) for s in sets)
    return best, {s for s in sets if len(s) == best}


@settings(max_examples=300, deadline=None)
@given(INTERVALS)
def test_the_sweep_finds_the_deepest_point_and_ties_like_trying_every_point(spec):
    ballots = _ballots(spec)
    found = densest(ballots)
    depth, best_sets = _brute_depth(ballots)
    assert found.depth == depth
    assert found.tie == (len(best_sets) > 1)
    if not found.tie:
        agreement = found.agreement
        assert agreement is not None and {agreement.voters} == best_sets
        for point in (agreement.low, (agreement.low + agreement.high) / 2, agreement.high):
            assert {b.voter for b in ballots if b.low <= point <= b.high} == agreement.voters


def test_touching_intervals_agree():
    found = densest(_ballots([("a", 0, 2), ("b", 2, 3)]))
    assert found.agreement is not None and found.agreement.voters == {"a", "b"}


def test_a_voter_with_many_claims_counts_once():
    found = densest(_ballots([("a", 0, 1), ("a", 0, 1), ("a", 0, 1), ("b", 5, 1)]))
    assert found.depth == 1 and found.tie


def test_sources_sharing_a_long_quote_are_one_voter_and_short_table_rows_are_not():
    wire = "Acme, the wire service reports, had revenue of $1.0 billion last year."
    found = voters(
        [
            claim(source="b.txt", quote=wire),
            claim(source="a.txt", quote=wire),
            claim(source="c.txt", quote="| Acme | $1.0B |"),
            claim(source="d.txt", quote="| Acme | $1.0B |"),
        ]
    )
    assert found == {"a.txt": "a.txt", "b.txt": "a.txt", "c.txt": "c.txt", "d.txt": "d.txt"}


def test_cliques_of_a_plain_name_and_two_variants():
    # 0 = plain, 1 = Dense, 2 = MoE: the plain name meets either variant, the variants never meet.
    edges = {(0, 1), (0, 2)}
    found = cliques(3, lambda i, j: (min(i, j), max(i, j)) in edges)
    assert found == [frozenset({0, 1}), frozenset({0, 2})]


def test_a_thousand_sources_are_judged_in_well_under_a_second(config):
    claims = [
        claim(
            id=f"c-{i}",
            source=f"a{i:04}.txt",
            metric="valuation",
            unit="USD",
            value=(v := 4.5e11 if i % 10 == 0 else 1.5e11),
            low=v,
            high=v,
            precision=5e8,
        )
        for i in range(1000)
    ]
    start = time.perf_counter()
    result = engine.run(claims, config, articles=1000)
    elapsed = time.perf_counter() - start
    assert len(result.findings) == 100 and all(len(f.claims) <= 12 for f in result.findings)
    assert {f.consensus.count for f in result.findings if f.consensus} == {900}
    assert elapsed < 1.0, elapsed
