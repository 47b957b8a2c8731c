"""When a figure of prose holds: what moves (a valuation, head count, a share price) is dated
rather than given a period, a move in it is told over a period, and a count held on a date after
the article's is aimed at."""

from __future__ import annotations

import re

from claimcheck.extract import bases
from claimcheck.extract.context import Context
from claimcheck.extract.link_metric import MetricChoice
from claimcheck.extract.periods import Period
from claimcheck.extract.shape import period_end
from claimcheck.model import Quantity

# "Tamarack ended the quarter with 14,500 GPUs", "6,850 customers at year end": a moving figure
# held on the last day of the period the text is reporting
_AT_PERIOD_END = re.compile(
    r"\bended\s+the\s+(?:quarter|year|half|period)\b|\bat\s+(?:the\s+)?(?:end\s+of\s+the\s+)?"
    r"(?:quarter|year|half|period)(?:[\s-]end)?\b",
    re.I,
)


def held_on(text: str, clause_start: int, q: Quantity, ctx: Context) -> str | None:
    """The day a moving figure stating no date held: the end of the period in view when the
    clause says it is that period's end, else the article's day."""
    near = text[clause_start : q.end + 40]
    if _AT_PERIOD_END.search(near):
        period = ctx.discourse.period
        return period_end(period) or _dated_end(period, ctx.discourse.ends) or ctx.day()
    return ctx.day()


# "FY2024-Q4" of "FY2024": a fiscal year's last quarter or half ends with it
_LAST_PART = re.compile(r"(?P<fy>FY\d{4})(?:-(?:Q4|H2))?")


def _dated_end(period: str | None, ends: dict[str, str]) -> str | None:
    """The last day of a fiscal period, as the text dated it or its year ("the fourth quarter and
    fiscal year ended October 31, 2024")."""
    if period is None:
        return None
    m = _LAST_PART.fullmatch(period)
    years = (m["fy"], f"{m['fy']}-Q4", f"{m['fy']}-H2") if m else ()
    return ends.get(period) or next((ends[y] for y in years if y in ends), None)


def note_ends(text: str, periods: list[Period], ends: dict[str, str]) -> None:
    """Note the last day of each period the sentence dates: its own end date, or a date right
    after a fiscal period ("the third quarter of fiscal 2025, ended October 31, 2024")."""
    for p, after in zip(periods, [*periods[1:], None], strict=False):
        if p.period and p.date and len(p.date) == 10 and p.kind != "date":
            ends[p.period] = p.date
        elif p.period and p.kind.startswith("fiscal") and _dated_after(text, p, after):
            ends[p.period] = after.date  # type: ignore[union-attr]


_ENDED = re.compile(r",?\s*(?:which\s+)?(?:ended|ending|to)\s+(?:on\s+)?", re.I)


def _dated_after(text: str, p: Period, after: Period | None) -> bool:
    day = after.date if after is not None and after.kind == "date" else None
    return bool(day and len(day) == 10 and _ENDED.fullmatch(text, p.end, after.start))  # type: ignore[union-attr]


def aimed_at(kind: str, target: bool, as_of: str | None, ctx: Context) -> str | None:
    """``planned`` for a figure aimed at: one set against a target year ("to grow our team to 250
    people by the end of 2026"), or a count said to hold on a date after the article's (a dividend
    "payable January 15" is no target of its own); else None."""
    day = ctx.day()
    ahead = kind == "count" and bool(as_of and day and as_of > day[: len(as_of)])
    return "planned" if kind != "score" and (target or ahead) else None


def moved_over(period: str | None, ctx: Context) -> tuple[str, None] | None:
    """``Shares have risen 46% year to date``, ``have gained 63% this year``: a move in what is
    dated (a share price) is told over a period; over the year still running, its year to date."""
    day = ctx.day()
    if period is None or (not period.endswith("-YTD") and period != (day or "")[:4]):
        return None
    return period if period.endswith("-YTD") else f"{period}-YTD", None


def held_or_said_on(
    text: str,
    clause_start: int,
    q: Quantity,
    ctx: Context,
    stated: tuple[str | None, bool],
    basis: str | None,
) -> str | None:
    """When a figure holds: the date its sentence gives, else (for what moves) the day it held;
    when a plan or forecast of a figure that does not move was said: the article's day (guidance
    given in March and raised in December is a forecast revised over time, not two sources at
    odds; "for the three months to December" is the period it is for, not when it was said)."""
    as_of, dated = stated
    if basis in bases.PLANS and not dated:
        return ctx.day()
    if as_of or not dated:
        return as_of
    return held_on(text, clause_start, q, ctx)


def dating(choice: MetricChoice, basis: str | None, ctx: Context) -> tuple[bool, bool]:
    """Whether a figure holds on a date (what moves, and a move in it: "shares rose 4.1%" that
    day; a run-rate), and whether it is counted over a period ("averaged 96.4 million")."""
    metric, of = ctx.vocab.metric(choice.metric), ctx.vocab.metric(choice.of) if choice.of else None
    moving = metric.moving or bool(of and of.moving)
    return moving or basis == "run_rate", metric.per_period or bool(of and of.per_period)


# "won back two retail accounts it lost in 2023", "the cost programme we launched last year": the
# year an event of the sentence happened in (no figure between the verb and the year) dates that
# event only.
_EVENT_BEFORE = re.compile(
    r"\b(?:lost|won|founded|launched|released|acquired|bought|sold|signed|listed|opened|closed|started"
    r"|began|joined|left|built|unveiled|introduced|announced)\s+(?:(?!in\b|during\b)[a-z]+\s+)?(?P<prep>(?:in|during|back\s+in)\s+)?$"
)
_RELATIVE_YEAR = re.compile(r"(?:last|this|next)\s+year\b", re.I)


def dates_an_event(text: str, start: int) -> bool:
    """Whether the period at ``start`` says when an event happened rather than what a figure is for."""
    m = _EVENT_BEFORE.search(text, max(0, start - 40), start)
    # (a year named with no preposition is only a relative one: "the programme we launched last year")
    return m is not None and bool(m["prep"] or _RELATIVE_YEAR.match(text, start))
