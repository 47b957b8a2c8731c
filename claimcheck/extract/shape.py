"""One sentence's figures, metric words, clauses and periods, and what they say of each figure.

The period of a figure is the nearest one in its clause; a moving figure (a valuation, a price)
also takes the date nearest it there (``in May``, ``as of March 2025``) as its as-of date. The
segment is the part named with its metric word (``cloud revenue``, ``revenue from China``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from claimcheck.extract import earlier, qualifiers
from claimcheck.extract.clauses import Clauses
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.periods import Period
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit
from claimcheck.vocabulary import Hit

_TARGET_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_BASE_BEFORE = re.compile(
    r"\b(?:from|since|compared\s+(?:with|to)|versus|vs\.?|over)\s+(?:the\s+)?$|%\s+on\s+(?:the\s+)?$"
    r"|\b(?:same\s+as|unchanged\s+(?:from|since))\s+(?:(?:at|in|on)\s+)?(?:(?:its\s+)?launch\s+)?(?:in\s+)?$",
    re.I,
)  # "up 9% on 2023", "the same as at launch last July": the date it is measured from
_CONJUNCTION = re.compile(r"\b(?:and|while|but|whereas)\s", re.I)
_RELATIVE = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:that|which)\b", re.I)  # "$2.5 billion figure that"
_GLOSS = re.compile(r"\s*(?:,|\(|（|—|–|-)\s*(?:the\s+|i\.e\.\s+|or\s+)?", re.I)
_COMPARED = re.compile(
    r"\b(?:times\s+the|up\s+from|down\s+from|compared\s+(?:with|to)|than|versus|vs\.?)\s", re.I
)
_LABEL_GAP = re.compile(r"\s*[:=]\s*")
# "effective October 27", "with effect from 1 March": the day new figures take effect
_EFFECTIVE = re.compile(r"(?:effective|with\s+effect)\s+(?:from\s+|on\s+|as\s+of\s+)?", re.I)
_OWN_GAP = re.compile(r"\s*,?\s*(?:(?:in|for|as\s+of|at|during|by|since)\s+(?:the\s+)?)?", re.I)
# Metrics of the whole entity, never of a part of it.
NO_SEGMENT = ("valuation", "funding", "market_size", "price_per_mtok")


@dataclass(frozen=True)
class Shape:
    """What one sentence holds, for reading its figures."""

    text: str
    quantities: list[Quantity]
    hits: list[Hit]
    clauses: Clauses
    periods: list[Period]

    def period_of(
        self, q: Quantity, clause: int, moving: bool, *, sides: bool = True
    ) -> tuple[str | None, bool, str | None]:
        """(period, whether it is a target such as ``by 2028``, as-of date).

        A moving figure (a valuation, a price) is dated rather than given a period: ``valued at $9bn
        in 2023`` held in 2023. A period written right after a figure is that figure's own
        (``$9bn in January``); any other in the clause is shared by its figures, the nearest first,
        except a target (``hire 150 more by the end of 2025``), which is its nearest figure's.
        ``sides=False`` asks for the clause's period whoever owns it (the "now" of an earlier figure),
        but for a label of another figure (``(H1 2024: 7.6%)``).
        """
        near = [p for p in self._periods_in(clause) if not sides or self._same_side(p, q)]
        owners = {id(p): self._owner(p, clause) for p in near}
        mine = [p for p in near if owners[id(p)] is q]
        shared = [p for p in near if owners[id(p)] is None and self._may_share(p, q)]
        # (the clause's period whoever owns it, but for a label of another figure)
        pool = (
            (mine or shared)
            if sides
            else [p for p in near if owners[id(p)] in (None, q) or not self._labels(p)]
        )
        if moving:
            # "at $2.4 billion, four times the $600 million it was worth … in November 2024": a date
            # after the words that set an earlier value beside the figure is the earlier value's
            dated = [
                p for p in pool if (p.date or p.period) and not _COMPARED.search(self.text, q.end, p.start)
            ]
            p = min(dated, key=lambda p: _distance(p, q)) if dated else None
            return None, False, (p.date or as_of_period(p.period or "")) if p else None
        flows = [p for p in pool if p.period]
        if not flows:
            return None, False, None
        p = self._as_named(min(flows, key=lambda p: _distance(p, q)), flows)
        target = bool(_TARGET_YEAR.search(self.text, 0, p.start)) and p.start > q.end
        # "three months ended February 1": the date ends the period, it is no as-of date of its own
        # "revenue at the end of 2024" is the year's: only a moving figure takes the year-end date.
        return p.period, target, None if "/" in (p.period or "") or p.kind == "year" else p.date

    def _as_named(self, p: Period, flows: list[Period]) -> Period:
        """``the third quarter of fiscal 2025, the three months ended October 31``: a span glossing
        the fiscal period it is named as is that period, kept as the article names it."""
        if p.kind != "months":
            return p
        named = [
            f
            for f in flows
            if f.kind.startswith("fiscal")
            and _GLOSS.fullmatch(self.text[min(f.end, p.end) : max(f.start, p.start)])
        ]
        return named[0] if named else p

    def period_before(self, q: Quantity) -> str | None:
        """The flow period an earlier clause of the sentence states, for a figure whose own clause
        states none ("2025年上半年营收33.6亿元；其中 Model API 收入17.9亿元")."""
        found = [
            p
            for p in self.periods
            if p.period
            and p.kind != "date"
            and p.end <= q.start
            and not self._base(p)
            and self.clauses.of(p.start) not in self.clauses.asides  # an aside's year is its own
        ]
        return found[-1].period if found else None

    def _may_share(self, p: Period, q: Quantity) -> bool:
        """A target period belongs to the figure nearest it alone; so does one in a relative clause
        after a figure (``the $2.5 billion figure that had been discussed in November``)."""
        before = [o for o in self.quantities if o.end <= p.start]
        if before:
            near = max(before, key=lambda o: o.end)
            if _RELATIVE.match(self.text, near.end, p.start):
                return near is q
        if not _TARGET_YEAR.search(self.text, max(0, p.start - 20), p.start):
            return True
        nearest = min(self.quantities, key=lambda o: _distance(p, o))
        return nearest is q

    def _periods_in(self, clause: int) -> list[Period]:
        return [p for p in self.periods if self.clauses.of(p.start) == clause and not self._base(p)]

    def _effective(self, p: Period) -> bool:
        """Whether a date says when new figures took effect ("effective October 27")."""
        start = self.text.rfind(" ", max(0, p.start - 24), max(0, p.start - 1))
        return bool(
            _EFFECTIVE.match(self.text, p.start) or _EFFECTIVE.fullmatch(self.text, start + 1, p.start)
        )

    def _same_side(self, p: Period, q: Quantity) -> bool:
        """``cut to $0.35, down from $0.80 at launch in December``: a period after the earlier
        figures a change is measured from is theirs, and one before them is not."""
        earlier_ones = [o for o in self.quantities if earlier.is_earlier(self.text, o.start, o.text)]
        if not earlier_ones:
            return True
        if self._effective(p):
            return q not in earlier_ones  # "to $0.50 from $0.80, effective October 27": the new price's day
        if q in earlier_ones:
            first = min(o.start for o in earlier_ones if self.clauses.of(o.start) == self.clauses.of(q.start))
            return p.start > first
        return not any(q.end <= o.start < p.start for o in earlier_ones)

    def is_earlier(self, q: Quantity) -> bool:
        """Whether this figure is the earlier value a change is measured from."""
        return earlier.is_earlier(self.text, q.start, q.text)

    def _base(self, p: Period) -> bool:
        """``up 38% from 2024``: the period a change is measured from, not the one it is for."""
        return bool(_BASE_BEFORE.search(self.text, max(0, p.start - 30), p.start))

    def period_after(self, q: Quantity, clause: int) -> str | None:
        """The period written after an earlier figure with only earlier figures between
        (``compared with net income of $22.1 million, or $0.24 a share, in the third quarter of
        2024``): the earlier figure's own."""
        later = [
            p
            for p in self.periods
            if p.period
            and p.start >= q.end
            and self.clauses.of(p.start) == clause
            and not earlier.step_back(self.text[p.start : p.end])  # "last year": a step back from now
        ]
        if not later:
            return None
        p = min(later, key=lambda p: p.start)
        between = [o for o in self.quantities if q.end <= o.start < p.start and not self.is_earlier(o)]
        return None if between else p.period

    def owns_period(self, q: Quantity, clause: int) -> bool:
        """Whether a period is written right after this figure (``$260 million in 2024``, ``37.9% in
        the second quarter of 2024``)."""
        return any(
            self.clauses.of(p.start) == clause
            and q.end <= p.start
            and _OWN_GAP.fullmatch(self.text, q.end, p.start)
            for p in self.periods
        )

    def _owner(self, p: Period, clause: int) -> Quantity | None:
        """The figure a period is written right after, when the clause has other figures too."""
        figures = [q for q in self.quantities if self.clauses.of(q.start) == clause]
        if len(figures) < 2:
            return None
        for q in figures:
            if q.end <= p.start and _OWN_GAP.fullmatch(self.text, q.end, p.start) and not self._effective(p):
                return q
        # "(Q2 FY2025: ¥166.0 billion)": a period labelling the figure after it
        for q in figures:
            if q.start >= p.end and _LABEL_GAP.fullmatch(self.text, p.end, q.start):
                return q
        return None

    def _labels(self, p: Period) -> bool:
        """Whether a period labels the figure after it (``H1 2024: 7.6%``)."""
        return any(
            q.start >= p.end and _LABEL_GAP.fullmatch(self.text, p.end, q.start) for q in self.quantities
        )

    def window(self, q: Quantity) -> tuple[int, int]:
        """The stretch of text whose cues (``pre-money``, ``to date``) speak of this figure alone."""
        clause = self.clauses.of(q.start)
        start = self.clauses.start_of(clause)
        before = [o.end for o in self.quantities if o.end <= q.start and o.end > start]
        after = [o.start for o in self.quantities if o.start >= q.end]
        lo = max(before) if before else start
        # What follows the figure before this one, up to a comma or a conjunction, is still
        # about that figure ("has raised $95 million to date and employs about 100 people").
        cuts = [
            self.text.rfind(",", lo, q.start) + 1,
            *(m.end() for m in _CONJUNCTION.finditer(self.text, lo, q.start)),
        ]
        lo = max(lo, *cuts) if before else lo
        hi = min([*after, q.end + 60, len(self.text)])
        return lo, hi

    def segment(self, q: Quantity, choice: MetricChoice, kind: str) -> str | None:
        """The part of the entity the figure is about, named with its metric word."""
        if choice.metric in NO_SEGMENT or (choice.of or "") in NO_SEGMENT:
            return None
        if kind == "score":
            return None if choice.hit else choice.part  # a benchmark score is the model's, never a part's
        named = choice.part if choice.hit is None else self._named_segment(choice.hit)
        if named and choice.metric in _COUNTS_OF_WHO and set(named.split()) <= _KINDS_OF_WHO:
            named = None  # "36,200 paying enterprise customers": who they are, no part of the company
        # "against A$1.31 billion from Australia": an amount's own region
        region = qualifiers.place_after(self.text[q.end : q.end + 40]) if q.unit in ISO_CODES else None
        return named or region

    def _named_segment(self, hit: Hit) -> str | None:
        start = self.clauses.start_of(self.clauses.of(hit.start))
        glossed = _GLOSSED_PART.search(self.text, max(start, hit.start - 60), hit.start)
        if glossed:
            return glossed["en"].lower()  # "模型 API（Model API）收入": the part by its English name
        # "Model services (cloud & API) revenue": a bracketed gloss is no part of the part's name.
        words = re.sub(r"\s*[(（][^)）]{0,40}[)）]", "", self.text[max(start, hit.start - 80) : hit.start])
        before = qualifiers.segment_before(words[-40:])
        return before or qualifiers.segment_after(self.text[hit.end : hit.end + 50])


