"""Growth in prose: ``revenue grew 340% year-over-year to $8.2 billion``, ``up 40%``,
``doubled``, ``a 45% CAGR``, ``growing at 40%+ CAGR``, ``fell 12% to $3 billion``.

The operands are the figure it grew from and the figure it grew to: written in
the sentence (``from $2B to $3B``), or the entity's metric in a period (the
period of the figure it grew to, and the one before: a year, or a quarter for
``quarter-over-quarter``); a CAGR with no years runs over the article's series.
"""

from __future__ import annotations

import re

from claimcheck.extract.derived_context import Prose
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.model import Quantity
from claimcheck.quantities import parse

_UP = (
    r"grew|grow[sn]?|growing|rose|rises?|rising|increased?|increasing|jump(?:ed|s)?|climb(?:ed|s)?"
    r"|surg(?:ed|es)|soar(?:ed|s)|expand(?:ed|s)|(?<!made\s)(?<!make\s)(?<!makes\s)up|gain(?:ed|s)|risen|grown"
    r"|climbed|jumped"
)
_DOWN = (
    r"fell|falls?|falling|dropp?(?:ed|s)?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|down|slid|shr[au]nk"
    r"|plung(?:ed|es)|cut|reduc(?:ed|es|ing)|lower(?:ed|ing)"
)
_VERB_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:\s+\w+){{0,2}}?\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s*(?:year[- ]over[- ]year\s+|year[- ]on[- ]year\s+|yoy\s+|annual\s+|sequential\s+)?"
    r"(?:(?P<up>increase|rise|jump|growth|gain|surge|expansion)|(?P<down>decline|drop|decrease|fall|cut|reduction))\b",
    re.I,
)
_CAGR = re.compile(r"\bCAGR\b|compound(?:ed)?\s+annual(?:\s+growth)?(?:\s+rate)?", re.I)
_QOQ = re.compile(
    r"quarter[- ](?:over|on)[- ]quarter|\bQoQ\b|sequential|from\s+the\s+previous\s+quarter", re.I
)
_YEAR = re.compile(r"(?<![\w$])((?:19|20)\d{2})(?![\w%])")
_DATE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+$", re.I
)
_RATE_WORD = re.compile(r"CAGR|growth|rate|increase|rise|jump|gain|decline|drop|decrease|fall", re.I)
_WORD_GROWTH = re.compile(
    r"\b(?:(?P<hedge>more\s+than|over|nearly|almost|roughly|about|less\s+than)\s+)?"
    r"(?P<w>doubled|doubles|doubling|tripled|triples|quadrupled|halved)\b(?!\s+down\b)",
    re.I,
)
_WORD_FACTORS = {
    "doubled": 2.0,
    "doubles": 2.0,
    "doubling": 2.0,
    "tripled": 3.0,
    "triples": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}
_AMOUNT_UNITS = ("count", "money")


def _direction(p: Prose, q: Quantity) -> int | None:
    """+1 for growth, -1 for a decline, None when the percentage is no change."""
    begin, _ = p.clause(q.start, q.end)
    before = p.text[: q.start]
    level = re.search(
        r"\b(?:from|to|between|and)\s+(?:about\s+|roughly\s+|nearly\s+|over\s+)?$", before, re.I
    )
    share = re.search(r"\b(?P<word>\w+)\s+of\s+(?:about\s+|roughly\s+|nearly\s+|over\s+)?$", before, re.I)
    if (
        re.match(r"(?:from|to)\b", q.text, re.I)
        or level
        or (share and not _RATE_WORD.fullmatch(share.group("word")))
    ):
        return None  # a level the figure moves from or to, not the change
    before = _VERB_BEFORE.search(p.text, max(begin, q.start - 50), q.start)
    after = _NOUN_AFTER.match(p.text, q.end)
    found = before or after
    if found:
        return 1 if found.group("up") else -1
    if _CAGR.search(p.text, q.end, min(len(p.text), q.end + 25)) or _CAGR.search(
        p.text, max(begin, q.start - 45), q.start
    ):
        return 1
    return None


def _is_year(q: Quantity) -> bool:
    return q.unit is None and q.scale is None and q.value == int(q.value) and 1900 <= q.value <= 2100


def _amount(q: Quantity) -> bool:
    return q.unit not in ("%", "x", "points", "pp") and not _is_year(q)


def _amounts(p: Prose, start: int, stop: int, pos: int) -> tuple[Quantity | None, Quantity | None]:
    """``from $2B to $3B`` in ``start:stop``: the figures grown from and to, each read on its own
    (so ``in 2024 to $3 billion`` is never one range); with no ``to``, the figure of the same kind
    just before the change at ``pos`` (``revenue of $1.32 billion, up 20% from $1.1 billion``)."""

    def figure(word: str) -> Quantity | None:
        for m in re.finditer(
            rf"\b(?:{word})\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?", p.text[start:stop], re.I
        ):
            at = start + m.end()
            found = parse(p.text[at:stop], currency_symbols=p.article.symbols)
            if found and found[0].start == 0 and _amount(found[0]):
                q = found[0]
                return Quantity(
                    q.value, q.low, q.high, q.unit, q.text, at, at + q.end, q.hedges, q.precision, q.scale
                )
        return None

    grown_from, grown_to = figure("from|since"), figure("to|reach(?:ed|ing)?|hit")
    if grown_to is None:
        before = [q for q in p.quantities if start <= q.start and q.end <= pos and _amount(q)]
        before = [
            q
            for q in before
            if grown_from is None
            or (q.unit == grown_from.unit and (q.end <= grown_from.start or q.start >= grown_from.end))
        ]
        grown_to = before[-1] if before else None
    return grown_from, grown_to


