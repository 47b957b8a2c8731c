"""Sentences of a paragraph: a period after a known abbreviation, an initial or a decimal does not end one."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    """dr mr mrs ms prof inc ltd co corp vs e.g i.e est approx u.s u.k no st jr sr fig nos dept gov mt ca nrs
    nr jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# A Chinese sentence may follow an English one after ". " (mixed articles).
_SENTENCE_END = re.compile(r"[.!?][\"')\]’”]*\s+(?=[\"'(\[‘“]?[A-Z0-9$¥€£~\u4e00-\u9fff])|[。！？]")
_MAX_SENTENCE = 2000  # a "sentence" longer than this (a run-on line) is cut, so no step is quadratic in it


@dataclass(frozen=True)
class Sentence:
    """One sentence, with its offset in the article."""

    text: str
    start: int


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of a paragraph, each at most a bounded length."""
    out: list[Sentence] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        before = re.search(
            r"(?<![\w])([A-Za-z.]+)\.?[\"')\]’”]*$", text[max(begin, m.start() - 20) : m.start() + 1]
        )
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        _add(out, text, begin, m.end(), offset)
        begin = m.end()
    _add(out, text, begin, len(text), offset)
    return out


def _add(out: list[Sentence], text: str, begin: int, end: int, offset: int) -> None:
    while end - begin > _MAX_SENTENCE:
        cut = _cut(text, begin, begin + _MAX_SENTENCE)
        _add(out, text, begin, cut, offset)
        begin = cut
    piece = text[begin:end].rstrip()
    if piece.strip():
        out.append(Sentence(piece, offset + begin))


def _cut(text: str, begin: int, limit: int) -> int:
    """Where to cut an over-long sentence: at the last clause break or space before the limit."""
    for mark in ("; ", ", ", " "):
        at = text.rfind(mark, begin + _MAX_SENTENCE // 2, limit)
        if at > begin:
            return at + len(mark)
    return limit
