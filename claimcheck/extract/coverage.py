"""Coverage: how many numbers an article holds, how many became claims, and why the rest did not.

Readers record each figure they set aside with a reason; every other number of the text is
classed by where it stands (a year, a name, a URL, a code block). This is how a user, and the
reader's developers, find what the reader misses.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d{2}$")
_LIST_MARKER = re.compile(r"(?m)^[ \t]*(\d{1,3})[.)][ \t]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:/[\w.-]+)+\.\w+\b|\[\d+\]")

# Reasons, in the words the coverage line uses.
UNATTRIBUTED = "unattributed"
NO_METRIC = "no metric"
SETTING = "evaluation setting"
CHANGE = "relative change"
HYPOTHETICAL = "condition or scenario"
SHARE = "share of something else"
RESTATED = "restates another figure"
NO_RATE = "currency with no rate"
RATE = "exchange rate"
RANK = "rank or list position"
COUNT_WORD = "a small number in words"
MARGIN = "margin around another figure"
URL = "in a URL, path or citation"
CODE = "in a code block"
DATE = "year or date"
NAME = "part of a name or version"
SIZE = "memory or file size"
DURATION = "a length of time"
UNREAD = "not read"


@dataclass(frozen=True)
class Skip:
    """One figure set aside: where, as written, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Coverage:
    """What a reader set aside while reading one article."""

    skips: list[Skip] = field(default_factory=list)
    code: list[tuple[int, int]] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)
    rates: list[tuple[int, int]] = field(default_factory=list)  # exchange-rate statements

    def in_rate(self, start: int, end: int) -> bool:
        """Whether the figure at ``start:end`` states an exchange rate (``$1 = 7.24 yuan``)."""
        return any(a <= start and end <= b for a, b in self.rates)

    def skip(self, start: int, end: int, text: str, reason: str) -> None:
        self.skips.append(Skip(start, end, text, reason))


@dataclass(frozen=True)
class Skipped:
    """A number of the text that is no claim: where (1-based line and column), as written, and why."""

    line: int
    column: int
    text: str
    reason: str
    page: int | None = None  # where the file has pages (a PDF's), the line is the page's

    @property
    def place(self) -> str:
        """``line:column``, or ``p3:line:column`` on a page."""
        return (f"p{self.page}:" if self.page else "") + f"{self.line}:{self.column}"

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"line": self.line, "column": self.column, "text": self.text}
        if self.page:
            out["page"] = self.page
        return out | {"reason": self.reason}


@dataclass(frozen=True)
class Report:
    """An article's coverage: numbers, claims and the reasons the rest were skipped."""

    numbers: int
    claims: int
    skipped: dict[str, int]
    figures: tuple[Skipped, ...] = ()

    def to_dict(self, figures: bool = False) -> dict[str, object]:
        """The counts, and with ``figures`` each skipped number with its place and reason."""
        out: dict[str, object] = {"numbers": self.numbers, "claims": self.claims}
        out["skipped"] = dict(self.skipped)
        if figures:
            out["skipped_figures"] = [f.to_dict() for f in self.figures]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """A report as ``to_dict(figures=True)`` wrote it."""
        figures = tuple(Skipped(**f) for f in data.get("skipped_figures", ()))
        return cls(int(data["numbers"]), int(data["claims"]), dict(data["skipped"]), figures)


def total(reports: Iterable[Report]) -> Report:
    """Many articles' coverage summed (without their figures)."""
    numbers = claims = 0
    skipped: Counter[str] = Counter()
    for r in reports:
        numbers, claims = numbers + r.numbers, claims + r.claims
        skipped.update(r.skipped)
    return Report(numbers, claims, dict(skipped.most_common()))


def report(
    text: str,
    coverage: Coverage,
    claim_spans: list[tuple[int, int]],
    names: list[tuple[int, int]],
    position: Callable[[int], tuple[int, int]],
) -> Report:
    """Every number of the text, counted as a claim or with the reason it is not one; ``position``
    gives an offset's line and column."""
    claimed = sorted(claim_spans)
    skips = sorted(coverage.skips, key=lambda s: s.start)
    starts = [s.start for s in skips]
    counts: Counter[str] = Counter()
    figures: list[Skipped] = []
    numbers = 0
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    names, code, dates = sorted(names), sorted(coverage.code), sorted(coverage.dates)
    markers = {m.start(1) for m in _LIST_MARKER.finditer(text)}
    for m in _NUMBER.finditer(text):
        numbers += 1
        if _inside(m.start(), claimed):
            continue
        if m.start() in markers:
            reason = RANK
        elif _inside(m.start(), dates):
            reason = DATE
        else:
            reason = _reason(m, text, skips, starts, urls, names, code)
        counts[reason] += 1
        figures.append(Skipped(*position(m.start()), m.group(), reason))
    return Report(numbers, numbers - sum(counts.values()), dict(counts.most_common()), tuple(figures))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(a <= pos < b for a, b in spans[max(0, i - 2) : i + 1])


def _reason(
    m: re.Match[str],
    text: str,
    skips: list[Skip],
    starts: list[int],
    urls: list[tuple[int, int]],
    names: list[tuple[int, int]],
    code: list[tuple[int, int]],
) -> str:
    # Where a number stands (code, a URL, a citation) says more than a reader's reason for it.
    if _inside(m.start(), code):
        return CODE
    if _inside(m.start(), urls):
        return URL
    i = bisect.bisect_right(starts, m.start()) - 1
    for skip in skips[max(0, i - 2) : i + 1]:
        if skip.start <= m.start() < skip.end:
            return skip.reason
    if _inside(m.start(), names) or (m.start() > 0 and text[m.start() - 1] in "-vV"):
        return NAME
    if _YEAR.match(m.group()):
        return DATE
    return UNREAD
