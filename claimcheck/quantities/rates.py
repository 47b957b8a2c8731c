"""Exchange rates: the ECB's daily history (shipped offline by ``currencyconverter``),
read at an article's date, with fixed overrides from the config or ``--fx``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from claimcheck.errors import ClaimcheckError


@cache
def _table() -> tuple[dict[str, int], list[list[str]]]:
    """The shipped ECB table: each currency's column, and the rows split into fields."""
    from currency_converter import CURRENCY_FILE
    from currency_converter.currency_converter import get_lines_from_zip

    with open(CURRENCY_FILE, "rb") as f:
        lines = iter(get_lines_from_zip(f.read()))
    header = next(lines).strip().split(",")
    columns = {name.strip(): at for at, name in enumerate(header) if at and name.strip()}
    return columns, [line.strip().split(",") for line in lines]


@cache
def _converter(currency: str) -> Any:
    """A converter holding only the US dollar and ``currency``.

    Each currency's rates (and the gaps interpolated in them) are read from its own column, so
    this gives exactly the rates of a converter loaded with all forty-odd; loading those took
    half a second of every run.
    """
    from currency_converter import CurrencyConverter

    columns, rows = _table()
    picked = [columns[c] for c in dict.fromkeys(("USD", currency)) if c in columns]
    names = ",".join(["Date", *(c for c in dict.fromkeys(("USD", currency)) if c in columns)])
    lines = [names] + [",".join([row[0], *(row[i] if i < len(row) else "" for i in picked)]) for row in rows]
    converter = CurrencyConverter(
        currency_file=None, fallback_on_missing_rate=True, fallback_on_wrong_date=True
    )
    converter.load_lines(lines)
    return converter


@dataclass(frozen=True)
class Rates:
    """Units of each currency per US dollar, on a given date."""

    fixed: tuple[tuple[str, float], ...] = ()
    default_date: str = "latest"
    # Rates an article states itself ("$1 = 7.24 yuan"): ahead of the ECB's, behind the config's.
    stated: tuple[tuple[str, float], ...] = ()

    def with_stated(self, rates: dict[str, float]) -> Rates:
        """These rates for one article that states ``rates``."""
        return replace(self, stated=tuple(sorted(rates.items()))) if rates else self

    @classmethod
    def from_config(cls, fx: dict[str, Any]) -> Rates:
        return cls(tuple(sorted(fx.get("rates", {}).items())), str(fx.get("date", "latest")))

    def date_for(self, article_date: dt.date | None) -> dt.date | None:
        """The rate date for an article: its own date, else the configured default."""
        if article_date is not None:
            return article_date
        if self.default_date == "latest":
            return None
        try:
            return dt.date.fromisoformat(self.default_date)
        except ValueError:
            raise ClaimcheckError(
                f"fx.date: expected 'latest' or YYYY-MM-DD, got {self.default_date!r}"
            ) from None

    def per_usd(self, currency: str, on: dt.date | None) -> float:
        """How many units of ``currency`` one US dollar buys on ``on`` (None: latest)."""
        if currency == "USD":
            return 1.0
        fixed = {**dict(self.stated), **dict(self.fixed)}
        if currency in fixed:
            return fixed[currency]
        return _ecb_rate(currency, on)

    def source(self, currency: str, on: dt.date | None) -> str:
        """Where a rate comes from, for messages and notes."""
        if currency in dict(self.fixed):
            return "configured"
        if currency in dict(self.stated):
            return "stated in the article"
        return f"ECB {on.isoformat()}" if on else "ECB latest"


@cache
def table_date() -> str:
    """The date of the newest rate in the shipped ECB table (``2026-10-30``), or ``unknown``.

    Read from the table's first row, without loading the whole table: reports and the
    extraction cache name it, so a newer table is never mistaken for the old one.
    """
    import zipfile
    from importlib.util import find_spec
    from pathlib import Path

    # Found without importing the package, which would cost more than the whole lookup.
    spec = find_spec("currency_converter")
    if spec is None or spec.origin is None:
        return "unknown"
    try:
        table = Path(spec.origin).parent / "eurofxref-hist.zip"
        with zipfile.ZipFile(table) as archive, archive.open(archive.namelist()[0]) as rows:
            rows.readline()  # the header: Date,USD,JPY,...
            first = rows.readline().decode("ascii", "replace")
    except (OSError, zipfile.BadZipFile, IndexError):
        return "unknown"
    date = first.split(",", 1)[0].strip()
    return date or "unknown"


class MissingRate(ClaimcheckError):
    """No rate is known for a currency (the ECB does not publish it and none is configured)."""


@cache
def _ecb_rate(currency: str, on: dt.date | None) -> float:
    converter = _converter(currency)
    if currency not in converter.currencies:
        raise MissingRate(f"no exchange rate for {currency}: add it under fx.rates in claimcheck.yaml")
    if on is None:
        on = min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)
    return float(converter.convert(1.0, "USD", currency, date=on))


def latest_date(currency: str) -> dt.date:
    """The last day the ECB table has a rate for ``currency`` against the US dollar."""
    converter = _converter(currency)
    if currency not in converter.currencies:
        raise MissingRate(f"no exchange rate for {currency}: add it under fx.rates in claimcheck.yaml")
    return min(converter.bounds[currency].last_date, converter.bounds["USD"].last_date)


def rate_range(rates: Rates, currency: str, on: dt.date | None, days: int) -> tuple[float, float]:
    """The lowest and highest rate (units per US dollar) over the ``days`` before ``on`` (None: latest),
    read monthly: a writer converts at a rate they know, which lags the day's."""
    if currency == "USD" or currency in dict(rates.fixed) or days <= 0:
        rate = rates.per_usd(currency, on)
        return rate, rate
    end = on or latest_date(currency)
    samples = [rates.per_usd(currency, end - dt.timedelta(days=d)) for d in range(0, days + 1, 30)]
    return min(samples), max(samples)
