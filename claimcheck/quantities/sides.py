"""One number with the words glued to it, and how two of them make a range.

``quantities`` finds the numbers; a ``Side`` holds one of them with its
currency, unit word and hedges; ``joins`` decides whether two sides form a
range (``$200–$300 million``) and shares scale, currency and units between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.quantities.numbers import SCALES, Number, scaled


@dataclass
class Side:
    """One number with its currency and unit words: a quantity or a range end."""

    num: Number
    start: int
    end: int
    sign: float = 1.0
    currency: str | None = None
    factor: float = 1.0
    tail: str | None = None
    per_token: str | None = None
    hedges: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.sign * self.num.value * self.factor


def unit_of(currency: str | None, per_token: str | None, tail: str | None) -> str | None:
    if currency:
        return f"{currency}/{per_token}" if per_token else currency
    return tail


def with_scale(num: Number, word: str, mult: float) -> Number:
    return Number(num.start, num.end, scaled(num.value, mult), scaled(num.precision, mult), word, num.words)


def joins(first: Side, second: Side) -> bool:
    """Whether two numbers form a range; if so, share scale, currency and unit words."""
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if (first.currency and second.tail) or (first.tail and (second.currency or second.tail != first.tail)):
        return False
    mult = scale_mult(second.num) if second.num.scale and not first.num.scale else 1.0
    if mult * first.num.value > second.num.value:
        mult = 1.0
    if first.sign * first.num.value * mult * first.factor > second.value:
        return False
    if mult != 1.0:
        first.num = with_scale(first.num, second.num.scale or "", mult)
    first.currency = second.currency = first.currency or second.currency
    first.tail = first.tail or second.tail
    first.per_token = first.per_token or second.per_token
    return True


def scale_mult(num: Number) -> float:
    mult = 1.0
    for word in (num.scale or "").split():
        mult *= SCALES[word.lower()]
    return mult
