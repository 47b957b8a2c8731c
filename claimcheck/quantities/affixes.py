"""The words around a number that change what it means.

Prefixes (read backwards from the number): hedges (``~``, ``about``), bounds
(``over``, ``up to``), signs. Suffixes (read forwards): percent, points,
multipliers, ``+``, ``per 1M tokens``, ``(est.)``, ``or more``.
"""

from __future__ import annotations

import re

_APPROX = r"~|∼|≈|about|around|roughly|approximately|approx\.?|circa|ca\.|some|nearly|almost|close\s+to"
_LOWER = (
    r"over|more\s+than|greater\s+than|larger\s+than|higher\s+than|bigger\s+than|above|at\s+least"
    r"|no\s+(?:less|fewer)\s+than|not\s+less\s+than|upwards\s+of|in\s+excess\s+of|north\s+of"
    r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)|(?:greater|more|larger)\s+than\s+or\s+equal\s+to"
    r"|equal\s+to\s+or\s+(?:more|greater)\s+than|at\s+least\s+or\s+equal\s+to"
)
_UPPER = (
    r"up\s+to|under|less\s+than|fewer\s+than|below|at\s+most|no\s+more\s+than|not\s+more\s+than"
    r"|smaller\s+than|lower\s+than|as\s+(?:much|many|high)\s+as"
    r"|(?:less|smaller|fewer|lower)\s+(?:than\s+)?or\s+equal\s+(?:to|than)"
    r"|equal\s+to\s+or\s+(?:less|fewer)\s+than"
)
_OTHER = (
    r"(?:an?\s+)?estimated|est\.|(?:a\s+)?reported(?:ly)?|(?:a\s+)?rumou?red|(?:a\s+)?projected"
    r"|between|from|minus|negative|equals?(?:\s+to)?|equaling\s+to"
)
_PREFIX = re.compile(
    rf"(?:(?P<approx>(?<![\w])(?:{_APPROX}))|(?P<lower>(?<![\w])(?:{_LOWER})|(?<![<>=])>\s?=?|≥)"
    rf"|(?P<upper>(?<![\w])(?:{_UPPER})|(?<![<>=])<\s?=?|≤)|(?P<other>(?<![\w])(?:{_OTHER})))\s*$",
    re.I,
)
_OTHER_HEDGES = {
    "estimated": "estimate",
    "est.": "estimate",
    "reported": "reported",
    "reportedly": "reported",
    "rumored": "rumored",
    "rumoured": "rumored",
    "projected": "projected",
}

