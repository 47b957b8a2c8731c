"""The roles of a table's headers and rows, read before any cell.

Columns are label columns (entity, metric names, setting, category, segment) or value columns.
A table either has its metrics along its rows (``| Benchmark | Setting | A | B |``, ``| | 2023 |
2024 |`` under ``Key figures (in RMB millions)``) or along its columns (``| Model | MMLU |``). Each
row gets one merged label: its entity, metric, period, setting, variant and segment, with what
carries over from the rows above (a quantisation row belongs to the model above it; an ``of which``
row is a part of the metric above it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claimcheck.entities.registry import Entity
from claimcheck.extract import qualifiers
from claimcheck.extract.context import Context
from claimcheck.extract.document import Cell, Table
from claimcheck.extract.labels import Hints, Label, analyse
from claimcheck.extract.periods import find_periods
from claimcheck.extract.shape import NO_SEGMENT
from claimcheck.quantities import parse

_MEASURE_WORD = re.compile(
    r"(?i)\b(?:margin|income|profit|loss|cash|ratio|rate|growth|eps|share|cost|costs|expenses?|spending|"
    r"capex|ebitda|users|customers|employees|headcount|bookings|backlog|obligations|assets|debt|dividend)\b"
)
_PART_OF = re.compile(r"(?i)^\s*(?:of\s+which|incl(?:uding|\.)?|thereof|o/w)\s*[:,-]?\s*")


@dataclass(frozen=True)
class Column:
    """One column: its header read, and what its cells hold."""

    index: int
    header: Label
    role: str  # value, entity, metric, setting, category, segment, period, variant, text


@dataclass
class RowLabel:
    """What a row's label cells say about every value in it."""

    entities: list[Entity] = field(default_factory=list)
    metric: str | None = None
    period: str | None = None
    setting: str | None = None
    variant: str | None = None
    segment: str | None = None
    total: bool = False
    hints: Hints = field(default_factory=Hints)
    hedges: tuple[str, ...] = ()
    price_kind: str | None = None
    labels: tuple[Label, ...] = ()
    date: str | None = None  # the day or month a label cell names

    @property
    def entity(self) -> Entity | None:
        return self.entities[0] if self.entities else None


def columns(table: Table, header: list[Label], ctx: Context) -> list[Column]:
    """Each column's role, from its header word and, failing that, from what its cells hold."""
    out = []
    for j, label in enumerate(header):
        cells = [row[j] for row in table.rows if j < len(row) and row[j].text]
        out.append(Column(j, label, _role(label, cells, ctx)))
    if out and all(c.role == "value" for c in out) and not all(_self_labelled(c.header) for c in out):
        out[0] = replace(out[0], role="text")  # a table must be labelled by something
    return out


def _role(label: Label, cells: list[Cell], ctx: Context) -> str:
    if not cells:
        return label.role or "text"
    settings = sum(1 for c in cells if qualifiers.setting(c.text) and _only_setting(c.text))
    if settings * 2 >= len(cells):
        return "setting"
    valued = sum(1 for c in cells if _holds_value(c.text, ctx))
    # a column a model or company heads is its values, beside a spec sheet's words ("GQA")
    spec = bool(valued) and bool(label.mentions) and label.role is None
    if (valued * 2 > len(cells) or spec) and label.role not in (
        "model",
        "org",
        "metric",
        "category",
        "segment",
        "setting",
    ):
        return "value"
    if valued == len(cells) and label.role in ("model", "org") and not label.mentions:
        return "value"  # "| Limit | Model | API |": the model's own limits beside the API's
    if label.role in ("model", "org"):
        return "entity"
    return label.role or "text"


def _self_labelled(header: Label) -> bool:
    """A header that says what its values are (``Input``, ``MMLU``, ``2024``): a table of such
    columns alone (``| Input | Output |`` under a model's heading) needs no label column."""
    return bool(header.metric or header.named_metric or header.hints.price_kind or header.period)


def _only_setting(text: str) -> bool:
    rest = re.sub(
        r"(?i)\d+[\s-]shots?|zero[\s-]shot|few[\s-]shot|pass@\d+|maj@\d+|cot|chain[\s-]of[\s-]thought",
        "",
        text,
    )
    return not re.search(r"\w", rest)


def _holds_value(text: str, ctx: Context) -> bool:
    if re.fullmatch(r"(?i)\s*(?:—|–|-|n/?a|none|yes|no|tbd|\?)\s*", text):
        return True  # an empty value still marks a value column
    if _only_a_date(text, ctx):
        return False  # "| Mar 2022 |" under "Closed": when a row's figures held, no figure itself
    return bool(parse(text, currency_symbols=ctx.symbols))


