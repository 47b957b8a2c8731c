"""Claims in prose: each quantity of a sentence, tied to a metric, an entity and a period.

Ties are made by proximity inside a clause, the way a reader makes them:
"OpenAI's valuation at $80 billion", "40k+ stars", "Baidu ($480B)",
"$15 per million tokens for GPT-4 Turbo", "The company's $150 billion valuation".
A comparison ("than", "compared to", "ahead of") is never crossed to find an
entity, and figures that are differences ("by 2-3 points"), shares of
something else ("72% of revenue") or hypotheticals ("If ...") are not claims.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.entities.registry import Entity, Mention
from claimcheck.extract.context import Context, Reading
from claimcheck.extract.document import Sentence
from claimcheck.extract.hedges import hedges_before, is_hypothetical
from claimcheck.extract.periods import Period, find_periods
from claimcheck.model import Quantity
from claimcheck.quantities import parse
from claimcheck.vocabulary import Hit

_BARRIER = re.compile(
    r";|\s[—–-]\s|—|,\s+(?:while|but|whereas|although|though|which|with|and\s+(?:its|their))\b"
    r"|\b(?:while|whereas|although)\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?|against|behind|ahead\s+of|undercutting|surpass\w*|"
    r"outperform\w*|trails?|lags?|rival\w*|relative\s+to)\b",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?:its|their|the\s+(?:company|firm|startup|group|lab|business)(?:'s|’s)?)\b(?!\s+(?:that|which|who)\b)",
    re.I,
)
_RESTATEMENT = re.compile(
    r"\s*[(\[]\s*(?:or|i\.e\.|equivalent\s+to|about|roughly|approximately|≈|~)?\s*$", re.I
)
_MOVED = re.compile(
    r"\b(?:wip(?:e|es|ed|ing)|shed(?:s|ding)?|los(?:e|es|t|ing)|add(?:s|ed|ing)?|eras(?:e|es|ed|ing)|"
    r"knock(?:s|ed|ing)?|slash(?:es|ed|ing)?)\s+(?:\w+\s+)?$",
    re.I,
)
_BY = re.compile(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?$", re.I)
_CHANGE = re.compile(
    r"\b(?:increas|decreas|grow|grew|ris|rose|fell|fall|drop|jump|climb|improv|reduc|cut|boost|trail|lag|lead|beat|"
    r"outperform|exceed|surpass|higher|lower|more|less|up|down|widen|narrow|shrink|expand|gain|los|slip|slid|soar|"
    r"surg|plung|declin|speed|faster|slower|cheaper)\w*(?:\s+\w+){0,4}\s+by\s+\S*\s*$",
    re.I,
)
_SHARE_OF = re.compile(
    r"\s+(?:of|lower|higher|cheaper|more|less|faster|slower|better|worse|premium|discount)\b", re.I
)
_FOR_ENTITY = re.compile(r"\s*(?:for|of|from|by)\s+$", re.I)
_KIND = re.compile(r"\b(input|output|prompt|completion)\b", re.I)
# A figure may share a keyword after a later figure only across a list of names:
# "Baidu ($480B) and Alibaba ($620B) in valuation".
_LIST = re.compile(r"\)?\s*(?:,|and|or|&)\s+(?:[A-Z][\w.&-]*\s*){0,3}\(?\s*")
_TARGET_YEAR = re.compile(r"\bby\s+$", re.I)
_RANK = re.compile(r"\b(?:top|bottom|first|last|fortune)\s+$", re.I)


def read(sentence: Sentence, ctx: Context, *, default: Entity | None = None) -> list[Reading]:
    """The claims one sentence makes; ``default`` is whom a table cell's text is about."""
    text = sentence.text
    mentions = ctx.mentions_in(text, sentence.start)
    periods = find_periods(text)
    quantities = [q for q in parse(text, currency_symbols=ctx.symbols) if not _inside(q, periods, mentions)]
    hits = ctx.vocab.hits(text)
    barriers = [m.start() for m in _BARRIER.finditer(text)]
    restated = restatements(text, quantities)
    readings = []
    for q in quantities:
        if q in restated.values() or is_hypothetical(text, q.start) or _is_difference(q, text):
            continue
        if _RANK.search(text, 0, q.start):
            continue
        reading = _reading(q, sentence, ctx, mentions, periods, hits, barriers, quantities, default, restated)
        if reading is not None:
            readings.append(reading)
    ctx.remember(mentions)
    return readings


