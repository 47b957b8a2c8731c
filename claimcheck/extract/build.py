"""Readings to claims: canonical units, periods shared within an article, stable ids."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import replace

from claimcheck.entities.lexicon import lexicon
from claimcheck.errors import ClaimcheckError
from claimcheck.extract.context import Reading
from claimcheck.extract.document import Document
from claimcheck.model import Claim, Quantity, Stated
from claimcheck.quantities.rates import MissingRate, Rates
from claimcheck.quantities.units import currencies_in, factor
from claimcheck.vocabulary import Metric, Vocabulary


def stated(q: Quantity) -> Stated:
    """A quantity as the article stated it."""
    return Stated(q.value, q.unit, q.low, q.high, q.precision, q.scale)


class UnitMismatch(ClaimcheckError):
    """A stated unit that cannot be expressed in the metric's unit (a reviewer's correction can cause one)."""


def canonical(s: Stated, metric: Metric, rates: Rates, on: dt.date | None) -> tuple[float, tuple[str, ...]]:
    """The factor from a stated unit to the metric's canonical unit, and a note on the rate used."""
    if s.unit is None or s.unit == metric.unit or (s.unit == "tokens" and metric.unit in ("tokens", "count")):
        return 1.0, ()
    involved = tuple((c, rates.per_usd(c, on)) for c in currencies_in(s.unit) if c != "USD")
    notes = tuple(f"{c} {r:.4g} per USD ({rates.source(c, on)})" for c, r in involved)
    try:
        return factor(s.unit, metric.unit, involved), notes
    except ValueError as exc:
        raise UnitMismatch(f"{metric.id}: {exc}") from None


def convert(s: Stated, f: float) -> tuple[float, float | None, float | None, float]:
    """Value, low, high and precision of ``s`` multiplied by ``f``."""
    return (
        s.value * f,
        None if s.low is None else s.low * f,
        None if s.high is None else s.high * f,
        s.precision * f,
    )


def claim_id(source: str, quote: str, raw: str, claim: Claim, occurrence: int) -> str:
    """A content hash: the same claim in the same article text keeps its id."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    parts = (
        name,
        quote,
        raw,
        claim.entity,
        claim.metric,
        claim.variant,
        claim.period,
        claim.price_kind,
        occurrence,
    )
    return "c-" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:8]


def build(
    readings: list[Reading], source: str, doc: Document, vocab: Vocabulary, rates: Rates, date: dt.date | None
) -> list[Claim]:
    """Claims from one article's readings."""
    on = rates.date_for(date)
    drafts = []
    for r in readings:
        s = stated(r.quantity)
        metric = vocab.metric(r.metric, s.unit, s.value)
        try:
            f, notes = canonical(s, metric, rates, on)
        except MissingRate:
            continue  # a figure in a currency with no known rate cannot be compared with anything
        except UnitMismatch:
            continue  # a reading whose unit cannot be the metric's is no claim
        value, low, high, precision = convert(s, f)
        line, column = doc.position(r.offset)
        drafts.append(
            Claim(
                id="",
                source=source,
                line=line,
                column=column,
                quote=r.quote,
                raw=r.quantity.text,
                entity=r.entity,
                variant=_variant(r),
                metric=r.metric,
                price_kind=r.price_kind,
                period=r.period,
                value=value,
                low=low,
                high=high,
                unit=metric.unit,
                stated=s,
                hedges=r.hedges,
                precision=precision,
                restated=tuple(stated(q) for q in r.restated),
                notes=r.notes + notes + _in_view(r),
                segment=lexicon().region(r.segment) if r.segment else None,
                basis=r.basis,
                setting=r.setting,
                as_of=r.as_of,
                change=r.change,
                of=r.of,
                inferred_period=r.context_period,
            )
        )
    return _with_ids(share_periods(drafts), source)


# A model's size is its checkpoint's: the chat and instruct tunes and the quantised builds of
# one model share its parameter count and training tokens; only an architecture (dense or
# mixture-of-experts) has a size of its own.
_SIZES = ("params_total", "params_active", "training_tokens")
_ARCHITECTURES = ("Dense", "MoE")


def _variant(r: Reading) -> str | None:
    if r.metric in _SIZES and r.variant not in _ARCHITECTURES:
        return None
    return r.variant


def _in_view(r: Reading) -> tuple[str, ...]:
    if r.context_period is None:
        return ()
    return (f"compared as {r.context_period}: the period the article last states for its figures",)


def share_periods(claims: list[Claim]) -> list[Claim]:
    """An undated figure is compared under the period of the same figure stated with one in the same article.

    ``period`` stays as the text says; ``inferred_period`` carries the inference.
    """
    dated: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for d in claims:
        if d.period:
            dated[_key(d)].append(d)
    out = []
    for c in claims:
        if c.period is None:
            # A figure the article's flow already dates takes another's period only when it is
            # that figure to the finer precision ("56.9%" is not "about 57%" next quarter).
            strict = c.inferred_period is not None
            same = {d.period: d.line for d in dated.get(_key(c), ()) if _same_figure(c, d, strict)}
            if len(same) == 1:
                period, line = next(iter(same.items()))
                note = f"compared as {period}: line {line} gives the same figure for {period}"
                c = replace(c, inferred_period=period, notes=(*c.notes, note))
        out.append(c)
    return out


def _key(c: Claim) -> tuple[object, ...]:
    return c.entity, c.metric, c.variant, c.price_kind, c.segment, c.basis, c.setting, c.change, c.of


def _same_figure(a: Claim, b: Claim, strict: bool = False) -> bool:
    if (a.low is None) != (b.low is None) or (a.high is None) != (b.high is None):
        return False
    slack = (min if strict else max)(a.precision, b.precision) + 1e-9 * abs(a.value)
    return abs(a.value - b.value) <= slack


def _with_ids(claims: list[Claim], source: str) -> list[Claim]:
    seen: Counter[str] = Counter()
    out = []
    for c in claims:
        base = claim_id(source, c.quote, c.raw, c, 0)
        seen[base] += 1
        cid = base if seen[base] == 1 else claim_id(source, c.quote, c.raw, c, seen[base] - 1)
        out.append(replace(c, id=cid))
    return out
