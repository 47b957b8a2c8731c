"""prose-vs-table: a figure in prose contradicts the same entity, metric and period in a table
of the same article.

``The company's revenue reached $4.8 billion in 2025`` beside a table row giving
2025 revenue of $4.5 billion; an undated figure in prose holds if it matches the
table in any period.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimcheck.arithmetic.check import OPTIONS, check_kinds
from claimcheck.arithmetic.facts import ArticleFacts
from claimcheck.model import Finding
from claimcheck.rules.base import Rule, RuleContext

ID = "prose-vs-table"


def check_article(facts: ArticleFacts, options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """A finding for each prose figure its article's own table contradicts."""
    return check_kinds(ID, ("table",), facts, options, ctx, gives="its table gives")


RULE = Rule(
    id=ID,
    summary="A figure in prose contradicts the same entity, metric and period in a table of the article.",
    options=OPTIONS,
    check_article=check_article,
)
