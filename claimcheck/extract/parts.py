"""The part of a company a sentence names as the subject of its figure: a segment, division or
region (``Freight Forwarding, the biggest division, generated €2.05bn``), never an entity.
"""

from __future__ import annotations

import re

from claimcheck.entities.lexicon import lexicon
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


# "Third Quarter Segment Summary", "Results by Division": the short headings after it name parts
_PARTS_LEAD = re.compile(
    r"\b(?:segments?|divisions?|business\s+units?|by\s+(?:segment|division|region|geography|business))\b",
    re.I,
)


def heading_part(
    heading: str, level: int, lead: int | None, names_something: bool
) -> tuple[str | None, int | None]:
    """The part a heading names (``Data Center`` under a segment summary), and the level of the
    summary's own heading while the headings after it are still parts (None when not).

    ``level`` is the heading's markdown depth (0 for a short plain line). Parts stand below the
    summary's heading (a deeper ``###``, or plain lines under a plain one); a heading that names an
    entity, a metric or a period, or only words that name nothing (``Outlook``), ends the list.
    """
    if _PARTS_LEAD.search(heading):
        return None, level
    words = re.findall(r"[\w&'’-]+", heading)
    below = lead is not None and (level > lead if lead else level == 0)
    if not below or names_something or not 0 < len(words) <= 4 or re.search(r"\d|\|", heading):
        return None, None
    if all(lexicon().is_stop(w) or w == "&" for w in words):
        return None, None
    return " ".join(words).lower(), lead
