"""Claims placed in their file: the page and line a person finds them at, from the reader's origins."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claimcheck.model import Claim
from claimcheck.readers.sources import Article


def place(claims: list[Claim], article: Article) -> list[Claim]:
    """Claims with page, line and column of the file (a PDF's ``p3:12``) where the reader kept them.

    Extraction gives the line and column in the text claimcheck read; an article whose text
    is laid out differently from its file carries origins that map offsets back.
    """
    if not article.origins:
        return claims
    starts = [0] + [m.end() for m in re.finditer(r"\n", article.text)]
    at = [o.offset for o in article.origins]
    out = []
    for claim in claims:
        offset = starts[claim.line - 1] + claim.column - 1
        i = bisect.bisect_right(at, offset) - 1
        if i < 0:
            out.append(claim)
            continue
        origin = article.origins[i]
        column = offset - origin.offset + 1
        out.append(
            replace(
                claim, page=origin.page, line=origin.line, column=column, read_at=(claim.line, claim.column)
            )
        )
    return out
