"""How periods nest and which one a part named without its year is: ``2025-Q2`` within ``2025-H1``,
a quarter's last month, the fiscal year a quarter ending in a month belongs to.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.periods import Period

_PART = re.compile(r"(?P<y>\d{4})-(?P<l>[QH])(?P<n>[1-4])")
_QUARTERS_OF = {"H1": ("Q1", "Q2"), "H2": ("Q3", "Q4")}


def within(part: str, whole: str) -> bool:
    """Whether ``part`` is a shorter period inside ``whole``: ``2025-Q2`` in ``2025-H1`` or
    ``2025``, ``FY2025-Q4`` in ``FY2025``."""
    if part == whole or not part.startswith(whole[:4] if whole[:2] != "FY" else whole[:6]):
        return False
    year, _, rest = whole.partition("-")
    if not rest:
        return part.startswith(f"{year}-")
    return part.startswith(year) and part.rpartition("-")[2] in _QUARTERS_OF.get(rest, ())


def part_of_the_section(part: str, whole: str) -> bool:
    """Whether a period one paragraph spoke of is a part of the section's: inside it, or a
    calendar quarter or half of a fiscal year's span ("a weaker January-March period" of the fiscal
    year ended March 2025, whose months the name does not say)."""
    m = _PART.fullmatch(part)
    fiscal = re.fullmatch(r"FY(\d{4})", whole)
    if m and fiscal:
        return int(fiscal[1]) - 1 <= int(m["y"]) <= int(fiscal[1])
    return within(part, whole)


def nearest_part(part: str, current: str, day: dt.date | None = None) -> str:
    """``2024-Q3`` read as ``2025-Q3`` after ``2025-Q2``: a quarter or half named without its year
    was dated the latest one ended by the article's date, which a plan for the quarter ahead is
    not ("For the third quarter, it expects …" after second-quarter results): the one a year on is
    taken when it is nearer the period the article reports, or as near (after first-half results,
    "the second half" is the one under way)."""
    m, now = _PART.fullmatch(part), _PART.fullmatch(current)
    if m is None or now is None:
        return part
    here = int(now["y"]) * 4 + (int(now["n"]) - 1) * (1 if now["l"] == "Q" else 2)
    at = int(m["y"]) * 4 + (int(m["n"]) - 1) * (1 if m["l"] == "Q" else 2)
    # (never one that starts more than a quarter after the article: "posted second-quarter
    # revenue in July", read in October after a word on the fourth quarter, is this year's)
    starts = (int(m["y"]) + 1) * 12 + (int(m["n"]) - 1) * (3 if m["l"] == "Q" else 6)
    if day is not None and starts > day.year * 12 + day.month + 2:
        return part
    if at < here and abs(at + 4 - here) <= here - at:
        return f"{int(m['y']) + 1}-{m['l']}{m['n']}"
    return part


_ENDS_ON = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-\d{2}")


def three_months_end(p: Period) -> tuple[int, int] | None:
    """The (year, month) three months a period spans end on, when it is a quarter or a span of
    three months ended on a day ("the quarter to June 30", "the three months to March")."""
    span = p.kind == "quarter" or (p.period or "").startswith("P3M/")
    end = _ENDS_ON.fullmatch(p.date or "") if span else None
    return (int(end["y"]), int(end["m"])) if end else None


def fiscal_year_ending(quarter: int, year: int, month: int) -> int:
    """The fiscal year (named, as fiscal years are, by the calendar year it ends in) whose
    ``quarter`` ends in ``month`` of ``year``."""
    return year + (month + (4 - quarter) * 3 - 1) // 12