def _only_a_date(text: str, ctx: Context) -> bool:
    """Whether a cell holds a date or period and nothing else ("Mar 2022", "Q3 FY2025")."""
    rest = text
    for p in reversed(find_periods(text, ctx.date)):
        rest = rest[: p.start] + rest[p.end :]
    return rest != text and not re.search(r"\w", rest)


def metrics_along_rows(cols: list[Column], table: Table, ctx: Context) -> bool:
    """Whether the first label column names metrics (so the value columns are entities or periods)."""
    labels = [c for c in cols if c.role != "value"]
    values = [c for c in cols if c.role == "value"]
    if not labels or not values:
        return False
    if any(c.role == "metric" for c in labels):
        return True
    if all(c.header.metric or c.header.named_metric for c in values if c.header.text):
        return False
    first = labels[0].index
    named = sum(1 for row in table.rows if first < len(row) and analyse(row[first].text, ctx).metric)
    headed = sum(
        1 for c in values if c.header.period or c.header.mentions or c.header.size or _variant(c.header, ctx)
    )
    return named * 2 >= max(1, len(table.rows)) or headed * 2 > len(values)


def _variant(label: Label, ctx: Context) -> str | None:
    return label.variant or label.quant or ctx.registry.variant_word(label.text)


def row_labels(table: Table, cols: list[Column], along_rows: bool, ctx: Context) -> list[RowLabel]:
    """One merged label per row, with what carries over from the rows above."""
    out: list[RowLabel] = []
    last_entity: Entity | None = None
    # "| Revenue ($ Million) | Q3 FY24 | … |" over "| Data Center | … |" and "| Total | … |":
    # the stub's header names the metric its rows are parts of
    stub = next((c.header.metric for c in cols if c.role != "value"), None) if along_rows else None
    last_metric: str | None = stub if stub in ctx.vocab.metrics else None
    for row in table.rows:
        used = [c for c in cols if c.role != "value" and c.index < len(row)]
        labels = tuple(analyse(row[c.index].text, ctx) for c in used)
        kinds = ["org" if c.header.role == "org" else "model" for c in used]
        rl = _merge(labels, [c.role for c in used], kinds, along_rows, ctx)
        if not rl.entities and rl.variant and not rl.metric and last_entity is not None:
            rl.entities = [last_entity]  # "INT4" under the model it is a build of
        if (
            along_rows
            and last_metric
            and not rl.total
            and labels
            and _breaks_down(rl, labels[0], last_metric, ctx)
        ):
            part = _PART_OF.sub("", labels[0].text).strip()
            rl.metric, rl.segment = last_metric, (part or None) and part.lower()
        if along_rows and rl.total and last_metric and rl.metric not in ctx.vocab.metrics:
            rl.metric = last_metric  # the total row is the whole of the metric above
        if along_rows and rl.metric and rl.segment is None and labels:
            rl.segment = _part_named_with(labels[0], rl.metric, ctx)
        last_entity = rl.entity or last_entity
        last_metric = (rl.metric if rl.segment is None else last_metric) or last_metric
        out.append(rl)
    return out


def _part_named_with(label: Label, metric: str, ctx: Context) -> str | None:
    """``AI Infrastructure revenue``, ``Revenue from China``: the part a metric row's label names
    with its metric word."""
    if metric in (*NO_SEGMENT, "market_share"):
        return None  # a share's words name its market, not a part of the company
    text = label.text
    hit = next((h for h in ctx.vocab.hits(text) if metric in h.metrics), None)
    if hit is None:
        return None
    # "Zhipu AI Revenue": a name before the metric word is whose the row is, not a part.
    start = max([m.end for m in label.mentions if m.end <= hit.start], default=0)
    return qualifiers.segment_before(text[start : hit.start]) or qualifiers.segment_after(text[hit.end :])


def _breaks_down(rl: RowLabel, label: Label, above: str, ctx: Context) -> bool:
    """Whether a row is a part of the money metric above it: it names no metric (``of which: API``),
    or only a name of its own that is no measure (``Cloud services`` under ``Revenue``)."""
    if rl.metric is None:
        return True
    known = ctx.vocab.metrics.get(above)
    return (
        rl.metric not in ctx.vocab.metrics
        and known is not None
        and known.kind == "money"
        and (bool(_PART_OF.match(label.text)) or not _MEASURE_WORD.search(label.text))
    )


