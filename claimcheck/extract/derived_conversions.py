"""Conversions in the same breath: ``$80 billion (roughly 580 trillion yuan)``, ``~$0.70 (est. RMB 5)``.

Two amounts in different currencies, one restating the other in brackets or
after ``or``; the first-written amount is the operand, the second the stated value.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.model import Quantity

# "$80 million round (576 million yuan)": up to two words of what is restated, then the bracket.
_GAP = re.compile(
    r"\s*(?:(?:[a-z]+\s+){0,2}[(\[（]|,?\s*or\b|/)\s*"
    r"(?:or\s+|i\.e\.,?\s*|equivalent\s+to\s+|about\s+|around\s+|roughly\s+|approximately\s+|approx\.\s*|"
    r"nearly\s+|some\s+|≈\s*|~\s*|=\s*|约\s*)?",
    re.I,
)


def money_parts(unit: str | None) -> tuple[str, str] | None:
    """``CNY/Mtok`` -> (``CNY``, ``Mtok``); ``USD`` -> (``USD``, ``""``); None for anything else."""
    if not unit:
        return None
    currency, _, per = unit.partition("/")
    return (currency, per) if len(currency) == 3 and currency.isalpha() and currency.isupper() else None


def same_breath(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` restates ``first`` in another currency."""
    a, b = money_parts(first.unit), money_parts(second.unit)
    return bool(a and b and a[0] != b[0] and a[1] == b[1] and _GAP.fullmatch(text[first.end : second.start]))


def conversions(text: str, quantities: list[Quantity], offset: int, statement) -> list[Derived]:
    """The conversions in one sentence or cell; ``statement`` builds the record at an offset."""
    out = []
    for first, second in pairwise(quantities):
        if same_breath(text, first, second):
            operand = Operand("amount", figure=Bound.of(first))
            out.append(
                statement("conversion", "convert", Bound.of(second), (operand,), offset + second.start)
            )
    return out
