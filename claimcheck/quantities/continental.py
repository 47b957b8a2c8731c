"""Figures written the continental way: ``300.000 millones``, ``1.234,5 Mio. €``, ``3,5 milliards``.

Spanish, German, French and Italian group thousands with dots and mark decimals
with a comma, the reverse of English. Read the English way, ``300.000`` would be
300.0 and ``1.234,5`` would be 1.234 and 5. A literal is read the continental
way only when nothing English could have written it (``1.234,5``) or when what
follows says so: a continental scale word (``millones``, ``Mrd.``), a euro sign
after the figure, or a continental word for the currency or for percent.
Anything else keeps its English reading: ``$1.234 billion`` is 1.234 billion.
"""

from __future__ import annotations

import re

# Continental scale words, as the English scale word of the same size (``Number.scale``
# holds English words). A continental billion (billón, Billion, billione) is a million million.
SCALE_WORDS: dict[str, str] = {
    "mil millones": "billion",
    "millones": "million",
    "millón": "million",
    "millon": "million",
    "billones": "trillion",
    "billón": "trillion",
    "millardos": "billion",
    "mio.": "million",
    "mio": "million",
    "mill.": "million",
    "millionen": "million",
    "mrd.": "billion",
    "mrd": "billion",
    "milliarde": "billion",
    "milliarden": "billion",
    "bio.": "trillion",
    "billionen": "trillion",
    "millions": "million",
    "milliard": "billion",
    "milliards": "billion",
    "milioni": "million",
    "miliardi": "billion",
    "mld": "billion",
    "milhões": "million",
    "milhão": "million",
    "mil milhões": "billion",
    "miljoen": "million",
    "miljard": "billion",
}
_SCALE = re.compile(
    r"[ \t\u00a0]?(?P<w>"
    + "|".join(re.escape(w) for w in sorted(SCALE_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.I,
)
# Dots between groups of three, then an optional decimal comma (spaces between groups of three
# then a decimal comma: ``12 345,67``); or a bare decimal comma.
_GROUPED = re.compile(
    r"[1-9]\d{0,2}(?:(?:\.\d{3})+(?P<dec>,\d+)?|(?:[ \u202f\u00a0]\d{3})+(?P<sidec>,\d+))(?!\d|[.,]\d)"
)
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}(?!\d|[.,]\d)")
# What after a figure says it was written the continental way, besides a scale word.
_CURRENCY_AFTER = re.compile(
    r"[ \t\u00a0]?(?:€|(?:de |d')?(?:euros?|dólares|dollars|libras|francs?|yuanes)(?![^\W\d_])"
    r"|Euro(?:s|n)?(?![^\W\d_]))",
    re.I,
)
_ENGLISH_SCALE_AFTER = re.compile(
    r"[ \t\u00a0]?(?:thousand|millions?|billions?|trillions?|bn|mn)(?![^\W\d_])", re.I
)
_PERCENT_AFTER = re.compile(r"[ \t\u00a0]?(?:%|Prozent|por ciento|pour cent|per cento)(?![^\W\d_])", re.I)


def scale_at(text: str, pos: int) -> tuple[str, int] | None:
    """A continental scale word at ``pos``: (the English word of its size, end)."""
    m = _SCALE.match(text, pos)
    if not m:
        return None
    return SCALE_WORDS[m.group("w").lower()], m.end()


def literal_at(text: str, pos: int) -> tuple[float, int, int] | None:
    """A continental digit literal at ``pos``: (value, decimals written, end); None if English."""
    grouped = _GROUPED.match(text, pos)
    if grouped:
        unambiguous = grouped.group("dec") or grouped.group("sidec")
        if not unambiguous and not _continental_after(text, grouped.end(), percent=False):
            return None
        return _value(grouped.group()), _decimals(grouped.group()), grouped.end()
    decimal = _COMMA_DECIMAL.match(text, pos)
    if decimal and _continental_after(text, decimal.end(), percent=True, english_scale=True):
        return _value(decimal.group()), _decimals(decimal.group()), decimal.end()
    return None


def _continental_after(text: str, end: int, *, percent: bool, english_scale: bool = False) -> bool:
    if _SCALE.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return True
    if percent and _PERCENT_AFTER.match(text, end):
        return True
    # ``3,5 million``: no English writer puts one or two digits after a thousands comma.
    return english_scale and bool(_ENGLISH_SCALE_AFTER.match(text, end))


def _value(literal: str) -> float:
    return float(re.sub(r"[.\s\u202f\u00a0]", "", literal).replace(",", "."))


def _decimals(literal: str) -> int:
    return len(literal.split(",", 1)[1]) if "," in literal else 0
