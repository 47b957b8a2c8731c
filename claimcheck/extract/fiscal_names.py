"""A span of months given its fiscal name in the same breath: ``revenue of $1.48 billion for the
three months ended October 31, 2025, its third quarter of fiscal 2026`` is ``FY2026-Q3``'s, the
name the company reports under and other articles compare with."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from claimcheck.extract.periods import Period

_APPOSED = re.compile(r",?\s*(?:\(\s*)?(?:its|the|our|their|the\s+company['’]s)?\s*")
_SPANS = ("months", "quarter", "half")


def named_spans(text: str, periods: list[Period]) -> list[Period]:
    """The periods of a sentence, a span of months followed by its fiscal name read as that name."""
    out = list(periods)
    for i, (span, name) in enumerate(pairwise(periods)):
        if (
            span.kind in _SPANS
            and span.date
            and name.kind.startswith("fiscal_")
            and name.period
            and _APPOSED.fullmatch(text, span.end, name.start)
        ):
            out[i] = replace(span, period=name.period, kind=name.kind)
    return out
