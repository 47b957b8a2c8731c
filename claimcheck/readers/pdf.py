"""PDF files (press releases, filings, reports), by pdfminer.six: text in reading order, by page.

Each paragraph's wrapped lines are joined into one line of the text claimcheck reads,
and every visual line keeps its page and line number (``file.pdf:p3:12``). Tables are
recovered from the layout (pdflayout); text inside figures and pages without a text
layer (scans) cannot be read, and a note says so. The document information gives title,
author and a creation date, used when the text has no dateline of its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.extract.periods import article_date
from claimcheck.readers import pdflayout
from claimcheck.readers.dates import parse_date
from claimcheck.readers.sources import Article, CannotRead, Origin

# A gap between characters wider than this many ems parts two cells; a word space is about
# a quarter of an em, and justified prose rarely stretches one past three quarters.
_CELL_GAP = 0.9


@dataclass
class _Text:
    """The text being assembled, with an origin for each visual line."""

    parts: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    size: int = 0
    table: tuple[str, ...] | None = None  # the header of a table still open at the end of a page

    def line(self, text: str, origins: Sequence[tuple[int, int, int | None]] = ()) -> None:
        self.origins += [Origin(self.size + at, line, page) for at, line, page in origins]
        self.parts.append(text + "\n")
        self.size += len(text) + 1


def _joined(lines: tuple[str, ...]) -> tuple[str, list[int]]:
    """A paragraph's wrapped lines as one, and where each line starts in it."""
    text, starts = "", []
    for line in lines:
        line = line.strip()
        if text and not (text.endswith("-") and line[:1].islower()):
            text += " "
        starts.append(len(text))
        text += line
    return text, starts


def _page(out: _Text, blocks: list[pdflayout.Block], page: int) -> None:
    """Write a page's blocks; a table that goes on from the last page goes on as one table."""
    number = 1
    for block in blocks:
        if isinstance(block, pdflayout.Paragraph):
            if out.table is not None:
                out.line("")
                out.table = None
            text, starts = _joined(block.lines)
            out.line(text, [(at, number + i, page) for i, at in enumerate(starts)])
            number += len(block.lines)
            continue
        rows = list(zip(block.rows, block.heights, strict=True))
        going_on = out.table is not None and len(out.table) == len(block.rows[0]) and number == 1
        if going_on and block.rows[0] == out.table:  # the header repeated atop the next page
            number += rows.pop(0)[1]
        if out.table is not None and not going_on:
            out.line("")
        if not going_on:
            out.line("")
            out.table = block.rows[0]
        for i, (row, height) in enumerate(rows):
            out.line("| " + " | ".join(row) + " |", [(0, number, page)])
            number += height
            if i == 0 and not going_on:
                out.line("|" + "---|" * len(row))


@dataclass(frozen=True)
class _Page:
    """What a page holds: its text boxes, whether it has images and text inside figures, and
    how many ruled lines across and down it draws (a table's grid)."""

    boxes: list[pdflayout.Box]
    images: bool
    figure_text: bool
    rules: tuple[int, int]


def _page_of(layout: Any) -> _Page:
    from pdfminer.layout import LTChar, LTCurve, LTFigure, LTImage, LTTextBox

    boxes, images, figure_text = [], False, False
    across = down = 0
    for item in layout:
        if isinstance(item, LTTextBox):
            lines = [line for line in item if line.get_text().strip()]
            runs = [_cells(line, LTChar) for line in lines]
            if lines and all(len(cells) > 1 for cells in runs):
                # Cells pdfminer ran together into one line (a table of plain text cells):
                # each cell is a box of its own, so the table's rows and columns show.
                boxes += [pdflayout.Box((cell,)) for cells in runs for cell in cells]
            elif lines:
                boxes.append(pdflayout.Box(tuple(_line(line) for line in lines)))
        elif isinstance(item, LTFigure):
            images = images or any(isinstance(x, LTImage) for x in item)
            figure_text = figure_text or any(isinstance(x, LTChar) for x in item)
        elif isinstance(item, LTImage):
            images = True
        elif isinstance(item, LTCurve):  # lines and rectangles too
            across += item.height < 1 < item.width
            down += item.width < 1 < item.height
    return _Page(boxes, images, figure_text, (across, down))


