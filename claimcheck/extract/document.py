"""An article as blocks: prose paragraphs split into sentences, and markdown tables.

Every piece keeps its character offset in the article, so a claim can say
exactly where it stands (line and column) and quote its sentence or row.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "e.g",
    "i.e",
    "est",
    "approx",
    "u.s",
    "u.k",
    "no",
    "st",
    "jr",
    "sr",
    "fig",
    "nos",
    "dept",
    "gov",
    "mt",
    "ca",
    "nrs",
    "nr",
}
_SENTENCE_END = re.compile(r"[.!?][\"')\]’”]*\s+(?=[\"'(\[‘“]?[A-Z0-9$¥€£~])")
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence, with its offset in the article."""

    text: str
    start: int


@dataclass(frozen=True)
class Cell:
    """One table cell: its stripped text and that text's offset in the article."""

    text: str
    start: int


@dataclass(frozen=True)
class Table:
    """A markdown table: a header row and body rows of cells."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    start: int


@dataclass(frozen=True)
class Paragraph:
    """Consecutive prose lines, split into sentences."""

    sentences: tuple[Sentence, ...]
    start: int


class Document:
    """An article's text, its lines and its blocks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.blocks: list[Paragraph | Table] = list(_blocks(text, self.line_starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line(self, number: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self.line_starts[number - 1]
        end = self.line_starts[number] - 1 if number < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


def _blocks(text: str, starts: list[int]) -> list[Paragraph | Table]:
    lines = [
        (s, text[s : (starts[i + 1] - 1 if i + 1 < len(starts) else len(text))]) for i, s in enumerate(starts)
    ]
    blocks: list[Paragraph | Table] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if _starts_table(lines, i):
            j = i
            while j < len(lines) and "|" in lines[j][1] and lines[j][1].strip():
                j += 1
            table = _table(lines[i:j])
            if table is not None:
                blocks.append(table)
            i = j
            continue
        if not line.strip():
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _continues(lines[j - 1][1], lines[j][1]):
            j += 1
        end = lines[j - 1][0] + len(lines[j - 1][1])
        blocks.append(Paragraph(tuple(split_sentences(text[start:end], start)), start))
        i = j
    return blocks


def _starts_table(lines: list[tuple[int, str]], i: int) -> bool:
    """A row of pipes, or a header with or without outer pipes over a ``---|---`` line."""
    line = lines[i][1]
    if _TABLE_LINE.match(line):
        return True
    return (
        "|" in line
        and i + 1 < len(lines)
        and "|" in lines[i + 1][1]
        and bool(_SEPARATOR.match(lines[i + 1][1]))
    )


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph goes on when the next line starts in lower case."""
    stripped = line.strip()
    return (
        bool(stripped)
        and not _TABLE_LINE.match(line)
        and not _LIST_ITEM.match(line)
        and stripped[0].islower()
        and not previous.rstrip().endswith((".", ":", "!", "?"))
    )


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of a paragraph; a period after a known abbreviation does not end one."""
    out: list[Sentence] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"(?<![\w])([A-Za-z.]+)\.?[\"')\]’”]*$", text[begin : m.start() + 1])
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        piece = text[begin : m.end()].rstrip()
        if piece.strip():
            out.append(Sentence(piece, offset + begin))
        begin = m.end()
    if text[begin:].strip():
        out.append(Sentence(text[begin:].rstrip(), offset + begin))
    return out


def _cells(line: str, start: int) -> tuple[Cell, ...]:
    if not line.strip().startswith("|"):  # a table written without outer pipes
        lead = len(line) - len(line.lstrip())
        line, start = f"|{line[lead:].rstrip().rstrip('|')}|", start + lead - 1
    cells = []
    for m in re.finditer(r"(?<!\\)\|([^|]*(?:\\\|[^|]*)*)(?=\|)", line):
        raw = m.group(1)
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(raw.strip(), start + m.start(1) + lead))
    return tuple(cells)


def _table(lines: list[tuple[int, str]]) -> Table | None:
    if len(lines) < 2:
        return None
    header = _cells(lines[0][1], lines[0][0])
    body = [row for row in lines[1:] if not _SEPARATOR.match(row[1])]
    rows = tuple(_cells(line, start) for start, line in body)
    return Table(header, tuple(r for r in rows if any(c.text for c in r)), lines[0][0])
