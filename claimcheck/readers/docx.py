"""Word files (.docx), by python-docx: paragraphs and tables in document order.

Each paragraph is a line; each table becomes a pipe table whose first row is the
header. Text inserted under tracked changes is read (as if accepted), deleted text
is not. The core properties give title, author and a date, used when the text has
no dateline of its own (a file's creation date is not always the publication date).
Headers, footers, footnotes, comments and text boxes are not read.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING, Any

from claimcheck.extract.periods import article_date
from claimcheck.readers.sources import Article, CannotRead

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

# Runs a reader sees: plain, linked, inserted under tracked changes, in fields and content controls.
_RUNS = (
    "./w:r | ./w:hyperlink | ./w:ins/w:r | ./w:fldSimple/w:r | ./w:smartTag/w:r | ./w:sdt/w:sdtContent/w:r"
)
# python-docx's blank template says it was written by "python-docx" on this day: no real date.
_TEMPLATE_DATE = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)


def paragraph_text(paragraph: Paragraph) -> str:
    """A paragraph's visible text, tracked insertions included."""
    return "".join(run.text for run in paragraph._p.xpath(_RUNS))


def table_lines(table: Table) -> list[str]:
    """A table as pipe-table lines, the first row as header, set apart by blank lines."""
    rows = [
        [
            " ".join(paragraph_text(p) for p in cell.paragraphs).replace("|", "\\|").strip()
            for cell in row.cells
        ]
        for row in table.rows
    ]
    if not rows:
        return []
    lines = ["| " + " | ".join(cells) + " |" for cells in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return ["", *lines, ""]


def _document(data: bytes) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CannotRead(f"not a Word .docx file, or a damaged one ({exc.__class__.__name__})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged part inside the zip
        if exc.__class__.__module__.startswith("lxml"):
            raise CannotRead("a damaged .docx file (its XML does not parse)") from None
        raise


def _date(properties: Any) -> dt.date | None:
    for when in (properties.created, properties.modified):
        if when is not None and when != _TEMPLATE_DATE:
            return when.date()
    return None


def read(data: bytes, source: str) -> list[Article]:
    """A Word file as one article."""
    from docx.table import Table

    document = _document(data)
    lines: list[str] = []
    for block in document.iter_inner_content():
        lines += (
            table_lines(block) if isinstance(block, Table) else paragraph_text(block).splitlines() or [""]
        )
    text = "\n".join(lines).strip("\n") + "\n"
    if not text.strip():
        raise CannotRead("no text in the document")
    properties = document.core_properties
    dated = article_date(text.splitlines()[:8]) is not None
    author = properties.author if properties.author != "python-docx" else None
    return [
        Article(
            source,
            text,
            kind="docx",
            title=properties.title or None,
            author=author or None,
            date=None if dated else _date(properties),
        )
    ]
