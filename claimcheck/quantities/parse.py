"""Text to quantities: ``parse(text) -> list[Quantity]``, the stage's face (the outside contract).

The scan (``scanner``) reads digits and words; Chinese amounts (``chinese``) are read apart and
take the place of what the scan made of the same characters; a price whose token count follows a
bracketed restatement (``¥2 (about $0.28) per million tokens``) prices both; a bare sum of the
same scale after an amount of money (``4.28 billion euros from 4.02 billion``) is in its currency.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from claimcheck.model import Quantity
from claimcheck.quantities import affixes, currencies
from claimcheck.quantities.chinese import chinese_amounts
from claimcheck.quantities.scanner import Scanner


def parse(text: str, *, currency_symbols: Mapping[str, str] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order; never raises on a string.

    ``currency_symbols`` overrides how symbols read (``{"¥": "JPY"}``).
    """
    symbols = {**currencies.DEFAULT_SYMBOLS, **(currency_symbols or {})}
    return list(_scan(text, tuple(sorted(symbols.items()))))


# An article's sentences and cells are parsed by several of its readers (a sentence, then its
# block's price note, then its derived statements; a cell, for its column's role, then for its
# value): the scan is pure, so each text is scanned once. ``forget`` empties the memo as each
# article begins, so it holds one article's texts and never carries one article's over to another.
@cache
def _scan(text: str, symbols: tuple[tuple[str, str], ...]) -> tuple[Quantity, ...]:
    found = Scanner(text, dict(symbols)).run()
    chinese = chinese_amounts(text)
    if chinese:
        kept = [q for q in found if not any(c.start < q.end and q.start < c.end for c in chinese)]
        found = sorted(kept + chinese, key=lambda q: q.start)
    return tuple(_in_the_currency_before(text, _priced_through_brackets(text, found)))


def forget() -> None:
    """Drop the texts scanned so far (a new article is about to be read)."""
    _scan.cache_clear()


_RESTATED_BETWEEN = re.compile(
    r"\s*[(（]\s*(?:about|around|roughly|approximately|approx\.?|~|≈|c\.|est\.?)?\s*$", re.I
)
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


def _priced_through_brackets(text: str, found: list[Quantity]) -> list[Quantity]:
    """``¥2 (about $0.28) per million tokens``: the token count after the bracket prices both."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (_currency_only(a.unit) and _currency_only(b.unit)):
            continue
        close = _BRACKET_CLOSE.match(text, b.end)
        per = affixes.per_token(text, close.end()) if close else None
        if per and _RESTATED_BETWEEN.fullmatch(text, a.end, b.start):
            out[i] = replace(a, unit=f"{a.unit}/{per[0]}")
            out[i + 1] = replace(b, unit=f"{b.unit}/{per[0]}")
    return out


def _currency_only(unit: str | None) -> bool:
    return unit is not None and unit in currencies.ISO_CODES


# What a bare sum may be followed by and still be money ("the 4.76 billion consensus", "the
# 4.1 billion analysts had expected"); any other plural noun counts things ("3 million users").
_COUNTED_AFTER = re.compile(
    r"\s*(?!(?:analysts|estimates|forecasts|expectations)\b)[a-z]+s\b(?<!ss)(?<!us)(?<!is)"
)


def _in_the_currency_before(text: str, found: list[Quantity]) -> list[Quantity]:
    """``revenue rose to 4.28 billion euros from 4.02 billion``: a sum written with a scale word
    and no unit, after an amount of money of the same scale, is in that amount's currency."""
    out = list(found)
    money: Quantity | None = None
    for i, q in enumerate(out):
        if _currency_only(q.unit) and q.scale:
            money = q
        elif (
            money is not None
            and q.unit is None
            and q.scale is not None
            and q.scale.lower() == money.scale.lower()
            and not _COUNTED_AFTER.match(text, q.end)
        ):
            out[i] = replace(q, unit=money.unit)
    return out
