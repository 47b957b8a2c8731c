"""Claims in markdown tables, in the three orientations articles use.

- entities as rows: ``| Model | MMLU | Cost/1M Tokens |`` (one entity column, or
  several: a Company column for funding, a Flagship Model column for prices);
- entities as columns: ``| Capability | Zhipu GLM-4 | Baidu ERNIE 4.0 |``;
- periods as columns: ``| Metric | 2024 | 2025 (Est.) |``, the entity in the
  row label (``Zhipu AI Revenue (USD)``) or, when the label names none, the
  company the surrounding prose is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.entities.registry import Entity
from claimcheck.extract import prose
from claimcheck.extract.context import Context, Reading
from claimcheck.extract.document import Cell, Sentence, Table
from claimcheck.extract.labels import Label, analyse, apply_hints
from claimcheck.extract.periods import period_label
from claimcheck.model import Quantity
from claimcheck.quantities import parse

_COLUMN_TYPES = {
    "model": "model",
    "models": "model",
    "flagship model": "model",
    "model variant": "model",
    "model/system": "model",
    "system": "model",
    "product": "model",
    "llm": "model",
    "repository": "model",
    "repo": "model",
    "company": "org",
    "companies": "org",
    "provider": "org",
    "lab": "org",
    "firm": "org",
    "organization": "org",
    "organisation": "org",
    "startup": "org",
    "vendor": "org",
    "developer": "org",
    "player": "org",
    "segment": "market",
    "market": "market",
    "sector": "market",
    "category": "market",
}
EntityFor = Callable[[str], Entity | None]


def read(table: Table, ctx: Context, subject: Entity | None) -> list[Reading]:
    """The claims a table makes; ``subject`` is whom unlabelled rows are about."""
    header = [analyse(c.text, ctx) for c in table.header]
    rest = header[1:]
    periods = sum(1 for c in table.header[1:] if period_label(c.text))
    named = sum(1 for label in rest if label.mentions and label.metric is None)
    if rest and periods >= max(1, (len(rest) + 1) // 2):
        return _by_period(table, header, ctx, subject)
    if named and 2 * named >= len(rest) and _column_type(table.header[0].text) is None:
        labelled = sum(1 for row in table.rows if row and ctx.vocab.hits(row[0].text))
        if named >= 2 or 2 * labelled >= len(table.rows):
            return _by_entity_column(table, header, ctx)
    return _by_row(table, header, ctx)


def _column_type(text: str) -> str | None:
    return _COLUMN_TYPES.get(re.sub(r"\s+", " ", text.strip().lower()))


def _quote(ctx: Context, cell: Cell) -> str:
    return ctx.doc.line(ctx.doc.position(cell.start)[0]).strip()


def _pick(label: Label, types: tuple[str, ...]) -> Entity | None:
    return next((m.entity for m in label.mentions if m.entity.type in types), None)


@dataclass(frozen=True)
class _Row:
    """One body row of an entities-as-rows table, with its entity columns read."""

    cells: tuple[Cell, ...]
    labels: dict[int, Label]
    types: list[str | None]

    def entity(self, wanted: tuple[str, ...], ctx: Context) -> Entity | None:
        """The row's entity of one of the wanted types, from the first column that names one."""
        for j, label in self.labels.items():
            found = _pick(label, wanted)
            kind = self.types[j]
            if found is None and kind in wanted:
                found = ctx.registry.resolve(re.sub(r"\s*\([^)]*\)", "", self.cells[j].text), kind or "model")
            if found is not None and found.type in wanted:
                return found
        return None


def _by_row(table: Table, header: list[Label], ctx: Context) -> list[Reading]:
    types = [_column_type(c.text) for c in table.header]
    if not any(types):
        types[0] = "any"
    readings: list[Reading] = []
    for cells in table.rows:
        row = _Row(
            cells,
            {j: analyse(cells[j].text, ctx) for j, t in enumerate(types) if t and j < len(cells)},
            types,
        )
        hedges = tuple(dict.fromkeys(h for label in row.labels.values() for h in label.hedges))
        variant = next((label.variant for label in row.labels.values() if label.variant), None)
        for j, label in enumerate(header):
            if types[j] or j >= len(cells) or not cells[j].text:
                continue
            if label.metric is None:
                default = row.entity(("model", "product"), ctx) or row.entity(("org",), ctx)
                readings += prose.read(Sentence(cells[j].text, cells[j].start), ctx, default=default)
                continue
            readings += _cell(
                cells[j],
                label,
                ctx,
                lambda metric, row=row: row.entity(ctx.types_for(metric), ctx),
                period=label.period and label.period.period,
                hedges=hedges + label.hedges,
                variant=variant,
            )
    return readings


