"""The test articles as newsrooms keep them: web pages, Word files and PDFs, written by the tests.

Each converter reads an article the way the text reader lays one out (a line per paragraph,
pipe tables, ``- `` list items, short unpunctuated lines as headings) and writes the same
article in another format, with the metadata a real file would carry.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

DATE = dt.date(2026, 3, 14)
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item or table of a text article."""

    kind: str  # heading, paragraph, item, table
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def blocks(text: str) -> list[Block]:
    """The article's blocks, in order."""
    out: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = tuple(c.strip() for c in lines[i].strip().strip("|").split("|"))
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            out.append(Block("table", rows=tuple(rows)))
            continue
        if line.startswith("- "):
            out.append(Block("item", line[2:]))
        elif line and len(line) < 70 and not line.endswith((".", ":", "?", "!")):
            out.append(Block("heading", line))
        elif line:
            out.append(Block("paragraph", line))
        i += 1
    return out


def to_html(text: str, title: str) -> str:
    """A news page: navigation, cookie banner, ads, comments and footer around the article."""
    body = []
    for b in blocks(text):
        if b.kind == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in b.rows[0])
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in b.rows[1:]
            )
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif b.kind == "item":
            body.append(f"<ul><li>{html.escape(b.text)}</li></ul>")
        else:
            tag = "h2" if b.kind == "heading" else "p"
            body.append(f"<{tag}>{html.escape(b.text)}</{tag}>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Example Wire</title>
<meta property="article:published_time" content="{DATE.isoformat()}T08:00:00Z">
<meta name="author" content="Jane Reporter"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a>
<span>Nasdaq up 3.2% today</span></nav></header>
<div class="cookie-banner" id="cookie-consent">We use cookies. 97% of readers accept them.
<button>OK</button></div>
<main><article>
{"".join(body)}
</article>
<aside class="ad"><p>Subscribe for $9.99 a month: 40% off today only.</p></aside>
<section class="comments" id="comments"><h3>Comments</h3>
<div class="comment"><p>Nonsense, Zhipu AI is worth $5 trillion at least.</p></div></section>
</main>
<footer><p>© 2026 Example Wire. 1,000 journalists in 60 countries.</p></footer>
</body></html>"""


def to_docx(text: str, title: str, path: Path) -> None:
    """A Word draft with headings, paragraphs, list items and tables, and its core properties."""
    import docx

    document = docx.Document()
    for b in blocks(text):
        if b.kind == "table":
            table = document.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            for row, cells in zip(table.rows, b.rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
        elif b.kind == "heading":
            document.add_heading(b.text, level=2)
        elif b.kind == "item":
            document.add_paragraph(b.text, style="List Bullet")
        else:
            document.add_paragraph(b.text)
    props = document.core_properties
    props.title, props.author = title, "Jane Reporter"
    props.created = props.modified = dt.datetime(DATE.year, DATE.month, DATE.day, 8, tzinfo=dt.UTC)
    document.save(path)


def _markup(text: str) -> str:
    """Paragraph markup for reportlab, Chinese set in a CJK font the PDF names but need not embed."""
    escaped = html.escape(text, quote=False)
    return _CJK.sub(lambda m: f'<font name="STSong-Light">{m.group(0)}</font>', escaped)


def to_pdf(text: str, title: str, path: Path) -> None:
    """A PDF report: wrapped paragraphs, bulleted items and ruled tables over several pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = getSampleStyleSheet()
    story = []
    for b in blocks(text):
        if b.kind == "table":
            cells = [[Paragraph(_markup(c), styles["BodyText"]) for c in row] for row in b.rows]
            table = Table(cells, repeatRows=0)
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            )
            story.append(table)
        elif b.kind == "heading":
            story.append(Paragraph(_markup(b.text), styles["Heading2"]))
        elif b.kind == "item":
            story.append(Paragraph(_markup(b.text), styles["BodyText"], bulletText="-"))
        else:
            story.append(Paragraph(_markup(b.text), styles["BodyText"]))
    created = f"D:{DATE:%Y%m%d}080000+00'00'"
    document = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Jane Reporter")
    document.build(story, onFirstPage=lambda canvas, _: canvas.setDateFormatter(lambda *_: created))
