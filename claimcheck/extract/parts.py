"""The part of a company a sentence names as the subject of its figure: a segment, division or
region (``Freight Forwarding, the biggest division, generated €2.05bn``), never an entity.
"""

from __future__ import annotations

import re

from claimcheck.entities.lexicon import lexicon
from claimcheck.entities.registry import Mention
from claimcheck.extract import changes, qualifiers
from claimcheck.extract.context import Context
from claimcheck.extract.link_entity import Sentence as Linked
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.shape import NO_SEGMENT, Shape
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES

# "LONDON — Revenue rose", "LONDON, July 2 (Wire) -": a dateline's place is where the story was
# filed, not a part of the company.
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)|\(|[—–]|-\s|,\s+[A-Z][a-z]+,\s+[A-Z][a-z]{2,8}\.?\s+\d)"
)
# "…, with UK & Ireland accounting for …" opens another subject; "open offices in New York and
# Singapore, and grow its team from 310" a verb phrase of the sentence's own subject.
_OTHER_SUBJECT = re.compile(
    # (an acronym is a measure: "delivered revenue of $1.0bn and EBITDA of $118m")
    r"\b(?:with|while|whereas|but|and)\s+(?:the\s+)?(?![A-Z]{2,}\b)[A-Z]|[,;]\s*(?:and|but|or|then)\s+(?!the\b)[a-z]+\s"
)
# (A reported clause opens after "said": "said Infrastructure Services remained its biggest division")
# ("By region, Europe contributed": a lead-in naming the kind of part opens the clause too)
_PART_OPENS = re.compile(
    r"(?:^|[.;:]\s+|\b(?:with|while|whereas|and|but)\s+|\b(?:said|says|added|noted)\s+(?:that\s+)?"
    r"|^\W*by\s+(?:region|segment|division|geography|business|unit|market),\s+)[\W_]*(?P<the>[Tt]he\s+)?$",
    re.I,
)


def part_named(q: Quantity, choice: MetricChoice, kind: str, linked: Linked) -> str | None:
    """``Freight Forwarding, the biggest division, generated €2.05bn``, ``with UK & Ireland
    accounting for £538.0m``: the part (or region) that opens the clause the figure is told in,
    with no other name but an owner's (``Ashcombe's``) between it and the figure."""
    if kind == "score" or choice.metric in NO_SEGMENT:
        return None
    return subject_part(q, linked)


# "The unit now has 2,900 customers", "Sales there climbed 34%": the part spoken of just before
_REFERRED = re.compile(
    r"(?:^|[.;:]\s+|\b(?:while|whereas|and|but)\s+)[\W_]*(?:the|that|this)\s+(?:unit|division|segment|arm)\b"
    r"|\b(?:revenues?|sales|growth|margins?|orders)\s+there\b|^[\W_]*its\s+(?:revenues?|sales)\b",
    re.I,
)


def part_referred_to(
    q: Quantity, choice: MetricChoice, kind: str, linked: Linked, in_view: str | None
) -> str | None:
    """``Revenue from the AI infrastructure unit jumped 112% … The unit now has 2,900 customers``:
    a part the clause refers back to is the one the paragraph spoke of last."""
    if in_view is None or kind == "score" or choice.metric in NO_SEGMENT:
        return None
    start = linked.clauses.start_of(linked.clauses.of(q.start))
    found = _REFERRED.search(linked.text, start, q.start)
    return in_view if found and not _OTHER_SUBJECT.search(linked.text, found.end(), q.start) else None


def opening_part(linked: Linked) -> str | None:
    """``North America was the standout. Sales there jumped 35%``: a part or region a sentence
    with no figure opens with is the one the next sentence's "there" or "the unit" speaks of."""
    if _NUMBER.search(linked.text):
        return None
    headed = _HEADED.match(linked.text)  # "The air freight unit had a weaker quarter."
    if headed and _may_name_a_part(headed["np"].split()):
        return headed["np"].lower()
    first = linked.mentions[0] if linked.mentions else None
    if (
        first is None
        or first.entity.type not in ("part", "place")
        or _DATELINE_AFTER.match(linked.text, first.end)
    ):
        return None
    return None if linked.text[: first.start].strip(" \"'“‘*#>-") else _part_name(linked.text, first)


_NUMBER = re.compile(r"\d")


