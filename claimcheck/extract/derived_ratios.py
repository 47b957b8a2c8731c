"""Ratios, multiples, percent-of, percent-lower and differences in prose.

- a ratio of two metrics: ``valuation-to-revenue ratio is 125x``, ``a P/S ratio of ~23x``,
  ``revenue multiples of 80-160x``, ``trades at 30x revenue``;
- a multiple of another entity's figure: ``5x higher than DeepSeek-V2's``, ``nearly 3x that of
  Baidu's``, ``half the price of``, ``a 4x reduction in cost compared to``;
- a percentage of it: ``88% of GPT-4's MMLU performance``, ``less than 3% of GPT-4o per token``,
  ``at 84% lower inference cost``;
- a difference in points: ``outperforming GPT-4o and Claude 3.5 ... by 2-3 points``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.entities.registry import Entity
from claimcheck.extract.derived_context import Prose
from claimcheck.extract.derived_model import Bound, Derived, Operand

# Ratio names: (numerator metric, denominator metric) and the words that name them.
_PAIR_WORDS = {
    "valuation": "valuation",
    "price": "valuation",
    "p": "valuation",
    "market cap": "valuation",
    "market-cap": "valuation",
    "ev": "valuation",
    "enterprise value": "valuation",
    "revenue": "revenue",
    "sales": "revenue",
    "s": "revenue",
    "funding": "funding",
}
_PAIR_WORD = "|".join(sorted((re.escape(w) for w in _PAIR_WORDS), key=len, reverse=True))
_RATIO_NAME = re.compile(
    rf"\b(?P<a>{_PAIR_WORD})\s*(?:-to-|\s+to\s+|/)\s*(?P<b>{_PAIR_WORD})\b(?:\s+(?:ratio|multiple)s?)?"
    rf"|\b(?P<m>revenue|sales)\s+multiples?\b",
    re.I,
)
_TIMES_METRIC = re.compile(
    r"\s*(?:its\s+|their\s+|the\s+)?(?:annual\s+|forward\s+|trailing\s+)?(?P<b>revenue|sales)\b", re.I
)
_WORD_MULTIPLE = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|about|roughly|around|some|more\s+than|over|less\s+than)\s+)?"
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!other\s)"
    r"(?P<word>twice|double|triple|quadruple|half)\b(?=\s+(?:the|that|those|as|its|their|what|of)\b)",
    re.I,
)
_WORD_VALUES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0, "half": 0.5}
_MORE = re.compile(
    r"\s*(?:higher|more|greater|larger|bigger|costlier|more\s+expensive|pricier|faster|better)\s+than\b", re.I
)
_LESS = re.compile(
    r"\s*(?:cheaper|lower|less|smaller|fewer|slower|less\s+expensive)\s+than\b"
    r"|\s*(?:reduction|cut|drop|decrease)\s+in\b.*?\b(?:compared\s+(?:to|with)|versus|vs\.?|than|over)\b",
    re.I,
)
_THAT_OF = re.compile(
    r"\s*(?:that\s+of|those\s+of|as\s+(?:much|large|high|big|expensive|costly|many)\s+as|the\s+\w+(?:\s+\w+)?\s+of)\b",
    re.I,
)
_PRICE_WORDS = re.compile(r"\s*(?:cheaper|costlier|pricier|more\s+expensive|less\s+expensive)\b", re.I)
_PCT_LESS = re.compile(r"\s+(?:lower|cheaper|less|smaller|fewer|below)\b", re.I)
_PCT_MORE = re.compile(r"\s+(?:higher|more|greater|larger|costlier|above|pricier)\b", re.I)
_LEVEL = re.compile(r"(?:near-|close-to-)?(?P<name>[A-Z][\w.]*(?:-[\w.]+)*?)-(?:level|grade)\b")
_DIFF_VERB = re.compile(
    r"\b(?:outperform\w*|lead\w*|trail\w*|lag\w*|beat\w*|ahead|behind|higher|lower|better|worse|tops?|"
    r"edg\w*|surpass\w*)\b",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    """A stated value found in a sentence, with its span."""

    bound: Bound
    start: int
    end: int


def multiples(p: Prose) -> list[Figure]:
    """``125x``, ``3 times``, ``2.5-fold``, ``nearly double``, ``half``: every multiple in a sentence."""
    found = []
    inside = [(m.start, m.end) for m in p.mentions]
    for q in p.quantities:
        if any(a <= q.start < b for a, b in inside):
            continue
        if q.unit == "x" or (q.unit is None and re.match(r"\s*(?:times\b|-?fold\b)", p.text[q.end :], re.I)):
            found.append(Figure(Bound.of(q), q.start, q.end))
    for m in _WORD_MULTIPLE.finditer(p.text):
        value = _WORD_VALUES[m.group("word").lower()]
        hedge = (m.group("hedge") or "").lower()
        low, high = value, value
        hedges: tuple[str, ...] = (
            ("approximate",) if hedge in ("nearly", "almost", "about", "roughly", "around", "some") else ()
        )
        if hedge in ("more than", "over"):
            high, hedges = None, ("lower_bound",)
        elif hedge == "less than":
            low, hedges = None, ("upper_bound",)
        precision = 0.05 if value < 1 else 0.5
        found.append(Figure(Bound(value, low, high, "x", precision, hedges, m.group()), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _names(entities: tuple[Entity, ...]) -> tuple[str, ...]:
    return tuple(e.name for e in entities)


def _pair_ratio(p: Prose, f: Figure) -> list[Derived]:
    """A ratio of two metrics of one entity: ``Zhipu's valuation-to-revenue ratio is 125x``."""
    _begin, stop = p.clause(f.start, f.end)
    names = [m for m in _RATIO_NAME.finditer(p.text, 0, f.start)]
    after = _TIMES_METRIC.match(p.text, f.end)
    if after:
        pair = ("valuation", _PAIR_WORDS[after.group("b").lower()])
        anchor = f.start
    elif names:
        last = names[-1]
        if last.group("m"):
            pair = ("valuation", "revenue")
        else:
            pair = (_PAIR_WORDS[last.group("a").lower()], _PAIR_WORDS[last.group("b").lower()])
        anchor = last.start()
    else:
        return []
    types = ("org",)
    owner = p.possessor(f.start, types) or p.possessor(anchor, types)
    entities = (owner.entity,) if owner else p.subject(anchor, types)
    if not entities and p.article.subject is not None and not p.mentions:
        entities = (p.article.subject,)
    untied = None if entities else "no entity named for the ratio"
    if re.search(r"\bon\s+a\s+relative\s+basis\b", p.text[f.end : stop], re.I):
        untied = "a ratio of ratios (on a relative basis)"
    # "Their valuations imply revenue multiples of 80-160x": each entity's ratio, not their sum's.
    each = [(e,) for e in entities] if len(entities) > 1 and not p.combined(anchor) else [entities]
    return [
        p.derived(
            "ratio",
            "ratio",
            f.bound,
            (Operand("a", _names(e), pair[0]), Operand("b", _names(e), pair[1])),
            f.start,
            untied,
        )
        for e in each
    ]


