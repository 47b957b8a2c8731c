"""Operands to figures: which of an article's claims a derived statement's operands name.

An operand names entities, a metric and maybe a period and variant; each
matching claim of the article is a candidate (a maker's name stands for its
models: ``Zhipu's ... inference cost`` is GLM-5's price when GLM-5 is the
only Zhipu model the article prices). Claims in the statement's own sentence
come first. Values are grouped by period, so that a ratio is taken between
figures of one period where there is one, and a growth between two periods.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.arithmetic.intervals import Interval, total
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.model import Claim
from claimcheck.quantities.rates import MissingRate
from claimcheck.quantities.units import currencies_in

MAX_READINGS = 64


@dataclass(frozen=True)
class Input:
    """One figure a recomputation used, with where it stands."""

    interval: Interval
    text: str
    unit: str | None
    claim: Claim | None = None
    written: str | None = None

    @classmethod
    def of_claim(cls, c: Claim) -> Input:
        return cls(Interval.of(c.low, c.high, c.precision), c.raw, c.unit, c, c.stated.unit)

    @classmethod
    def of_bound(cls, b: Bound, facts: ArticleFacts | None = None) -> Input:
        """A figure as written, in US dollars when it is money (so it meets the claims' values)."""
        interval, unit = canonical(b, facts) if facts is not None else (b.interval, b.unit)
        return cls(interval, b.text, unit, written=b.unit)

    @property
    def currency(self) -> str | None:
        """The currency the figure was written in."""
        found = currencies_in(self.written or self.unit)
        return found[0] if found else None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "unit": self.unit, **self.interval.to_dict()}
        if self.claim is not None:
            c = self.claim
            out |= {
                "claim": c.id,
                "entity": c.entity,
                "metric": c.metric,
                "period": c.when,
                "line": c.read_line,
            }
        return out


def canonical(b: Bound, facts: ArticleFacts | None) -> tuple[Interval, str | None]:
    """A written figure's interval in US dollars if it is money in another currency."""
    currency, _, per = (b.unit or "").partition("/")
    if facts is None or len(currency) != 3 or not currency.isupper() or currency == "USD":
        return b.interval, b.unit
    try:
        rate = facts.per_usd(currency)
    except MissingRate:
        return b.interval, b.unit
    return b.interval.scale(1 / rate), "USD" + (f"/{per}" if per else "")


def figure_input(b: Bound, stmt: Derived, facts: ArticleFacts) -> Input:
    """A figure the statement writes: the claim it makes there if any, else the figure converted."""
    for c in facts.claims:
        if c.read_line == stmt.line and c.raw.strip() == b.text.strip():
            return Input.of_claim(c)
    return Input.of_bound(b, facts)


@dataclass(frozen=True)
class Value:
    """An operand's value in one reading: one figure, or the sum of several entities' figures."""

    interval: Interval
    inputs: tuple[Input, ...]
    period: str | None = None


def _entity_matches(c: Claim, entity: str, org_of: dict[str, str]) -> bool:
    return c.entity == entity or org_of.get(c.entity) == entity


def _matches(c: Claim, operand: Operand, entity: str | None, org_of: dict[str, str]) -> bool:
    if c.metric != operand.metric or (entity is not None and not _entity_matches(c, entity, org_of)):
        return False
    if operand.variant and c.variant not in (None, operand.variant):
        return False
    if (operand.segment or None) != ((c.segment or "").lower() or None):
        return False  # cloud revenue is not the company's revenue
    if operand.price_kind not in (None, "unspecified") and c.price_kind not in (
        None,
        "unspecified",
        operand.price_kind,
    ):
        return False
    return operand.period is None or c.when == operand.period


def _same_sentence(c: Claim, stmt: Derived) -> bool:
    return c.read_line == stmt.line and c.quote == stmt.quote


def _is_stated(c: Claim, stmt: Derived) -> bool:
    """The statement's own value read as a claim (``12.4 points higher`` as a score of 12.4)."""
    return _same_sentence(c, stmt) and stmt.kind != "table" and c.raw.strip() in stmt.stated.text


