"""Periods and dates in text, at their true grain, and an article's own date.

A period is what a flow figure covers: a year (``2025``), a half (``2025-H1``), a quarter
(``2025-Q4``), a fiscal year or quarter as stated (``FY2025``, ``FY2025-Q3``: never mapped to a
calendar year), year to date (``2025-YTD``), trailing twelve months (``TTM``), the months ended a
date (``P3M/2024-10-31``) or a span of years (``2024/2027``). A date is when a moving figure held
(``as of March 2025`` is ``2025-03``). Words relative to the article (``last year``, ``in May``,
``the third quarter``) are resolved against the article's date when it has one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extract import period_ends
from claimcheck.extract.dates import DATE_LINE, MONTH, month_number, resolve_month
from claimcheck.extract.dates import article_date as article_date
from claimcheck.extract.period_patterns import PATTERNS
from claimcheck.extract.periods_zh import chinese

_GROUP = re.compile(r"\(\?P<(\w+)>")
_HEDGE = (
    r"(?:\s*\((?P<hedge>est\.?|estimated?|e|projected|proj\.?|forecast|f|expected|target)\)"
    r"|(?P<hedgel>[EeFP])\b)?"
)
_COUNT_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def _unique(kind: str, rx: str) -> str:
    """Group names made unique per pattern (``ord`` -> ``ord__fq__2``), for one combined regex."""
    count = iter(range(1000))
    return _GROUP.sub(lambda g: f"(?P<{g.group(1)}__{kind}__{next(count)}>", rx)


# Word edges, except where Chinese runs on without spaces ("上半年营收"): a Chinese character is
# no word character to a period written in Chinese or followed by one.
_PERIOD = re.compile(
    r"(?<![\w$€£¥.,](?<!(?-i:[\u4e00-\u9fff])))(?:"  # (case-sensitive: see textsearch.NOT_AFTER_WORD)
    + "|".join(f"(?P<{name}>{_unique(name, rx)})" for name, rx in PATTERNS)
    + rf"){_HEDGE}(?![A-Za-z0-9_%$€£¥亿万千]|\.\d)",
    re.I,
)


# Every pattern above needs a digit or one of these words (a month, "quarter", "year", 年, ...):
# a sentence with none of them names no period, and this test costs a tenth of the scan it spares
# (half the sentences of a news article).
_MAY_NAME_A_PERIOD = re.compile(rf"\d|quarter|half|year|month|ttm|ltm|ytd|{MONTH}|[年月季]", re.I)


class _Groups(dict[str, str | None]):
    """A match's groups by their plain names, for the one pattern that matched."""

    @classmethod
    def of(cls, m: re.Match[str], kind: str) -> _Groups:
        out = cls()
        for name, value in m.groupdict().items():
            base, _, rest = name.partition("__")
            if rest.startswith(kind + "__") and value is not None:
                out.setdefault(base, value)
        return out

    def __missing__(self, name: str) -> None:
        return None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
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


@dataclass(frozen=True)
class Period:
    """A period or date named at ``start:end``; ``hedge`` from ``(Est.)``-style marks."""

    start: int
    end: int
    period: str | None
    hedge: str | None = None
    date: str | None = None
    kind: str = "year"
    # A part named without its year ("the fourth quarter": Q4; "the full fiscal year": FY): read
    # within the fiscal year an article is about, when it is about one.
    part: str | None = None


def find_periods(text: str, today: dt.date | None = None) -> list[Period]:
    """Every period and date named in ``text``, in order; relative words resolved against ``today``."""
    return list(_periods(text, today))


# A sentence's periods are asked for by several readers (its claims, its labels, the names of the
# article, the sentence after it): the scan is pure, so a text in view is scanned once.
@lru_cache(maxsize=4096)
def _periods(text: str, today: dt.date | None) -> tuple[Period, ...]:
    if not _MAY_NAME_A_PERIOD.search(text):
        return ()
    out = []
    for m in _PERIOD.finditer(text):
        found = _read(m, today)
        if found is not None:
            period, date, kind = found
            out.append(Period(m.start(), m.end(), period, _hedge(m), date, kind, _part(m)))
    dated = [_year_by_its_end(_at_year_edge(p, text), text, today) for p in out]
    # The day a fiscal quarter ended dates the quarter, not a figure of its own.
    ends = [(p.end, end) for p, end in dated if end]
    return tuple(p for p, _ in dated if not any(lo <= p.start < hi for lo, hi in ends))


