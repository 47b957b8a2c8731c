"""The one pint registry: currencies, tokens, points and percent.

Currency rates are not constants, so each currency is defined with an unknown
(``nan``) value and a pint context per set of rates redefines it (pint's
documented approach to currencies). Conversion factors are cached, so pint is
imported once and asked once per distinct (from, to, rates).
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from claimcheck.quantities.currencies import ISO_CODES

_PINT_NAMES = {"%": "percent", "pp": "percent", "points": "point", "tokens": "token", "count": "count"}
_TOKEN_UNITS = ("tok", "ktok", "Mtok", "Btok")
_CONTEXTS: set[str] = set()


# Optional libraries pint loads at import when they are installed, for features claimcheck never
# uses (Dask arrays, locale-aware formatting): Dask alone doubled the time pint takes to import.
_UNUSED_BY_PINT = ("dask", "babel")


@cache
def _pint() -> Any:
    """pint, imported with the optional libraries it has no use for here hidden from it (a ``None``
    in ``sys.modules`` reads as not installed), then unhidden for whoever needs them later."""
    hidden = [name for name in _UNUSED_BY_PINT if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))
    try:
        import pint
    finally:
        for name in hidden:
            del sys.modules[name]
    return pint


@cache
def registry() -> Any:
    """The pint registry, built on first use (pint is slow to import)."""
    pint = _pint()
    ureg = pint.UnitRegistry(None, cache_folder=None)
    ureg.define("USD = [currency]")
    for code in ISO_CODES:
        if code != "USD":
            ureg.define(f"{code} = nan USD")
    ureg.define("token = [token] = tok")
    ureg.define("ktok = 1e3 token")
    ureg.define("Mtok = 1e6 token")
    ureg.define("Btok = 1e9 token")
    ureg.define("count = []")
    ureg.define("percent = 0.01 count")
    ureg.define("point = percent")
    return ureg


def currencies_in(unit: str | None) -> tuple[str, ...]:
    """The currency codes a unit string mentions (``CNY/Mtok`` -> ``("CNY",)``)."""
    return tuple(part for part in (unit or "").split("/") if part in ISO_CODES)


def _pint_expr(unit: str) -> str:
    return " / ".join(_PINT_NAMES.get(part, part) for part in unit.split("/"))


@cache
def factor(from_unit: str, to_unit: str, rates: tuple[tuple[str, float], ...] = ()) -> float:
    """Multiply a value in ``from_unit`` by this to express it in ``to_unit``.

    ``rates`` gives units per US dollar for every currency involved.
    """
    pint = _pint()
    ureg = registry()
    try:
        return _factor(ureg, pint, from_unit, to_unit, rates)
    except pint.errors.PintError as exc:
        raise ValueError(f"cannot express {from_unit} in {to_unit}: {exc}") from None


def _factor(
    ureg: Any, pint: Any, from_unit: str, to_unit: str, rates: tuple[tuple[str, float], ...]
) -> float:
    if not rates:
        return float(ureg.Quantity(1.0, _pint_expr(from_unit)).to(_pint_expr(to_unit)).magnitude)
    name = "fx:" + ",".join(f"{c}={r!r}" for c, r in rates)
    if name not in _CONTEXTS:
        ctx = pint.Context(name)
        for code, per_usd in rates:
            ctx.redefine(f"{code} = {1.0 / per_usd!r} USD")
        ureg.add_context(ctx)
        _CONTEXTS.add(name)
    with ureg.context(name):
        return float(ureg.Quantity(1.0, _pint_expr(from_unit)).to(_pint_expr(to_unit)).magnitude)


def is_price_unit(unit: str | None) -> bool:
    """Whether ``unit`` is money per tokens (``USD/Mtok``)."""
    parts = (unit or "").split("/")
    return len(parts) == 2 and parts[0] in ISO_CODES and parts[1] in _TOKEN_UNITS
