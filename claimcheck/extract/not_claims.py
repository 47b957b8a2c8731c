"""Figures that are no claims of their own, and why: a restatement in another currency, a
condition ("If ..."), an evaluation setting ("5-shot", "8 experts"), a difference ("by 2-3
points") or a figure relative to a rival ("3x faster"), a rank, a count word, a margin of error,
a share of something else ("72% of revenue").
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.extract import coverage as why
from claimcheck.extract.hedges import is_hypothetical
from claimcheck.model import Quantity
from claimcheck.quantities.numbers import UNITS

_RESTATEMENT = re.compile(
    r"(?:\s*[A-Za-z\u4e00-\u9fff+-]+){0,3}\s*(?:[(\[（]\s*(?:or|i\.e\.|equivalent\s+to|about|roughly|approximately|≈|~|est\.?|约合?|折合|合)?"
    r"|,?\s*(?:or|i\.e\.|equivalent\s+to)\s+(?:about|roughly|around|some|approximately|nearly)?)\s*$",
    re.I,
)
_MOVED = re.compile(
    r"\b(?:wip(?:e|es|ed|ing)|shed(?:s|ding)?|eras(?:e|es|ed|ing)|knock(?:s|ed|ing)?|slash(?:es|ed|ing)?|add(?:s|ed|ing)?)\s+(?:\w+\s+)?$",
    re.I,
)
_BY = re.compile(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|~)?$", re.I)
_RELATIVE = re.compile(
    r"\s*(?:x|×|times)?\s*(?:faster|slower|cheaper|more|less|higher|lower|better|worse|larger|smaller|bigger|"
    r"above|below|ahead|behind|over|the\s+(?:price|cost|size|speed)|as\s+(?:fast|much|many|cheap))\b",
    re.I,
)
_SHARE_OF = re.compile(
    r"\s+(?:of|lower|higher|cheaper|more|less|faster|slower|better|worse|premium|discount)\b", re.I
)
_MARGIN = re.compile(
    r"(?:plus\s+or(?:\s+minus)?|give\s+or\s+take|±)\s*$", re.I
)  # "minus" may open the figure


def is_setting(q: Quantity, text: str) -> bool:
    """``MMLU (5-shot)``, ``pass@1``: how a score was measured, not a figure of its own."""
    before = _SETTING_BEFORE.search(text, max(0, q.start - 6), q.start)
    return bool(_SETTING_AFTER.match(text, q.end) or before)


def is_margin(q: Quantity, text: str) -> bool:
    """``$5.2 billion, plus or minus 2%``: the margin around the figure before it."""
    return bool(_MARGIN.search(text, max(0, q.start - 20), q.start))


_RANK = re.compile(r"\b(?:top|bottom|first|last|fortune|ranked|rank|No\.)\s+$", re.I)
# "by 4.6 points on MMLU and 7.6 on GSM8K": what lies between a difference and the next of its list
_LISTED_AFTER = re.compile(
    r"\s*(?:points?|pp|%)?\s*(?:on|in|for)\s+[\w+.-]+(?:\s+[\w+.-]+){0,2}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
    re.I,
)
# "5-shot"; "8 experts", "64 layers", "2 shared": how an evaluation is run or a model is built
_SETTING_AFTER = re.compile(
    r"[\s-]*(?:shots?|shot\b|(?:routed\s+|active\s+|shared\s+)?experts?\b|layers?\b|attention\s+heads\b"
    r"|KV\s+heads\b|shared\b)",
    re.I,
)
# "one", "three", "twelve": a small number spelled out is a claim only with the noun it counts
# right after it ("three data centres" may be; "one of the people" is not)
_COUNT_WORDS = frozenset(w for w, n in UNITS.items() if 1 <= n <= 12) | frozenset("一二两三四五六七八九十")
_COUNTED_AFTER = re.compile(
    r"\s+(?:new\s+|more\s+|other\s+)?(?!of\b|times?\b|percent\b|points?\b|people\b|sources\b|persons\b)"
    r"[a-z][a-z-]+s\b",
    re.I,
)
_DURATION_AFTER = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b")
_BYTES_AFTER = re.compile(r"\s?(?:[KMGTP]i?B|bytes?|[kmgt]b)\b(?!/s)")
_SETTING_BEFORE = re.compile(r"(?:pass|maj|cons|top|best)@$|top-$", re.I)


def restatements(text: str, quantities: list[Quantity]) -> dict[int, Quantity]:
    """``$80 billion (roughly 580 trillion yuan)``: the bracketed figure restates the first."""
    out = {}
    for i, (q, nxt) in enumerate(pairwise(quantities)):
        if q.unit and nxt.unit and q.unit != nxt.unit and _RESTATEMENT.fullmatch(text[q.end : nxt.start]):
            out[i] = nxt
    return out


def not_a_claim(
    q: Quantity, text: str, restated: dict[int, Quantity], before: tuple[Quantity, str] | None
) -> str | None:
    """Why a figure is no claim of its own, if it is not; ``before`` is the figure before it in the
    sentence and why that one was none."""
    if q in restated.values():
        return why.RESTATED
    if is_hypothetical(text, q.start):
        return why.HYPOTHETICAL
    if is_setting(q, text):
        return why.SETTING
    if _is_difference(q, text, before) or (
        q.unit in ("x", "pp", "points", None, "%") and _RELATIVE.match(text, q.end) and not _moved(q, text)
    ):
        return why.CHANGE
    if _RANK.search(text, max(0, q.start - 12), q.start):
        return why.RANK
    if q.text.lower() in _COUNT_WORDS and not _COUNTED_AFTER.match(text, q.end):
        return why.COUNT_WORD  # "one of the people said", "all three", "four times"
    if is_margin(q, text):
        return why.MARGIN
    if q.unit is None and _DURATION_AFTER.match(text, q.end):
        return why.DURATION  # "over three years", "a 10-year plan": how long, no figure reported
    if q.unit is None and _BYTES_AFTER.match(text, q.end):
        return why.SIZE  # "fit on a single 24 GB GPU": memory a thing needs, not a count of it
    if q.unit == "%" and _SHARE_OF.match(text, q.end) and not (_share_is_metric(text, q) or _moved(q, text)):
        return why.SHARE
    return None


def _share_is_metric(text: str, q: Quantity) -> bool:
    """``a market share of 12% of the market`` stays a claim, and so does a part's share of the
    company's revenue (``China accounted for 13% of sales``); ``72% of the budget`` does not."""
    return bool(re.search(r"\bshare\b", text[max(0, q.start - 30) : q.start], re.I) or of_revenue(q, text))


