"""What a sentence's figures take from one another and from the text just before: a change is
of the level it is written with (or the level stated last), and for that level's period; its
base follows from the period it is measured from; a valuation set at a dated round holds then.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.extract import bases, earlier
from claimcheck.extract.context import Context, Reading
from claimcheck.model import Quantity

_SHORT = 8  # words


def base_from_period(r: Reading, bases: list[str]) -> Reading:
    """A change against an unnamed base whose sentence names the period it is measured from."""
    if r.change != "unspecified":
        return r
    found = {earlier.base_between(r.period or r.context_period, b) for b in bases} - {None}
    return replace(r, change=found.pop()) if len(found) == 1 else r


def base_from_earlier(readings: list[Reading], text: str) -> list[Reading]:
    """``rose 4.2% to £1,190.5m, compared with £1,142.8m a year earlier``: a change against an
    unnamed base is measured against the earlier value of its metric in the sentence, and so
    against the base that value's own words name (a year back: yoy; a quarter back: qoq)."""
    steps = {
        (r.entity, r.metric): earlier.step_back(text[r.quantity.end : r.quantity.end + 40])
        for r in readings
        if r.earlier
    }
    bases = {"year": "yoy", "quarter": "qoq"}
    return [
        replace(r, change=bases[steps[(r.entity, r.of)]])
        if r.change == "unspecified" and steps.get((r.entity, r.of)) in bases
        else r
        for r in readings
    ]


# A year's or a half's flow: a change in it is against the same span a year before.
_LONG = re.compile(r"(?:FY)?\d{4}(?:-H[12])?|TTM|P(?:6|9|12)M/.*")


def yoy_over_long_periods(r: Reading, moving: bool) -> Reading:
    """``posted a 4.1% rise in first-half revenue``: a change in a flow over a year or a half,
    against no base the text names, is year on year (a quarter's may be against the quarter
    before; a share price's "gained 31% this year" is since the year began)."""
    # Only a period the text gives the change itself, or the one in view for a change of a level
    # it names ("Revenue for the six months … Adjusted EBIT was £138.2m, up 9.6%"): "a 23%
    # improvement" in a year's story is no year-on-year change.
    period = r.period or (r.context_period if r.of else None)
    if r.change == "unspecified" and not moving and period and _LONG.fullmatch(period):
        return replace(r, change="yoy")
    return r


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_JUST_AFTER = re.compile(r"[\s,;(]*(?:a|an|or)?\s*")


def earlier_of_their_level(readings: list[Reading], text: str) -> list[Reading]:
    """``costs $2.00 per million input tokens to call Tern-2-70B-Instruct, down from $3.00, a 33%
    reduction``: the earlier value is the same model's price, and a change written right after
    it is the change between the two."""
    out: list[Reading] = []
    for r in readings:
        level = next(
            (x for x in reversed(out) if not x.earlier and not x.change and x.metric == r.metric), None
        )
        # "down from $3.00" is the same model's; "(82.1 vs 77.9)" may be a rival's
        fell_from = _FROM_BEFORE.search(text, max(0, r.quantity.start - 12), r.quantity.start)
        if r.earlier and level is not None and (fell_from or r.quantity.text.lower().startswith("from ")):
            r = replace(r, entity=level.entity, variant=level.variant)
        before = out[-1] if out else None
        if (
            r.change
            and before is not None
            and before.earlier
            and _JUST_AFTER.fullmatch(text, before.quantity.end, r.quantity.start)
        ):
            r = replace(
                r, of=before.metric, entity=before.entity, variant=before.variant, segment=before.segment
            )
        out.append(r)
    return out


def valued_at_the_round(readings: list[Reading], day: str | None) -> list[Reading]:
    """``raised RMB 2 billion in January in a round that valued it at RMB12 billion``: a valuation
    the sentence dates no other way holds when the round it was set at closed."""
    rounds = {r.entity: r.as_of for r in readings if r.metric == "funding" and r.as_of and r.as_of != day}
    # "is now worth US$4 billion, up from US$2.9 billion when it closed a round last June": the
    # round dates the earlier valuation; the one measured against it holds today.
    since = {r.entity for r in readings if r.metric == "valuation" and r.earlier}
    # "at $2.4 billion, four times the $600 million it was worth when it closed an $85 million
    # Series A in November 2024": the round's own valuation is already dated; the other holds today.
    held = {(r.entity, r.as_of) for r in readings if r.metric == "valuation"}
    return [
        replace(r, as_of=rounds[r.entity])
        if r.metric == "valuation"
        and r.as_of == day
        and r.entity in rounds
        and (r.entity, rounds[r.entity]) not in held
        and (r.earlier or r.entity not in since)
        else r
        for r in readings
    ]