# "at the end of 2024", "year-end 2024", "end-2024": a moving figure held on the year's last
# month; "at the start of 2024", "the beginning of 2024": on its first.
_YEAR_EDGE_BEFORE = re.compile(
    r"(?:(?P<end>\bend(?:\s+of)?|\byear[- ]end)|\b(?:start|beginning)\s+of)[\s-]+$", re.I
)


def _at_year_edge(p: Period, text: str) -> Period:
    edge = _YEAR_EDGE_BEFORE.search(text[max(0, p.start - 16) : p.start])
    if p.kind != "year" or p.date or not p.period or edge is None:
        return p
    month = "12" if edge["end"] else "01"
    return Period(p.start, p.end, p.period, p.hedge, f"{p.period}-{month}", p.kind, p.part)


def _year_by_its_end(p: Period, text: str, today: dt.date | None) -> tuple[Period, int]:
    """A fiscal quarter named with the day it ended, dated by it (see ``period_ends``), and where
    the words naming the end stop (0: the quarter is not dated so)."""
    if p.kind == "quarter" and p.part:
        # "the third quarter ended October 27, 2024": the day it ended says whose quarter it is
        ended = period_ends.quarter_ended(int(p.part[1]), text, p.end, today)
        if ended is None:
            return p, 0
        period, end, fiscal = ended
        kind = "fiscal_quarter" if fiscal else p.kind
        return Period(p.start, p.end, period, p.hedge, p.date, kind, None if fiscal else p.part), end
    if p.kind != "fiscal_quarter" or not (p.period or "").startswith("FY-Q"):
        return p, 0
    found = period_ends.fiscal_quarter_ended(int(p.period[-1]), text, p.end, today)
    if found is None:
        return p, 0
    period, end = found
    return Period(p.start, p.end, period, p.hedge, p.date, p.kind), end


def _year(g: _Groups) -> int:
    return int(g["y4"]) if g["y4"] else 2000 + int(g["y2"] or 0)


def _read(m: re.Match[str], today: dt.date | None) -> tuple[str | None, str | None, str] | None:
    kind = next(k for k, _ in PATTERNS if m.group(k) is not None)
    g = _Groups.of(m, kind)
    if kind == "first":
        return _first_months(g, today)
    if kind in ("iso", "ended", "ttm", "span", "date"):
        return _absolute(kind, g, today)
    if kind in ("fq", "fh", "fytd", "fy"):
        return _fiscal(kind, g)
    if kind in ("q", "h", "ytd"):
        return _calendar(kind, g, today)
    if kind in ("q_open", "h_open", "fq_open"):
        return _open_part(kind, g, today)
    if kind == "rel":
        return _relative_year(g["rel"].lower(), today)
    if kind == "zhrel":
        return _relative_year({"去年": "last", "明年": "next"}.get(g["zrel"] or "", "this"), today)
    if kind == "months":
        return _month_span(g, today)
    if kind.startswith("zh"):
        return chinese(kind, g, today)
    if kind == "fy_open":
        return None, None, "fiscal_year"
    if kind == "q_this":
        return None, None, "fiscal_quarter"
    if kind == "yearstart":
        return (None, f"{today.year}-01", "date") if today else None
    if kind == "lastmonth":
        before = (today.replace(day=1) - dt.timedelta(days=1)) if today else None
        return (None, f"{before.year}-{before.month:02d}", "date") if before else None
    return _month(g, today)