def _years(p: Prose, start: int, stop: int) -> tuple[str | None, str | None]:
    """The years grown from and to, by the word before each: ``from 2024``, ``since 2023``,
    ``between 2023 and 2025``, ``in 2025``, ``for 2025``."""
    grown_from = grown_to = None
    for m in _YEAR.finditer(p.text, start, stop):
        before = p.text[max(0, m.start() - 12) : m.start()].lower()
        if _DATE_BEFORE.search(p.text[max(0, m.start() - 16) : m.start()]):
            continue  # a dateline or date ("February 5, 2026"), not a period
        if re.search(r"\b(?:from|since|between|over)\s+(?:the\s+)?(?:end\s+of\s+)?$", before):
            grown_from = grown_from or m.group(1)
        else:
            grown_to = m.group(1)
    return grown_from, grown_to


def _metric(p: Prose, start: int, end: int) -> str | None:
    accept = tuple(m for m in p.article.vocab.metrics if m not in ("growth_rate", "market_share"))
    found = p.metric_near(start, end, accept=accept, prefer="before")
    begin, stop = p.clause(start, end)
    if found is None and re.search(r"\bmarket\b", p.text[begin:stop], re.I):
        return "market_size"  # "The market is growing at 40%+ CAGR": the size of the market
    return found


def _statement(p: Prose, stated: Bound, start: int, end: int, relation: str) -> Derived:
    begin, stop = p.clause(start, end)
    metric = _metric(p, start, end)
    types = p.types_for(metric)
    entities = p.subject(start, types)
    if not entities and p.article.subject is not None and "org" in types and not p.mentions:
        entities = (p.article.subject,)
    names = tuple(e.name for e in entities)
    grown_from, grown_to = _amounts(p, begin, stop, start)
    from_period, to_period = _years(p, begin, stop)
    cagr = relation == "cagr"
    step = "quarter" if _QOQ.search(p.text, begin, stop) else "year"
    accept = tuple(m for m in p.article.vocab.metrics if m not in ("growth_rate", "market_share"))
    segment = p.segment_at(start, end, accept)
    operands = (
        Operand(
            "from",
            names,
            metric,
            from_period,
            figure=Bound.of(grown_from) if grown_from else None,
            segment=segment,
        ),
        Operand(
            "to",
            names,
            metric,
            to_period,
            figure=Bound.of(grown_to) if grown_to else None,
            step=step,
            segment=segment,
        ),
    )
    untied = None
    if metric is None and not (grown_from and grown_to):
        untied = "no metric named"
    elif not names and not (grown_from and grown_to) and "market" not in types:
        untied = "no subject named"
    elif not (grown_to or to_period or cagr or grown_from):
        untied = "no period or figure it grew to"
    return p.derived("growth", relation, stated, operands, start, untied)


def growth(p: Prose) -> list[Derived]:
    """Every growth statement of a sentence (predictions and conditions are not statements)."""
    out = []
    for q in p.quantities:
        if q.unit != "%" or p.hypothetical(q.start):
            continue
        direction = _direction(p, q)
        if direction is None:
            continue
        cagr = bool(_CAGR.search(p.text, q.end, min(len(p.text), q.end + 25))) or bool(
            _CAGR.search(p.text, max(0, q.start - 45), q.start)
        )
        stated = Bound.of(q)
        if direction < 0:
            low = None if q.high is None else -q.high
            high = None if q.low is None else -q.low
            stated = Bound(-q.value, low, high, "%", q.precision, q.hedges, q.text)
        out.append(_statement(p, stated, q.start, q.end, "cagr" if cagr else "growth"))
    for m in _WORD_GROWTH.finditer(p.text):
        if p.hypothetical(m.start()):
            continue
        factor = _WORD_FACTORS[m.group("w").lower()]
        hedge = (m.group("hedge") or "").lower().split()
        low, high, hedges = (
            factor,
            factor,
            ("approximate",) if hedge[:1] in (["nearly"], ["almost"], ["roughly"], ["about"]) else (),
        )
        if hedge[:1] in (["more"], ["over"]):
            high, hedges = None, ("lower_bound",)
        elif hedge[:1] == ["less"]:
            low, hedges = None, ("upper_bound",)
        stated = Bound(factor, low, high, "x", 0.25 if factor >= 2 else 0.05, hedges, m.group())
        out.append(_statement(p, stated, m.start(), m.end(), "growth_times"))
    return out
