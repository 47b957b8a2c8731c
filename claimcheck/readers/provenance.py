"""Claims placed in their file: the page and line a person finds them at, from the reader's origins."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from claimcheck.extract.coverage import Report
from claimcheck.model import Claim
from claimcheck.readers.sources import Article

Where = Callable[[int, int], tuple[int | None, int, int] | None]
"""A line and column of the text read, as page, line and column of the file (None: as read)."""


def _where(article: Article) -> Where:
    starts = [0] + [m.end() for m in re.finditer(r"\n", article.text)]
    at = [o.offset for o in article.origins]

    def where(line: int, column: int) -> tuple[int | None, int, int] | None:
        offset = starts[line - 1] + column - 1
        i = bisect.bisect_right(at, offset) - 1
        if i < 0:
            return None
        origin = article.origins[i]
        return origin.page, origin.line, offset - origin.offset + 1

    return where


def place(claims: list[Claim], article: Article) -> list[Claim]:
    """Claims with page, line and column of the file (a PDF's ``p3:12``) where the reader kept them.

    Extraction gives the line and column in the text claimcheck read; an article whose text
    is laid out differently from its file carries origins that map offsets back.
    """
    if not article.origins:
        return claims
    where = _where(article)
    out = []
    for claim in claims:
        if (found := where(claim.line, claim.column)) is None:
            out.append(claim)
            continue
        page, line, column = found
        out.append(replace(claim, page=page, line=line, column=column, read_at=(claim.line, claim.column)))
    return out


def place_skipped(report: Report | None, article: Article) -> Report | None:
    """A coverage report whose skipped numbers are placed in the file as claims are."""
    if report is None or not article.origins:
        return report
    where = _where(article)
    figures = []
    for figure in report.figures:
        if (found := where(figure.line, figure.column)) is not None:
            page, line, column = found
            figure = replace(figure, page=page, line=line, column=column)
        figures.append(figure)
    return replace(report, figures=tuple(figures))
