"""What a table cell's row, column, caption and heading say about its figure, merged: the
metric, period, setting, variant (a quantised row's precision of the variant above it), part, price
kind, the day its row holds on and the basis its header names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.entities.registry import Entity
from claimcheck.extract import bases, qualifiers
from claimcheck.extract.context import Context
from claimcheck.extract.labels import Label, holds_values
from claimcheck.extract.roles import compatible
from claimcheck.extract.table_roles import ROUND_LABEL, Column, RowLabel


@dataclass(frozen=True)
class TableContext:
    """What stands around a table: its caption, and whom the text before it is about."""

    caption: Label
    heading: Entity | None
    subject: Entity | None
    heading_variant: str | None = None  # "## Manta-2 Chat": the variant the tables under it are of
    title: Entity | None = None  # the page title's entity
    heading_metric: str | None = None  # the one score metric the heading names, if any
    # "## Base Model Results": a variant a heading names without a model, for the scores of a
    # table whose columns do not spell their own
    family_variant: str | None = None

    def entity(self, types: tuple[str, ...]) -> Entity | None:
        """The entity a cell is about when neither its row nor its column names one: the caption's,
        the heading's, the text's before it, else the page title's (a card's ``7B Params`` columns)."""
        named = [m.entity for m in self.caption.mentions]
        for candidate in (*named, self.heading, self.subject, self.title):
            if candidate is not None and compatible(candidate, types):
                return candidate
        return None


@dataclass(frozen=True)
class Meaning:
    """What a cell's row, column and the caption say, merged."""

    metric: str | None
    period: str | None
    setting: str | None
    variant: str | None
    segment: str | None
    price_kind: str | None
    hedges: tuple[str, ...]
    date: str | None = None  # the day a header or caption names ("Prices effective September 1, 2025")
    basis: str | None = None  # what the header says its figures are ("Post-Money Valuation", "Guidance")


def _quantised_variant(quantised: str, cap: Label, context: TableContext, ctx: Context) -> str:
    """``## Quantised Instruct Checkpoints`` or "quantised weights of the Instruct model" over
    ``| FP8 |``: the variant the quantised rows are of, with their precision ("Instruct FP8")."""
    of = cap.variant or context.heading_variant or context.family_variant
    words = re.findall(r"[A-Za-z]+", f"{cap.text} {ctx.discourse.heading_text}")
    of = of or next((v for w in words if (v := ctx.registry.variant_word(w)) and v.lower() != "dense"), None)
    if of and _FULL_PRECISION.fullmatch(quantised):
        return of  # "| BF16 |": the model as released
    return f"{of} {quantised}" if of and of != quantised else quantised


_FULL_PRECISION = re.compile(r"(?i)BF16|FP16|FP32|F16|F32")


_GENERIC_SUMS = (None, "amount", "size", "round_size", "amount_raised", "raised")


def meaning_of(col: Column, rl: RowLabel, along_rows: bool, context: TableContext, ctx: Context) -> Meaning:
    head, cap = col.header, context.caption
    if along_rows:
        metric = rl.metric or cap.metric or cap.named_metric
    else:
        metric = head.metric or head.named_metric or rl.metric or cap.metric or cap.named_metric
    # "## Vermilion-2 Chat: IFEval Results" over rows of settings: the benchmark the heading names
    metric = metric or context.heading_metric
    if metric in _GENERIC_SUMS and any(ROUND_LABEL.match(label.text) for label in rl.labels):
        metric = "funding"  # "| Series A | May 2023 | $45M |" under "Amount": the round's size
    period = (
        (head.period.period if head.period else None)
        or rl.period
        or (cap.period.period if cap.period else None)
    )
    variant = head.variant or head.quant or rl.variant or cap.variant or context.heading_variant
    if along_rows:
        variant = variant or ctx.registry.variant_word(head.text)
    quantised = head.quant or next((label.quant for label in rl.labels if label.quant), None)
    if quantised and variant == quantised:
        variant = _quantised_variant(quantised, cap, context, ctx)
    segment = rl.segment if not along_rows else (rl.segment or _column_segment(head, ctx))
    settings = _settings(
        " ".join(s for s in (rl.setting, head.setting) if s), _caption_setting(metric, cap, ctx)
    )
    kind = head.hints.price_kind or rl.price_kind or cap.hints.price_kind
    hedges = tuple(dict.fromkeys(head.hedges + rl.hedges))
    named = head.period or cap.period
    return Meaning(
        metric,
        period,
        " ".join(dict.fromkeys(settings.split())) or None,
        variant,
        segment,
        kind,
        hedges,
        rl.date or (named.date if named and not rl.period else None),
        _header_basis(head.text, metric),
    )


# What a header may say its column measures ("Post-Money Valuation", "Total raised", "ARR"); a
# column of projections ("2026 (Projected)") keeps the hedge it has always been read with
_HEADER_BASES = ("pre_money", "post_money", "cumulative", "run_rate")


def _header_basis(header: str, metric: str | None) -> str | None:
    found = bases.basis(header, metric) if metric and header else None
    return found if found in _HEADER_BASES else None


def _caption_setting(metric: str | None, cap: Label, ctx: Context) -> str | None:
    """The setting a caption gives a benchmark: its own where the caption names settings benchmark
    by benchmark ("MMLU and MMLU-Pro are 5-shot, GSM8K is 8-shot"), else the caption's."""
    named = []
    for clause in re.split(r"[,;.]\s+", cap.text):
        setting = qualifiers.setting(clause)
        metrics = {m for h in ctx.vocab.hits(clause) for m in h.metrics}
        if setting and metrics:
            named.append((metrics, setting))
    if not named:
        return cap.setting
    return next((setting for metrics, setting in named if metric in metrics), None)


def _settings(own: str, caption: str | None) -> str:
    """A cell's setting: its row's and column's, and of the caption's only the parts of a kind
    they leave unsaid (a caption's "few-shot" yields to a ``Shots`` column's ``5-shot``)."""
    kinds = {_setting_kind(p) for p in own.split()}
    general = [p for p in (caption or "").split() if _setting_kind(p) not in kinds]
    return " ".join([*own.split(), *general])


def _setting_kind(part: str) -> str:
    return "shots" if part.endswith("-shot") else "sampling" if "@" in part else part


def _column_segment(head: Label, ctx: Context) -> str | None:
    """A column header in a table of metric rows that names a part (``API`` beside ``Model``)."""
    text = head.text.strip()
    if not text or head.mentions or head.period or head.size or head.role or head.hints.price_kind:
        return None
    if head.variant or head.quant or ctx.registry.variant_word(text) or holds_values(text):
        return None  # "Value" beside "Attribute" holds the values; it is no part
    return text