def of_revenue(q: Quantity, text: str) -> bool:
    """Whether a percentage is told as a share of the company's revenue (``13% of sales``)."""
    return q.unit == "%" and bool(_OF_REVENUE.match(text, q.end))


_OF_REVENUE = re.compile(
    r"\s+of\s+(?:total\s+|group\s+|its\s+|their\s+|the\s+(?:group|company)['’]s\s+)?(?:revenues?|sales|turnover)\b",
    re.I,
)


# "Harumi shares ended 2.3% higher", "closed 1.5% lower": a move of the day, no comparison
_MOVED_TO = re.compile(
    r"\b(?:ended|closed|finished|opened|settled|traded|trading|were|was|stood)\s+(?:up\s+|down\s+)?(?:about\s+)?$"
)
_HIGHER_ALONE = re.compile(r"\s*(?:higher|lower)\b(?!\s+than)")


def _moved(q: Quantity, text: str) -> bool:
    return bool(_HIGHER_ALONE.match(text, q.end) and _MOVED_TO.search(text, max(0, q.start - 24), q.start))


def _is_difference(q: Quantity, text: str, before: tuple[Quantity, str] | None) -> bool:
    """``trails by 6-7 points``, ``wiping $12 billion off``: a change, not a level (growth is read
    apart); and one listed after a difference (``by 4.6 points on MMLU and 7.6 on GSM8K``)."""
    if _MOVED.search(text, max(0, q.start - 30), q.start):
        return True
    if before and before[1] == why.CHANGE and _LISTED_AFTER.fullmatch(text, before[0].end, q.start):
        return True
    if not _BY.search(text, max(0, q.start - 12), q.start):
        return False
    return q.unit in ("points", "pp", "x") or q.unit != "%"
