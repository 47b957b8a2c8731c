"""Dates as articles write them, and an article's own date from its dateline or byline."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lexicon import MONTHS

YEAR = r"(?:19|20)\d{2}"
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_MONTH_YEAR = (
    rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<month>{MONTH})\s+"
    rf"(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>{YEAR})"
)
DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|date|dated|archive|last\s+updated)\s*(?:on)?\s*:?\s*)?{_DAY_MONTH_YEAR}\s*$"
    rf"|^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?P<iso>{YEAR}-\d{{2}}-\d{{2}})\s*$",
    re.I,
)
# A dateline or byline: "SAN FRANCISCO, March 4, 2025 —", "By Jane Doe | June 10, 2025".
_DATELINE = re.compile(
    rf"^[^\n]{{0,80}}?(?:[,|•·]\s*|—\s*|\(\s*|^\s*){_DAY_MONTH_YEAR}\s*(?:[—–|)/-]|\(|$|,|\s+[—–-]\s)"
    rf"|^[^\n]{{0,60}}?(?P<iso>{YEAR}-\d{{2}}-\d{{2}})(?![\d-])",
    re.I | re.M,
)


def month_number(name: str) -> int:
    """``Sept.`` -> 9."""
    return MONTHS[name.lower().rstrip(".")]


def resolve_month(month: int, today: dt.date | None) -> int | None:
    """The year of the latest such month on or before the article's date (``in May``)."""
    if today is None:
        return None
    return today.year if month <= today.month else today.year - 1


def _date(m: re.Match[str]) -> dt.date | None:
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    day = int(m.group("d1") or m.group("d2") or 1)
    try:
        return dt.date(int(m.group("year")), month_number(m.group("month")), day)
    except ValueError:
        return None


def article_date(lines: list[str]) -> dt.date | None:
    """The article's date from a date line, dateline or byline near the top."""
    top = lines[:8]
    for line in top:
        m = DATE_LINE.match(line)
        if m:
            return _date(m)
    for line in top:
        m = _DATELINE.match(line)
        if m:
            return _date(m)
    for line in top:
        found = _ANY_DATE.search(line[:120])
        if found:
            return _any(found)
    return None


# A full date anywhere near the start of a top line: "--(BUSINESS WIRE)--Jul. 30, 2025--",
# "Updated Wednesday, July 30, 2025 9:00 AM", "**July 30, 2025**", "2025年7月30日", "30/07/2025".
_ANY_DATE = re.compile(
    rf"(?<!\d){_DAY_MONTH_YEAR}"
    rf"|(?P<cy>{YEAR})年(?P<cm>\d{{1,2}})月(?P<cd>\d{{1,2}})日"
    rf"|(?<![\d/])(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>{YEAR})(?![\d/])",
    re.I,
)


def _any(m: re.Match[str]) -> dt.date | None:
    if m.group("cy"):
        return _ymd(m.group("cy"), m.group("cm"), m.group("cd"))
    if m.group("sy"):
        return _ymd(m.group("sy"), m.group("sm"), m.group("sd"))  # day first, as most of the world
    day = m.group("d1") or m.group("d2")
    if not day:
        return None  # a month and a year alone date no article
    return _ymd(m.group("year"), str(month_number(m.group("month"))), day)


# "SAN FRANCISCO, Nov 4 (Wire) -", "Oct 29 (Fairlight News) -": a wire's dateline gives no year.
_YEARLESS = re.compile(
    rf"^(?:[A-Z][\w .,'’/-]{{0,40}}?,?\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})\s*(?:\(|[—–-]\s)", re.M
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(rf"\bon\s+(?P<w>{'|'.join(WEEKDAYS)})\b")
_A_YEAR = re.compile(rf"(?<![\d/.-])({YEAR})(?![\d/.-])")


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """The month and day of a wire's dateline that names no year, near the top."""
    m = _YEARLESS.search("\n".join(text.splitlines()[:8]))
    return (month_number(m.group("month")), int(m.group("day"))) if m else None


def article_day(text: str, today: dt.date | None = None) -> dt.date | None:
    """The article's date; for a wire's dateline without a year ("Nov 4 (Wire) - … on Tuesday"),
    the year near those the text names (one before to one after) on which that day fell on the
    weekday its first paragraph says, when exactly one does; else none. A text naming no year at
    all was filed in the latest year, not after ``today`` (the reading day by default), on which
    that day was that weekday: a story is read after it is written, and the weekday repeats only
    every five to eleven years."""
    lines = text.splitlines()
    found = article_date(lines[:8])
    if found is not None:
        return found
    head = "\n".join(lines[:8])
    m = _YEARLESS.search(head)
    weekday = _WEEKDAY.search(text[m.end() : m.end() + 600]) if m else None
    if m is None or weekday is None:
        return None
    month, day = month_number(m.group("month")), int(m.group("day"))
    years = {int(y) for y in _A_YEAR.findall(text)}
    if not years:
        today = today or dt.date.today()
        past = range(today.year, today.year - 12, -1)
        return next((d for d in _on_weekday(past, month, day, weekday["w"]) if d <= today), None)
    fits = _on_weekday(range(min(years) - 1, max(years) + 2), month, day, weekday["w"])
    return fits[0] if len(fits) == 1 else None


def _on_weekday(years: range, month: int, day: int, weekday: str) -> list[dt.date]:
    """The days ``month``/``day`` of ``years``, in their order, that fell on ``weekday``."""
    days = [_ymd(str(y), str(month), str(day)) for y in years]
    return [d for d in days if d and WEEKDAYS[d.weekday()] == weekday]


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


# "Prices as of April 1, 2025.", "Prices in this post were checked on June 9, 2025.", "Prices
# effective September 1, 2025", "Prices as listed on each vendor's pricing page on October 10, 2025"
_AS_OF_NOTE = re.compile(
    rf"\b(?:prices?|pricing|figures?|data|numbers?|rates?|information|rankings?|scores?|highlights"
    rf"|statistics|metrics|kpis?)\b[^.\n]{{0,40}}?"
    rf"\b(?:as\s+of|(?:checked|listed|taken|retrieved|captured)\b[^.\n]{{0,50}}?\bon|correct\s+as\s+of|accurate\s+as\s+of"
    rf"|valid\s+as\s+of|updated\s+on"
    rf"|(?:in\s+)?effective(?:\s+(?:from|as\s+of|on))?|(?:last\s+)?updated:?)\s+"
    rf"(?:{_DAY_MONTH_YEAR}|(?P<iso>{YEAR}-\d{{2}}-\d{{2}}))",
    re.I,
)


def as_of_note(text: str) -> dt.date | None:
    """The day an article says its figures hold (``Prices as of April 1, 2025``), if it says one."""
    m = _AS_OF_NOTE.search(text)
    return _date(m) if m else None