def _is_difference(q: Quantity, text: str) -> bool:
    """``trails by 6-7 points``, ``wiping $12 billion off``: a change, not a level (growth is read apart)."""
    if _MOVED.search(text, max(0, q.start - 30), q.start):
        return True
    if not _BY.search(text, 0, q.start):
        return False
    return q.unit in ("points", "pp", "x") or (q.unit != "%" and bool(_CHANGE.search(text, 0, q.start)))


def _inside(q: Quantity, periods: list[Period], mentions: list[Mention]) -> bool:
    spans = [(p.start, p.end) for p in periods] + [(m.start, m.end) for m in mentions]
    return any(a <= q.start < b or a < q.end <= b for a, b in spans)


def restatements(text: str, quantities: list[Quantity]) -> dict[int, Quantity]:
    """``$80 billion (roughly 580 trillion yuan)``: the bracketed figure restates the first."""
    out = {}
    for i, (q, nxt) in enumerate(pairwise(quantities)):
        if q.unit and nxt.unit and q.unit != nxt.unit and _RESTATEMENT.fullmatch(text[q.end : nxt.start]):
            out[i] = nxt
    return out


def _clause(pos: int, end: int, barriers: list[int], length: int) -> tuple[int, int]:
    start = max((b for b in barriers if b <= pos), default=0)
    stop = min((b for b in barriers if b >= end), default=length)
    return start, stop


def _reading(
    q: Quantity,
    sentence: Sentence,
    ctx: Context,
    mentions: list[Mention],
    periods: list[Period],
    hits: list[Hit],
    barriers: list[int],
    quantities: list[Quantity],
    default: Entity | None,
    restated: dict[int, Quantity],
) -> Reading | None:
    text = sentence.text
    if q.unit == "%" and _SHARE_OF.match(text, q.end):
        return None
    clause = _clause(q.start, q.end, barriers, len(text))
    metric = _metric(q, text, hits, barriers, quantities, ctx)
    if metric is None:
        return None
    entity = _entity(q, metric, text, mentions, clause, ctx) or default
    if entity is None:
        return None
    period, target = _period(q, text, periods, clause)
    hedges = list(q.hedges) + hedges_before(text, q.start, clause[0])
    if target:
        hedges.append("projected")
    variant = _variant(q, entity, text, mentions, clause, ctx, metric)
    kind = _price_kind(q, text, clause) if ctx.vocab.metrics[metric].kind == "price" else None
    index = quantities.index(q)
    return Reading(
        entity=entity.name,
        variant=variant,
        metric=metric,
        period=period,
        price_kind=kind,
        quantity=q,
        hedges=tuple(dict.fromkeys(hedges)),
        offset=sentence.start + q.start,
        quote=text.strip(),
        restated=(restated[index],) if index in restated else (),
    )


def _metric(
    q: Quantity, text: str, hits: list[Hit], barriers: list[int], quantities: list[Quantity], ctx: Context
) -> str | None:
    """The metric whose keyword is nearest the quantity, in the same clause if possible."""
    best: tuple[float, str] | None = None
    for hit in hits:
        for metric in hit.metrics:
            if not ctx.vocab.accepts(metric, q):
                continue
            cost = _keyword_cost(q, hit, text, barriers, quantities, metric, ctx)
            if cost is not None and (best is None or cost < best[0]):
                best = (cost, metric)
    return best[1] if best and best[0] < 350 else None


def _keyword_cost(
    q: Quantity,
    hit: Hit,
    text: str,
    barriers: list[int],
    quantities: list[Quantity],
    metric: str,
    ctx: Context,
) -> float | None:
    """How far a keyword is from the quantity; None if it cannot name it.

    A keyword after the figure ("40k+ stars", "$150 billion valuation") binds
    closely and may cover a short list ("Baidu ($480B) and Alibaba ($620B) in
    valuation"); one before it is owned by any figure it directly follows.
    """
    if hit.end <= q.start:
        lo, hi, after = hit.end, q.start, False
    elif hit.start >= q.end:
        lo, hi, after = q.end, hit.start, True
    else:
        return None
    gap = text[lo:hi]
    crossed = sum(lo <= b < hi for b in barriers)
    rivals = [o for o in quantities if o is not q and lo <= o.start < hi and ctx.vocab.accepts(metric, o)]
    if after:
        if len(gap) > 40 or crossed or any(not _LIST.fullmatch(text, q.end, o.start) for o in rivals):
            return None
        return len(gap) + 5 + 50 * len(rivals)
    owner = [
        o for o in quantities if o is not q and 0 <= hit.start - o.end <= 3 and ctx.vocab.accepts(metric, o)
    ]
    return len(gap) + 300 * crossed + 300 * len(rivals) + 300 * len(owner)


