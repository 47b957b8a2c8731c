"""The metric of a figure that names none, from what it is set against: a consensus beside the
reported figure, an estimate after the level stated last, cents beside a per-share figure."""

from __future__ import annotations

import re

from claimcheck.extract import bases, carryover, qualifiers
from claimcheck.extract.context import Context
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.model import Quantity

_A_SHARE = re.compile(r"\b(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b", re.I)


def cents_beside_a_share(q: Quantity, text: str) -> MetricChoice | None:
    """``against estimates of 79 cents`` after ``84 cents per share``: cents beside a per-share
    figure are per share."""
    if not carryover.in_cents(q) or not _A_SHARE.search(text):
        return None
    return MetricChoice(qualifiers.adjusted("eps", text[: q.start]), None)


# What analysts expected: a consensus set against the figure the company reported.
_ESTIMATED = re.compile(
    r"\b(?:analysts?|consensus|Wall\s+Street|the\s+Street)\b[^.;]*?"
    r"\b(?:expected|estimated|forecast|projected|looking\s+for|pencilled\s+in|penciled\s+in)\b",
    re.I,
)


def consensus_of_the_figure_before(
    q: Quantity, text: str, chosen: list[tuple[Quantity, MetricChoice | None]]
) -> MetricChoice | None:
    """``Adjusted EPS was $1.40, against analyst expectations of $1.31``: a consensus that names
    no metric is of the figure it is set against, the one before it."""
    if not bases.consensus(text[max(0, q.start - 40) : q.start], text[q.end : q.end + 60]):
        return None
    before = [(o, c) for o, c in chosen if c is not None and o.end <= q.start and not c.change]
    if not before or before[-1][0].unit != q.unit:  # the same measure, so the same unit
        return None
    # (the consensus for a loss is a loss: "lost 9 cents, narrower than the 12-cent loss")
    return MetricChoice(before[-1][1].metric, None, sign=before[-1][1].sign, part=before[-1][1].part)


def estimate_of_the_level_before(q: Quantity, text: str, ctx: Context) -> MetricChoice | None:
    """``Revenue rose to $842.6 million. Analysts had expected $828.1 million.``: an estimate that
    names no metric is of the level the text stated last."""
    level = ctx.discourse.level
    if level is None or not _ESTIMATED.search(text) or not ctx.vocab.accepts(level[0], q):
        return None
    return MetricChoice(level[0], None, part=level[1])
