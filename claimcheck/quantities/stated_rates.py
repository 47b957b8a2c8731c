"""Exchange rates an article states itself: ``$1 = 7.24 yuan``, ``at 7.2 yuan to the dollar``.

Only an explicit rate statement sets an article's rate (CONTRACT.md, decision 2):
two amounts in the same breath (``500 million yuan ($69 million)``) are checked
against it, they never set it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping

from claimcheck.model import Quantity
from claimcheck.quantities import parse

# What a rate is quoted against, written as a word: "7.2 yuan to the dollar", "per euro".
_CURRENCY_WORDS = {
    "dollar": "USD",
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "greenback": "USD",
    "usd": "USD",
    "euro": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "gbp": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yen": "JPY",
    "jpy": "JPY",
    "hong kong dollar": "HKD",
    "hkd": "HKD",
}
_WORDS = "|".join(sorted((re.escape(w) for w in _CURRENCY_WORDS), key=len, reverse=True))
# "7.2 yuan [to|per|against|for] [the|one|a|each|every|1] [US] dollar"
_AGAINST = re.compile(
    rf"\s*(?:to|per|against|for|a|an|/)\s+(?:the\s+|one\s+|each\s+|every\s+|1\s+)?(?P<word>{_WORDS})s?\b"
    r"(?!\s+(?:of|in|spent|earned|raised)\b)",
    re.I,
)
# "the yuan traded at 7.25 to the dollar": the currency named before a bare number.
_NAMED_FIRST = re.compile(
    rf"\b(?P<word>{_WORDS})\s+(?:\w+\s+){{0,3}}?(?:at\s+)?(?P<rate>\d+(?:\.\d+)?)\s+(?:to|per|against)\s+"
    r"(?:the\s+|one\s+|a\s+)?(?:US\s+|U\.S\.\s+)?dollar\b",
    re.I,
)
_EQUALS = re.compile(r"\s*(?:=|equals|is\s+worth|buys|bought|traded\s+at|to|兑换?|等于|折合)\s*", re.I)
# A line can state a rate only with "=" or a currency word after "to", "per", "against", "/", after
# a digit. (Searched from the first digit on: a "\d.*" in front would rescan the line per digit.)
_DIGIT = re.compile(r"\d")
_CUE = re.compile(
    rf"(?:=|equals|兑|等于|\b(?:to|per|against|for|a|an)\s+(?:the\s+|one\s+|each\s+|every\s+|1\s+)?(?:US\s+|U\.S\.\s+)?(?:{_WORDS})\b)",
    re.I,
)
_RATE_CONTEXT = re.compile(r"\b(?:rate|exchange|converted|conversion|convert|at)\b", re.I)


def _currency(unit: str | None) -> str | None:
    """The currency of a plain amount (not a price per token)."""
    return unit if unit and "/" not in unit and unit.isalpha() and len(unit) == 3 else None


def _per_usd(base: str, quote: str, units_of_quote: float) -> tuple[str, float] | None:
    """``1 base = units_of_quote quote`` as (currency, units per US dollar)."""
    if units_of_quote <= 0 or base == quote:
        return None
    if base == "USD":
        return quote, units_of_quote
    if quote == "USD":
        return base, 1.0 / units_of_quote
    return None


def _one_equals(text: str, a: Quantity, b: Quantity) -> tuple[str, float] | None:
    """``$1 = 7.24 yuan`` or ``7.24 yuan = $1``."""
    ca, cb = _currency(a.unit), _currency(b.unit)
    if not ca or not cb or not _EQUALS.fullmatch(text[a.end : b.start]):
        return None
    if a.value == 1.0:
        return _per_usd(ca, cb, b.value)
    if b.value == 1.0:
        return _per_usd(cb, ca, a.value)
    return None


def _against_word(text: str, q: Quantity) -> tuple[str, float] | None:
    """``7.2 yuan to the dollar``, ``$1.08 per euro`` (with a rate word nearby)."""
    currency = _currency(q.unit)
    m = _AGAINST.match(text, q.end)
    if not currency or not m or q.low != q.high:
        return None
    before = text[max(0, q.start - 40) : q.start]
    if not _RATE_CONTEXT.search(before) and not re.match(r"\s*(?:to|per|against)\b", text[q.end :], re.I):
        return None
    return _per_usd(_CURRENCY_WORDS[m.group("word").lower()], currency, q.value)


def stated_rates(text: str, currency_symbols: Mapping[str, str] | None = None) -> dict[str, float]:
    """Units of each currency per US dollar, as the article states them (the first statement wins)."""
    found: dict[str, float] = {}
    for _, _, currency, rate in statements(text, currency_symbols):
        found.setdefault(currency, rate)
    return found


def statements(
    text: str, currency_symbols: Mapping[str, str] | None = None
) -> Iterator[tuple[int, int, str, float]]:
    """Each rate statement of the text: where it stands, the currency and its units per US dollar.

    The span covers the figures of the statement, which state a rate rather than a claim.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        digit = _DIGIT.search(line)
        if digit is not None and _CUE.search(line, digit.end()):
            yield from ((offset + a, offset + b, c, r) for a, b, c, r in _in_line(line, currency_symbols))
        offset += len(line)


def _in_line(line: str, currency_symbols: Mapping[str, str] | None) -> Iterator[tuple[int, int, str, float]]:
    quantities = parse(line, currency_symbols=currency_symbols)
    for a, b in itertools.pairwise(quantities):
        rate = _one_equals(line, a, b)
        if rate is not None:
            yield a.start, b.end, *rate
    for q in quantities:
        rate = _against_word(line, q)
        if rate is not None:
            yield q.start, q.end, *rate
    for m in _NAMED_FIRST.finditer(line):
        rate = _per_usd("USD", _CURRENCY_WORDS[m.group("word").lower()], float(m.group("rate")))
        if rate is not None:
            yield m.start("rate"), m.end("rate"), *rate