def _comparison(p: Prose, f: Figure) -> Derived:
    """A multiple of another entity's figure, or a multiple the article gives no comparison for."""
    rest = p.text[f.end :]
    if _MORE.match(rest):
        relation, tail = "times_more", _MORE.match(rest)
    elif _LESS.match(rest):
        relation, tail = "times_less", _LESS.match(rest)
    elif _THAT_OF.match(rest):
        relation, tail = "times", _THAT_OF.match(rest)
    else:
        relation, tail = "times", None
    metric = p.metric_near(f.start, f.end)
    if metric is None and _PRICE_WORDS.match(rest):
        metric = "price_per_mtok"  # "5x cheaper than Orca-2"
    types = p.types_for(metric)
    other = p.compared_with(f.end + tail.end(), types, marked=True) if tail else None
    subject = p.subject(f.start, types)
    untied = _why_untied(metric, subject, other, tail is not None)
    if re.search(r"\bon\s+a\s+relative\s+basis\b", rest, re.I):
        untied = "a ratio of ratios (on a relative basis)"
    variant = p.variant_of(subject[0]) if len(subject) == 1 else None
    operands = (
        Operand("a", _names(subject), metric, variant=variant),
        Operand("b", (other.entity.name,) if other else (), metric),
    )
    return p.derived("ratio", relation, f.bound, operands, f.start, untied)