def _entity(
    q: Quantity, metric: str, text: str, mentions: list[Mention], clause: tuple[int, int], ctx: Context
) -> Entity | None:
    """The entity the figure is about, by the metric's entity type."""
    types = ctx.types_for(metric)
    scored = [
        (cost, m.entity)
        for m in mentions
        if m.entity.type in types
        if (cost := _mention_cost(q, m, text, clause)) is not None
    ]
    anaphor = _anaphor(q, text, clause, ctx, types, [m for m in mentions if m.end <= q.start])
    if anaphor is not None:
        scored.append(anaphor)
    if not scored:
        return None
    cost, entity = min(scored, key=lambda item: item[0])
    return entity if cost < 400 else None


def _mention_cost(q: Quantity, m: Mention, text: str, clause: tuple[int, int]) -> float | None:
    """How far a mention is from the figure; None if it cannot be what the figure is about."""
    if m.end <= q.start:
        gap = text[m.end : q.start]
        if _COMPARISON.search(text, max(m.end, clause[0]), q.start):
            return None
        if re.fullmatch(r"\s*[(:]\s*", gap):
            return 0.0
        possessive = gap.startswith(("'s", "’s"))
        return len(gap) - (20 if possessive else 0) + (150 if m.start < clause[0] else 0)
    if m.start >= q.end:
        gap = text[q.end : m.start]
        if _FOR_ENTITY.fullmatch(_unit_tail(gap)):
            return 0.0
        if (
            len(gap) > 25
            or m.start > clause[1]
            or re.search(r"[,;]|\b(?:with|than|to|versus|vs|against|over|and|or)\b", gap, re.I)
        ):
            return None
        return 100.0 + len(gap)
    return None


def _unit_tail(gap: str) -> str:
    """What follows a figure once unit words are skipped (``per million tokens for``)."""
    return re.sub(r"^\s*(?:per\s+\S+\s+tokens?|tokens?)", "", gap, flags=re.I)


def _anaphor(
    q: Quantity,
    text: str,
    clause: tuple[int, int],
    ctx: Context,
    types: tuple[str, ...],
    before: list[Mention],
) -> tuple[float, Entity] | None:
    """``its`` / ``the company's`` before the figure: whom it refers back to."""
    found = list(_ANAPHOR.finditer(text, clause[0], q.start))
    if not found:
        return None
    for kind in types:
        entity = ctx.antecedent(kind, before)
        if entity is not None:
            return float(q.start - found[-1].end()), entity
    return None


def _period(
    q: Quantity, text: str, periods: list[Period], clause: tuple[int, int]
) -> tuple[str | None, bool]:
    """The nearest period in the clause; ``by 2028`` makes a projection."""
    near = [p for p in periods if clause[0] <= p.start and p.end <= clause[1]]
    if not near:
        return None, False
    p = min(near, key=lambda p: min(abs(p.start - q.end), abs(q.start - p.end)))
    return p.period, bool(_TARGET_YEAR.search(text, 0, p.start)) and p.start > q.end


def _variant(
    q: Quantity,
    entity: Entity,
    text: str,
    mentions: list[Mention],
    clause: tuple[int, int],
    ctx: Context,
    metric: str,
) -> str | None:
    """A variant named with the entity (``GLM-4 MoE``), or the architecture a parameter count is of."""
    for m in mentions:
        if m.entity == entity:
            variant, _ = ctx.registry.variant_after(text, m.end)
            if variant:
                return variant
    if metric.startswith("params"):
        words = re.findall(r"[A-Za-z-]+", text[clause[0] : q.start])
        for phrase in words + [" ".join(pair) for pair in pairwise(words)]:
            variant = ctx.registry.variant_word(phrase)
            if variant:
                return variant
    return None


def _price_kind(q: Quantity, text: str, clause: tuple[int, int]) -> str:
    before = list(_KIND.finditer(text, max(clause[0], q.start - 30), q.start))
    m = _KIND.search(q.text) or (before[-1] if before else None)
    if not m:
        return "unspecified"
    return {"prompt": "input", "completion": "output"}.get(m.group(1).lower(), m.group(1).lower())
