"""arithmetic-ratio: a ratio, multiple or difference the article's own figures do not give.

``a P/S ratio of ~23x`` from ``$80 billion`` and ``$3.4 billion`` holds (23.0x-24.0x);
``5x higher than``, ``nearly 3x that of``, ``half the price of`` and ``by 2-3 points``
are recomputed from the figures the article gives those entities, in one period
where there is one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimcheck.arithmetic.check import OPTIONS, check_kinds
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.model import Finding
from claimcheck.rules.base import Rule, RuleContext

ID = "arithmetic-ratio"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each ratio, multiple or points difference that does not hold."""
    return check_kinds(ID, ("ratio",), facts, options, ctx)


RULE = Rule(
    id=ID,
    summary="A ratio, multiple or difference the article states does not follow from its own figures.",
    options=OPTIONS,
    check_article=check_article,
)
