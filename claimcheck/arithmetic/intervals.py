"""Interval arithmetic for figures known only to the precision they are written with.

statcheck's rounding rule: ``4.2`` stands for anything from 4.15 to 4.25, so a
value derived from it is every result its inputs allow, never the result of the
bare point values. Bounds are open-ended with infinities (``over 40x``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


def _product(a: float, b: float) -> float:
    # 0 x inf is 0 here: an unbounded side times an exact zero stays zero.
    return 0.0 if a == 0 or b == 0 else a * b


@dataclass(frozen=True)
class Interval:
    """Every value from ``low`` to ``high`` (infinities for unbounded sides)."""

    low: float
    high: float

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @classmethod
    def of(cls, low: float | None, high: float | None, precision: float = 0.0) -> Interval:
        """A stated figure's interval: its bounds widened by the precision as written."""
        lo = -INF if low is None else low - precision
        hi = INF if high is None else high + precision
        return cls(min(lo, hi), max(lo, hi))

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        corners = [_product(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(corners), max(corners))

    def __truediv__(self, other: Interval) -> Interval:
        if other.low <= 0 <= other.high:
            return Interval(-INF, INF)
        return self * Interval(1 / other.high, 1 / other.low)

    def scale(self, factor: float) -> Interval:
        """Multiplied by an exact number."""
        return self * Interval.point(factor)

    def power(self, exponent: float) -> Interval:
        """Raised to a positive exponent; defined for non-negative intervals."""
        low, high = max(self.low, 0.0), max(self.high, 0.0)
        return Interval(low**exponent, high**exponent if math.isfinite(high) else INF)

    def widen(self, relative: float = 0.0, absolute: float = 0.0) -> Interval:
        """Widened on each side by a fraction of its magnitude plus an absolute allowance."""
        low = self.low - abs(self.low) * relative - absolute if math.isfinite(self.low) else self.low
        high = self.high + abs(self.high) * relative + absolute if math.isfinite(self.high) else self.high
        return Interval(low, high)

    def overlaps(self, other: Interval) -> bool:
        """Whether they share a point; touching counts, so 86.65 - 83.15 meets 3.5 despite rounding."""
        slack = 1e-9 * max(
            (abs(v) for v in (self.low, self.high, other.low, other.high) if math.isfinite(v)), default=0
        )
        return self.low <= other.high + slack and other.low <= self.high + slack

    def distance(self, other: Interval) -> float:
        """How far apart two intervals are, relative to the larger magnitude (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        gap = other.low - self.high if self.high < other.low else self.low - other.high
        size = max(abs(v) for v in (self.low, self.high, other.low, other.high) if math.isfinite(v))
        return gap / size if size else INF

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def middle(self) -> float:
        """A representative value: the midpoint, or the finite end of a one-sided interval."""
        if self.bounded:
            return (self.low + self.high) / 2
        return self.low if math.isfinite(self.low) else self.high

    def to_dict(self) -> dict[str, float | None]:
        """``{"low": ..., "high": ...}`` with null for an unbounded side, rounded for reading."""
        return {"low": _readable(self.low), "high": _readable(self.high)}


def _readable(value: float) -> float | None:
    return float(f"{value:.6g}") if math.isfinite(value) else None


def total(intervals: list[Interval]) -> Interval:
    """The sum of several intervals."""
    out = Interval.point(0.0)
    for i in intervals:
        out = out + i
    return out
