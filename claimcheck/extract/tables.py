"""Claims in tables: every value cell read as the meeting of its row and its column, in context.

Headers and row labels are read first (``table_roles``); a value cell then takes its metric from
the axis that names metrics, its entity from the other axis or, when neither names one, from the
table's context (its caption, the heading it stands under, the organisation the text before it is
about), and its period, setting, variant, segment, price kind and units from whichever of the row,
the column and the caption states them. A cell of text is read as a sentence about its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.entities.registry import Entity
from claimcheck.extract import changes, prose, qualifiers
from claimcheck.extract.cell_meanings import Meaning, TableContext, meaning_of
from claimcheck.extract.context import Context, Reading
from claimcheck.extract.document import Cell, Sentence, Table
from claimcheck.extract.labels import Label, analyse, apply_hints
from claimcheck.extract.not_claims import restatements
from claimcheck.extract.roles import compatible
from claimcheck.extract.shape import as_of_period
from claimcheck.extract.table_roles import (
    Column,
    RowLabel,
    columns,
    merge_hints,
    metrics_along_rows,
    row_labels,
)
from claimcheck.model import Quantity
from claimcheck.quantities import currencies, parse
from claimcheck.quantities.units import is_price_unit

_PER_SHARE = ("eps", "adjusted_eps", "dividend_per_share")


def read(table: Table, ctx: Context, subject: Entity | None) -> list[Reading]:
    """The claims a table makes; ``subject`` is whom rows that name no one are about."""
    header = [analyse(c.text, ctx) for c in table.header]
    cols = columns(table, header, ctx)
    context = _context(table, header, cols, subject, ctx)
    along_rows = metrics_along_rows(cols, table, ctx)
    latest = _latest_period(cols)
    changing = {
        col.index: _ChangeColumn(base, latest)
        for col in cols
        if col.role == "value" and (base := changes.header_base(col.header.text))
    }
    readings: list[Reading] = []
    for row, rl in zip(table.rows, row_labels(table, cols, along_rows, ctx), strict=True):
        for col in cols:
            if col.index >= len(row) or not row[col.index].text:
                continue
            if (change := changing.get(col.index)) is not None:
                readings += _change_cell(row[col.index], change, col, rl, along_rows, context, ctx)
            elif col.role == "value":
                readings += _cell(row[col.index], col, rl, along_rows, context, ctx)
            elif col.role == "text" and col.index > 0:
                default = rl.entity or context.entity(("model", "org"))
                readings += prose.read(
                    Sentence(row[col.index].text, row[col.index].start), ctx, default=default
                )
    return readings


def _context(
    table: Table, header: list[Label], cols: list[Column], subject: Entity | None, ctx: Context
) -> TableContext:
    caption = analyse(table.caption, ctx)
    if cols and cols[0].role != "value":
        # "| Region ($ in millions) | Q3 2024 | …": the stub header's units are the whole table's
        caption = replace(caption, hints=merge_hints(caption.hints, header[0].hints))
    heading, variant = ctx.discourse.heading, ctx.discourse.heading_variant
    # a table whose columns spell their own variants ("Qinghe-3-Base | Corvid-2-70B") takes none
    # from a heading that names no model
    family = None if heading or any(_spells_variant(h, ctx) for h in header) else variant
    named = {m for h in ctx.vocab.hits(ctx.discourse.heading_text) for m in h.metrics}
    scored = [m for m in named if ctx.vocab.metric(m).kind == "score"]
    return TableContext(
        caption,
        heading,
        subject,
        variant if heading else None,
        ctx.discourse.title,
        scored[0] if len(named) == 1 and scored else None,
        family,
    )


def _spells_variant(label: Label, ctx: Context) -> bool:
    """Whether a header names a variant of its own (``Qinghe-3-Base``, ``Manta-2 (Chat)``)."""
    ends = [re.split(r"[-\s]", m.surface)[-1] for m in label.mentions]
    return bool(label.variant) or any(ctx.registry.variant_word(word) for word in ends)


def _entity(
    head: Label, rl: RowLabel, along_rows: bool, context: TableContext, types: tuple[str, ...], ctx: Context
) -> Entity | None:
    column = next((m.entity for m in head.mentions if compatible(m.entity, types)), None)
    row = next((e for e in rl.entities if compatible(e, types)), None)
    found = (column or row) if along_rows else (row or column)
    found = found or context.entity(types)
    if found is not None and head.size and along_rows:
        return ctx.sized(found, head.size)
    return found


def _cell(
    cell: Cell, col: Column, rl: RowLabel, along_rows: bool, context: TableContext, ctx: Context
) -> list[Reading]:
    """The claims in one value cell."""
    meaning = meaning_of(col, rl, along_rows, context, ctx)
    hints = merge_hints(merge_hints(col.header.hints, rl.hints), context.caption.hints)
    hints = replace(hints, per_token=hints.per_token or ctx.discourse.per_token)
    quantities = parse(cell.text, currency_symbols=ctx.symbols)
    restated = restatements(cell.text, quantities)
    out = []
    for i, q in enumerate(quantities):
        if q in restated.values():
            continue
        metric = _cell_metric(q, i, cell.text, quantities, meaning, ctx)
        if metric is None:
            continue
        entity = _entity(col.header, rl, along_rows, context, ctx.types_for(metric), ctx)
        if entity is None:
            continue
        kind = ctx.vocab.metric(metric, q.unit, q.value).kind
        if meaning.variant is None and context.family_variant and kind == "score":
            # (a score's only: "## Chat models" over a price list names a kind of model)
            meaning = replace(meaning, variant=context.family_variant)
        # A per-share amount is never in the table's millions, whether or not the caption says
        # "except per-share amounts" (or "except EPS").
        per_share = metric in _PER_SHARE
        stated = apply_hints(q, replace(hints, scale=1.0, scale_word=None) if per_share else hints, kind)
        if metric in ctx.vocab.metrics and not ctx.vocab.accepts(metric, stated, price_unit_known=True):
            continue
        again = (apply_hints(restated[i], hints, kind),) if i in restated else ()
        out.append(_reading(cell, stated, again, metric, entity, meaning, ctx))
    return out


@dataclass(frozen=True)
class _ChangeColumn:
    """A column of changes: their base, and the period they are for when the header names none
    (the latest period the other columns name: ``Q3 2025 | Q3 2024 | YoY``)."""

    base: str
    period: str | None


def _latest_period(cols: list[Column]) -> str | None:
    periods = sorted(c.header.period.period for c in cols if c.header.period and c.header.period.period)
    return periods[-1] if periods else None


def _change_cell(
    cell: Cell,
    change: _ChangeColumn,
    col: Column,
    rl: RowLabel,
    along_rows: bool,
    context: TableContext,
    ctx: Context,
) -> list[Reading]:
    """``| Data Center | 1,702 | +49% |`` under ``Change``: the change of the row's (or the
    caption's) metric, against the base the header names."""
    cap = context.caption
    of = rl.metric or cap.metric or (None if along_rows else cap.named_metric)
    if of is None or changes.GROWTH not in ctx.vocab.metrics:
        return []
    meaning = meaning_of(col, rl, along_rows, context, ctx)
    meaning = replace(
        meaning, metric=changes.GROWTH, period=meaning.period or change.period, segment=rl.segment
    )
    entity = _entity(col.header, rl, along_rows, context, ctx.types_for(of), ctx)
    if entity is None:
        return []
    out = []
    for q in parse(cell.text, currency_symbols=ctx.symbols):
        if q.unit != "%":
            continue
        reading = _reading(cell, q, (), changes.GROWTH, entity, meaning, ctx)
        out.append(replace(reading, change=change.base, of=of, as_of=None))
    return out