def candidates(
    operand: Operand,
    entity: str | None,
    stmt: Derived,
    facts: ArticleFacts,
    org_of: dict[str, str],
    own: bool = True,
) -> list[Claim]:
    """The article's claims one entity of an operand may mean (its own sentence's first, if ``own``)."""
    # Neither the statement's own value nor a figure another operand already stands for.
    taken = {o.figure.text.strip() for o in stmt.operands if o.figure is not None}
    found = [
        c
        for c in facts.claims
        if _matches(c, operand, entity, org_of) and not _is_stated(c, stmt)
        if not (_same_sentence(c, stmt) and c.raw.strip() in taken)
    ]
    if operand.annual:
        found = [c for c in found if not re.search(r"-[QH]\d$", c.when or "")]
    if operand.role == "table":
        found = [c for c in found if c.read_line in facts.table_lines]
        if operand.period is None:
            # An undated figure is not a quarter's or a half's: "$4.7 billion in trailing revenue"
            # is never set against a table of quarters.
            found = [c for c in found if not re.search(r"-[QH]\d$", c.when or "")]
    if entity is not None and entity not in {c.entity for c in found}:
        models = {c.entity for c in found}
        if len(models) > 1:
            return []  # a maker's name stands for its model only when the article prices one
    here = [c for c in found if _same_sentence(c, stmt)] if own else []
    return here or found


def _by_period(claims: list[Claim]) -> dict[str | None, list[Value]]:
    out: dict[str | None, dict[Interval, Value]] = defaultdict(dict)
    for c in claims:
        i = Input.of_claim(c)
        out[c.when].setdefault(i.interval, Value(i.interval, (i,), c.when))
    return {p: list(v.values()) for p, v in out.items()}


def values(
    operand: Operand, stmt: Derived, facts: ArticleFacts, org_of: dict[str, str], own: bool = True
) -> dict[str | None, list[Value]]:
    """An operand's possible values by period (None: undated); empty when nothing in the article ties.
    ``own``: figures in the statement's own sentence are meant before any others."""
    if operand.figure is not None:
        i = figure_input(operand.figure, stmt, facts)
        return {None: [Value(i.interval, (i,))]}
    if operand.metric is None:
        return {}
    if not operand.entities:
        found = [c for c in facts.claims if _matches(c, operand, None, org_of)]
        named: dict[str | None, set[str]] = defaultdict(set)
        for c in found:
            named[c.when].add(c.entity)
        # Several entities giving the metric for one period: which one is meant is not said.
        return _by_period([c for c in found if len(named[c.when]) == 1])
    parts = [_by_period(candidates(operand, e, stmt, facts, org_of, own)) for e in operand.entities]
    if any(not p for p in parts):
        return {}
    return parts[0] if len(parts) == 1 else _summed(parts)


def _summed(parts: list[dict[str | None, list[Value]]]) -> dict[str | None, list[Value]]:
    """Per period, the sum of each entity's figure (an undated figure joins any period)."""
    periods = set().union(*parts)
    out: dict[str | None, list[Value]] = {}
    for period in periods:
        options = [p.get(period, []) + (p.get(None, []) if period is not None else []) for p in parts]
        if all(options):
            combos = itertools.islice(itertools.product(*options), MAX_READINGS)
            out[period] = [
                Value(total([v.interval for v in combo]), tuple(i for v in combo for i in v.inputs), period)
                for combo in combos
            ]
    return out


def aligned(a: dict[str | None, list[Value]], b: dict[str | None, list[Value]]) -> list[tuple[Value, Value]]:
    """Pairs of values of one period; an undated value pairs with any period's."""
    pairs = []
    for period in sorted(set(a) | set(b), key=str):
        left = a.get(period, []) + (a.get(None, []) if period is not None else [])
        right = b.get(period, []) + (b.get(None, []) if period is not None else [])
        pairs += list(itertools.product(left, right))
    unique = {(x.interval, y.interval, x.period or y.period): (x, y) for x, y in pairs}
    return list(unique.values())[:MAX_READINGS]


def figure_period(figure: Bound, stmt: Derived, facts: ArticleFacts) -> str | None:
    """The period of a figure written in the statement, from the claim it makes there."""
    for c in facts.claims:
        if c.read_line == stmt.line and c.raw == figure.text and c.when:
            return c.when
    return None


def previous(period: str, step: str | None) -> str | None:
    """The period before: the year before (same quarter or half), or the quarter before."""
    m = re.fullmatch(r"(FY)?(\d{4})(?:-(Q|H)(\d))?", period)
    if not m:
        return None
    fy, year, part, n = m.group(1) or "", int(m.group(2)), m.group(3), m.group(4)
    if part == "Q" and step == "quarter":
        q = int(n) - 1
        return f"{fy}{year - 1}-Q4" if q == 0 else f"{fy}{year}-Q{q}"
    return f"{fy}{year - 1}" + (f"-{part}{n}" if part else "")