def _notes(page: _Page, number: int, blocks: list[pdflayout.Block]) -> list[str]:
    """What a reader of this page should know claimcheck could not read."""
    notes = []
    if not page.boxes and page.images:
        notes.append(f"page {number} has no text layer (a scan?): claimcheck does not read text in images")
    if page.figure_text:
        notes.append(f"page {number}: text inside a figure is not read")
    across, down = page.rules
    if across >= 3 and down >= 2 and not any(isinstance(b, pdflayout.Grid) for b in blocks):
        notes.append(
            f"page {number}: a ruled table could not be laid out as a table; its cells are read as lines"
        )
    return notes


def _cells(line: Any, char: type) -> list[pdflayout.Line]:
    """A visual line's runs of text, split where the gap between two characters is wider than
    a cell's padding: about an em, several times a word space."""
    runs: list[list[Any]] = []
    last = None
    for item in line:
        if isinstance(item, char):
            if last is None or item.x0 - last.x1 > _CELL_GAP * max(item.size, 1.0):
                runs.append([])
            last = item
        if runs:
            runs[-1].append(item)
    out = []
    for run in runs:
        chars = [item for item in run if isinstance(item, char)]
        text = "".join(item.get_text() for item in run).strip()
        if text:
            top = max(item.y1 for item in chars)
            out.append(pdflayout.Line(text, chars[0].x0, min(c.y0 for c in chars), chars[-1].x1, top))
    return out


def _line(line: Any) -> pdflayout.Line:
    return pdflayout.Line(line.get_text().strip(), line.x0, line.y0, line.x1, line.y1)


def _info(document: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out = {}
    for info in document.info:
        for key in ("Title", "Author", "CreationDate", "ModDate"):
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip():
                out.setdefault(key, value.strip())
    return out


def _pages(data: bytes) -> tuple[Any, Any, Any]:
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    # Lines further apart than 0.3 of their height are different boxes: a heading just above a
    # table stays out of its first header cell, and rows of a table stay apart.
    return document, PDFPage.create_pages(document), LAParams(line_margin=0.3)


def _layouts(data: bytes) -> tuple[dict[str, str], list[Any]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.psexceptions import PSException

    try:
        document, pages, params = _pages(data)
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=params)
        interpreter = PDFPageInterpreter(manager, device)
        layouts = []
        for page in pages:
            interpreter.process_page(page)
            layouts.append(device.get_result())
        return _info(document), layouts
    except PSException as exc:
        name = exc.__class__.__name__
        if "Password" in name or "Encryption" in name:
            raise CannotRead("an encrypted PDF that needs a password") from None
        raise CannotRead(f"a damaged PDF ({name}: {exc})") from None
    except Exception as exc:  # pdfminer on malformed files raises plain errors too; never a traceback
        raise CannotRead(f"a PDF pdfminer could not parse ({exc.__class__.__name__}: {exc})") from None


def read(data: bytes, source: str) -> list[Article]:
    """A PDF as one article, each claim locatable by page and line."""
    info, layouts = _layouts(data)
    out, notes = _Text(), []
    pages = [_page_of(layout) for layout in layouts]
    texts = pdflayout.without_running([page.boxes for page in pages])
    for number, (page, kept) in enumerate(zip(pages, texts, strict=True), 1):
        blocks = pdflayout.blocks(kept)
        notes += _notes(page, number, blocks)
        _page(out, blocks, number)
    text = "".join(out.parts)
    if not text.strip():
        raise CannotRead("no text layer (a scanned PDF?): claimcheck does not read text in images")
    dated = article_date(text.splitlines()[:8]) is not None
    return [
        Article(
            source,
            text,
            kind="pdf",
            title=info.get("Title"),
            author=info.get("Author"),
            date=None if dated else parse_date(info.get("CreationDate") or info.get("ModDate")),
            origins=tuple(out.origins),
            notes=tuple(notes),
        )
    ]
