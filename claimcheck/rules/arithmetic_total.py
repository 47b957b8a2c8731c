"""arithmetic-total: a total that is not the sum of its parts, shares of one whole over 100%,
or a part larger than its whole.

A ``Total`` row or column against the sum of the rows or columns beside it;
``enterprise contracts (72% of revenue) and API services (28%)`` at most 100%
(exactly 100% when the sentence splits the whole); ``raised $15 billion, with
Zhipu accounting for $3 billion of that`` the part no larger than the whole;
a market share against the entity's revenue over the market's size.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimcheck.arithmetic.check import OPTIONS, check_kinds
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.model import Finding
from claimcheck.rules.base import Rule, RuleContext

ID = "arithmetic-total"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each total or share the article's own parts contradict."""
    return check_kinds(ID, ("total", "share"), facts, options, ctx)


RULE = Rule(
    id=ID,
    summary="A total, or shares of one whole, do not add up from the parts the article gives.",
    options=OPTIONS,
    check_article=check_article,
)
