"""Whether a per-token price is for input or output tokens.

The kind is written right after the price (``$0.35/M input``, ``$0.60 per million input
tokens``), or before it (``input: $0.35``, ``input tokens cost $0.35``) but never across another
price; a later pair with no kinds of its own (``down from $0.80 and $2.00``) takes the kinds of
the pair it parallels, in order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimcheck.model import Quantity
from claimcheck.quantities.affixes import per_scale_alone, per_token
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit

if TYPE_CHECKING:
    from claimcheck.extract.context import Reading

# Chinese writes the kind before the price and between Chinese characters, with no word boundary.
_KIND = re.compile(r"(?<![A-Za-z])(input|output|prompt|completion|输入|输出)(?![A-Za-z])", re.I)
_AFTER = re.compile(r"[\s/]*(?:(?:for|on|of)\s+)?(input|output|prompt|completion)\b", re.I)
_BRACKET = re.compile(r"\s*(?:[(（][^)）]{0,40})?[)）]")
_NAMES = {"prompt": "input", "completion": "output", "输入": "input", "输出": "output"}
UNSPECIFIED = "unspecified"
# "$0.14, $0.20 and $0.15 per million input tokens": amounts listed together, the last one priced
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def kind_of(q: Quantity, text: str, quantities: list[Quantity], clause_start: int) -> str:
    """The token kind one price is for, ``unspecified`` when the sentence does not say."""
    respective = _respective_kind(q, text, quantities)
    if respective:
        return respective
    m = _KIND.search(q.text) or _AFTER.match(text, q.end)
    if m:
        return _name(m.group(1))
    bracket = _BRACKET.match(text, q.end)  # "¥2 (about $0.28) per million input tokens"
    per = per_token(text, bracket.end()) if bracket else None
    if per and per[1]:
        return per[1]
    listed = _last_listed(q, text, quantities)  # "$0.14, $0.20 and $0.15 per million input tokens"
    if listed is not q and (m := _KIND.search(listed.text)):
        return _name(m.group(1))
    before = [o for o in quantities if o.end <= q.start]
    lo = max(clause_start, q.start - 30, before[-1].end if before else 0)
    if before:
        trailing = _AFTER.match(text, before[-1].end)
        lo = max(lo, trailing.end() if trailing else lo)
    found = list(_KIND.finditer(text, lo, q.start))
    return _name(found[-1].group(1)) if found else UNSPECIFIED


# "$0.90 and $3.60 respectively per million input and output tokens", "… for input and output
# respectively": the kinds of a pair of prices, in order
_RESPECTIVE_KINDS = re.compile(
    r"\W{0,3}(?:respectively\b[^.;]{0,40}?\b(?P<a>input|output)\s+(?:and|/)\s+(?P<b>input|output)\b"
    r"|(?:for\s+)?(?P<c>input|output)\s+(?:and|/)\s+(?P<d>input|output)(?:\s+tokens?)?,?\s+respectively)",
    re.I,
)


def _respective_kind(q: Quantity, text: str, quantities: list[Quantity]) -> str | None:
    first = next(
        (o for o in quantities if o.end <= q.end and _last_listed(o, text, quantities).end >= q.end), q
    )
    pair = [first, _last_listed(first, text, quantities)]
    m = _RESPECTIVE_KINDS.match(text, pair[1].end) if pair[0] is not pair[1] else None
    if m is None or q not in pair:
        return None
    kinds = [k for k in m.group("a", "b", "c", "d") if k]
    return _name(kinds[pair.index(q)])


def parallel(readings: list[Reading]) -> list[Reading]:
    """Give an unmarked run of prices the kinds of the marked run just before it, one for one."""
    prices = [i for i, r in enumerate(readings) if r.price_kind is not None]
    out = list(readings)
    marked: list[str] = []
    run: list[int] = []
    for i in [*prices, -1]:
        kind = out[i].price_kind if i >= 0 else None
        if i >= 0 and kind == UNSPECIFIED:
            run.append(i)
            continue
        if run and len(run) == len(marked) and len(set(marked)) == len(marked):
            for j, k in zip(run, marked, strict=True):
                out[j] = replace(out[j], price_kind=k)
        if run:
            marked, run = [], []
        if kind:
            marked.append(kind)
    return out


def named_in(text: str) -> str | None:
    """The token kind a text (a header, a label) names, if any: ``Input price`` is ``input``."""
    m = _KIND.search(text)
    return _name(m.group(1)) if m else None


def _name(word: str) -> str:
    return _NAMES.get(word.lower(), word.lower())


_TOKENS = re.compile(r"\btokens?\b|\btoks?\b|词元", re.I)


def priced_per_tokens_named(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``Output tokens fall to $8.00 per million from $12.00``: in a sentence about tokens, an
    amount "per million" is a price per million tokens."""
    if not _TOKENS.search(text):
        return quantities
    out = []
    for q in quantities:
        per = per_scale_alone(text, q.end) if q.unit in ISO_CODES else None
        if per is not None:
            q = replace(q, unit=f"{q.unit}/{per[0]}", text=text[q.start : per[1]], end=per[1])
        out.append(q)
    return _priced_after_the_list(text, _listed_prices(text, out))


# Between the amounts of a list of prices: their kinds and joins ("$0.15 input and $0.60 output")
_KINDED_GAP = re.compile(r"(?:\s+(?:input|output))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)", re.I)
# After it, the tokens they are all per ("… output per million tokens", "… respectively per
# million input and output tokens")
_PER_ALL = re.compile(
    r"(?:\s+(?:input|output))?(?:\s+respectively)?\s+per\s+(?:1\s*)?(?P<ts>million|thousand|M|K)\s+"
    r"(?:(?:input|output)\s+(?:and|or|/)\s+(?:input|output)\s+)?tokens?\b",
    re.I,
)
_PER_UNITS = {"million": "Mtok", "m": "Mtok", "thousand": "ktok", "k": "ktok"}


def _priced_after_the_list(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``priced at $0.15 input and $0.60 output per million tokens``: the tokens named after a list
    of bare amounts price each of them."""
    out = list(quantities)
    i = 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out)
            and out[j].unit in ISO_CODES
            and _KINDED_GAP.fullmatch(text, out[j].end, out[j + 1].start)
        ):
            j += 1
        per = _PER_ALL.match(text, out[j].end) if out[j].unit in ISO_CODES else None
        if per is not None and all(q.unit == out[i].unit for q in out[i : j + 1]):
            unit = _PER_UNITS[per["ts"].lower()]
            out[i : j + 1] = [replace(q, unit=f"{q.unit}/{unit}") for q in out[i : j + 1]]
        i = j + 1
    return out


def _last_listed(q: Quantity, text: str, quantities: list[Quantity]) -> Quantity:
    """The last amount of the list ``q`` opens or continues (``q`` itself when none follows)."""
    later = [o for o in quantities if o.start >= q.end]
    for nxt in later:
        if not _LIST_GAP.fullmatch(text, q.end, nxt.start):
            break
        q = nxt
    return q


def _listed_prices(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Amounts listed before a price per tokens, with nothing but commas and "and" between them,
    are prices per the same tokens."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        priced = q.unit in ISO_CODES and is_price_unit(nxt.unit) and nxt.unit.startswith(q.unit + "/")
        if priced and _LIST_GAP.fullmatch(text, q.end, nxt.start):
            out[i] = replace(q, unit=nxt.unit)
    return out