def _first_months(g: _Groups, today: dt.date | None) -> tuple[str | None, str | None, str] | None:
    """``the first nine months of 2025``: the months from the year's start (``P9M/2025-09-30``, the
    span "the nine months ended September 30, 2025" names too); of a fiscal year, its year to date."""
    if g["y4"] or g["y2"]:
        return f"FY{_year(g)}-YTD", None, "ytd"
    year = int(g["fcy"]) if g["fcy"] else today.year if today and not g["fthe"] else None
    if year is None:
        return None
    months = _COUNT_MONTHS[g["fn"].lower()]
    return period_ends.months_ended(months, year, months, calendar.monthrange(year, months)[1])


def _absolute(kind: str, g: _Groups, today: dt.date | None) -> tuple[str | None, str | None, str] | None:
    if kind == "iso":
        return g["iy"], f"{g['iy']}-{g['im']}-{g['id']}", "date"
    if kind == "ttm":
        return "TTM", None, "ttm"
    if kind == "span":
        return f"{g['from']}/{g['to']}", None, "span"
    if kind == "ended":
        month = month_number(g["em"] or g["em2"] or g["em3"])
        year = int(g["ey"]) if g["ey"] else resolve_month(month, today)
        if not g["ey"] and g["ing"] and year is not None and today is not None:
            # "expects revenue … for the three months ending December", "for the year ending in
            # March" (read in November): the one ahead
            year = today.year if month >= today.month else today.year + 1
        if year is None:
            return None
        # "the fiscal year ended March 2025": the month's last day
        day = int(g["ed"] or g["ed2"] or calendar.monthrange(year, month)[1])
        unit = (g["unit"] or "").lower()
        months = (
            _COUNT_MONTHS[g["n"].lower()]
            if g["n"]
            else 3
            if unit == "quarter"
            else 6
            if "half" in unit
            else 12
        )
        found = period_ends.months_ended(months, year, month, day)
        if unit.endswith("year") and found[2] == "months":
            return f"FY{year}", found[1], "fiscal_year"  # "the fiscal year ended March 31, 2025"
        return found
    year = g["year"]
    if not g["month"]:
        return year, None, "year"
    month = month_number(g["month"])
    date = f"{year}-{month:02d}" + (f"-{int(g['day']):02d}" if g["day"] else "")
    return year, date, "date"


def _fiscal(kind: str, g: _Groups) -> tuple[str, None, str]:
    if kind == "fq":
        quarter = g["fq1"] or g["fq2"] or g["fq3"] or g["fq5"] or _ORDINALS[g["ord"].lower()]
        year = int(g["fy3"]) if g["fy3"] else _year(g)
        return f"FY{year}-Q{quarter}", None, "fiscal_quarter"
    if kind == "fh":
        half = g["fh1"] or _ORDINALS[g["hord"].lower()]
        return f"FY{_year(g)}-H{half}", None, "fiscal_half"
    if kind == "fytd":
        return f"FY{_year(g)}-YTD", None, "ytd"
    return f"FY{_year(g)}", None, "fiscal_year"


def _calendar(kind: str, g: _Groups, today: dt.date | None) -> tuple[str, None, str] | None:
    if kind == "q":
        quarter = g["q1"] or g["q2"] or g["q3"] or g["q4"] or g["q6"] or _ORDINALS[g["ord"].lower()]
        year = g["qy1"] or g["qy2"] or g["qy3"] or g["qy6"] or (f"20{g['qy4'] or g['qy5']}")
        return f"{year}-Q{quarter}", None, "quarter"
    if kind == "h":
        half = g["h1"] or g["h2"] or g["h3"] or _ORDINALS[g["hord"].lower()]
        year = g["hy1"] or g["hy2"] or g["hy3"] or f"20{g['hy4']}"
        return f"{year}-H{half}", None, "half"
    year = g["ytdy"] or (str(today.year) if today else None)
    return (f"{year}-YTD", None, "ytd") if year else None