def _market(label: Label, ctx: Context) -> list[Entity]:
    """``China LLM Market Size``: a market named by the words around its metric."""
    known = ctx.vocab.metrics.get(label.metric or "")
    if known is None or "market" not in known.about or not label.remainder:
        return []
    words = re.sub(r"\bChinese\b", "China", label.remainder)
    return [Entity(f"{words} market", "market")]


def _merge(
    labels: tuple[Label, ...], roles: list[str], kinds: list[str], along_rows: bool, ctx: Context
) -> RowLabel:
    rl = RowLabel(labels=labels)
    settings: list[str] = []
    loose: list[Label] = []
    for (label, role), kind in zip(zip(labels, roles, strict=True), kinds, strict=True):
        if role == "category":
            rl.metric = rl.metric or label.metric  # "API pricing (per 1M tokens)" under "Capability"
            continue
        # A segment's words ("Data Center", "Cloud Platform") name a part, and a later text column
        # ("Key Drivers: Regulatory complexity") describes the row: neither says whose it is.
        described = role == "segment" or (role == "text" and label is not labels[0])
        named = [] if described else [m.entity for m in label.mentions]
        if (
            role == "entity"
            and not named
            and label.text
            and not label.total
            and not (label.quant or label.variant)
        ):
            named = [ctx.registry.resolve(re.sub(r"\s*\([^)]*\)", "", label.text), kind)]
        rl.entities += [e for e in named if e not in rl.entities] or _market(label, ctx)
        rl.metric = (
            rl.metric
            or label.metric
            or (label.named_metric if along_rows and role not in ("segment", "setting") else None)
        )
        if label.period and label.period.kind == "date":
            rl.date = rl.date or label.period.date  # "| Series A | May 2023 |": when the row's figures held
        else:
            rl.period = rl.period or (label.period.period if label.period else None)
        rl.variant = rl.variant or label.variant or label.quant
        rl.total = rl.total or label.total
        rl.hints = merge_hints(rl.hints, label.hints)
        rl.hedges += label.hedges
        rl.price_kind = rl.price_kind or label.hints.price_kind
        if label.setting:
            settings.append(label.setting)
        elif role == "setting" and re.fullmatch(r"\s*\d{1,2}\s*", label.text):
            settings.append(f"{label.text.strip()}-shot")  # "| MMLU | 5 |" under "Shots"
        elif role == "setting" and re.search(r"[A-Za-z]", label.text):
            # "| IFEval | strict, prompt-level |" under "Setting": the setting as the card words it
            settings.append(re.sub(r"[,;]\s*", " ", label.text.strip().lower()))
        if role == "segment":
            rl.segment = rl.segment or _segment(label)
        elif not along_rows and role == "text" and not named and not label.total:
            loose.append(label)
    if not rl.entities and rl.segment is None and loose:
        rl.segment = _segment(loose[0])  # "| Cloud Platform | 4,720 |" under the company's caption
    rl.setting = " ".join(dict.fromkeys(" ".join(settings).split())) or None
    return rl


# "| Seed |", "| Series A |", "| Pre-IPO |": a funding round a row is about, no part of the company
ROUND_LABEL = re.compile(
    r"(?i)\W*(?:pre-?)?(?:seed|angel|series\s+[a-h]\d?\+?|round\s+[a-h]|ipo|bridge|extension)\b"
)


def _segment(label: Label) -> str | None:
    """The part a row label names; none for the total row (the whole), a funding round's row, and
    the part itself for a part's subtotal (``Total Cloud Services``)."""
    text = _SUBTOTAL.sub("", re.sub(r"\s*\([^)]*\)", "", label.text).strip(" *:"))
    if not text or label.total or label.period or label.quant or label.metric or ROUND_LABEL.match(text):
        return None
    return text


# ("Total Cloud Services" is the part; "of which Security Cloud", "thereof: Cloud", "incl. Cloud" too)
_SUBTOTAL = re.compile(
    r"(?i)^(?:(?:sub-?)?total\s+(?:for\s+|of\s+)?|of\s+which:?\s+|thereof:?\s+|incl(?:\.|uding)\s+)"
)


def merge_hints(a: Hints, b: Hints) -> Hints:
    return Hints(
        currency=a.currency or b.currency,
        scale=a.scale if a.scale != 1.0 else b.scale,
        scale_word=a.scale_word or b.scale_word,
        per_token=a.per_token or b.per_token,
        price_kind=a.price_kind or b.price_kind,
    )
