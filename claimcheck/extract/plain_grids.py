"""Tables written without markdown: rows whose cells are set apart by pipes with no outer pipes or
``---`` line (``Segment | Q2 2024 | Q2 2025``), by runs of spaces or tabs (``Public Cloud    412.0``),
or by dot leaders (``Q3 revenue .......... 286.4``), as press releases and wires print them.

A run of such lines is a table when every line splits into the same number of cells and at least
two rows hold figures; the first line is its header when it holds no figure (periods and names
head columns), else the table has none and its caption says what the figures are.
"""

from __future__ import annotations

import re

from claimcheck.extract.grids import Cell, Table, fold_header, has_number_cells

# Each separator, tried in this order: a line's first one decides how the whole run splits.
_SEPARATORS = (
    re.compile(r"\s*(?:\.{3,}|…{2,}|·{3,})\s*"),
    re.compile(r"\s*(?<!\\)\|\s*"),
    re.compile(r"\t+\s*|\s{2,}"),
)
_SENTENCE_END = re.compile(r"[.!?;:,]$")
_LABEL_WORDS = 8  # words: a row label longer than this is a sentence, not a label
_VALUE_WORDS = 4  # words: a cell longer than this is prose, not a figure or a period


def _split(line: str, start: int, separator: re.Pattern[str]) -> tuple[Cell, ...] | None:
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    pieces: list[Cell] = [Cell("", start)] if lead and separator is _SEPARATORS[2] else []
    pos = lead
    for m in separator.finditer(body, lead):
        pieces.append(Cell(body[pos : m.start()], start + pos))
        pos = m.end()
    pieces.append(Cell(body[pos:], start + pos))
    return tuple(pieces) if len(pieces) >= 2 and all(c.text for c in pieces[1:]) else None


def _fits(cells: tuple[Cell, ...]) -> bool:
    """Cells a table row may have: a short label, then short cells (figures, periods, names)."""
    label = cells[0].text
    if len(label.split()) > _LABEL_WORDS or _SENTENCE_END.search(label):
        return False
    return all(len(c.text.split()) <= _VALUE_WORDS and not _SENTENCE_END.search(c.text) for c in cells[1:])


def _rows(lines: list[tuple[int, str]], i: int) -> tuple[list[tuple[Cell, ...]], int]:
    """The rows of the run of lines from ``i`` that split alike, and the line after the run."""
    first = lines[i][1]
    if first.lstrip().startswith("|"):
        return [], i  # (a markdown table's, read as one)
    for separator in _SEPARATORS:
        head = _split(first, lines[i][0], separator)
        if head is None or not _fits(head):
            continue
        rows, j = [head], i + 1
        while j < len(lines) and (row := _split(lines[j][1], lines[j][0], separator)) is not None:
            if len(row) != len(head) or not _fits(row):
                break
            rows.append(row)
            j += 1
        if sum(1 for r in rows if has_number_cells(r[1:])) >= 2:
            return rows, j
    return [], i


def plain(lines: list[tuple[int, str]], i: int, caption: str) -> tuple[Table | None, int]:
    """The table written without markdown starting at line ``i`` (None when there is none), and
    the line after it."""
    rows, j = _rows(lines, i)
    if not rows:
        return None, i
    start = lines[i][0]
    if has_number_cells(rows[0][1:]):
        header = tuple(Cell("", c.start) for c in rows[0])
        return fold_header(header, rows, start, caption), j
    return fold_header(rows[0], rows[1:], start, caption), j
