"""Numbers as written: digit literals, scale words and spelled-out numbers.

This module knows nothing about units or context; ``quantities`` builds on it.
Every number carries the precision its digits imply, so that ``4.2bn`` is
known to ±0.05bn and ``1,200`` to ±0.5.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from claimcheck.quantities import continental

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mm": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "g": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "t": 1e12,
    "dozen": 12,
    "dozens": 12,
    "dz": 12,
    "dzs": 12,
}

UNITS = {
    w: i
    for i, w in enumerate(
        """
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen
    """.split()
    )
}
UNITS["nought"] = 0
TENS = {
    w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
_BIG_WORDS = ("hundred", "thousand", "lakh", "million", "crore", "billion", "trillion")

_DIGITS = r"""
    (?:\d{1,3}(?:,\d{2})*(?:,\d{3})+        # 1,234,567 and 12,34,567
     | \d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?!\d) # 1 234 567 (SI spacing)
     | \d+)
    (?:\.\d+)?
  | \.\d+
"""
_LITERAL = re.compile(
    rf"""
    (?P<num>{_DIGITS})
    (?P<exp>[eE][+-]?\d+(?![\w.])
      | \s?[x×]\s?10\^?\s?[-−+]?\d+)?
    """,
    re.X,
)
_FRACTION_TAIL = re.compile(r"/(\d+)(?![\d/.,])")
# Bounded so that ``int()`` never meets a 10,000-digit string.
_MAX_FRACTION_DIGITS = 18
_SCALE_WORD = re.compile(
    # (a compound adjective joins its scale word with a hyphen: "a 32.5-billion-parameter model")
    r"(?P<sp>\s?|-(?=(?i:thousand|million|billion|trillion)(?:-|\s+)[A-Za-z]))"
    # (Indian English counts in lakhs and crores, "Rs 500 cr")
    r"(?P<w>(?i:thousand|million|billion|trillion|hundred|lakhs?|lacs?|crores?|dozens?)|dzs?"
    r"|bn|bln|mn|mln|mil|tn|tln|Bn|Mn|BN|MM|[Cc]r|[kKMBbTGm])(?![A-Za-z])"
)
_WORD = re.compile(r"[A-Za-z]+")
_JOIN = re.compile(r"[ \t]+(?:(?P<and>and|&)[ \t]+)?")
_MIXED_FRACTION = re.compile(r"[ \t]+(\d{1,18})/(\d{1,18})(?![\d/])")
_AND_A_FRACTION = re.compile(r"an?[ \t]+(half|quarter)(?![\w])")
_NUMBER_WORDS = set(UNITS) | set(TENS) | set(_BIG_WORDS) | {"dozen", "dozens"}
_LITERAL_RUN = re.compile(r"[\d.,]*(?:[eE][+-]?\d+)?")
# The magnitudes read as figures. Past them a digit string is a curiosity, not a figure an
# article states (world GDP is 1e14 dollars, a training run 1e27 FLOPs), and the bound keeps
# every conversion downstream (per token, per currency) far from a float's overflow.
MAX_MAGNITUDE = 1e100
MIN_MAGNITUDE = 1e-100


@dataclass(frozen=True)
class Number:
    """A number in text: ``value`` with scale applied and its ``precision``."""

    start: int
    end: int
    value: float
    precision: float
    scale: str | None = None
    words: bool = False
    continental: bool = False


def scaled(value: float, mult: float) -> float:
    """``value * mult`` in decimal, so that 8.2 billion is 8200000000.0, not 8199999999.999999."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def literal_value(digits: str) -> tuple[float, int]:
    """Value of a digit literal and how many decimals it was written with."""
    clean = re.sub(r"[,\u202f\u00a0 ]", "", digits)
    decimals = len(clean.split(".", 1)[1]) if "." in clean else 0
    return float(clean), decimals


def in_range(value: float) -> bool:
    """Whether a value is a figure an article could state: finite, and zero or of a sane magnitude."""
    return value == 0 or (math.isfinite(value) and MIN_MAGNITUDE <= abs(value) <= MAX_MAGNITUDE)


