"""The part of a company a sentence names as the subject of its figure: a segment, division or
region (``Freight Forwarding, the biggest division, generated €2.05bn``), never an entity.
"""

from __future__ import annotations

import re

from claimcheck.entities.registry import Mention
from claimcheck.extract.link_entity import Sentence as Linked
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.shape import NO_SEGMENT
from claimcheck.model import Quantity

# "LONDON — Revenue rose", "LONDON, July 2 (Wire) -": a dateline's place is where the story was
# filed, not a part of the company.
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)|\(|[—–]|-\s|,\s+[A-Z][a-z]+,\s+[A-Z][a-z]{2,8}\.?\s+\d)"
)
# "…, with UK & Ireland accounting for …" opens another subject; "open offices in New York and
# Singapore, and grow its team from 310" a verb phrase of the sentence's own subject.
_OTHER_SUBJECT = re.compile(
    r"\b(?:with|while|whereas|but|and)\s+(?:the\s+)?[A-Z]|[,;]\s*(?:and|but|or|then)\s+(?!the\b)[a-z]+\s"
)
_PART_OPENS = re.compile(r"(?:^|[.;:]\s+|\b(?:with|while|whereas|and|but)\s+)[\W_]*$", re.I)


def part_named(q: Quantity, choice: MetricChoice, kind: str, linked: Linked) -> str | None:
    """``Freight Forwarding, the biggest division, generated €2.05bn``, ``with UK & Ireland
    accounting for £538.0m``: the part (or region) that opens the clause the figure is told in,
    with no other name but an owner's (``Ashcombe's``) between it and the figure."""
    if kind == "score" or choice.metric in NO_SEGMENT:
        return None
    text = linked.text
    parts = [
        m
        for m in linked.mentions
        if m.entity.type in ("part", "place")
        and m.end <= q.start
        and _PART_OPENS.search(text[: m.start])
        and not _DATELINE_AFTER.match(text, m.end)
    ]
    if not parts:
        return None
    between = [
        m
        for m in linked.mentions
        if m.entity.type not in ("part", "place")
        and parts[-1].end <= m.start < q.start
        and not text.startswith(("'s", "’s"), m.end)
    ]
    other = _OTHER_SUBJECT.search(text, parts[-1].end, q.start)
    return None if between or other else _part_name(text, parts[-1])


def _part_name(text: str, m: Mention) -> str:
    """The part's name as written, with a region joined to it by ``&`` (``UK & Ireland``)."""
    joined = re.match(r"\s*&\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", text[m.end :])
    return (m.surface + (joined.group() if joined else "")).lower()
