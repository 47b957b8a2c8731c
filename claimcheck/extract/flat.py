"""A table flattened onto one line, as text copied from a web page gives it:
``Model MMLU HumanEval Sirius-V1 78.2 70.1 Sirius-V2 86.4 84.8`` is a header of k names, then
rows of a label and k values. Recovered only when every row has the same number of values.
"""

from __future__ import annotations

import re

from claimcheck.extract.grids import Cell, Table

_TOKEN = re.compile(r"\S+")
_VALUE = re.compile(r"[~$€£¥]?-?\d[\d,.]*[%BMKbmkx]?|—|–|-|n/a", re.I)


def flattened(line: str, start: int, caption: str) -> Table | None:
    """The table a single line holds, if it is one."""
    if re.search(r"[.!?;:]\s|[.!?]$", line) or "|" in line:
        return None
    tokens = [(m.group(), start + m.start()) for m in _TOKEN.finditer(line)]
    values = [bool(_VALUE.fullmatch(t)) for t, _ in tokens]
    first = next((i for i, v in enumerate(values) if v), None)
    if first is None:
        return None
    k = 0
    while first + k < len(values) and values[first + k]:
        k += 1
    rows = _rows(tokens, values, first + k, k)
    if rows is None or len(rows) < 1:
        return None
    label = len(rows[0][0])
    head_end = first - label
    header_tokens = tokens[:head_end]
    if len(header_tokens) not in (k, k + 1) or head_end <= 0:
        return None
    first_row = (tokens[head_end:first], tokens[first : first + k])
    header = ([] if len(header_tokens) == k else [_cell(header_tokens[:1])]) + [
        _cell([t]) for t in header_tokens[-k:]
    ]
    if len(header) == k:
        header = [Cell("", start), *header]
    body = [tuple([_cell(lab), *(_cell([v]) for v in vals)]) for lab, vals in [first_row, *rows]]
    return Table(tuple(header), tuple(body), start, caption)


def _rows(tokens: list[tuple[str, int]], values: list[bool], i: int, k: int) -> list | None:
    """Rows of (label tokens, k value tokens) from ``i`` to the end; None if the line breaks the pattern."""
    rows = []
    while i < len(tokens):
        j = i
        while j < len(tokens) and not values[j]:
            j += 1
        if j == i or j + k > len(tokens) or not all(values[j : j + k]):
            return None
        if j + k < len(tokens) and values[j + k]:
            return None
        rows.append((tokens[i:j], tokens[j : j + k]))
        i = j + k
    return rows


def _cell(tokens: list[tuple[str, int]]) -> Cell:
    return Cell(" ".join(t for t, _ in tokens), tokens[0][1])
