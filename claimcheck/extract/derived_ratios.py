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
from claimcheck.vocabulary import Hit

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
    r"\s*(?:times\s+|-?fold\s+)?"
    r"(?:its\s+|their\s+|the\s+)?(?:[a-z\d]+\s+){0,2}?(?P<b>revenue|sales)\b",
    re.I,
)
_WORD_MULTIPLE = re.compile(
    r"\b(?:(?P<hedge>nearly|almost|about|roughly|around|some|more\s+than|over|less\s+than)\s+)?"
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!other\s)"
    r"(?P<word>twice|double|triple|quadruple|half|(?:a|one)[\s-](?:third|quarter|fifth|sixth|tenth)|"
    r"two[\s-]thirds|three[\s-]quarters)\b(?=\s+(?:the|that|those|as|its|their|what|of)\b)",
    re.I,
)
_WORD_VALUES = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "quadruple": 4.0,
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "fifth": 0.2,
    "sixth": 1 / 6,
    "tenth": 0.1,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
}
_MORE = re.compile(
    r"\s*(?:higher|more|greater|larger|bigger|costlier|more\s+expensive|pricier|faster|better)\s+than\b", re.I
)
_LESS = re.compile(
    r"\s*(?:cheaper|lower|less|smaller|fewer|slower|less\s+expensive)\s+than\b"
    r"|\s*(?:reduction|cut|drop|decrease)\s+in\b.*?\b(?:compared\s+(?:to|with)|versus|vs\.?|than|over)\b",
    re.I,
)
_THAT_OF = re.compile(
    r"\s*(?:that\s+of|those\s+of|as\s+(?:much|large|high|big|expensive|costly|many)(?:\s+\w+){0,2}?\s+as"
    r"|the\s+\w+(?:\s+\w+)?\s+of|of)\b",
    re.I,
)
_PRICE_WORDS = re.compile(r"\s*(?:cheaper|costlier|pricier|more\s+expensive|less\s+expensive)\b", re.I)
_PCT_LESS = re.compile(r"\s+(?:lower|cheaper|less|smaller|fewer|below)\b", re.I)
_PCT_MORE = re.compile(r"\s+(?:higher|more|greater|larger|costlier|above|pricier)\b", re.I)
_LEVEL = re.compile(r"(?:near-|close-to-)?(?P<name>[A-Z][\w.]*(?:-[\w.]+)*?)-(?:level|grade)\b")
_POINTS_THAN = re.compile(
    r"\s+(?:higher|lower|more|less|better|worse|ahead|behind|above|below)(?:\s+than|\s+of)?\s+", re.I
)
_DIFF_VERB = re.compile(
    r"\b(?:outperform\w*|lead\w*|trail\w*|lag\w*|beat\w*|ahead|behind|higher|lower|better|worse|tops?|"
    r"edg\w*|surpass\w*|improv\w*|gain\w*)\b",
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
        word = re.sub(r"[\s-]+", " ", m.group("word").lower())
        value = _WORD_VALUES.get(word) or _WORD_VALUES[word.split()[-1]]
        hedge = (m.group("hedge") or "").lower()
        low, high = value, value
        hedges: tuple[str, ...] = (
            ("approximate",) if hedge in ("nearly", "almost", "about", "roughly", "around", "some") else ()
        )
        if hedge in ("more than", "over"):
            high, hedges = None, ("lower_bound",)
        elif hedge == "less than":
            low, hedges = None, ("upper_bound",)
        precision = value * 0.1 if value < 1 else 0.25
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
    if not entities and p.article.subject is not None and not any(m.entity.type in types for m in p.mentions):
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
            (
                # A multiple of revenue is of a year's revenue, never a quarter's.
                Operand("a", _names(e), pair[0], figure=_written(p, pair[0], len(each)), annual=True),
                Operand("b", _names(e), pair[1], figure=_written(p, pair[1], len(each)), annual=True),
            ),
            f.start,
            untied,
        )
        for e in each
    ]


