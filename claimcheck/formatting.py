"""Numbers for people: ``$1.02T``, ``¥0.80/1M tok``, ``≥40K``, ``84.1``."""

from __future__ import annotations

import math

from claimcheck.model import Claim, Stated

SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_TOKENS = {"Mtok": "/1M tok", "ktok": "/1K tok", "tok": "/tok", "Btok": "/1B tok"}


def number(value: float) -> str:
    """A number with at most three significant figures and a scale suffix."""
    if math.isinf(value):
        return "∞"
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if value == int(value):
        return f"{int(value)}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.4g}"


def amount(value: float, unit: str | None) -> str:
    """A value in a unit: ``$2.50/1M tok``, ``84.1``, ``9%``, ``128K``."""
    if unit is None or unit in ("count", "tokens", "points"):
        return number(value)
    if unit in ("%", "pp"):
        return f"{number(value)}{unit}"
    currency, _, per = unit.partition("/")
    symbol = SYMBOLS.get(currency, f"{currency} ")
    text = f"{value:.2f}" if per and abs(value) < 100 else number(value)
    return f"{symbol}{text}{_TOKENS.get(per, '/' + per if per else '')}"


def interval(value: float, low: float | None, high: float | None, unit: str | None) -> str:
    """A value with its bounds: ``≥40K``, ``$200M–$300M``, ``~``-free."""
    if low is None and high is not None:
        return f"≤{amount(high, unit)}"
    if high is None and low is not None:
        return f"≥{amount(low, unit)}"
    if low is not None and high is not None and low != high:
        return f"{amount(low, unit)}–{amount(high, unit)}"
    return amount(value, unit)


def stated(s: Stated) -> str:
    """The figure as the article wrote it."""
    return interval(s.value, s.low, s.high, s.unit)


def claim_value(c: Claim) -> str:
    """``¥0.80 ≈ $0.12`` when converted, else the canonical value."""
    canonical = interval(c.value, c.low, c.high, c.unit)
    if (
        c.stated.unit
        and c.stated.unit.split("/")[0] != c.unit.split("/")[0]
        and c.stated.unit not in ("%", "tokens")
    ):
        return f"{stated(c.stated)} ≈ {canonical}"
    return canonical


def qualifiers(c: Claim) -> str:
    """``[MoE, est.]``-style tags for variant and hedges."""
    short = {
        "approximate": "~",
        "estimate": "est.",
        "projected": "proj.",
        "rumored": "rumored",
        "reported": "reported",
    }
    tags = [c.variant] if c.variant else []
    tags += [short[h] for h in c.hedges if h in short]
    if c.price_kind and c.price_kind != "unspecified":
        tags.append(c.price_kind)
    return f" [{', '.join(tags)}]" if tags else ""
