"""An article as blocks: headings, paragraphs (split into sentences), list items, tables and code.

Every piece keeps its character offset in the article, so a claim can say exactly where it stands
(line and column) and quote its sentence or row. A heading is a markdown ``#`` line or a short line
standing alone; a label line (ending in ``:``, or bold) joins the value on the line after it; code blocks are
kept apart so that nothing in them is read as a claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extract import grids
from claimcheck.extract.flat import flattened
from claimcheck.extract.grids import Cell, Table
from claimcheck.extract.plain_grids import plain
from claimcheck.extract.sentences import Sentence, split_sentences

__all__ = ["Cell", "Code", "Document", "Paragraph", "Sentence", "Table", "document", "split_sentences"]

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
_VALUE_START = re.compile(r"^\s*(?:[~≈]?\s*(?:[A-Z]{1,3}\$|[A-Z]{3}\s?|[$€£¥￥])?\s*[-+]?\d|[-+]?\d)")
_SHORT = 12  # words: a line this short, standing alone and unpunctuated, is a heading
_UNITS_LINE = re.compile(
    r"^\s*\((?:(?:in|amounts\s+in|all\s+figures\s+in|figures\s+in|unit:?)\b[^)]*"
    # "(¥ billion)", "(US$ m)", "(EUR millions)": a currency and a scale alone
    r"|\s*(?:[A-Z]{0,2}\$|€|£|¥|￥|[A-Z]{3}|RMB)\s?(?:thousands?|millions?|billions?|mn|m|bn|k)\s*)\)\s*$",
    re.I,
)
# A line with a sentence's ending, in English or Chinese punctuation, is prose, never a heading
# (a Chinese sentence has few spaces, so its "words" are few; a headline may hold a "；").
_SENTENCE_ENDS = re.compile(r"[.!?:;,。！？：；，]\s*$|[.!?]\s+\S|[。！？]\s*\S")
_NOTE_WORDS = 30
_CAPTION_WORDS = 20  # words: a line this short right above a table titles it


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines of one kind: ``prose``, a ``heading`` or a list ``item``."""

    sentences: tuple[Sentence, ...]
    start: int
    kind: str = "prose"


@dataclass(frozen=True)
class Code:
    """A fenced code block: never read for claims."""

    start: int
    end: int


Block = Paragraph | Table | Code


