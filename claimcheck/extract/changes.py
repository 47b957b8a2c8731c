"""Changes: ``revenue grew 40% year on year``, ``fell 3%``, ``a 3% decline``, ``+265% YoY``.

A change is a claim of its own (metric ``growth_rate``) with its direction (a fall is negative),
its base (yoy, qoq, or unspecified) and what changed (``of``: the metric named in its clause).
It compares only with changes of the same base, of the same thing, over the same period.
"""

from __future__ import annotations

import re

from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.shape import Shape
from claimcheck.model import Quantity
from claimcheck.vocabulary import Hit, Vocabulary

_UP = (
    r"ros[e]|rise[sn]?|rising|grew|grow[sn]?|growing|increas\w*|jump\w*|climb\w*|surg\w*|soar\w*|gain\w*"
    r"|expand\w*|up|higher|boost\w*|accelerat\w*|advanc\w*"
)
_DOWN = (
    r"fell|fall[sn]?|falling|declin\w*|decreas\w*|drop\w*|slid|slide[s]?|sliding|slipp?\w*|shr[iau]nk\w*"
    r"|los[te]s?|losing|plung\w*|tumbl\w*|down|lower|reduc\w*|contract\w*|cut|sank|sink\w*|dipp?\w*"
)
_VERB_BEFORE = re.compile(
    # ("made up 35% of revenue": a share, not a move)
    rf"\b(?<!made\s)(?<!makes\s)(?<!make\s)(?P<dir>{_UP}|(?P<down>{_DOWN}))\b\s+(?:(?!(?:to|from|at|of|than)\b)[a-z][\w-]*\s+){{0,2}}?"
    r"(?:by\s+|of\s+(?:about\s+|nearly\s+|roughly\s+|approximately\s+)?|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+|a\s+further\s+|an?\s+)?(?:~|≈)?$"
    # Chinese: 同比增长 48%, 环比下降, 暴涨 265%, 收窄
    r"|(?:增长|增加|上升|上涨|提升|暴涨|大涨|飙升|(?P<zhdown>下降|减少|下滑|下跌|收窄|回落|降低))\s*(?:了|约|近|超过)?\s*$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s*(?:(?P<up>increase|rise|jump|gain|growth|climb|surge|improvement|higher(?!\s+than))"
    r"|(?P<down>decline|decrease|drop|fall|loss|slump|contraction|dip|reduction|lower(?!\s+than)))\b",
    re.I,
)
_SIGNED = re.compile(r"[+−-]\s?$")
_YOY = re.compile(
    r"\b(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|YoY|y/y|yr/yr|a\s+year\s+(?:earlier|ago|before)"
    r"|the\s+(?:year-earlier|year-ago|prior-year|same)\s+(?:period|quarter)"
    r"|(?:compared\s+(?:with|to)|versus|vs\.?)\s+the\s+(?:prior|previous)\s+year|annual(?:ly)?\s+growth)\b|同比",
    re.I,
)
_QOQ = re.compile(
    r"\b(?:quarter[\s-]on[\s-]quarter|quarter[\s-]over[\s-]quarter|QoQ|q/q|sequential(?:ly)?"
    r"|(?:from|in|on|over)\s+the\s+(?:previous|prior|preceding|last)\s+quarter)\b|环比",
    re.I,
)
_FROM_YEAR = re.compile(
    r"\b(?:from|over|compared\s+with|versus)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\b", re.I
)
_ON_YEAR = re.compile(r"\s*on\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\b", re.I)  # "up 9% on 2023"
_MULTIPLE = re.compile(r"\b(?P<w>doubled|tripled|trebled|quadrupled|halved)\b", re.I)
_MULTIPLES = {"doubled": 100.0, "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0, "halved": -50.0}
GROWTH = "growth_rate"


# A column header that is only a change: "Change", "% chg", "YoY", "Growth (y/y)", "vs. prior year".
_CHANGE_WORDS = re.compile(
    r"%|\(|\)|\b(?:change|chg\.?|growth|increase|variance|vs\.?|versus|over|prior|previous|year|quarter"
    r"|yoy|y/y|qoq|q/q|on|-)\b|[%/\s.-]|同比|环比|增长|变动|增幅|Δ",
    re.I,
)
_CHANGE_CORE = re.compile(
    r"\b(?:change|chg|growth|increase|variance|yoy|y/y|qoq|q/q)\b|同比|环比|增长|变动|增幅|Δ", re.I
)


def header_base(header: str) -> str | None:
    """The base of a table column of changes (``YoY``: yoy; ``Change``: unspecified), or None
    when the header names more than a change."""
    if not _CHANGE_CORE.search(header) or _CHANGE_WORDS.sub("", header).strip():
        return None
    if _QOQ.search(header) or re.search(r"\bquarter\b", header, re.I):
        return "qoq"
    if _YOY.search(header) or re.search(r"\byear\b", header, re.I):
        return "yoy"
    return "unspecified"


def change_of(q: Quantity, shape: Shape, vocab: Vocabulary) -> MetricChoice | None:
    """The change a percentage states, if it states one."""
    if q.unit != "%" or GROWTH not in vocab.metrics:
        return None
    text = shape.text
    clause = shape.clauses.of(q.start)
    start = shape.clauses.start_of(clause)
    verb = _VERB_BEFORE.search(text, max(start, q.start - 40), q.start)
    if verb is not None and shape.is_earlier(q) and _rate_before(q, shape, vocab):
        verb = None  # "gross margin was 62.1%, up from 57.8%": the rate before, not a change
    noun = _NOUN_AFTER.match(text, q.end)
    signed = _SIGNED.search(text, max(0, q.start - 2), q.start) or q.value < 0
    if verb is None and noun is None and not signed:
        return None
    down = bool((verb and (verb.group("down") or verb.group("zhdown"))) or (noun and noun.group("down")))
    sign = -1.0 if down and q.value > 0 else 1.0
    of, hit = _changed(q, shape, vocab, verb.start() if verb else None)
    stop = shape.clauses.spans[clause][1]
    return MetricChoice(GROWTH, hit, _base(text, start, q, shape), organic_of(of, text[start:stop]), sign)


def _rate_before(q: Quantity, shape: Shape, vocab: Vocabulary) -> bool:
    """Whether the metric word nearest before ``q`` names a rate (a margin, a share) itself."""
    before = [h for h in shape.hits if h.end <= q.start]
    if not before:
        return False
    metrics = [vocab.metrics.get(m) for m in before[-1].metrics]
    return any(m is not None and m.id != GROWTH and m.kind == "percent" for m in metrics)


# "organic growth of 5.6%", "down 1.8% on a like-for-like basis": growth without acquisitions,
# disposals or currency moves, a different quantity from the reported change.
_ORGANIC = re.compile(r"\b(?P<organic>organic(?:ally)?)\b|\b(?P<lfl>like[\s-]for[\s-]like|LFL)\b", re.I)


def names_organic(words: str) -> bool:
    """Whether a growth figure's own part word is "organic" or "like-for-like" (``organic growth
    came to 5.6%``): the measure, not a part."""
    return bool(_ORGANIC.fullmatch(words))


def organic_of(of: str | None, clause: str) -> str | None:
    """What a change measures once "organic" or "like-for-like" in ``clause`` qualify it."""
    m = _ORGANIC.search(clause)
    if m is None or (of is not None and of != "revenue"):
        return of
    return ("organic_" if m.group("organic") else "like_for_like_") + (of or "revenue")


def base_of(q: Quantity, shape: Shape) -> str:
    """The base a change written at ``q`` is measured against (yoy, qoq or unspecified)."""
    return _base(shape.text, shape.clauses.start_of(shape.clauses.of(q.start)), q, shape)


def _base(text: str, start: int, q: Quantity, shape: Shape) -> str:
    """The base the change is measured against, from the cue written after it (up to the next
    figure: ``up 41% from a year ago and up 9% from the prior quarter``), else the nearest before."""
    stop = shape.clauses.spans[shape.clauses.of(q.start)][1]
    # the earlier value a change is measured from is read through ("up 10% from $2.84 billion
    # in the previous quarter"): its words name the base
    following = [o.start for o in shape.quantities if o.start >= q.end and not shape.is_earlier(o)]
    after = text[q.end : min([stop, q.end + 80, *following])]
    for window in (after, text[start : q.start]):
        found = [(m.start(), "qoq") for m in _QOQ.finditer(window)]
        found += [(m.start(), "yoy") for rx in (_YOY, _FROM_YEAR) for m in rx.finditer(window)]
        found += [(0, "yoy")] if window is after and _ON_YEAR.match(after) else []
        if found:
            return (min(found) if window is after else max(found))[1]
    return "unspecified"


def _changed(
    q: Quantity, shape: Shape, vocab: Vocabulary, verb_at: int | None
) -> tuple[str | None, Hit | None]:
    """The metric whose change this is (the nearest metric word of its clause that is not itself a
    rate, nor the change's own verb: "shares have lost 14%" is no net loss), and that word."""
    clause = shape.clauses.of(q.start)
    best: tuple[int, str, Hit] | None = None
    for hit in shape.hits:
        if shape.clauses.of(hit.start) != clause or hit.start == verb_at:
            continue
        for metric in hit.metrics:
            known = vocab.metrics.get(metric)
            if metric == GROWTH or (known is not None and known.kind == "percent"):
                continue
            # what rose is named before the verb ("股价当日上涨12%，市值约900亿港元"): a
            # metric named after the figure is it only when none is named before
            distance = q.start - hit.end if hit.end <= q.start else 1000 + hit.start - q.end
            if best is None or distance < best[0]:
                best = (distance, metric, hit)
    return (best[1], best[2]) if best else (None, None)


def multiples(text: str) -> list[tuple[int, int, float]]:
    """``doubled``, ``tripled``, ``halved``: changes written as words (start, end, percent)."""
    return [(m.start(), m.end(), _MULTIPLES[m.group("w").lower()]) for m in _MULTIPLE.finditer(text)]
