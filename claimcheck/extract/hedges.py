"""Cues in a sentence that qualify its figures: hedges, predictions, hypotheticals.

``parse`` already reads the hedges written against a number (``~``, ``over``,
``(est.)``). These are the ones written elsewhere in the clause or sentence:
"reportedly", "is estimated at", "is projected to reach", "If ...".
"""

from __future__ import annotations

import re

_CUES = [
    (
        "reported",
        re.compile(r"\b(?:reportedly|reported(?:ly)?|according\s+to|is\s+said\s+to|sources\s+say)\b", re.I),
    ),
    ("rumored", re.compile(r"\b(?:rumou?red|rumou?rs?)\b", re.I)),
    ("estimate", re.compile(r"\b(?:estimated|estimates?|est\.|an\s+estimated)", re.I)),
    (
        "projected",
        re.compile(
            r"\b(?:projected|projections?|expected|forecasts?|forecasted|predicted|will|is\s+set\s+to"
            r"|on\s+track\s+to|could\s+reach|would\s+reach|targets?)\b",
            re.I,
        ),
    ),
]
_HYPOTHETICAL_START = re.compile(
    r"^\W*(?:(?:but|and|so|yet|however|still),?\s+)?(?:if|unless|should|were|suppose|supposing|imagine|assuming|"
    r"whether)\b",
    re.I,
)
_CONSEQUENCE = re.compile(r"\b(?:would|could|might|may|will|should|then)\b|'d\b", re.I)
_HYPOTHETICAL_CUE = re.compile(r"\b(?:if|unless|scenario\s+(?:where|in\s+which)|assuming|suppose)\b", re.I)


def hedges_before(sentence: str, pos: int, clause_start: int) -> list[str]:
    """Hedges cued in the sentence before ``pos``.

    Reporting and rumour cues cover the whole sentence ("…, according to
    people familiar"); estimates and predictions only their clause before the figure.
    """
    found = []
    for hedge, pattern in _CUES:
        whole = hedge in ("reported", "rumored")
        if pattern.search(sentence, 0 if whole else clause_start, len(sentence) if whole else pos):
            found.append(hedge)
    return found


def is_hypothetical(sentence: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is part of a condition or an imagined scenario.

    A figure inside the condition is (``If revenue reaches $1bn, ...``), and so is one in the
    clause after it when that clause says what would follow (``..., it would be worth $9bn``);
    a plain statement after a condition about the reader stays a fact (``If you want to run it on
    one card, the INT4 build scores 76.1``).
    """
    cue = _HYPOTHETICAL_START.match(sentence) or _HYPOTHETICAL_CUE.search(sentence, 0, pos)
    if not cue:
        return False
    comma = sentence.find(",", cue.end(), pos)
    if comma < 0:
        return True
    return bool(_CONSEQUENCE.search(sentence, comma, pos + 1) or _CONSEQUENCE.search(sentence, pos))
