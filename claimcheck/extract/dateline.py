"""An article's date, also when its wire dateline names no year ("SINGAPORE, March 3 (Wire) -").

A reader of such a dateline knows the year from what the article reports: a full calendar year's
figure in the past tense ("revenue rose to $85 mln in 2024") is reported after that year ends, and
a year spoken of as ahead ("plans to hire 150 more by the end of 2025") has not ended yet.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract import dates
from claimcheck.extract.periods import Period, find_periods

# Words that put a year ahead of the writer ("expects revenue of $300 million in 2026"), or make
# it a year still running ("so far in 2024"): such a year tells nothing of one already ended.
_AHEAD = re.compile(
    r"\b(?:by|will|would|could|may|might|expects?|expected|expecting|forecasts?|forecast|projected"
    r"|projects?|targets?|targeting|plans?|planning|aims?|guidance|guided|outlook|due|next|through"
    r"|until|so\s+far|to\s+date|this)\b",
    re.I,
)
# A part of the year ("the first nine months of 2025", "the half to June 2025"): not a full year.
_PART_OF_YEAR = re.compile(
    r"\b(?:months?|weeks?|days?|half|quarter|period)\s+(?:of|in|to|ended|ending|through)\s+(?:\w+\s+)?$",
    re.I,
)
# A clause's start: what comes before it is another statement's.
_CLAUSE_START = re.compile(r"[,;:.!?]\s|\b(?:and|but|while|whereas|up|down)\s+from\b", re.I)


def article_day(text: str, today: dt.date | None = None) -> dt.date | None:
    """The article's date (see ``dates.article_day``, which ``today`` is passed to); for a
    yearless dateline that neither names its weekday, the year after the latest full calendar
    year the article reports as past, when no year it speaks of as ahead is earlier than that (and
    the year ahead when the past one lies years behind it)."""
    found = dates.article_day(text, today)
    if found is not None:
        return found
    month_day = dates.yearless_dateline(text)
    if month_day is None:
        return None
    periods = find_periods(text)
    past, ahead = _years(text, periods)
    if not past:
        return None
    # ("spun out … in 2019" beside "the third quarter of fiscal 2025, which ended in March": no
    # earlier than the year of the latest quarter or half it names)
    year = max(max(past) + 1, _latest_part(periods) or 0)
    if ahead and min(ahead) < year:
        return None
    if ahead and min(ahead) > year + 1:
        # "spun out … in 2009" beside "guidance for 2025": a year that far behind the one spoken
        # of as ahead is history, and the year ahead (a guidance's, a plan's) is the current one
        year = min(ahead)
    try:
        return dt.date(year, *month_day)
    except ValueError:
        return None


_PART_YEAR = re.compile(r"(?:FY)?(?P<y>\d{4})-(?P<part>[QH][1-4])")


def _latest_part(periods: list[Period]) -> int | None:
    """The latest year a quarter or half the text names ends in, at the least (a fiscal year's
    first half may end in the calendar year before the one it is named by)."""
    years = []
    for p in periods:
        m = _PART_YEAR.fullmatch(p.period or "")
        if m:
            fiscal_early = (p.period or "").startswith("FY") and m["part"] in ("Q1", "Q2", "H1")
            years.append(int(m["y"]) - (1 if fiscal_early else 0))
    return max(years, default=None)


def _years(text: str, periods: list[Period]) -> tuple[list[int], list[int]]:
    """Calendar years the text reports as ended, and years it speaks of as ahead."""
    past: list[int] = []
    ahead: list[int] = []
    for p in periods:
        if p.kind != "year" or not re.fullmatch(r"\d{4}", p.period or ""):
            continue
        before = text[max(0, p.start - 80) : p.start]
        if _PART_OF_YEAR.search(before):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(before)]
        clause = before[starts[-1] :] if starts else before
        (ahead if _AHEAD.search(clause) else past).append(int(p.period or 0))
    return past, ahead