_TAIL = re.compile(
    # "60pc", "38 pct": newspaper percent, lower case only ("10 PC games" is no percent).
    r"(?P<pct>\s?(?:%|percent(?:age)?s?(?!\s+points?)|per\s?cent|(?-i:pct|pc))(?![A-Za-z]))"
    r"|(?P<pp>\s?(?:percentage\s+points?|pp|ppts?)(?![A-Za-z]))"
    r"|(?P<pts>\s(?:points?|pts?)(?![A-Za-z]))"
    r"|(?P<x>[x×](?![A-Za-z0-9]))"
    r"|(?P<tokens>\s(?:tokens?|toks?)(?![A-Za-z]))",
    re.I,
)
_PER_TOKEN = re.compile(
    r"\s*(?:per|/|for\s+(?:every|each)|every|a)\s*(?:(?P<n>1,000,000|1,000|1000|1|one|a)\s*)?"
    r"(?P<ts>million|thousand|billion|mn|[MKkmB])?\s*(?P<kind>input|output|prompt|completion)?\s*"
    r"(?:tokens?|toks?)(?![A-Za-z])"
    r"|\s?/\s?(?:1\s?)?(?P<ts2>[MK])(?:tok)?(?![A-Za-z0-9])",
    re.I,
)
_PAREN_HEDGE = re.compile(
    r"\s*\((?P<h>est\.?|estimated|e|projected|proj\.?|forecast|f|rumou?red|reported)\)", re.I
)
_NEXT_NUMBER = r"(?!\s+(?:than|to)\s*[-\d.$€£¥])"
_OR_MORE = re.compile(
    rf"\s+(?:(?P<lower>or\s+(?:more|greater|above|higher)|and\s+(?:up|above|over))"
    rf"|(?P<upper>or\s+(?:less|fewer|below|lower))){_NEXT_NUMBER}(?:\s+than)?(?![A-Za-z])"
    rf"|\s+or\s+equal{_NEXT_NUMBER}(?:\s+to)?(?![A-Za-z])",
    re.I,
)
_TOKEN_SCALE = {"million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "billion": 1e9, "b": 1e9}
_TOKEN_UNITS = {1.0: "tok", 1e3: "ktok", 1e6: "Mtok", 1e9: "Btok"}
_COUNTS = {"1,000,000": 1e6, "1,000": 1e3, "1000": 1e3, "1": 1.0, "one": 1.0, "a": 1.0}


def prefix(text: str, start: int) -> tuple[str, str, int] | None:
    """The hedge or bound word just before ``start``: (kind, word, its start)."""
    window = text[max(0, start - 48) : start]
    m = _PREFIX.search(window)
    if not m:
        return None
    kind = m.lastgroup or "other"
    word = m.group(kind).lower()
    return kind, re.sub(r"\s+", " ", word), start - len(window) + m.start()


def hedge_for(kind: str, word: str) -> str | None:
    """The contract hedge a prefix word adds, if any."""
    if kind == "approx":
        return "approximate"
    if kind == "lower":
        return "lower_bound"
    if kind == "upper":
        return "upper_bound"
    last = word.split()[-1]
    return _OTHER_HEDGES.get(last)


def tail(text: str, pos: int) -> tuple[str, int] | None:
    """A unit word right after a number: (unit, end)."""
    m = _TAIL.match(text, pos)
    if not m:
        return None
    unit = {"pct": "%", "pp": "pp", "pts": "points", "x": "x", "tokens": "tokens"}[m.lastgroup or ""]
    return unit, m.end()


def per_token(text: str, pos: int) -> tuple[str, str | None, int] | None:
    """``per 1M tokens`` after a price: (token unit, input/output or None, end)."""
    m = _PER_TOKEN.match(text, pos)
    if not m:
        return None
    if m.group("ts2"):
        return _TOKEN_UNITS[_TOKEN_SCALE[m.group("ts2").lower()]], None, m.end()
    count = _COUNTS.get((m.group("n") or "1").lower(), 1.0)
    mult = count * _TOKEN_SCALE.get((m.group("ts") or "").lower(), 1.0)
    unit = _TOKEN_UNITS.get(mult)
    if unit is None:
        return None
    kind = (m.group("kind") or "").lower() or None
    kind = {"prompt": "input", "completion": "output"}.get(kind or "", kind)
    return unit, kind, m.end()


_PER_SCALE_ALONE = re.compile(
    r"\s*(?:per|/|a)\s*(?:1\s?|one\s)?(?P<ts>million|thousand|mn|M|K)(?![A-Za-z])", re.I
)


def per_scale_alone(text: str, pos: int) -> tuple[str, int] | None:
    """``per million`` after a price, the tokens named elsewhere in the sentence ("Output tokens
    fall to $8.00 per million"): (token unit, end)."""
    m = _PER_SCALE_ALONE.match(text, pos)
    if not m:
        return None
    return _TOKEN_UNITS[_TOKEN_SCALE[m.group("ts").lower()]], m.end()


def paren_hedge(text: str, pos: int) -> tuple[str, int] | None:
    """``(est.)``-style hedges right after a number: (hedge, end)."""
    m = _PAREN_HEDGE.match(text, pos)
    if not m:
        return None
    h = m.group("h").lower().rstrip(".")
    hedge = {"e": "estimate", "f": "projected", "proj": "projected", "forecast": "projected"}.get(h)
    hedge = hedge or _OTHER_HEDGES.get(h) or ("estimate" if h.startswith("est") else None)
    return (hedge, m.end()) if hedge else None


def or_more(text: str, pos: int) -> tuple[str | None, int] | None:
    """``or more`` / ``or less`` after a number: (bound hedge or None, end)."""
    m = _OR_MORE.match(text, pos)
    if not m:
        return None
    if m.group("lower"):
        return "lower_bound", m.end()
    if m.group("upper"):
        return "upper_bound", m.end()
    return None, m.end()


_DATE_CHARACTERS = "年月日号时"


def glued_right(c: str) -> bool:
    """Whether the character after a number makes it part of a word. Chinese writes a number's
    classifier or noun right after it ("400人", "3,000家客户"), but a date's "6月" is no figure."""
    if "\u4e00" <= c <= "\u9fff":
        return c in _DATE_CHARACTERS
    return c.isalnum() or c == "_"