def _why_untied(metric: str | None, subject: tuple[Entity, ...], other: object, compared: bool) -> str | None:
    if not compared or other is None:
        return "nothing named to compare with"
    if metric is None:
        return "no metric named"
    if not subject:
        return "no subject named"
    return None


def _percent(p: Prose, f: Figure, carried: Entity | None) -> tuple[Derived | None, Entity | None]:
    """``88% of GPT-4's MMLU``, ``at 84% lower inference cost``; the last ``of`` name is carried on."""
    rest = p.text[f.end :]
    level = None
    if re.match(r"\s+of\b", rest):
        relation, offset = "percent_of", re.match(r"\s+of\b", rest).end()
    elif _PCT_LESS.match(rest) or _PCT_MORE.match(rest):
        relation = "percent_less" if _PCT_LESS.match(rest) else "percent_more"
        offset = (_PCT_LESS.match(rest) or _PCT_MORE.match(rest)).end()
        level = _level_name(p, f.start)
    else:
        return None, carried
    metric = p.metric_near(f.start, f.end)
    if metric is None and _PRICE_WORDS.match(rest):
        metric = "price_per_mtok"  # "60% cheaper than Orca-2 per token"
    types = p.types_for(metric)
    named = p.compared_with(f.end, types) or p.compared_with(f.end + offset, types, marked=True)
    other = named.entity if named else level
    if other is None and relation == "percent_of":
        if carried is None or not re.match(r"\s+of\s+(?:the\s+|its\s+)", rest):
            return None, carried  # a share of something else (``72% of revenue``): read as a share
        other = carried
    subject = p.subject(f.start, types)
    untied = _why_untied(metric, subject, other, True)
    variant = p.variant_of(subject[0]) if len(subject) == 1 else None
    operands = (
        Operand("a", _names(subject), metric, variant=variant),
        Operand("b", (other.name,) if other else (), metric),
    )
    return p.derived("percent", relation, f.bound, operands, f.start, untied), other


def _level_name(p: Prose, before: int) -> Entity | None:
    """``near-GPT-4o-level accuracy at 84% lower cost``: the model the level is named for."""
    found = [m for m in _LEVEL.finditer(p.text, 0, before)]
    if not found:
        return None
    name = found[-1].group("name")
    mentions = p.article.registry.mentions(name)
    return mentions[0].entity if len(mentions) == 1 and mentions[0].surface == name else None


def _differences(p: Prose, f: Figure) -> list[Derived]:
    """``outperforming GPT-4o and Claude 3.5 on Chinese benchmarks by 2-3 points``: one per rival."""
    begin, _ = p.clause(f.start, f.end)
    if not re.search(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?$", p.text[: f.start], re.I):
        return []
    verbs = list(_DIFF_VERB.finditer(p.text, begin, f.start))
    if not verbs:
        return []
    metric = p.metric_near(f.start, f.end, accept=tuple(_score_metrics(p)))
    types = p.types_for(metric)
    rivals = p.named_between(verbs[-1].end(), f.start, types)
    subject = p.subject(verbs[-1].start(), types)
    if not rivals:
        operands = (Operand("a", _names(subject), metric), Operand("b", (), metric))
        return [p.derived("ratio", "difference", f.bound, operands, f.start, "nothing named to compare with")]
    out = []
    for rival in rivals:
        operands = (Operand("a", _names(subject), metric), Operand("b", (rival.entity.name,), metric))
        untied = _why_untied(metric, subject, rival, True)
        out.append(p.derived("ratio", "difference", f.bound, operands, f.start, untied))
    return out


def _score_metrics(p: Prose) -> list[str]:
    return [m.id for m in p.article.vocab.metrics.values() if m.kind == "score"]


def ratios(p: Prose) -> list[Derived]:
    """Every ratio, multiple, percent-of, percent-lower and points difference of a sentence."""
    out: list[Derived] = []
    for f in multiples(p):
        if p.hypothetical(f.start):
            continue
        out += _pair_ratio(p, f) or [_comparison(p, f)]
    carried: Entity | None = None
    for q in p.quantities:
        figure = Figure(Bound.of(q), q.start, q.end)
        if p.hypothetical(q.start):
            continue
        if q.unit == "%":
            found, carried = _percent(p, figure, carried)
            out += [found] if found else []
        elif q.unit in ("points", "pp"):
            out += _differences(p, figure)
    return out
