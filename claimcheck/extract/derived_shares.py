"""Totals and shares in prose.

- shares of one whole: ``enterprise contracts (72% of revenue) and API services (28%)`` sum to at
  most 100 (exactly 100 when the sentence splits the whole: ``the rest``, ``split``);
- a part and its whole: ``raised over $15 billion, with Zhipu accounting for $3 billion of that``;
- a total of parts: ``cloud ($2.1B), devices ($1.4B) and ads ($0.5B) totalled $4.0B``, or of the
  named entities' figures: ``Acme and Bolt have a combined valuation of $9 billion``;
- a share of something the article gives no figures for (``40% of queries``) is counted, untied.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.extract.derived_context import Prose
from claimcheck.extract.derived_conversions import money_parts, same_breath
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.model import Quantity

_SHARE_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|total\s+|all\s+)*(?P<whole>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I
)
_OR_BEFORE = re.compile(r"\s*,?\s*(?:or|equal\s+to|representing|about|some)\s+", re.I)
_EXHAUSTIVE = re.compile(
    r"\b(?:the\s+rest|remaining|remainder|split|divided|broken\s+down|breakdown)\b", re.I
)
_PART_OF_WHOLE = re.compile(r"^\s*(?:of\s+(?:that|this|it|which|the\s+total|the\s+sum)|of\s+those)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:led|ed|ing|s)?|combined|together|in\s+all|altogether|sum\s+of|add(?:s|ed)?\s+up\s+to|"
    r"adding\s+up\s+to)\s+(?:of\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+|an?\s+)?(?:\w+\s+){0,2}?$",
    re.I,
)


def _plain_percents(p: Prose, taken: set[int]) -> list[Quantity]:
    """Percentages no other reader took (not growth, not ``of GPT-4's``)."""
    return [q for q in p.quantities if q.unit == "%" and q.start not in taken and not p.hypothetical(q.start)]


def _shares(p: Prose, taken: set[int]) -> list[Derived]:
    percents = _plain_percents(p, taken)
    wholes = [(q, _SHARE_OF.match(p.text, q.end)) for q in percents]
    named = [(q, m) for q, m in wholes if m]
    if not named:
        return []
    parallel = [q for q in percents if q.start >= named[0][0].start]
    if len(parallel) >= 2 and _listed(p, parallel):
        exhaustive = bool(_EXHAUSTIVE.search(p.text))
        # The statement is the parts themselves: together they are (at most) the whole.
        named_parts = " + ".join(q.text for q in parallel)
        stated = Bound(100.0, 100.0 if exhaustive else None, 100.0, "%", 0.0, (), named_parts)
        operands = tuple(Operand("part", figure=Bound.of(q)) for q in parallel)
        return [p.derived("share", "sum", stated, operands, parallel[0].start)]
    return [_share_of_metric(p, q, m) for q, m in named]


def _share_of_metric(p: Prose, q: Quantity, whole: re.Match[str]) -> Derived:
    """``operating profit was €96 million, or 19% of revenue``: the figure before over the metric named."""
    metrics = [m for h in p.article.vocab.hits(whole.group("whole")) for m in h.metrics]
    part = next(
        (x for x in p.quantities if x.end <= q.start and _OR_BEFORE.fullmatch(p.text, x.end, q.start)), None
    )
    if not metrics or part is None or not money_parts(part.unit):
        untied = "a share of a whole the article gives no figures for"
        return p.derived("share", "percent_of", Bound.of(q), (), q.start, untied)
    metric = metrics[0]
    entities = p.subject(q.start, p.types_for(metric)) or ((p.article.subject,) if p.article.subject else ())
    operands = (Operand("a", figure=Bound.of(part)), Operand("b", tuple(e.name for e in entities), metric))
    return p.derived("percent", "percent_of", Bound.of(q), operands, q.start)


def _listed(p: Prose, percents: list[Quantity]) -> bool:
    """Parallel shares: consecutive percentages joined by brackets, commas and ``and``."""
    for a, b in itertools.pairwise(percents):
        gap = p.text[a.end : b.start]
        if len(gap) > 60 or re.search(r"\d|[;.]", gap) or not re.search(r",|\band\b|\bwhile\b", gap):
            return False
    return True


def _part_of_whole(p: Prose) -> list[Derived]:
    out = []
    amounts = [q for q in p.quantities if money_parts(q.unit)]
    for i, q in enumerate(amounts):
        if not _PART_OF_WHOLE.match(p.text[q.end :]):
            continue
        wholes = [w for w in amounts[:i] if money_parts(w.unit) == money_parts(q.unit)]
        if wholes:
            w = wholes[-1]
            whole = Bound(w.value, None, w.high, w.unit, w.precision, w.hedges, w.text, w.scale)
            out.append(p.derived("total", "sum", whole, (Operand("part", figure=Bound.of(q)),), q.start))
    return out


def _totals(p: Prose) -> list[Derived]:
    out = []
    amounts = [q for q in p.quantities if money_parts(q.unit) or (q.unit is None and q.value >= 100)]
    restated = {b.start for a, b in itertools.pairwise(amounts) if same_breath(p.text, a, b)}
    amounts = [q for q in amounts if q.start not in restated]
    for q in amounts:
        if not _TOTAL_BEFORE.search(p.text, max(0, q.start - 40), q.start) or p.hypothetical(q.start):
            continue
        parts = [x for x in amounts if x is not q and x.unit == q.unit]
        if len(parts) >= 2:
            operands = tuple(Operand("part", figure=Bound.of(x)) for x in parts)
            out.append(p.derived("total", "sum", Bound.of(q), operands, q.start))
            continue
        metric = p.metric_near(q.start, q.end)
        entities = p.subject(q.start, p.types_for(metric))
        if len(entities) >= 2 and metric:
            operands = tuple(Operand("part", (e.name,), metric) for e in entities)
            out.append(p.derived("total", "sum", Bound.of(q), operands, q.start))
    return out


def shares(p: Prose, taken: set[int]) -> list[Derived]:
    """Every share, part-of-whole and total of a sentence; ``taken`` are offsets other readers read."""
    return _shares(p, taken) + _part_of_whole(p) + _totals(p)