class Document:
    """An article's text, its lines and its blocks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.blocks: list[Block] = list(_blocks(text, self.line_starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line(self, number: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self.line_starts[number - 1]
        end = self.line_starts[number] - 1 if number < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


# The claim reader, then the derived statements and the facts of ``check``, each split the same
# text: a Document is never changed once split, so the few texts in view are split once.
@lru_cache(maxsize=4)
def document(text: str) -> Document:
    """The Document of ``text``, shared by every reader of that text."""
    return Document(text)


def _lines(text: str, starts: list[int]) -> list[tuple[int, str]]:
    return [
        (s, text[s : (starts[i + 1] - 1 if i + 1 < len(starts) else len(text))]) for i, s in enumerate(starts)
    ]


def _blocks(text: str, starts: list[int]) -> Iterator[Block]:
    lines = _lines(text, starts)
    i, caption = 0, ""
    while i < len(lines):
        start, line = lines[i]
        found, i = _special(text, lines, i, caption)
        if found:
            yield from found
            caption = ""
            continue
        if not line.strip():
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _continues(lines[j - 1][1], lines[j][1]):
            j += 1
        end = lines[j - 1][0] + len(lines[j - 1][1])
        kind = _kind(lines, i, j)
        body = text[start:end]
        skip = len(_HEADING.match(body).group()) if kind == "heading" and _HEADING.match(body) else 0
        # a short line with no full stop reads as a heading, and a flattened table is one too
        flat = kind == "prose" or (kind == "heading" and not body.lstrip().startswith("#"))
        table = flattened(body, start, caption) if j == i + 1 and flat else None
        yield table or Paragraph(tuple(split_sentences(body[skip:], start + skip)), start, kind)
        titled = kind == "heading" or (
            len(line.split()) <= _CAPTION_WORDS and not re.search(r"[.!?]\s*$", line)
        )
        if _UNITS_LINE.match(line) and caption and j == i + 1:
            caption = f"{caption} {line.strip()}"  # "Summary Financials" then "(in millions of U.S. dollars)"
        elif kind == "prose" and (note := _table_note(body)):
            caption = f"{caption} {note}".strip()
        else:
            caption = (
                line.strip().lstrip("#").strip()
                if j == i + 1 and (titled or _UNITS_LINE.match(line)) and kind != "item"
                else ""
            )
        i = j


# "Scores below are for the Instruct versions, evaluated 0-shot.": a note that points at what follows
_POINTS_AHEAD = re.compile(
    r"\b(?:below|following)\b|^(?:Table|Exhibit|Figure)\s+\d+\b"
    # "MMLU and MMLU-Pro are 5-shot, GSM8K is 8-shot": the settings of the table's benchmarks
    r"|\b(?:is|are)\s+(?:\d+|zero|one|few)-shot\b|\b(?:is|are)\s+pass@\d",
    re.I,
)
# "Quill-2-32B-Instruct, MMLU (5-shot).": a label naming what a table holds, with no words of prose
_PROSE_WORD = re.compile(r"(?<![\w@-])[a-z]+(?![\w@-])")
_LABEL_WORDS = frozenset("on of in at for and vs".split())


def _table_note(body: str) -> str | None:
    """What a short note between a heading and a table says the table holds: the note, when it
    points at what follows, or its first sentence, when that is a bare label."""
    words = " ".join(body.split())
    if len(words.split()) > _NOTE_WORDS:
        return None
    if _POINTS_AHEAD.search(words):
        return words
    first = re.split(r"(?<=[.!?])\s+", words)[0]
    prose = [w for w in _PROSE_WORD.findall(first) if w not in _LABEL_WORDS]
    return first if not prose and re.search(r"[A-Z]", first) else None


def _special(text: str, lines: list[tuple[int, str]], i: int, caption: str) -> tuple[list[Block], int]:
    """A code block, an HTML table, a markdown table or one written without markdown starting at
    line ``i``: (blocks, next line)."""
    start, line = lines[i]
    if _FENCE.match(line):
        j = i + 1
        while j < len(lines) and not _FENCE.match(lines[j][1]):
            j += 1
        end = lines[min(j, len(lines) - 1)][0] + len(lines[min(j, len(lines) - 1)][1])
        return [Code(start, end)], j + 1
    if re.match(r"\s*<table\b", line, re.I):
        m = _HTML_TABLE.search(text, start)
        if m:
            j = i
            while j < len(lines) and lines[j][0] < m.end():
                j += 1
            return list(grids.html(m.group(), m.start(), caption)), j
    if grids.starts_markdown(lines, i):
        j = i
        while j < len(lines) and "|" in lines[j][1] and lines[j][1].strip():
            j += 1
        table = grids.markdown(lines[i:j], caption)
        return ([table] if table else []), j
    table, j = plain(lines, i, caption)
    return ([table] if table else []), j


def _kind(lines: list[tuple[int, str]], i: int, j: int) -> str:
    line = lines[i][1]
    if _HEADING.match(line):
        return "heading"
    if _LIST_ITEM.match(line):
        return "item"
    words = line.split()
    alone = (i == 0 or not lines[i - 1][1].strip()) and (j >= len(lines) or not lines[j][1].strip())
    if j == i + 1 and len(words) <= _SHORT and not _SENTENCE_ENDS.search(line):
        before_block = j < len(lines) and (grids.starts_markdown(lines, j) or _LIST_ITEM.match(lines[j][1]))
        capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        if alone or before_block or (len(words) <= 6 and capitalised == len(words)):
            return "heading"
    return "prose"


_BOLD = re.compile(r"^\s*(\*\*|__)(?P<label>[^*_]+)\1\s*$")


def _labels(line: str) -> bool:
    """A line that is only the label of the value on the line after it: a few words ending in
    ``:``, or a few bold words alone (a results card's ``**Net income**``)."""
    if len(line.split()) > 8 or _HEADING.match(line):
        return False
    bold = _BOLD.match(line)
    return line.rstrip().endswith(":") or (bold is not None and not re.search(r"\d|[.!?]\s*$", bold["label"]))


def _plain_label(line: str) -> bool:
    """A few words with no sentence ending: a results card's ``Net income`` above its figure."""
    words = line.split()
    ending = line.strip().strip("*_ ")
    return 0 < len(words) <= 8 and not _HEADING.match(line) and not re.search(r"[.!?:;,]$", ending)


def _bare(line: str) -> bool:
    """A line that is only a figure (with its gloss): ``S$684.2 million (US$534.5 million)``."""
    return len(re.sub(r"\([^)]*\)", "", line).split()) <= 4


def _continues(previous: str, line: str) -> bool:
    """A paragraph goes on: a hard-wrapped line starting in lower case, or a value under its label."""
    stripped = line.strip()
    if not stripped or _LIST_ITEM.match(line) or _HEADING.match(line) or "|" in line:
        return False
    if _VALUE_START.match(stripped) and (_labels(previous) or (_plain_label(previous) and _bare(stripped))):
        return True  # "Full-year net income:", "**Net income**" or "Net income" / "$1.58 billion"
    return stripped[0].islower() and not previous.rstrip().endswith((".", ":", "!", "?"))