def subject_part(q: Quantity, linked: Linked) -> str | None:
    """The part a clause before the figure opens with, named (``Freight Forwarding``) or
    described by its head noun (``The factory automation business``, ``its cloud unit``)."""
    return _listed_part(q, linked) or _named_part(q, linked) or _headed_part(q, linked)


# "Europe contributed EUR 3.05 billion, Asia-Pacific EUR 1.02 billion and the Americas EUR 0.75
# billion": a list's later part stands right before its own figure, the verb left out
_LIST_PLACE = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?$", re.I)


def _listed_part(q: Quantity, linked: Linked) -> str | None:
    text = linked.text
    for m in linked.mentions:
        if m.entity.type in ("part", "place") and m.end <= q.start and not text[m.end : q.start].strip():
            earlier = re.search(r"\d", text[: m.start])
            if earlier and _LIST_PLACE.search(text, max(0, m.start - 12), m.start):
                return _part_name(text, m)
    return None


# Verbs a part's sales are told with: "brought in $802mn", "booked $2.48bn".
_EARNED = re.compile(
    r"\b(?:brought|brings|bring|took|takes|take)\s+in\s+$"
    r"|\b(?:booked|books|generated|generates|contributed|contributes)\s+$"
)


def metric_of_a_part(q: Quantity, linked: Linked, ctx: Context) -> MetricChoice | None:
    """``The factory automation business edged down 1.2% to 498.0 billion yen``, ``Data center,
    Sorrel's biggest unit, brought in $802mn``: an amount a part is the subject of, naming no
    metric, is of the money level read last (its sales when that was no money, or by its verb)."""
    if q.unit not in ISO_CODES:
        return None
    part = subject_part(q, linked)
    if part is None:
        return None
    level = ctx.discourse.level
    earned = _EARNED.search(linked.text, max(0, q.start - 20), q.start)
    metric = level[0] if level and not earned and ctx.vocab.metric(level[0]).kind == "money" else "revenue"
    return MetricChoice(metric, None, part=part)


