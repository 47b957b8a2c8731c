"""unreadable-article: a file of a known article type that could not be read.

So a CI run never passes an article it did not read: a damaged PDF, a ``.txt``
that holds a PNG, text in no detectable encoding, a broken symlink, a file
claimcheck has no permission to read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from claimcheck.match.groups import Group
from claimcheck.model import Finding, Severity
from claimcheck.rules.base import SEVERITY, Rule, RuleContext
from claimcheck.schema import Struct

ID = "unreadable-article"


def check(groups: list[Group], options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """One finding per article that could not be read."""
    for item in ctx.unreadable:
        yield Finding(
            id="f-" + hashlib.sha1(f"{ID}\x1f{item.source}".encode()).hexdigest()[:8],
            rule=ID,
            severity=Severity.parse(options["severity"]),
            entity="",
            metric="",
            period=None,
            message=f"{item.source}: cannot read this article: {item.reason}",
            claims=(),
            details={"source": item.source, "reason": item.reason},
        )


RULE = Rule(ID, "A file of a known article type could not be read.", Struct({"severity": SEVERITY}), check)
