"""Where a claim stands in its article: a sentence, or a table cell under its headers."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.document import Document, Paragraph, Table
from claimcheck.model import Claim


@dataclass(frozen=True)
class Origin:
    """A sentence, or a table cell with its column header and row label."""

    kind: str
    column: str | None = None
    row: str | None = None

    @property
    def in_table(self) -> bool:
        return self.kind == "table cell"


class Article:
    """An article's text as blocks, parsed once, asked where claims stand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.doc = Document(text)

    def offset(self, claim: Claim) -> int | None:
        """The character offset of the claim's figure, or None when its line is not in this text."""
        if not 1 <= claim.line <= len(self.doc.line_starts):
            return None
        return self.doc.line_starts[claim.line - 1] + max(claim.column - 1, 0)

    def origin(self, claim: Claim) -> Origin:
        """A table cell (with the header of its column and the label of its row) or a sentence."""
        at = self.offset(claim)
        if at is None:
            return Origin("added by a reviewer" if claim.status == "added" else "unknown")
        for block in self.doc.blocks:
            if isinstance(block, Table):
                found = _cell(block, at)
                if found is not None:
                    return found
            elif isinstance(block, Paragraph) and any(
                s.start <= at < s.start + len(s.text) for s in block.sentences
            ):
                return Origin("sentence")
        return Origin("sentence")

    def span(self, claim: Claim) -> tuple[int, int] | None:
        """Where the figure as written stands in the claim's quote."""
        at = self.offset(claim)
        if at is not None and claim.quote:
            begin = self.text.rfind(claim.quote, 0, at + len(claim.quote))  # the quote starting at or before
            if begin >= 0 and claim.quote[at - begin : at - begin + len(claim.raw)] == claim.raw:
                return at - begin, at - begin + len(claim.raw)
        return quote_span(claim)


def quote_span(claim: Claim) -> tuple[int, int] | None:
    """The figure in its quote without the article at hand: its first occurrence."""
    at = claim.quote.find(claim.raw) if claim.raw else -1
    return (at, at + len(claim.raw)) if at >= 0 else None


def _cell(table: Table, at: int) -> Origin | None:
    for row in table.rows:
        for j, cell in enumerate(row):
            if cell.start <= at <= cell.start + len(cell.text):
                column = table.header[j].text if j < len(table.header) else None
                return Origin("table cell", column, row[0].text if j else None)
    return None
