"""Likely causes of a contradiction: when two figures sit apart by a recognisable factor."""

from __future__ import annotations

from claimcheck.formatting import stated as stated_text
from claimcheck.model import Claim
from claimcheck.quantities.units import currencies_in

_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def _central(c: Claim) -> float | None:
    for v in (c.value, c.low, c.high):
        if v is not None and v > 0:
            return v
    return None


def _close(x: float, y: float, tolerance: float) -> bool:
    return abs(x / y - 1) <= tolerance


def _currency(c: Claim) -> str | None:
    found = currencies_in(c.stated.unit)
    return found[0] if found else None


def diagnose(a: Claim, b: Claim) -> str | None:
    """A recognisable cause for two figures disagreeing, or None."""
    label = _currency_label(a, b)
    if label or not (_point(a) and _point(b)):
        return label  # a ratio means something only between two point figures
    va, vb = _central(a), _central(b)
    if va is None or vb is None:
        return None
    ratio = max(va, vb) / min(va, vb)
    return _exchange_rate(a, b, ratio) or _scale(a, b, ratio)


def _point(c: Claim) -> bool:
    return c.low is not None and c.low == c.high


def _currency_label(a: Claim, b: Claim) -> str | None:
    ca, cb = _currency(a), _currency(b)
    if not ca or not cb or ca == cb or not a.stated.value or not b.stated.value:
        return None
    if _close(a.stated.value, b.stated.value, 0.05):
        return (
            f"currency mix-up: the same figure ({stated_text(a.stated)} and {stated_text(b.stated)}) "
            f"is given in {ca} by one article and {cb} by the other"
        )
    return None


def _exchange_rate(a: Claim, b: Claim, ratio: float) -> str | None:
    for c in (a, b):
        cur = _currency(c)
        if cur and cur != "USD" and c.value and c.stated.value:
            rate = c.stated.value / c.value
            if rate > 1.5 and _close(ratio, rate, 0.08):
                return (
                    f"currency: {ratio:.2f}x apart, about the {cur}/USD rate ({rate:.2f}): "
                    "a figure converted twice or not at all"
                )
    return None


def _scale(a: Claim, b: Claim, ratio: float) -> str | None:
    for factor, name in _SCALE_NAMES.items():
        if not _close(ratio, factor, 0.05):
            continue
        units = {(c.stated.unit or "").partition("/")[2] for c in (a, b)}
        if a.metric == "price_per_mtok" and factor == 1e3:
            if units == {"ktok", "Mtok"}:
                return "per-1K vs per-1M tokens: one price is per thousand tokens, the other per million"
            return "per-1K vs per-1M tokens: 1000x apart, as a per-1,000-token price read as per million"
        words = sorted({s for s in (a.stated.scale, b.stated.scale) if s})
        slip = " vs ".join(words) if len(words) == 2 else f"a {name}"
        return f"scale slip: {ratio:,.0f}x apart ({slip}), as a thousand/million/billion/trillion mix-up"
    if _close(ratio, 100, 0.05) and {a.unit, b.unit} & {"%", "points"}:
        return "percent vs fraction: 100x apart, as a share written as a fraction"
    return None
