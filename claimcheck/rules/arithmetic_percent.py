"""arithmetic-percent: a percentage of another figure the article's own figures do not give.

``88% of GPT-4's MMLU performance`` from MMLU 83.8 and 88.7 is 94.4-94.6%: a slip;
``at 84% lower inference cost`` from $0.80 and $5.00 is 83.9-84.1%: it holds;
``less than 3% of GPT-4o per token`` holds for anything below 3.5%.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimcheck.arithmetic.check import OPTIONS, check_kinds
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.model import Finding
from claimcheck.rules.base import Rule, RuleContext

ID = "arithmetic-percent"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each percent-of, percent-lower or percent-higher that does not hold."""
    return check_kinds(ID, ("percent",), facts, options, ctx)


RULE = Rule(
    id=ID,
    summary="A percentage of another figure (88% of, 84% lower) does not follow from the article's figures.",
    options=OPTIONS,
    check_article=check_article,
)