_TODAY_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:today|now|currently)\b", re.I)


def earlier_dated(readings: list[Reading], text: str, day: str | None) -> list[Reading]:
    """``employed 185 people that month, up from 70 a year earlier``: the earlier value of a
    figure that moves held a year (or a quarter) before the level it is set against; ``grow its
    team from 310 people today`` holds on the article's day."""
    out = []
    for r in readings:
        if r.earlier and r.as_of is None:
            after = text[r.quantity.end : r.quantity.end + 40]
            level = next(
                (x for x in readings if not x.earlier and (x.entity, x.metric) == (r.entity, r.metric)), None
            )
            step = earlier.step_back(after)
            if step and level is not None and level.as_of:
                r = replace(r, as_of=_months_back(level.as_of, 12 if step == "year" else 3))
            elif _TODAY_AFTER.match(after) and day:
                r = replace(r, as_of=day)
        out.append(r)
    return out


def _months_back(date: str, months: int) -> str | None:
    """``2024-10`` twelve months back is ``2023-10`` (a day's date keeps its day where it can)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", date)
    if m is None:
        return None
    year, month = earlier.months_before(int(m[1]), int(m[2]), months)
    day = f"-{min(int(m[3]), 28):02d}" if m[3] else ""
    return f"{year}-{month:02d}{day}"


def changes_of_the_level_before(readings: list[Reading], ctx: Context) -> list[Reading]:
    """``Revenue`` / ``$782.5 million`` then ``Change from a year earlier`` / ``+34%``: a change
    whose sentence names no level is a change of the level the text stated last."""
    # Only a line as short as a card's label or "It rose 12%." borrows, or a part's: a longer
    # sentence that names no level is about something else ("a 23% improvement in false positives").
    short = bool(readings) and len(readings[0].quote.split()) <= _SHORT
    out = []
    for r in readings:
        # "The Edge & Automotive segment grew just 6%": a part's move is in the level read last
        before = ctx.discourse.level if short or r.segment else None
        if (r.change or r.metric == "growth_rate") and r.of is None and before is not None:
            r = replace(r, of=before[0], segment=r.segment or before[1])
        out.append(r)
    levels = [r for r in out if not r.change and r.metric != "growth_rate"]
    if levels:
        ctx.discourse.level = (levels[-1].metric, levels[-1].segment)
    return out


def changes_of_their_levels(readings: list[Reading]) -> list[Reading]:
    """``- Q2: $5.8B (+9%)``: a change that names no metric is a change of the level figure it
    is written with (the nearest one of the sentence), and of the same part."""
    levels = [r for r in readings if r.change is None and r.metric != "growth_rate"]
    out = []
    for r in readings:
        if (r.change or r.metric == "growth_rate") and r.of is None and levels:
            level = min(levels, key=lambda x: abs(x.offset - r.offset))
            r = replace(r, of=level.metric, segment=r.segment or level.segment)
        out.append(r)
    return out


# "revenue of £228 million in 2024, up 9% on 2023": a change set right after a level, in apposition
_APPOSED_CHANGE = re.compile(
    r"(?:\s+(?:in|for|during)\s+[\w -]{1,30}?)?\s*[,(]\s*"
    r"(?:up|down|rising|falling|an?\s+(?:increase|rise|gain|decline|drop|fall)\s+of)?\s*",
    re.I,
)


def changes_beside_their_level(readings: list[Reading], text: str) -> list[Reading]:
    """A change written in apposition right after a level figure is that level's change, for its
    period, whatever metric word comes after it ("…, up 9% on 2023, and adjusted EBITDA of …")."""
    out: list[Reading] = []
    for r in readings:
        level = out[-1] if out else None
        if (
            r.change
            and level is not None
            and not level.change
            and not level.earlier
            and _APPOSED_CHANGE.fullmatch(text, level.quantity.end, r.quantity.start)
        ):
            r = replace(r, of=level.metric, segment=level.segment, period=r.period or level.period)
        out.append(r)
    return out


def changes_take_their_levels_period(readings: list[Reading]) -> list[Reading]:
    """``revenue of $3.45 billion for 2025, up 38%``: the change is for the period of the level it
    qualifies (the level of the metric it is a change of, in the same sentence)."""
    out = []
    for r in readings:
        if r.change and r.period is None:
            # The first level of that metric is the one the change qualifies; an earlier value
            # it is measured from ("from $2.18 billion a year ago") comes after it.
            level = next((x for x in readings if x.metric == r.of and not x.change), None)
            if level is not None and level.period and not level.earlier:
                r = replace(r, period=level.period, context_period=None)
        out.append(r)
    return out


def metrics_respectively(readings: list[Reading], text: str) -> list[Reading]:
    """``87.9 on MMLU, 90.2 on HumanEval and 61.4 on GPQA, compared with 78.6, 81.5 and 44.0
    respectively for Lyra-1``: the second list's figures take the first list's metrics in order
    (each took the nearest metric word, the last one named, when read alone)."""
    at = text.find("respectively")
    before = [r for r in readings if r.offset - readings[0].offset < at] if readings and at >= 0 else []
    for k in range(len(before) // 2, 1, -1):
        first, second = before[-2 * k : -k], before[-k:]
        metrics = [r.metric for r in first]
        if len(set(metrics)) == k and {r.metric for r in second} == {metrics[-1]}:
            pairs = zip(second, first, strict=True)
            moved = {id(r): replace(r, metric=f.metric, setting=f.setting) for r, f in pairs}
            return [moved.get(id(r), r) for r in readings]
    return readings


_PER_SHARE = ("eps", "adjusted_eps")


def in_cents(q: Quantity) -> bool:
    """Whether an amount is written in cents ("79 cents"): the size of a per-share figure."""
    return q.text.rstrip().lower().endswith(("cents", "cent"))


def per_share_siblings(readings: list[Reading]) -> list[Reading]:
    """``earned 84 cents per share, against estimates of 79 cents``; ``$158 million, or 53 cents``:
    an amount in cents beside a per-share figure is a per-share figure too (the same measure)."""
    shares = [r for r in readings if r.metric in _PER_SHARE]
    if not shares:
        return readings
    out = []
    for r in readings:
        if in_cents(r.quantity) and r.metric not in _PER_SHARE and r.metric != "dividend_per_share":
            nearest = min(shares, key=lambda x: abs(x.offset - r.offset))
            # read first as a share price, which holds on a day: as a per-share figure it is
            # of a period instead, the sibling's when it states none
            view = None if r.period or r.earlier else nearest.period or nearest.context_period
            # ("the 12-cent loss analysts had forecast": a loss per share is a negative EPS)
            q = _negated(r.quantity) if r.metric.endswith("_loss") and r.quantity.value > 0 else r.quantity
            r = replace(r, metric=nearest.metric, quantity=q, segment=None, as_of=None, context_period=view)
        out.append(r)
    return out


def _negated(q: Quantity) -> Quantity:
    low, high = (-q.high if q.high is not None else None), (-q.low if q.low is not None else None)
    return replace(q, value=-q.value, low=low, high=high)


# A forecast revised from an earlier one: what it was before is that forecast, not a reported figure
_REVISED = re.compile(
    r"\b(?:raised|raises|lifted|lifts|increased|boosted|lowered|lowers|cut|trimmed|reduced|narrowed|revised"
    r"|upgraded|downgraded)\b|\bpreviously\b|\b(?:prior|earlier|previous)\s+(?:forecast|guidance|outlook|range)\b",
    re.I,
)


def earlier_in_kind(readings: list[Reading], text: str) -> list[Reading]:
    """``annualised revenue had reached $70 million, up from about $25 million in March``: the
    earlier value is of the same kind as the level it is measured against (a run-rate's is a
    run-rate), unless it names its own ("against revenue of $18 million for 2023"); an earlier
    forecast ("raised its 2025 outlook to $1.22bn, from $1.18bn") is for the same period."""
    out = []
    for r in readings:
        level = next(
            (x for x in readings if not x.earlier and x.metric == r.metric and x.entity == r.entity), None
        )
        if r.earlier and level is not None:
            own = earlier.names_its_measure(text, r.quantity.start)
            if r.basis is None and level.basis == "run_rate" and not own:
                r = replace(r, basis=level.basis)
            elif r.basis in bases.PLANS and level.basis == r.basis and r.period is None:
                r = replace(r, period=level.period, context_period=level.context_period)
            elif (
                r.basis is None and level.basis in bases.PLANS and r.period is None and _REVISED.search(text)
            ):
                # "now sees fiscal 2026 revenue of $3.31bn, compared with $3.29bn previously": the
                # forecast it revised, for the same period
                r = replace(r, basis=level.basis, period=level.period, context_period=level.context_period)
        out.append(r)
    return out