def _named_part(q: Quantity, linked: Linked) -> str | None:
    text = linked.text
    parts = [
        m
        for m in linked.mentions
        if m.entity.type in ("part", "place")
        and m.end <= q.start
        and (opens := _PART_OPENS.search(text, max(0, m.start - 40), m.start))
        and (not opens["the"] or _TOLD_AFTER.match(text, m.end))
        and not _DATELINE_AFTER.match(text, m.end)
        and not _listed(m, linked.mentions, text)
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


# "The Americas generated $1.3 billion", "The United States was the largest region": a region
# named with its article opens the clause when a verb of its figure follows ("The Berlin lab" is
# no region's)
_TOLD_AFTER = re.compile(
    r"\s+(?:was|were|is|are|remained|generated|contributed|accounted|brought|booked|posted|delivered"
    r"|grew|rose|fell|climbed|jumped|declined|made\s+up)\b"
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _listed(m: Mention, mentions: list[Mention], text: str) -> bool:
    """``across London, San Francisco and Berlin``: a place in a list of places is where the
    company is, not a part its figure is of."""
    return any(
        o.entity.type == "place"
        and o is not m
        and (
            (o.end <= m.start and _LIST_JOIN.fullmatch(text, o.end, m.start))
            or (m.end <= o.start and _LIST_JOIN.fullmatch(text, m.end, o.start))
        )
        for o in mentions
    )


# "The factory automation business", "its cloud unit", "the Edge & Automotive segment": a part
# described by the noun a company's parts are called by; the words before that noun are its name.
_HEADED = re.compile(
    r"(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?P<np>[A-Za-z][\w-]*(?:\s+(?:&\s+)?[A-Za-z][\w-]*){0,3}?)"
    r"\s+(?:segment|division|unit|business|arm|region)\b(?!['’]s|\s+(?:of|with|that|which)\b)",
    re.I,
)
# "Data center, Sorrel's biggest unit, brought in": an opening phrase an appositive calls a part.
_APPOSED = re.compile(
    r"[\W_]*(?P<np>[A-Za-z][\w-]*(?:\s+(?:&\s+)?[A-Za-z][\w-]*){0,3}?),\s+(?:now\s+|still\s+|long\s+|by\s+far\s+)?"
    r"(?:the|its|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:division|segment|unit|business|arm)\b"
)

# "while medical and other products brought in 274.3 billion yen": a part a clause opens with, as
# the subject of a verb a part's sales are told with.
# ("Managed inference, where it runs models for customers, contributed $55.2 mln": an aside may
# stand between the part and its verb)
_ASIDE = r"(?:,\s+(?:which|where|who|whose|the|its|a|an|still|now)\b[^,;]{0,80},)?"
_EARNER = re.compile(
    r"(?:^|[;:]\s*|\b(?:while|whereas|but)\s+)(?P<np>[A-Za-z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Za-z][\w-]*){0,3}?)"
    rf"{_ASIDE}\s+(?:(?:brought|took)\s+in|booked|generated|contributed"
    # "Energy Solutions, which builds grid batteries, grew revenue to $540.3 million"
    r"|(?:delivered|posted|reported|recorded|grew|lifted|increased)\s+(?:its\s+)?"
    r"(?:annual\s+|quarterly\s+|full-year\s+|half-year\s+|first-half\s+)?(?:revenues?|sales))\b"
)


# "Professional Services fell 18% from a year earlier to $150 million": a capitalised phrase that
# opens a sentence as the subject of a move, where no name is (it is a part, whose name has a word
# that is no common one: "Shares fell 4%" is no part).
_MOVER = re.compile(
    r"(?:^|[;:]\s*|\b(?:while|whereas|but)\s+)[\W_]*(?P<np>[A-Z][\w-]*(?:\s+(?:&\s+)?[A-Z][\w-]*){0,3}?)"
    r"\s+(?:revenues?\s+|sales\s+)?"
    r"(?:rose|fell|grew|declined|dropped|jumped|climbed|slipped|increased|decreased|surged|slumped|shrank"
    r"|edged\s+(?:up|down|higher|lower))\b"
)


# How far before a figure its part's subject is looked for: a window, so that a very long line
# costs no more per figure than a sentence does.
_SUBJECT_REACH = 300


def _headed_part(q: Quantity, linked: Linked) -> str | None:
    text = linked.text
    start = linked.clauses.start_of(linked.clauses.of(q.start))
    reach = max(0, q.start - _SUBJECT_REACH)
    found = [
        m
        for m in _HEADED.finditer(text, reach, q.start)
        if _PART_OPENS.search(text, max(0, m.start() - 40), m.start()) or m.start() == start
    ]
    opening = _APPOSED.match(text) if reach == 0 else None
    earners = [*_EARNER.finditer(text, reach, q.start), *_movers(text, reach, q.start)]
    found += [m for m in (opening, *earners) if m and m.end() <= q.start]
    if not found:
        return None
    last = max(found, key=lambda m: m.start())
    words = last.group("np").split()
    if not _may_name_a_part(words):
        return None
    if _OTHER_SUBJECT.search(text, last.end(), q.start):
        return None
    named = (m for m in linked.mentions if m.entity.type not in ("part", "place"))
    if any(last.start("np") <= m.start < last.end("np") for m in named):
        return None  # "the Lark-8B business" is a product's, no part of the company
    return " ".join(words).lower()


def _movers(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in _MOVER.finditer(text, start, end)
        if not all(lexicon().is_stop(w) or w == "&" for w in m["np"].split())
    ]


def _may_name_a_part(words: list[str]) -> bool:
    """Whether a phrase's words may be a part's name (no filler, verb, date word or figure)."""
    return qualifiers.may_name_part([w for w in words if w not in ("&", "and")])


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


def part_of(
    q: Quantity, choice: MetricChoice, kind: str, shape: Shape, linked: Linked, in_view: str | None
) -> tuple[str | None, str | None]:
    """The part a figure is of (named with its metric word, opening its clause, or referred back
    to; a part a demonym names is its region's: ``European revenue``), and what a change measures:
    "organic" or "like-for-like" before growth names the measure ("like-for-like growth there
    was 14.5%" is the like-for-like growth of the part spoken of)."""
    named, of = _not_a_name(shape.segment(q, choice, kind), linked), choice.of
    if named and choice.metric == changes.GROWTH and changes.names_organic(named):
        named, of = None, changes.organic_of(of, named)
    segment = (
        named or part_named(q, choice, kind, linked) or part_referred_to(q, choice, kind, linked, in_view)
    )
    return (lexicon().region(segment) if segment else None), of


def _not_a_name(segment: str | None, linked: Linked) -> str | None:
    """``Pellmoor employs 1,450 people``: a name before the metric word is whose it is, no part."""
    if segment and any(
        segment == m.surface.lower() and m.entity.type not in ("part", "place") for m in linked.mentions
    ):
        return None
    return segment
