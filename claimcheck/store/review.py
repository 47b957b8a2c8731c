"""A fact-checker's reviews applied to claims: corrected readings, re-converted."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.extract.build import canonical, claim_id, convert
from claimcheck.model import HEDGES, Claim, Stated
from claimcheck.quantities.rates import Rates
from claimcheck.store.files import QUALIFIERS, Review
from claimcheck.vocabulary import Vocabulary

_FIGURE = ("value", "low", "high", "unit")


def apply(claim: Claim, review: Review, vocab: Vocabulary, rates: Rates, on: dt.date | None) -> Claim:
    """The claim as the reviewer reads it."""
    fields: dict[str, Any] = {}
    stated = claim.stated
    for name, value in review.correction.items():
        if name == "stated":
            if not isinstance(value, dict):
                raise ClaimcheckError(f"claim {claim.id}: correction.stated must be a mapping")
            stated = _stated({**stated.to_dict(), **value}, claim.id)
        elif name == "value" and not {"low", "high"} & set(review.correction):
            stated = _stated(_moved(stated, value), claim.id)
        elif name in _FIGURE:
            stated = _stated({**stated.to_dict(), name: value}, claim.id)
        elif name == "hedges":
            unknown = set(value or ()) - set(HEDGES)
            if unknown:
                raise ClaimcheckError(
                    f"claim {claim.id}: unknown hedge {sorted(unknown)[0]!r} (known: {', '.join(HEDGES)})"
                )
            fields["hedges"] = tuple(value or ())
        elif name in ("entity", "variant", "metric", "period", "price_kind", *QUALIFIERS):
            fields[name] = None if value is None else str(value)
        else:
            raise ClaimcheckError(f"claim {claim.id}: correction.{name}: not a field that can be corrected")
    metric_id = fields.get("metric", claim.metric)
    if metric_id not in vocab.metrics and metric_id != claim.metric:
        # A metric the text named stays as read; a reviewer's new metric must be one the vocabulary has.
        raise ClaimcheckError(f"claim {claim.id}: unknown metric {metric_id!r}")
    metric = vocab.metric(metric_id, stated.unit, stated.value)
    f, rate_notes = canonical(stated, metric, rates, on)
    value, low, high, precision = convert(stated, f)
    notes = claim.notes + (
        (f"corrected by a reviewer: {', '.join(review.correction)}",) if review.correction else ()
    )
    return replace(
        claim,
        **fields,
        stated=stated,
        value=value,
        low=low,
        high=high,
        precision=precision,
        unit=metric.unit,
        notes=notes + rate_notes,
        status=review.status,
        note=review.note,
        reviewed_by=review.by,
        reviewed_at=review.at,
    )


def _moved(stated: Stated, value: Any) -> dict[str, Any]:
    """A corrected figure: a bound that was the old figure (a point, ``40k+``) moves with it."""
    data = {**stated.to_dict(), "value": value}
    for bound in ("low", "high"):
        if data[bound] is not None and data[bound] == stated.value:
            data[bound] = value
    return data


def _stated(data: dict[str, Any], cid: str) -> Stated:
    try:
        value = float(data["value"])
        low = None if data.get("low") is None else float(data["low"])
        high = None if data.get("high") is None else float(data["high"])
    except (KeyError, TypeError, ValueError):
        raise ClaimcheckError(f"claim {cid}: a corrected figure needs a numeric value") from None
    return Stated(value, data.get("unit"), low, high, float(data.get("precision") or 0.0), data.get("scale"))


def added(entry: dict[str, Any], source: str, vocab: Vocabulary, rates: Rates, on: dt.date | None) -> Claim:
    """A claim a reviewer added by hand (``status: added``)."""
    try:
        base = Claim(
            id="",
            source=source,
            line=int(entry.get("line") or 0),
            column=int(entry.get("column") or 0),
            quote=str(entry.get("quote") or ""),
            raw=str(entry.get("raw") or ""),
            entity=str(entry["entity"]),
            variant=entry.get("variant"),
            metric=str(entry["metric"]),
            price_kind=entry.get("price_kind"),
            period=None if entry.get("period") is None else str(entry["period"]),
            value=0.0,
            low=None,
            high=None,
            unit="",
            stated=Stated(0.0, None),
            note=entry.get("note"),
            **{q: None if entry.get(q) is None else str(entry[q]) for q in QUALIFIERS},
        )
    except KeyError as exc:
        raise ClaimcheckError(f"added claim {entry.get('id')}: missing {exc.args[0]}") from None
    figure = entry.get("stated") or {k: entry.get(k) for k in _FIGURE if k in entry}
    review = Review("added", entry.get("note"), {"stated": figure, "hedges": entry.get("hedges") or []})
    claim = apply(base, review, vocab, rates, on)
    return replace(
        claim,
        id=str(entry.get("id") or claim_id(source, claim.quote, claim.raw, claim, 0)),
        notes=("added by a reviewer",),
    )