def _by_period(table: Table, header: list[Label], ctx: Context, subject: Entity | None) -> list[Reading]:
    readings: list[Reading] = []
    for row in table.rows:
        label = analyse(row[0].text, ctx)
        if label.metric is None:
            continue
        entity = _row_entity(label, label.metric, ctx, subject)
        if entity is None:
            continue
        for j, cell in enumerate(row[1:], start=1):
            period = period_label(table.header[j].text) if j < len(table.header) else None
            if period is None or not cell.text:
                continue
            hedges = label.hedges + ((period.hedge,) if period.hedge else ())
            readings += _cell(
                cell,
                label,
                ctx,
                lambda _m, e=entity: e,
                period=period.period,
                hedges=hedges,
                variant=label.variant,
            )
    return readings


def _row_entity(label: Label, metric: str, ctx: Context, subject: Entity | None) -> Entity | None:
    """Whom a row of a periods-as-columns table is about."""
    wanted = ctx.types_for(metric)
    named = _pick(label, wanted)
    if named is not None:
        return named
    if "market" in wanted:
        words = re.sub(r"\bChinese\b", "China", label.remainder)
        return Entity(f"{words} market", "market") if words else None
    if not label.remainder and subject is not None and subject.type in wanted:
        return subject
    return None


def _by_entity_column(table: Table, header: list[Label], ctx: Context) -> list[Reading]:
    readings: list[Reading] = []
    for row in table.rows:
        label = analyse(row[0].text, ctx)
        for j, cell in enumerate(row[1:], start=1):
            if j >= len(header) or not header[j].mentions or not cell.text:
                continue
            column = header[j]

            def entity_for(metric: str, column: Label = column) -> Entity | None:
                return _pick(column, ctx.types_for(metric))

            period = column.period.period if column.period else None
            readings += _cell(
                cell,
                label,
                ctx,
                entity_for,
                period=period,
                hedges=label.hedges + column.hedges,
                variant=column.variant,
            )
    return readings


def _cell(
    cell: Cell,
    label: Label,
    ctx: Context,
    entity_for: EntityFor,
    *,
    period: str | None,
    hedges: tuple[str, ...],
    variant: str | None,
) -> list[Reading]:
    """The claims in one cell, read under its header or row label."""
    quantities = parse(cell.text, currency_symbols=ctx.symbols)
    restated = prose.restatements(cell.text, quantities)
    out = []
    for i, q in enumerate(quantities):
        if q in restated.values():
            continue
        metric = _cell_metric(q, i, cell.text, quantities, label.metric, ctx)
        if metric is None:
            continue
        kind = ctx.vocab.metric(metric, q.unit, q.value).kind
        stated = apply_hints(q, label.hints, kind)
        own = ctx.registry.variant_in_brackets(cell.text)
        entity = entity_for(metric)
        if entity is None or not ctx.vocab.accepts(metric, stated, price_unit_known=True):
            continue
        again = (apply_hints(restated[i], label.hints, kind),) if i in restated else ()
        out.append(
            Reading(
                entity=entity.name,
                variant=own or variant,
                metric=metric,
                period=period,
                price_kind=(label.hints.price_kind or "unspecified") if kind == "price" else None,
                quantity=stated,
                hedges=tuple(dict.fromkeys(q.hedges + hedges)),
                offset=cell.start + q.start,
                quote=_quote(ctx, cell),
                restated=again,
            )
        )
    return out


def _cell_metric(
    q: Quantity, index: int, text: str, quantities: list[Quantity], metric: str | None, ctx: Context
) -> str | None:
    """A cell can name its own metric (``86.7 (C-Eval)``) or a sibling (``480B (active: 60B)``)."""
    own = [
        m for h in ctx.vocab.hits(text) for m in h.metrics if ctx.vocab.accepts(m, q, price_unit_known=True)
    ]
    if own:
        return own[0]
    for hit in ctx.vocab.qualifier_hits(text):
        if _qualified(hit.start, hit.end, text, quantities) is index and metric:
            family = metric.split("_")[0]
            return next((m for m in hit.metrics if m.split("_")[0] == family), metric)
    return metric


def _qualified(start: int, end: int, text: str, quantities: list[Quantity]) -> int | None:
    """Which number a qualifier word belongs to: ``active: 60B`` the next, ``130B active`` the previous."""
    after = [i for i, q in enumerate(quantities) if q.start >= end]
    if re.match(r"\s*:", text[end:]):
        return after[0] if after else None
    before = [i for i, q in enumerate(quantities) if q.end <= start and not text[q.end : start].strip()]
    if before:
        return before[-1]
    return after[0] if after and not text[end : quantities[after[0]].start].strip() else None
