"""Derived statements: what an article says follows from other figures it states.

A derived statement (``a P/S ratio of ~23x``, ``grew 340% year-over-year to
$8.2 billion``, ``$80 billion (roughly 580 trillion yuan)``) names its operands
(entities, metrics, periods, or figures written in the statement itself) and
states a value; the arithmetic rules tie the operands to the article's figures
and recompute the value.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.arithmetic.intervals import Interval
from claimcheck.model import Quantity

KINDS = ("conversion", "ratio", "percent", "growth", "total", "share", "table")

# How the stated value follows from the operands (a, b, ... in order):
RELATIONS = {
    "convert": "a in b's currency",
    "ratio": "a / b (either way round)",
    "times": "a / b",
    "times_more": "a / b, or a / b - 1 (``5x higher than``)",
    "times_less": "b / a (``5x cheaper than``)",
    "percent_of": "100 a / b",
    "percent_less": "100 (1 - a / b)",
    "percent_more": "100 (a / b - 1)",
    "difference": "|a - b|",
    "growth": "100 (b / a - 1)",
    "growth_times": "b / a (``doubled``)",
    "cagr": "100 ((b / a) ^ (1 / years) - 1)",
    "sum": "a + b + ...",
    "equal": "a",
}


@dataclass(frozen=True)
class Bound:
    """A figure as written: bounds (None = unbounded), precision as written, unit, hedges."""

    value: float
    low: float | None
    high: float | None
    unit: str | None
    precision: float = 0.0
    hedges: tuple[str, ...] = ()
    text: str = ""
    scale: str | None = None

    @classmethod
    def of(cls, q: Quantity) -> Bound:
        return cls(q.value, q.low, q.high, q.unit, q.precision, q.hedges, q.text, q.scale)

    @classmethod
    def exact(cls, value: float, unit: str | None, text: str = "") -> Bound:
        return cls(value, value, value, unit, 0.0, (), text)

    @property
    def interval(self) -> Interval:
        """Everything the figure as written allows (statcheck's rounding rule)."""
        return Interval.of(self.low, self.high, self.precision)

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "unit": self.unit, **self.interval.to_dict(), "hedges": list(self.hedges)}


@dataclass(frozen=True)
class Operand:
    """One input of a derived statement: the figure of some entities' metric in a period,
    or a figure the statement writes itself (``to $8.2 billion``, ``(28%)``)."""

    role: str
    entities: tuple[str, ...] = ()
    metric: str | None = None
    period: str | None = None
    variant: str | None = None
    price_kind: str | None = None
    figure: Bound | None = None
    step: str | None = None
    segment: str | None = None
    annual: bool = False

    @property
    def name(self) -> str:
        return " + ".join(self.entities) if self.entities else ""


@dataclass(frozen=True)
class Derived:
    """A derived statement of one article, with where it stands and what it rests on."""

    kind: str
    relation: str
    stated: Bound
    operands: tuple[Operand, ...]
    source: str
    line: int
    column: int
    quote: str
    untied: str | None = None

    @property
    def raw(self) -> str:
        return self.stated.text

    @property
    def location(self) -> str:
        return f"{self.source.rsplit('/', 1)[-1]}:{self.line}"