_COUNTS_OF_WHO = frozenset(("customers", "users", "monthly_active_users", "daily_active_users", "developers"))
_KINDS_OF_WHO = frozenset(
    "paying business enterprise corporate active registered commercial individual retail total".split()
)
# A Chinese part's name with its English gloss, right before the metric word
_GLOSSED_PART = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff\w ]{0,20}[（(](?P<en>[A-Za-z][A-Za-z &'’-]{1,40})[)）]\s*$"
)


def period_end(period: str | None) -> str | None:
    """The last day of a calendar period or a span of months (``2025-Q3`` ends ``2025-09-30``);
    None for a fiscal period, whose months the name does not say."""
    m = re.fullmatch(r"(\d{4})(?:-([QH])([1-4]))?|P\d+M/(\d{4}-\d{2}-\d{2})", period or "")
    if m is None:
        return None
    if m.group(4):
        return m.group(4)
    year = int(m.group(1))
    month = 12 if not m.group(2) else int(m.group(3)) * (3 if m.group(2) == "Q" else 6)
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def as_of_period(period: str) -> str | None:
    """A period as the date a moving figure held: ``2024`` stays, ``2024-Q3`` is ``2024-09``."""
    m = re.fullmatch(r"(\d{4})(?:-([QH])([1-4]))?", period)
    if not m:
        return None
    if not m.group(2):
        return m.group(1)
    month = int(m.group(3)) * (3 if m.group(2) == "Q" else 6)
    return f"{m.group(1)}-{month:02d}"


def _distance(p: Period, q: Quantity) -> int:
    return min(abs(p.start - q.end), abs(q.start - p.end))


def attach(q: Quantity, choice: MetricChoice) -> Quantity:
    """The figure as its metric reads it: a change's sign, a sibling price's per-token unit."""
    if choice.sign != 1.0:
        q = replace(
            q,
            value=-q.value,
            low=None if q.high is None else -q.high,
            high=None if q.low is None else -q.low,
        )
    sibling = choice.sibling
    if sibling is not None and is_price_unit(sibling.unit) and q.unit in ISO_CODES:
        q = replace(q, unit=f"{q.unit}/{(sibling.unit or '').split('/')[1]}")
    return q