def literal_end(text: str, pos: int) -> int:
    """The end of the digits, separators and exponent from ``pos``: what to skip when a literal is refused."""
    ends = [pos + 1] + [m.end() for m in (_LITERAL.match(text, pos), _LITERAL_RUN.match(text, pos)) if m]
    frac = _FRACTION_TAIL.match(text, max(ends))
    return frac.end() if frac else max(ends)


def _exponent(exp: str | None) -> int | None:
    """The power of ten an exponent writes; None when it is beyond any float (``1e999``)."""
    if not exp:
        return 0
    exp = exp.replace("−", "-")
    digits = exp[1:] if exp[0] in "eE" else re.sub(r"^\s?[x×]\s?10\^?\s?", "", exp)
    power = int(digits) if len(digits.lstrip("+-")) <= 4 else None
    # Past the magnitudes read as figures even a zero's precision (half a unit of the last
    # place) would overflow a float.
    return power if power is not None and abs(power) <= 100 else None


def _power(value: float, exp: int) -> float:
    """``value * 10**exp`` in decimal: never an OverflowError, inf or 0.0 past a float's range."""
    return float(Decimal(repr(value)).scaleb(exp))


def scale_at(text: str, pos: int, *, allow_small_m: bool) -> tuple[str, float, int] | None:
    """A scale word or suffix starting at ``pos``: (word, multiplier, end)."""
    m = _SCALE_WORD.match(text, pos)
    if not m:
        return None
    word, spaced = m.group("w"), bool(m.group("sp"))
    if len(word) == 1:
        if word == "m" and (spaced or not allow_small_m):
            return None
        if spaced and word in "bmg":
            return None
        if spaced and m.end() < len(text) and text[m.end()] in "&'-":
            return None
    return word, SCALES[word.lower()], m.end()


def scan_digits(text: str, pos: int, *, allow_small_m: bool = False) -> Number | None:
    """The digit literal starting exactly at ``pos``, with exponent and scale.

    None when the literal is not a figure: beyond a float (``1e999``, 10,000 digits) or below
    any stated precision (``1e-999``). The caller skips it whole (``literal_end``).
    """
    found = continental.literal_at(text, pos)
    if found is not None:
        value, decimals, end = found
        return _scaled(text, Number(pos, end, value, _power(0.5, -decimals), continental=True), allow_small_m)
    m = _LITERAL.match(text, pos)
    if not m:
        return None
    value, decimals = literal_value(m.group("num"))
    exp = _exponent(m.group("exp"))
    if exp is None:
        return None
    end = m.end()
    frac = _FRACTION_TAIL.match(text, end) if not exp and "." not in m.group("num") else None
    if frac and not text[pos:end].count(",") and len(frac.group(1)) > _MAX_FRACTION_DIGITS:
        return None
    if frac and int(frac.group(1)) and not text[pos:end].count(","):
        value = value / int(frac.group(1))
        return Number(pos, frac.end(), value, 0.0) if in_range(value) else None
    num = Number(pos, end, _power(value, exp), _power(0.5, exp - decimals))
    return _scaled(text, num, allow_small_m)


def _scaled(text: str, num: Number, allow_small_m: bool) -> Number | None:
    """``num`` with the scale words after it applied (``4.2 billion``, ``300.000 millones``)."""
    value, precision, end, scale = num.value, num.precision, num.end, None
    while in_range(value):
        found = continental.scale_at(text, end)
        if found is not None:
            word, end = found
            mult = SCALES[word]
        elif (english := scale_at(text, end, allow_small_m=allow_small_m)) is not None:
            word, mult, end = english
        else:
            break
        value, precision = scaled(value, mult), scaled(precision, mult)
        scale = word if scale is None else f"{scale} {word}"
    if not in_range(value):
        return None
    return extend_compound(text, Number(num.start, end, value, precision, scale, continental=num.continental))


def _part_at(text: str, pos: int) -> Number | None:
    if text[pos : pos + 1].isdigit():
        m = _LITERAL.match(text, pos)
        if not m or m.group("exp"):
            return None
        value, decimals = literal_value(m.group("num"))
        found = scale_at(text, m.end(), allow_small_m=False)
        if found:
            return Number(pos, found[2], scaled(value, found[1]), 0.5, found[0])
        return Number(pos, m.end(), value, 0.5 * 10.0**-decimals)
    return scan_words(text, pos) if starts_number_word(text, pos) else None


