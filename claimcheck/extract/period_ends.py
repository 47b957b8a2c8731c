"""Periods named by the day they ended: ``the three months ended June 30, 2025`` (``2025-Q2``),
and the fiscal year of a quarter so named (``the fiscal fourth quarter, which ended June 30``,
said in August 2025, is ``FY2025-Q4``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimcheck.extract.dates import MONTH, YEAR, month_number, resolve_month

# "the fiscal fourth quarter, which ended June 30", "the fiscal third quarter, the three months
# ended July 31": the quarter's last month, and its year if given
_QUARTER_ENDED = re.compile(
    rf",?\s*(?:which\s+|that\s+|the\s+(?:three|3)\s+months\s+)?(?:ended|ending|closed)\s+(?:on\s+|in\s+)?(?P<mon>{MONTH})\.?"
    rf"(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{YEAR}))?",
    re.I,
)


def fiscal_quarter_ended(quarter: int, text: str, pos: int, today: dt.date | None) -> tuple[str, int] | None:
    """The fiscal quarter the words at ``pos`` date by its end, and where those words stop.

    The quarter is of the fiscal year that ends the quarters after it, named (as fiscal years
    are) by the calendar year it ends in: the fourth quarter that ended June 30, 2025 is
    ``FY2025-Q4``, the second that ended in October 2024 ``FY2025-Q2``.
    """
    m = _QUARTER_ENDED.match(text, pos)
    if m is None:
        return None
    month = month_number(m["mon"])
    year = int(m["y"]) if m["y"] else resolve_month(month, today)
    if year is None:
        return None
    year += (month + (4 - quarter) * 3 - 1) // 12
    return f"FY{year}-Q{quarter}", m.end()


def quarter_ended(quarter: int, text: str, pos: int, today: dt.date | None) -> tuple[str, int, bool] | None:
    """``the third quarter ended October 27, 2024``: a quarter named without "fiscal" but dated by
    its end. One that ends in its calendar quarter's last month is that calendar quarter
    (``2024-Q3``); one that ends in another month is a fiscal quarter (``FY2025-Q3``). Also where
    the words stop, and whether the quarter is fiscal."""
    m = _QUARTER_ENDED.match(text, pos)
    if m is None:
        return None
    month = month_number(m["mon"])
    if month != quarter * 3:
        found = fiscal_quarter_ended(quarter, text, pos, today)
        return (found[0], found[1], True) if found else None
    year = int(m["y"]) if m["y"] else resolve_month(month, today)
    return (f"{year}-Q{quarter}", m.end(), False) if year is not None else None


def months_ended(months: int, year: int, month: int, day: int) -> tuple[str, str, str]:
    """``the three months ended June 30, 2025``: the calendar quarter, half or year when the span
    is one (``2025-Q2``), else the months ended that day (``P3M/2025-10-31``, ``TTM/…``)."""
    end = f"{year}-{month:02d}-{day:02d}"
    # A 52/53-week calendar closes its quarter on a Saturday near the month's end ("the quarter
    # ended June 28"): within a week of a calendar quarter's end, it is that quarter.
    if month in range(1, 13) and day >= calendar.monthrange(year, month)[1] - 6:
        if months in (3, 6) and month % months == 0:
            label = "Q" if months == 3 else "H"
            return f"{year}-{label}{month // months}", end, "quarter" if months == 3 else "half"
        if months == 12 and month == 12:
            return str(year), end, "year"
    return ("TTM/" + end if months == 12 else f"P{months}M/{end}"), end, "months"
