"""arithmetic-growth: a growth rate the article's own figures for the periods do not give.

``revenue grew 340% year-over-year to $8.2 billion`` against the article's table
giving $4.5 billion the year before is 79-85% growth: a slip. ``doubled``,
``up 40%``, ``fell 12% to`` and a CAGR (against the years named, else the
article's whole series) are recomputed the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimcheck.arithmetic.check import OPTIONS, check_kinds
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.model import Finding
from claimcheck.rules.base import Rule, RuleContext

ID = "arithmetic-growth"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each growth statement the article's figures for its periods contradict."""
    return check_kinds(ID, ("growth",), facts, options, ctx)


RULE = Rule(
    id=ID,
    summary="A growth rate (grew 340%, doubled, a CAGR) does not follow from the article's own figures.",
    options=OPTIONS,
    check_article=check_article,
)