def _open_part(kind: str, g: _Groups, today: dt.date | None) -> tuple[str, None, str] | None:
    """``the third quarter``: the latest such quarter that had ended, or nearly, by the article's date."""
    if kind == "fq_open":
        quarter = g["fq4"] or _ORDINALS[g["ord"].lower()]
        return f"FY-Q{quarter}", None, "fiscal_quarter"
    if kind == "q_open":
        part, months = int(g["q5"] or _ORDINALS[g["ord"].lower()]), 3
    else:
        part, months = int(g["h4"] or _ORDINALS[g["hord"].lower()]), 6
    label = "Q" if months == 3 else "H"
    if today is None:
        return f"{label}{part}", None, "quarter" if months == 3 else "half"
    year = today.year if part * months <= today.month + 1 else today.year - 1
    return f"{year}-{label}{part}", None, "quarter" if months == 3 else "half"


def _month_span(g: _Groups, today: dt.date | None) -> tuple[str, None, str] | None:
    """``the April-June quarter``: a calendar quarter or half when the months are one, else the
    months ended with the last (``P4M/2025-05-31``)."""
    first, last = month_number(g["m1"]), month_number(g["m2"])
    months = (last - first) % 12 + 1
    year = int(g["my"]) if g["my"] else resolve_month(last, today)
    if year is None or months not in (2, 3, 4, 5, 6, 9):
        return None
    if months in (3, 6) and first % months == 1:
        label = "Q" if months == 3 else "H"
        return f"{year}-{label}{last // months}", None, "quarter" if months == 3 else "half"
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return f"P{months}M/{end.isoformat()}", None, "months"


def _relative_year(word: str, today: dt.date | None) -> tuple[str, None, str] | None:
    if today is None:
        return None
    shift = {"last": -1, "previous": -1, "prior": -1, "next": 1}.get(word, 0)
    return str(today.year + shift), None, "year"


def _month(g: _Groups, today: dt.date | None) -> tuple[str | None, str | None, str]:
    month = month_number(g["om"])
    year = int(g["oy"]) if g["oy"] else resolve_month(month, today)
    if g["olast"] and year is not None and today is not None and month == today.month:
        year -= 1  # "last March", said in March: a year ago
    day = g["od"] or g["od2"]
    if (g["oend"] or g["oend2"]) and not day and year is not None:
        day = str(calendar.monthrange(year, month)[1])  # "at the end of June", "end-June": its last day
    # "Effective September 1", "From September 1, it costs …", said in August: the day ahead
    ahead = g["ahead"] and day and not g["oy"] and today is not None
    if ahead and year is not None and (month, int(day)) > (today.month, today.day):
        year = today.year
    if year is None:
        return None, None, "date"  # a date all the same, though its year is not known
    date = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return (g["oy"], date, "date") if g["oy"] else (None, date, "date")


def _part(m: re.Match[str]) -> str | None:
    """``Q4`` for "the fourth quarter", ``H1`` for "the first half", ``FY`` for "the full year",
    ``Q`` for "in the quarter" (the one last named)."""
    kind = next(k for k, _ in PATTERNS if m.group(k) is not None)
    if kind == "fy_open":
        return "FY"
    if kind == "q_this":
        return "Q"
    if kind not in ("q_open", "h_open", "fq_open"):
        return None
    g = _Groups.of(m, kind)
    if kind == "fq_open":  # "the second fiscal quarter": of the fiscal year in view
        return f"Q{g['fq4'] or _ORDINALS[g['ord'].lower()]}"
    if kind == "q_open":
        return f"Q{g['q5'] or _ORDINALS[g['ord'].lower()]}"
    return f"H{g['h4'] or _ORDINALS[g['hord'].lower()]}"


def _hedge(m: re.Match[str]) -> str | None:
    word = (m.group("hedge") or m.group("hedgel") or "").lower().rstrip(".")
    if not word:
        return None
    return _HEDGES.get(word, "estimate" if word.startswith("est") else None)


def period_label(text: str, today: dt.date | None = None) -> Period | None:
    """The period a whole header cell names (``2025 (Est.)``, ``Q3 FY26``), if that is all it says."""
    periods = [p for p in find_periods(text, today) if p.period]
    if len(periods) == 1 and not re.sub(r"[\s()]", "", text[: periods[0].start] + text[periods[0].end :]):
        return periods[0]
    return None


__all__ = ["DATE_LINE", "Period", "article_date", "find_periods", "period_label"]
