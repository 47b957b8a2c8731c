"""Tables as articles hold them: markdown pipes, HTML ``<table>`` markup, and rows flattened into a line.

Every shape becomes the same ``Table`` of cells, each cell keeping the offset of its text in the
article, so the table reader has one job whatever the markup. Leading rows that only continue the
header (a row of periods under a spanning ``Valuation`` cell) are folded into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_|`)(.+?)\1$")


@dataclass(frozen=True)
class Cell:
    """One table cell: its stripped text and that text's offset in the article."""

    text: str
    start: int


@dataclass(frozen=True)
class Table:
    """A table: a header row and body rows of cells; ``caption`` is the line that titles it."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    start: int
    caption: str = ""


def starts_markdown(lines: list[tuple[int, str]], i: int) -> bool:
    """A row of pipes, or a header with or without outer pipes over a ``---|---`` line."""
    line = lines[i][1]
    if _TABLE_LINE.match(line):
        return True
    return (
        "|" in line
        and i + 1 < len(lines)
        and "|" in lines[i + 1][1]
        and bool(SEPARATOR.match(lines[i + 1][1]))
    )


def _clean(text: str, start: int) -> Cell:
    """A cell's text without markdown emphasis (``**Total**``), offset kept on the text itself."""
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    m = _EMPHASIS.match(stripped)
    while m:
        start += len(m.group(1))
        stripped = m.group(2).strip()
        m = _EMPHASIS.match(stripped)
    return Cell(stripped, start)


def _cells(line: str, start: int) -> tuple[Cell, ...]:
    if not line.strip().startswith("|"):  # a table written without outer pipes
        lead = len(line) - len(line.lstrip())
        line, start = f"|{line[lead:].rstrip().rstrip('|')}|", start + lead - 1
    return tuple(
        _clean(m.group(1), start + m.start(1))
        for m in re.finditer(r"(?<!\\)\|([^|]*(?:\\\|[^|]*)*)(?=\|)", line)
    )


def markdown(lines: list[tuple[int, str]], caption: str) -> Table | None:
    """A markdown table from its lines."""
    if len(lines) < 2:
        return None
    header = _cells(lines[0][1], lines[0][0])
    rows = [_cells(line, start) for start, line in lines[1:] if not SEPARATOR.match(line)]
    return fold_header(header, [r for r in rows if any(c.text for c in r)], lines[0][0], caption)


def fold_header(header: tuple[Cell, ...], rows: list[tuple[Cell, ...]], start: int, caption: str) -> Table:
    """Rows right under the header whose first cell is empty continue it (``| | 2024 | 2025 |``)."""
    while rows and not rows[0][0].text and any(c.text for c in rows[0][1:]) and not has_number_cells(rows[0]):
        extra = rows.pop(0)
        header = tuple(_joined(h, extra[i] if i < len(extra) else None) for i, h in enumerate(header))
    return Table(header, tuple(rows), start, caption)


_VALUE = re.compile(r"[~$€£¥]?\s?\d[\d,.]*\s?[%BMKbmk]?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def has_number_cells(row: tuple[Cell, ...]) -> bool:
    """A row of values, not of headers: some cell holds more than a year (``1.8``, ``$3``)."""
    return any(_VALUE.fullmatch(c.text) and not _YEAR.fullmatch(c.text) for c in row)


def _joined(top: Cell, below: Cell | None) -> Cell:
    if below is None or not below.text or below is top:
        return top  # (a header cell spanning both rows is itself below)
    if not top.text:
        return below
    return Cell(f"{top.text} {below.text}", top.start)


class _HtmlTables(HTMLParser):
    """Cells of the ``<table>`` elements in a piece of text, with their offsets."""

    def __init__(self, text: str, offset: int) -> None:
        super().__init__(convert_charrefs=True)
        self.base = offset  # (HTMLParser keeps its own "offset": the column getpos reports)
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.tables: list[list[tuple[list[Cell], bool]]] = []
        self.row: list[Cell] | None = None
        self.row_head = True
        self.cell: tuple[int, list[str], int, int] | None = None
        self.head = False
        # Cells of rows above that span down into later rows: column -> (cell, rows still spanned)
        self.spanning: dict[int, tuple[Cell, int]] = {}
        self.spans: list[tuple[Cell, int]] = []  # this row's cells with the rows each spans

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
            self.spanning = {}
        elif tag == "thead":
            self.head = True
        elif tag == "tr" and self.tables:
            self.row, self.row_head, self.spans = [], True, []
        elif tag in ("td", "th") and self.row is not None:
            end = self._at() + len(self.get_starttag_text() or "")
            self.cell = (end, [], _span(attrs, "colspan"), _span(attrs, "rowspan"))
            self.row_head = self.row_head and (tag == "th" or self.head)

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            start, parts, span, rows = self.cell
            raw = "".join(parts)
            cell = Cell(" ".join(raw.split()), self.base + start + len(raw) - len(raw.lstrip()))
            self.spans += [(cell, rows)] * span
            self.cell = None
        elif tag == "tr" and self.row is not None and self.tables:
            self.row = self._placed()
            self.tables[-1].append((self.row, self.row_head and bool(self.row)))
            self.row = None
        elif tag == "thead":
            self.head = False

    def _placed(self) -> list[Cell]:
        """The row's cells in their columns, a cell spanning down from a row above in its own."""
        row: list[Cell] = []
        cells = iter(self.spans)
        while True:
            col = len(row)
            if col in self.spanning:
                above, left = self.spanning.pop(col)
                if left > 1:
                    self.spanning[col] = (above, left - 1)
                row.append(above)
                continue
            cell, rows = next(cells, (None, 0))
            if cell is None:
                break
            if rows > 1:
                self.spanning[col] = (cell, rows - 1)
            row.append(cell)
        return row


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A cell's ``colspan`` or ``rowspan`` (1 when unstated or absurd)."""
    value = dict(attrs).get(name) or "1"
    return int(value) if value.isdigit() and 0 < int(value) < 50 else 1


def html(text: str, offset: int, caption: str) -> list[Table]:
    """Every ``<table>`` in ``text`` (which starts at ``offset`` in the article)."""
    parser = _HtmlTables(text, offset)
    parser.feed(text)
    parser.close()
    out = []
    for rows in parser.tables:
        if len(rows) < 2:
            continue
        marked = any(is_head for _, is_head in rows)
        heads = [tuple(r) for r, is_head in rows if is_head] if marked else [tuple(rows[0][0])]
        body = [tuple(r) for r, is_head in rows if not is_head] if marked else [tuple(r) for r, _ in rows[1:]]
        header = heads[0]
        for extra in heads[1:]:
            header = tuple(_joined(h, extra[i] if i < len(extra) else None) for i, h in enumerate(header))
        if body:
            out.append(fold_header(header, body, offset, caption))
    return out
