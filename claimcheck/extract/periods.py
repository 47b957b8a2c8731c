"""Periods in text: years, quarters, fiscal years, year spans, and an article's date.

A period is a year (``2025``), a quarter (``2025-Q4``) or a span of years in
ISO 8601 interval form (``2024/2027``). A month or a day narrows nothing
here: ``as of June 2026`` is the year 2026.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimcheck.lexicon import MONTHS

_YEAR = r"(?:19|20)\d{2}"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_HEDGE = (
    r"(?:\s*\((?P<h>est\.?|estimated?|e|projected|proj\.?|forecast|f|expected|target)\)|(?P<hl>[EeFP])\b)?"
)
_PERIOD = re.compile(
    rf"""(?<![\w$€£¥.,])(?:
        (?P<iso>{_YEAR})-\d{{2}}-\d{{2}}
      | (?P<q1>Q[1-4])\s*(?:of\s+)?(?:FY\s?)?(?P<qy1>{_YEAR})
      | (?P<qy2>{_YEAR})\s*-?\s*(?P<q2>Q[1-4])
      | (?P<ord>first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?P<qy3>{_YEAR})
      | (?:FY\s?|fiscal\s+(?:year\s+)?)(?P<fy>{_YEAR})
      | H[12]\s*(?P<hy>{_YEAR})
      | (?P<from>{_YEAR})\s*(?:[-–]|to|through)\s*(?P<to>{_YEAR})
      | (?:(?P<month>{_MONTH})\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{_YEAR})
    ){_HEDGE}(?![\w%$€£¥]|\.\d)""",
    re.X | re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_HEDGES = {
    "e": "estimate",
    "f": "projected",
    "p": "projected",
    "proj": "projected",
    "forecast": "projected",
    "expected": "projected",
    "target": "projected",
    "projected": "projected",
}
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|archive)\s*:?\s*)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<month>{_MONTH})\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<year>{_YEAR})\s*$"
    rf"|^\s*(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})\s*$",
    re.I,
)


@dataclass(frozen=True)
class Period:
    """A period named at ``start:end``; ``hedge`` from ``(Est.)``-style marks."""

    start: int
    end: int
    period: str
    hedge: str | None = None


def find_periods(text: str) -> list[Period]:
    """Every period named in ``text``, in order."""
    out = []
    for m in _PERIOD.finditer(text):
        out.append(Period(m.start(), m.end(), _period(m), _hedge(m)))
    return out


def _period(m: re.Match[str]) -> str:
    g = m.groupdict()
    if g["q1"] or g["q2"]:
        return f"{g['qy1'] or g['qy2']}-{(g['q1'] or g['q2']).upper()}"
    if g["ord"]:
        return f"{g['qy3']}-Q{_ORDINALS[g['ord'].lower()]}"
    if g["from"]:
        return f"{g['from']}/{g['to']}"
    return g["iso"] or g["fy"] or g["hy"] or g["year"]


def _hedge(m: re.Match[str]) -> str | None:
    word = (m.group("h") or m.group("hl") or "").lower().rstrip(".")
    if not word:
        return None
    return _HEDGES.get(word, "estimate" if word.startswith("est") else None)


def period_label(text: str) -> Period | None:
    """The period a whole header cell names (``2025 (Est.)``), if that is all it says."""
    periods = find_periods(text)
    if len(periods) == 1 and not re.sub(r"[\s()]", "", text[: periods[0].start] + text[periods[0].end :]):
        return periods[0]
    return None


def article_date(lines: list[str]) -> dt.date | None:
    """The article's date from a dateline near the top (``June 2026``, ``2026-06-15``)."""
    for line in lines[:8]:
        m = _DATE_LINE.match(line)
        if not m:
            continue
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        day = int(m.group("d1") or m.group("d2") or 1)
        try:
            return dt.date(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], day)
        except ValueError:
            return None
    return None
