"""What a table header, row label or caption says: metric, entity, period, units, setting, role.

``Revenue ($B)`` is revenue in billions of dollars; ``Cost/1M tokens (CNY)`` a price in yuan per
million tokens; ``2025 (Est.)`` an estimate for 2025; ``GLM-4 (Dense)`` the dense variant of GLM-4;
``GLM-5 (rumored)`` a rumour; ``MMLU-Pro (5-shot)`` a benchmark under a setting; ``Shots`` or
``Setting`` a column describing the evaluation; ``INT4`` a quantisation; ``7B Params`` a size;
``Total`` the whole of the rows above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.entities.registry import Mention
from claimcheck.extract import price_kinds, qualifiers
from claimcheck.extract.context import QUANT as _QUANT
from claimcheck.extract.context import Context
from claimcheck.extract.periods import Period, find_periods
from claimcheck.model import Quantity
from claimcheck.quantities import currencies
from claimcheck.quantities.numbers import SCALES, scaled
from claimcheck.vocabulary import metric_id

# A currency a label names: any symbol, ISO code (in capitals: "PHP" may be a programming
# language's row) or name the amounts' reader knows ("(₹ crore)", "(Rs lakh)", "(CHF m)").
_SYMBOLS = sorted((s for s in currencies.DEFAULT_SYMBOLS if not s.isalpha()), key=len, reverse=True)
_CURRENCY = re.compile(
    "|".join(
        [re.escape(s) for s in _SYMBOLS]
        + [rf"(?-i:\b(?:{'|'.join([*currencies.ISO_CODES, 'RMB', 'Rs'])})\b\.?)"]
        + [rf"\b{re.escape(name)}\b" for name in sorted(currencies.NAMES, key=len, reverse=True)]
    ),
    re.I,
)
_SCALE = re.compile(
    # "($/M)", "(USD per M)": per a million tokens, no scale of the amount
    r"(?<![\d./])(?<!/\s)(?<!per\s)(?:\$|USD|CNY|RMB|¥|₹|INR|Rs\.?|\bin\s)?\s?"
    r"(?P<s>(?i:bn|mn|billions?|millions?|trillions?|thousands?|crores?|lakhs?)|[BMKT]|Cr"
    # "(€m)", "(USD m)", "(EUR m)": a lone "m" only after a currency sign or code
    r"|(?<=[$€£¥₹])m|(?<=[$€£¥₹]\s)m|(?<=\b[A-Z]{3})m|(?<=\b[A-Z]{3}\s)m)"
    r"(?=\s*[)/,]|\s*$|\s+(?:USD|CNY|RMB|of\b))",
)
# Header words that say what a column holds rather than naming a value.
_TYPES = {
    "model": "model, models, llm, system, product, repository, repo, checkpoint, flagship model, "
    "model variant, 模型, 模型名称, 产品",
    "org": "company, companies, provider, lab, firm, organization, organisation, startup, vendor, developer, "
    "公司, 厂商",
    "metric": "benchmark, benchmarks, task, tasks, eval, evaluation, dataset, test, metric, metrics, "
    "item, line, limit, limits, spec, specs, parameter, measure, attribute, attributes, property, "
    "properties, field, detail, details, specification, key, 指标, 基准",
    "category": "category, domain, area, capability, capabilities, type, group",
    "setting": "shots, shot, setting, settings, mode, prompting, # shots, n-shot",
    "segment": "segment, segments, division, divisions, region, regions, business, unit, units, channel",
    "variant": "precision, quantization, quantisation, format, dtype, build",
    "period": "year, period, quarter, fiscal year",
}
TYPE_WORDS = {word.strip(): role for role, words in _TYPES.items() for word in words.split(",")}
# "7B Params", "8B Instruct": a model's size, and the variant it may name beside it
_SIZE = re.compile(
    r"^(?P<size>\d+(?:\.\d+)?[BMK])(?:\s+(?:params?|parameters?|model))?(?:\s+(?P<v>[A-Za-z][\w-]*))?$", re.I
)
_TOTAL = re.compile(
    r"(?i)^(?:total|totals|all|overall|company|group|whole group|consolidated|group total|total revenue)$"
)
_PER_TOKEN = re.compile(
    r"(?:per|/)\s*(?:1\s?|one\s)?(?P<t>M|million|K|k|thousand|1,000)\s*(?:tokens?|tok)?\b", re.I
)
_HEDGE_WORDS = {
    "est": "estimate",
    "est.": "estimate",
    "estimated": "estimate",
    "estimate": "estimate",
    "rumored": "rumored",
    "rumoured": "rumored",
    "projected": "projected",
    "forecast": "projected",
    "expected": "projected",
    "reported": "reported",
}
_PAREN = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Hints:
    """Units a label gives the values under it."""

    currency: str | None = None
    scale: float = 1.0
    scale_word: str | None = None
    per_token: str | None = None
    price_kind: str | None = None


@dataclass(frozen=True)
class Label:
    """A header cell or row label, understood."""

    text: str
    metric: str | None
    mentions: tuple[Mention, ...]
    period: Period | None
    hints: Hints
    hedges: tuple[str, ...]
    variant: str | None
    remainder: str
    setting: str | None = None
    role: str | None = None  # what a header cell says its column holds (TYPE_WORDS)
    quant: str | None = None  # a quantisation or precision (INT4, FP8)
    size: str | None = None  # a model size (7B)
    total: bool = False
    named_metric: str | None = None  # a metric the label names that the vocabulary does not know


def analyse(text: str, ctx: Context) -> Label:
    """Read a label."""
    hits = ctx.vocab.hits(text)
    top = max(hits, key=lambda h: h.end - h.start) if hits else None
    metric = (
        ctx.vocab.qualified(qualifiers.adjusted(top.metrics[0], text[: top.start]), text) if top else None
    )
    mentions = tuple(m for m in ctx.names_in(text) if m.entity.type in ("org", "model", "product", "name"))
    # (a year inside a benchmark's name, "AIME 2024", is its edition, no period)
    periods = [p for p in find_periods(text, ctx.date) if not any(h.start <= p.start < h.end for h in hits)]
    hedges = [h for w in re.findall(r"[A-Za-z.]+", text) if (h := _HEDGE_WORDS.get(w.lower()))]
    hedges += [p.hedge for p in periods if p.hedge]
    variant = ctx.registry.variant_in_brackets(text)
    for mention in mentions:
        variant = variant or ctx.registry.variant_after(text, mention.end)[0]
    spans = (
        [(h.start, h.end) for h in hits]
        + [(m.start, m.end) for m in mentions]
        + [(p.start, p.end) for p in periods]
    )
    plain = _plain(text).rstrip(":")
    size = _SIZE.match(plain)
    if size and size["v"]:
        named = ctx.registry.variant_word(size["v"])
        size, variant = (size, variant or named) if named else (None, variant)
    hints = _hints(text, ctx)
    if metric is None and hints.currency and hints.per_token:
        metric = "price_per_mtok"  # "Input ($/M tokens)": money per tokens is a price, however worded
    return Label(
        text=text,
        metric=None if size else metric,  # "7B Params" names a model's size, not what its cells measure
        mentions=mentions,
        period=periods[0] if periods else None,
        hints=hints,
        hedges=tuple(dict.fromkeys(hedges)),
        variant=variant,
        remainder=_remainder(text, spans, ctx),
        setting=qualifiers.setting(text) or qualifiers.tier(text),
        role=TYPE_WORDS.get(re.sub(r"\s*\([^)]*\)", "", plain).lower()),
        quant=plain.upper() if _QUANT.match(plain) else None,
        size=size.group("size").upper() if size else None,
        total=bool(_TOTAL.match(plain)),
        named_metric=_named_metric(plain, metric, mentions, periods),
    )


# "Chat and Instruct models", "Pay-as-you-go", "Standard rates": headers that group, not measure.
_NOT_A_MEASURE = re.compile(
    r"(?i)\b(?:and|or|vs\.?|models?|variants?|sizes?|versions?|tiers?|rates?|pay[\s-]as[\s-]you[\s-]go|"
    r"chat|instruct|base|standard|cached|batch|legacy|plan|plans|experts?|layers?|(?:attention\s+|kv\s+)?heads)\b|&"
)
_NOT_A_METRIC = re.compile(
    r"(?i)^(?:score|scores|value|values|result|results|notes?|comments?|source|status|n/a|—|-"
    # a heading over a table of several measures: "The Numbers", "Key figures", "At a glance"
    r"|(?:the\s+|key\s+|our\s+|headline\s+)?(?:numbers|figures|data|stats|statistics|metrics|facts|highlights"
    r"|comparison|overview|summary|benchmarks|specs|specifications)|at\s+a\s+glance"
    r"|(?:price\s+)?(?:input|output|prompt|completion)(?:\s+(?:price|tokens?|cost))?)$"
)


def _plain(text: str) -> str:
    """A label without its markdown emphasis, heading and footnote marks (``**Group total²**``)."""
    return re.sub(r"[*_`#¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]+", "", text).strip()


def holds_values(text: str) -> bool:
    """Whether a header only says its cells are values (``Value``, ``Score``, ``The Numbers``)."""
    return bool(_NOT_A_METRIC.match(_plain(text)))


def _named_metric(
    plain: str, metric: str | None, mentions: tuple[Mention, ...], periods: list[Period]
) -> str | None:
    """A metric a header names that the vocabulary does not know (``Weights on disk``, ``XBench``)."""
    if metric or mentions or periods or not re.search(r"[A-Za-z]", plain):
        return None
    if re.search(
        r"(?i)\b(?:average|mean|median)\b|\bper\s+(?:customer|user|employee|head|capita|seat|client)", plain
    ):
        return None  # a ratio over something else ("Average spend (per customer)")
    name = re.sub(r"\s*\([^)]*\)|\s+(?:EM|Acc\.?|F1|accuracy|score)$", "", plain, flags=re.I).strip()
    if (
        not name
        or _NOT_A_METRIC.match(name)
        or _NOT_A_MEASURE.search(name)
        or len(name.split()) > 4
        or name.lower() in TYPE_WORDS
        or _QUANT.match(name)
        or _SIZE.match(name)
    ):
        return None
    if qualifiers.setting(name) and not re.sub(r"(?i)\d+[\s-]shots?|pass@\d+|maj@\d+|cot", "", name).strip():
        return None
    return metric_id(name)


def _hints(text: str, ctx: Context) -> Hints:
    cur = _CURRENCY.search(text)
    currency = currencies.resolve(cur.group(), ctx.symbols) if cur else None
    scale = _SCALE.search(" ".join(_PAREN.findall(text)) or "")
    word = scale.group("s") if scale else None
    per_token = per_token_of(text)
    return Hints(
        currency=currency,
        scale=SCALES[_singular(word)] if word else 1.0,
        scale_word=word,
        per_token=per_token,
        price_kind=price_kinds.named_in(text),
    )


def per_token_of(text: str) -> str | None:
    """The token count a text states prices per (``per 1M tokens``: ``Mtok``), if any."""
    per = _PER_TOKEN.search(text)
    if per is None:
        return None
    return "ktok" if per.group("t").lower() in ("k", "thousand", "1,000") else "Mtok"


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in SCALES else word


def _remainder(text: str, spans: list[tuple[int, int]], ctx: Context) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    left = _PAREN.sub(" ", "".join(chars))
    words = [w for w in re.findall(r"[\w'’-]+", left) if w.lower() not in ctx.vocab.filler]
    return " ".join(words)


def apply_hints(q: Quantity, hints: Hints, kind: str) -> Quantity:
    """Give a cell's value the unit and scale its header states (``Revenue ($B)`` | ``1.8``)."""
    unit = q.unit or (hints.currency if kind in ("money", "price") else None)
    if kind == "price" and unit in currencies.ISO_CODES:
        unit = f"{unit}/{hints.per_token or 'Mtok'}"
    if q.scale is not None or hints.scale == 1.0 or kind in ("score", "percent"):
        return replace(q, unit=unit)

    def bound(v: float | None) -> float | None:
        return None if v is None else scaled(v, hints.scale)

    return replace(
        q,
        value=scaled(q.value, hints.scale),
        low=bound(q.low),
        high=bound(q.high),
        precision=scaled(q.precision, hints.scale),
        unit=unit,
        scale=hints.scale_word,
    )
