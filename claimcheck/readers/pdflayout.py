"""A PDF page's text boxes, laid out as paragraphs and tables.

pdfminer gives text boxes in reading order, but a table comes out as one box per
cell, in no useful order. Boxes side by side (their heights overlap, their widths
do not) form a row; two or more such rows in a row, with short cells, form a table,
its columns found by merging the cells' horizontal extents. A table whose rows pdfminer
merged into one box per column (no padding between rows) is split at the lines'
baselines when every column box has the same number of lines. Everything else is a
paragraph, its wrapped lines joined.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

# A cell holds a few words; side-by-side boxes with longer lines are columns of prose.
_CELL_CHARS = 40
_CELL_LINES = 4


@dataclass(frozen=True)
class Line:
    """One line of text on a page; ``y0``/``y1`` are its bottom and top (PDF points, y upward)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Box:
    """A text box: lines pdfminer grouped together, top to bottom."""

    lines: tuple[Line, ...]

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def y0(self) -> float:
        return min(line.y0 for line in self.lines)

    @property
    def y1(self) -> float:
        return max(line.y1 for line in self.lines)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: its visual lines, in order."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Grid:
    """A table: rows of cells (the first row is the header) and how many visual lines each row takes."""

    rows: tuple[tuple[str, ...], ...]
    heights: tuple[int, ...]


Block = Paragraph | Grid


def blocks(boxes: list[Box]) -> list[Block]:
    """A page's paragraphs and tables, in pdfminer's reading order, each table where its first cell is."""
    runs = _tables(_bands(boxes))
    placed: dict[int, Grid | None] = {}
    for cells, grid in runs:
        for box in cells:
            placed[id(box)] = None
        placed[id(min(cells, key=boxes.index))] = grid
    out: list[Block] = []
    for box in boxes:
        if id(box) not in placed:
            out.append(Paragraph(tuple(line.text for line in box.lines)))
        elif (grid := placed[id(box)]) is not None:
            out.append(grid)
    return out


_LETTERS = re.compile(r"[^\W\d_]{2}")
_PAGE_NUMBER = re.compile(r"(?i)(page|p\.|seite|第)?\s*[-–—]?\s*#\s*[-–—]?\s*((of|/|de|von)\s*#)?\s*页?")


def without_running(pages: list[list[Box]]) -> list[list[Box]]:
    """The pages without their running heads and feet: a one-line box in a page's top or bottom
    band that recurs, numbers aside, at the same height on at least half the pages (two at
    least), or that stands alone in its band and is only a page number. They are the document's
    furniture, not its article: a year in a running head is no table's period."""
    edges = [_edges(page) for page in pages]
    counts = Counter(key for page in edges for key in {_place(box) for box, _ in page})
    running = {key for key, n in counts.items() if n >= max(2, len(pages) / 2) and _LETTERS.search(key[0])}
    out = []
    for page, edge in zip(pages, edges, strict=True):
        gone = {
            id(box)
            for box, alone in edge
            if _place(box) in running or (alone and len(pages) > 1 and _PAGE_NUMBER.fullmatch(_place(box)[0]))
        }
        out.append([box for box in page if id(box) not in gone])
    return out


def _edges(page: list[Box]) -> list[tuple[Box, bool]]:
    """The one-line boxes of a page's top and bottom bands, and whether each is alone in its band."""
    bands = _bands(page)
    if len(bands) < 3:
        return []
    return [(box, len(band) == 1) for band in (bands[0], bands[-1]) for box in band if len(box.lines) == 1]


def _place(box: Box) -> tuple[str, int]:
    """A box's text with its numbers blanked, and its height on the page to a couple of points."""
    return re.sub(r"\d+", "#", box.lines[0].text).strip(), round(box.y0 / 2)


def _bands(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped top to bottom into bands whose heights overlap."""
    bands: list[list[Box]] = []
    bottom = float("inf")
    for box in sorted(boxes, key=lambda b: -b.y1):
        if bands and box.y1 > bottom:
            bands[-1].append(box)
            bottom = min(bottom, box.y0)
        else:
            bands.append([box])
            bottom = box.y0
    return [sorted(band, key=lambda b: b.x0) for band in bands]


def _rows(band: list[Box]) -> list[list[Box]] | None:
    """The table rows a band holds, or None when it is not a row of cells."""
    if len(band) < 2 or any(a.x1 > b.x0 for a, b in itertools.pairwise(band)):
        return None
    lines = [line for box in band for line in box.lines]
    if sum(len(line.text) for line in lines) / len(lines) > _CELL_CHARS:
        return None
    counts = {len(box.lines) for box in band}
    if len(counts) == 1 and (n := counts.pop()) > 1 and _aligned(band, n):
        return [[Box((box.lines[i],)) for box in band] for i in range(n)]
    if max(len(box.lines) for box in band) > _CELL_LINES:
        return None
    return [band]


def _aligned(band: list[Box], n: int) -> bool:
    """Whether each box's i-th line sits on the same baseline as the others' i-th lines."""
    for i in range(n):
        tops = [box.lines[i] for box in band]
        height = max(line.y1 - line.y0 for line in tops)
        if max(line.y0 for line in tops) - min(line.y0 for line in tops) > height / 2:
            return False
    return True


def _tables(bands: list[list[Box]]) -> list[tuple[list[Box], Grid]]:
    """Runs of two or more consecutive row bands, as tables; one row at the foot of a page may be
    the header of a table the next page goes on with."""
    found = []
    run: list[list[Box]] = []
    cells: list[Box] = []
    for band in [*bands, []]:
        rows = _rows(band) if band else None
        if rows is not None:
            run += rows
            cells += band
            continue
        if (len(run) >= 2 or (run and not band)) and (grid := _grid(run)) is not None:
            found.append((cells, grid))
        run, cells = [], []
    return found


def _grid(rows: list[list[Box]]) -> Grid | None:
    columns = _columns([box for row in rows for box in row])
    if len(columns) < 2:
        return None
    table = []
    for row in rows:
        cells = [""] * len(columns)
        for box in row:
            at = next(i for i, (x0, x1) in enumerate(columns) if x0 <= (box.x0 + box.x1) / 2 <= x1)
            text = " ".join(line.text for line in box.lines).replace("|", "\\|")
            cells[at] = f"{cells[at]} {text}".strip()
        table.append(tuple(cells))
    return Grid(tuple(table), tuple(max(len(box.lines) for box in row) for row in rows))


def _columns(boxes: list[Box]) -> list[tuple[float, float]]:
    """Columns: the cells' horizontal extents, merged where they overlap."""
    merged: list[tuple[float, float]] = []
    for x0, x1 in sorted((b.x0, b.x1) for b in boxes):
        if merged and x0 < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged
