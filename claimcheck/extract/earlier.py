"""The earlier figure of a change: ``up 20% from $1.10 billion a year earlier`` is last year's
revenue, ``from $2.84 billion in the previous quarter`` last quarter's. Its period is the one the
clause is about, shifted back by the step the text names (a year, a quarter), when it names one.
"""

from __future__ import annotations

import calendar
import re

from claimcheck.lexicon import MONTHS

_MONTHS = {m[:3] for m in MONTHS}
_MEASURED_FROM = r"\b(?:from|compar(?:ed|es?)\s+(?:with|to)|versus|vs\.?|against)"
# "compared with a net loss of $71.2 million": the earlier figure may be named again before it
_FROM = re.compile(
    rf"(?:\bup\s+|\bdown\s+)?{_MEASURED_FROM}\s+(?:the\s+|its\s+|a\s+)?(?:(?:[a-z][\w-]*\s+){{1,4}}of\s+)?$",
    re.I,
)
_YEAR_BACK = re.compile(
    r"去年同期|上年同期|同比|\ba\s+year\s+(?:earlier|ago|before)|\bthe\s+(?:year-earlier|year-ago|prior-year|same)\s+(?:period|quarter)"
    r"|\blast\s+year\b|\bthe\s+(?:previous|prior)\s+year\b|\byear[\s-]on[\s-]year\b|\byear[\s-]over[\s-]year\b|\bYoY\b",
    re.I,
)
_QUARTER_BACK = re.compile(
    r"上季度|上一季度|环比|\bthe\s+(?:previous|prior|preceding|last)\s+quarter\b|\bsequential(?:ly)?\b|\bquarter[\s-]on[\s-]quarter\b"
    r"|\bquarter[\s-]over[\s-]quarter\b|\bQoQ\b",
    re.I,
)
_CALENDAR = re.compile(r"(?P<fy>FY)?(?P<y>\d{4})(?:-(?P<part>[QH])(?P<n>[1-4]))?$")
_ENDED = re.compile(r"(?P<span>P\d+M|TTM)/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


# "from $311 mln, or 88 cents per share, a year earlier": the per-share figure restating an
# earlier one is earlier too.
_RESTATED_FROM = re.compile(rf"{_MEASURED_FROM}\s+[^,;()]{{1,50}},\s+or\s+$", re.I)


# "against A$1.31 billion from Australia": a figure set beside another part's is that part's, no
# earlier value
_OTHER_PART = re.compile(r"\s+(?:from|in|at)\s+(?:the\s+)?(?P<w>[A-Z][\w&-]*)")


# "较去年同期的 3.1 亿元": measured against last year's figure, in Chinese
_ZH_FROM = re.compile(r"(?:较|相比|相较于?|比)(?:去年同期|上年同期|去年|上年|上季度|上一季度|此前)?的?\s*$")


# "expects an operating margin of 8% to 9%, after 8.7% in 2024": the actual figure a forecast
# follows on from
_AFTER = re.compile(r",\s+(?:up\s+|down\s+)?after\s+(?:an?\s+|the\s+)?$", re.I)


# (told for an earlier period: "after £22.1m of restructuring charges" is what was deducted)
_AFTER_WHEN = re.compile(
    r"\s+(?:in\s+(?:19|20)\d{2}\b|a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+year\s+before)"
)


def reported_before(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the actual one a forecast follows on from (``, after
    8.7% in 2024``): an earlier value, and reported."""
    return bool(_AFTER.search(text, max(0, start - 20), start) and _AFTER_WHEN.match(text, end))


def is_earlier(text: str, start: int, written: str) -> bool:
    """Whether the figure ``written`` at ``start`` is the earlier value a change is measured from."""
    part = _OTHER_PART.match(text, start + len(written))
    if part and not written.lower().startswith("from ") and part["w"].lower()[:3] not in _MONTHS:
        return False
    return (
        written.lower().startswith("from ")
        or bool(_FROM.search(text, max(0, start - 60), start))
        or bool(_RESTATED_FROM.search(text, max(0, start - 80), start))
        or bool(_ZH_FROM.search(text, max(0, start - 12), start))
        or reported_before(text, start, start + len(written))
    )


_BRACKET_OPEN = re.compile(r"[(（]\s*(?:vs\.?\s+|versus\s+|prior[\s-]year:?\s+)?$", re.I)


# "Group Results (Year Ended 31 December 2024)": a span a heading is for, not a comparison's label
_SPAN_NAMED = re.compile(
    r"(?:fiscal\s+)?(?:year|six|three|nine|twelve|\d+)\b[\w\s]*?\b(?:ended|ending|to)\b", re.I
)


def in_brackets(text: str, start: int) -> bool:
    """``(Q2 FY2025: ¥166.0 billion)``: a period opening brackets labels a comparison figure;
    it is not the period the sentence reports."""
    return bool(_BRACKET_OPEN.search(text, max(0, start - 14), start)) and not _SPAN_NAMED.match(text, start)


_NAMED_AGAIN = re.compile(r"\b[a-z][\w-]*\s+of\s+$", re.I)


def names_its_measure(text: str, start: int) -> bool:
    """Whether an earlier figure names what it measures (``against revenue of $18 million``),
    rather than being that of the level it is set against (``up from $25 million``)."""
    return bool(_NAMED_AGAIN.search(text, max(0, start - 40), start))


_BASE_CUE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than)\b(?!.*\bto\b)", re.I | re.S
)


# "(+6.4% year on year; +2.1% on Q2 2025)": a change on the period it is measured from
_CHANGE_ON = re.compile(r"\d\s?%\s+on\s+(?:the\s+)?$")


def is_base_period(text: str, start: int) -> bool:
    """Whether the period at ``start`` is what a change is measured from (``up 112% from the
    second quarter of 2024``, ``compared with 37.9% in the second quarter of 2024``), not the
    period the sentence reports."""
    # "compared with GAAP net income of $22.1 million, or $0.24 per diluted share, in the third
    # quarter of 2024": the cue may stand a clause's length before the period.
    return bool(
        _BASE_CUE.search(text, max(0, start - 100), start)
        or _CHANGE_ON.search(text, max(0, start - 16), start)
    )


def base_between(period: str | None, base: str | None) -> str | None:
    """``yoy`` when ``base`` is ``period`` a year back, ``qoq`` when a quarter back, else None:
    ``up 27% from the third quarter of 2024`` in 2025's third quarter is year on year."""
    if not period or not base:
        return None
    if shifted(period, "year") == base:
        return "yoy"
    return "qoq" if shifted(period, "quarter") == base else None


def step_back(text: str) -> str | None:
    """``year`` or ``quarter``: how far back the earlier value lies, if the text says."""
    if _QUARTER_BACK.search(text):
        return "quarter"
    if _YEAR_BACK.search(text):
        return "year"
    return None


def shifted(period: str | None, step: str | None) -> str | None:
    """``2025-Q3`` a quarter back is ``2025-Q2``, a year back ``2024-Q3``; None if it cannot be told.

    A year's or a half's figure "from" an unnamed earlier one is the year before's (halves are
    set against the same half a year back); a quarter's could be either the quarter before or the
    same quarter a year before, so it stays unknown.
    """
    if period is None:
        return None
    if step is None:
        step = "year" if re.fullmatch(r"(?:FY)?\d{4}(?:-H[12])?", period) else None
    if step is None:
        return None
    m = _CALENDAR.match(period)
    if m:
        return _shift_calendar(m, step)
    m = _ENDED.match(period)
    if m:
        year, month = months_before(int(m["y"]), int(m["m"]), 12 if step == "year" else 3)
        day = min(int(m["d"]), calendar.monthrange(year, month)[1])
        return f"{m['span']}/{year}-{month:02d}-{day:02d}"
    return None


def months_before(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` before ``year``-``month``."""
    back, index = divmod(year * 12 + month - 1 - months, 12)
    return back, index + 1


def _shift_calendar(m: re.Match[str], step: str) -> str | None:
    fy, year, part, n = m["fy"] or "", int(m["y"]), m["part"], int(m["n"] or 0)
    if step == "year":
        return f"{fy}{year - 1}" + (f"-{part}{n}" if part else "")
    if part is None:
        return None  # a year has no "previous quarter"
    parts = 4 if part == "Q" else 2
    n -= 1
    if n < 1:
        year, n = year - 1, parts
    return f"{fy}{year}-{part}{n}"