def _reading(
    cell: Cell,
    q: Quantity,
    again: tuple[Quantity, ...],
    metric: str,
    entity: Entity,
    meaning: Meaning,
    ctx: Context,
) -> Reading:
    moving = ctx.vocab.metric(metric).moving
    return Reading(
        entity=entity.name,
        variant=ctx.registry.variant_in_brackets(cell.text) or meaning.variant,
        metric=metric,
        period=meaning.period,
        price_kind=(meaning.price_kind or "unspecified") if metric == "price_per_mtok" else None,
        quantity=q,
        hedges=tuple(dict.fromkeys(q.hedges + meaning.hedges)),
        offset=cell.start + q.start,
        quote=ctx.doc.line(ctx.doc.position(cell.start)[0]).strip(),
        restated=again,
        segment=meaning.segment if metric not in ("price_per_mtok",) else None,
        setting=_setting(meaning.setting, ctx.vocab.metric(metric, q.unit, q.value).kind),
        # (a period a moving figure is told under holds at its end, when the text dated it; a
        # fiscal period's name alone says no day)
        as_of=_held_on(meaning, ctx) if moving else None,
        basis=meaning.basis,
    )


def _held_on(meaning: Meaning, ctx: Context) -> str | None:
    """The day a moving figure of a table held: its row's or header's date, its period's end."""
    if meaning.date:
        return meaning.date
    if meaning.period is None:
        return ctx.day()
    return ctx.discourse.ends.get(meaning.period) or as_of_period(meaning.period) or ctx.day()


def _setting(setting: str | None, kind: str) -> str | None:
    """A score's evaluation setting, a price's tier, a limit's account tier; nothing else has one."""
    if kind == "score":
        return setting
    tier = qualifiers.tier(setting or "")
    return tier if kind == "price" or (tier or "").startswith("tier") else None


def _cell_metric(
    q: Quantity, index: int, text: str, quantities: list[Quantity], meaning: Meaning, ctx: Context
) -> str | None:
    """A cell can name its own metric (``86.7 (C-Eval)``) or a sibling (``480B (active: 60B)``);
    an amount of money under ``Input`` or ``Output`` is a price per token."""
    metric = meaning.metric
    own = [
        m for h in ctx.vocab.hits(text) for m in h.metrics if ctx.vocab.accepts(m, q, price_unit_known=True)
    ]
    if own:
        return own[0]
    for hit in ctx.vocab.qualifier_hits(text):
        if _qualified(hit.start, hit.end, text, quantities) is index and metric:
            return ctx.vocab.qualified(metric, hit.word)
    priced = is_price_unit(q.unit) or (meaning.price_kind and q.unit in currencies.ISO_CODES)
    # "$0.35 / M" is a price whatever its header says, and whatever a heading's words
    # ("## Serverless Inference") that the vocabulary does not know
    if (
        (metric is None or metric not in ctx.vocab.metrics)
        and priced
        and "price_per_mtok" in ctx.vocab.metrics
    ):
        return "price_per_mtok"
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
