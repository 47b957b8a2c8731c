"""Dates as files and CMS exports write them: ISO 8601, RFC 2822, PDF ``D:`` dates, Unix times."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")
_LEADING_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# A Unix time in milliseconds is past this many seconds (the year 5138).
_MILLISECONDS = 10**11


def parse_date(value: object) -> dt.date | None:
    """The calendar date ``value`` names, or None when it names none."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return _unix(float(value))
    return _text(str(value).strip())


def _unix(seconds: float) -> dt.date | None:
    if seconds > _MILLISECONDS:
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _text(text: str) -> dt.date | None:
    if not text:
        return None
    if text.isdigit():
        return _unix(float(text)) if len(text) >= 9 else None
    m = _PDF_DATE.match(text)
    if m:
        return _ymd(m.group(1), m.group(2) or "1", m.group(3) or "1")
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    m = _LEADING_ISO.match(text)
    return _ymd(*m.groups()) if m else None


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