def extend_compound(text: str, num: Number) -> Number:
    """``3 hundred and 21``, ``4 thousand 3 hundred``, ``3 million and a half``, ``2 1/4``."""
    if num.scale is None:
        m = _MIXED_FRACTION.match(text, num.end)
        if m and 0 < int(m[1]) < int(m[2]) and num.value.is_integer():
            return Number(num.start, m.end(), num.value + int(m[1]) / int(m[2]), 0.0)
        return num
    word = num.scale.split()[-1].lower()
    if word not in _BIG_WORDS:
        return num
    last = SCALES[word]
    value, end = num.value, num.end
    while last > 1 and (join := _JOIN.match(text, end)):
        pos = join.end()
        half = _AND_A_FRACTION.match(text, pos) if join.group("and") else None
        if half:
            value, end = value + last / FRACTIONS[half[1]], half.end()
            break
        part = _part_at(text, pos)
        # "3 hundred and 21", "2 billion 300 million"; but "$1.45 billion and 5.82 cents" is two
        # figures: a bare number joins by "and" only whole numbers.
        whole = (
            "." not in text[num.start : pos] and part is not None and "." not in text[part.start : part.end]
        )
        if part is None or not 0 < part.value < last or not (part.scale or (join.group("and") and whole)):
            break
        value, end = value + part.value, part.end
        last = SCALES[part.scale.split()[-1].lower()] if part.scale else 1.0
    return num if end == num.end else Number(num.start, end, value, 0.5, num.scale, num.words)


def _word_tokens(text: str, pos: int) -> Iterator[tuple[str, int, int]]:
    """Lower-cased words from ``pos`` on, allowing number-phrase joiners."""
    while True:
        gap = re.match(r"[ \t]*(?:-|,\s|&\s|\s)?[ \t]*", text[pos:])
        word = _WORD.match(text, pos + (gap.end() if gap else 0))
        if not word:
            return
        yield word.group().lower(), word.start(), word.end()
        pos = word.end()


def scan_words(text: str, pos: int) -> Number | None:
    """A spelled-out number starting at ``pos`` ("five million", "a hundred and two")."""
    total = current = 0.0
    last_mult, end, used, fraction = 0.0, pos, False, None
    prev = None
    for word, _, w_end in _word_tokens(text, pos):
        if word in ("a", "an") and prev is None:
            current, prev = 1.0, "a"
            continue
        if word == "and" and prev == "big":
            prev = "and"
            continue
        if word in UNITS and prev in (None, "big", "and", "ten"):
            if prev == "ten" and UNITS[word] >= 10:
                break
            current += UNITS[word]
        elif word in TENS and prev in (None, "big", "and"):
            current += TENS[word]
        elif word in FRACTIONS and prev in ("unit", "ten", "a", None):
            fraction = (current or 1.0) / FRACTIONS[word]
            current, end, used, prev = fraction, w_end, True, "frac"
            continue
        elif word in SCALES and word in (*_BIG_WORDS, "dozen", "dozens") and prev is not None:
            mult = SCALES[word]
            if mult >= 1000:
                if last_mult and mult >= last_mult:
                    break
                total += (current or 1.0) * mult
                current, last_mult = 0.0, mult
            else:
                current = (current or 1.0) * mult
            end, used, prev = w_end, True, "big"
            continue
        else:
            break
        prev = "ten" if word in TENS else "unit"
        end, used = w_end, True
    if not used or prev in ("a",):
        return None
    value = total + current
    unit = last_mult if last_mult and not current else 1.0
    return Number(pos, end, value, 0.5 * unit, None, words=True) if in_range(value) else None


def starts_number_word(text: str, pos: int) -> bool:
    """Whether a spelled-out number could start at ``pos``."""
    word = _WORD.match(text, pos)
    if not word:
        return False
    w = word.group().lower()
    if w in ("a", "an"):
        nxt = next(_word_tokens(text, word.end()), None)
        return bool(nxt) and nxt[0] in (*_BIG_WORDS, "half", "quarter", "third")
    if w in ("half", "quarter"):
        nxt = next(_word_tokens(text, word.end()), None)
        return bool(nxt) and nxt[0] in _BIG_WORDS
    return w in _NUMBER_WORDS