_VALUE_CUE = re.compile(r"\b(?:values|valuing|valued|worth|priced)\b(?:\s+\w+){0,2}?\s+at\b|\bworth\b", re.I)


def _written(p: Prose, metric: str, entities: int) -> Bound | None:
    """The one figure the sentence gives for a metric (``market capitalisation of €9.8 billion``,
    ``$3.4 billion in annual revenue``), used when the article makes no claim of it."""
    if entities != 1:
        return None
    found = []
    cues = [(m.start(), m.end()) for m in _VALUE_CUE.finditer(p.text)] if metric == "valuation" else []
    for hit in [*p.hits, *(Hit(s, e, ("valuation",), "") for s, e in cues)]:
        if metric not in hit.metrics:
            continue
        for q in p.quantities:
            if q.unit is None or not q.unit[:3].isupper():
                continue
            after = p.text[hit.end : q.start] if q.start >= hit.end else None
            before = p.text[q.end : hit.start] if q.end <= hit.start else None
            if (after is not None and re.fullmatch(r"[^\d;]{0,25}", after)) or (
                before is not None and re.fullmatch(r"\s+(?:in|of)\s+(?:\w+\s+)?", before)
            ):
                found.append(q)
    unique = {q.start: q for q in found}
    return Bound.of(next(iter(unique.values()))) if len(unique) == 1 else None


def _comparison(p: Prose, f: Figure) -> Derived:
    """A multiple of another entity's figure, or a multiple the article gives no comparison for."""
    rest = p.text[f.end :]
    relation, tail = "times", None
    for pattern, name in ((_MORE, "times_more"), (_LESS, "times_less"), (_THAT_OF, "times")):
        tail = pattern.match(rest)
        if tail:
            relation = name
            break
    metric = p.metric_near(f.start, f.end)
    if metric is None and _PRICE_WORDS.match(rest):
        metric = "price_per_mtok"  # "5x cheaper than Orca-2"
    types = p.types_for(metric)
    other = p.compared_with(f.end + tail.end(), types, marked=True) if tail else None
    if other is None and tail is None:
        direct = re.match(r"\s*(?:times\b|x\b)?\s*", rest, re.I)
        other = p.compared_with(f.end + direct.end(), types, marked=True) if direct else None
    subject = p.subject(f.start, types)
    untied = _why_untied(metric, subject, other, other is not None)
    if re.search(r"\bon\s+a\s+relative\s+basis\b", rest, re.I):
        untied = "a ratio of ratios (on a relative basis)"
    variant = p.variant_of(subject[0]) if len(subject) == 1 else None
    segment = p.segment_at(f.start, f.end)
    operands = (
        Operand("a", _names(subject), metric, variant=variant, segment=segment),
        Operand("b", (other.entity.name,) if other else (), metric, segment=segment),
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
    segment = p.segment_at(f.start, f.end)
    operands = (
        Operand("a", _names(subject), metric, variant=variant, segment=segment),
        Operand("b", (other.name,) if other else (), metric, segment=segment),
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
    after = _POINTS_THAN.match(p.text, f.end)
    if after:
        return [_points_than(p, f, after.end())]
    if not re.search(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?$", p.text[: f.start], re.I):
        return []
    verbs = list(_DIFF_VERB.finditer(p.text, begin, f.start))
    if not verbs:
        return []
    metric = p.metric_near(f.start, f.end, accept=tuple(_score_metrics(p)), prefer="before")
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


def _points_than(p: Prose, f: Figure, end: int) -> Derived:
    """``Gar-3-70B's HumanEval score is 12.4 points higher than Pike-2-14B's``."""
    metric = p.metric_near(f.start, f.end, accept=tuple(_score_metrics(p)), prefer="before")
    types = p.types_for(metric)
    rival = p.compared_with(end, types, marked=True)
    subject = p.subject(f.start, types)
    operands = (
        Operand("a", _names(subject), metric),
        Operand("b", (rival.entity.name,) if rival else (), metric),
    )
    return p.derived(
        "ratio", "difference", f.bound, operands, f.start, _why_untied(metric, subject, rival, True)
    )


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
