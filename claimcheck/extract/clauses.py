"""A sentence as clauses: where one statement ends and another begins, and which parts are asides.

``A, which raised $6bn in May, is now worth $45bn``: the relative clause is an aside with its own
figure ($6bn) and the same subject (A); the main clause (``A … is now worth $45bn``) is read around
it. ``;``, a colon after a statement, ``, but``, ``, while`` and ``, and`` before a new subject
start a new clause. Every
position of the sentence gets a clause number, so a subject is looked for in its own clause first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HARD = re.compile(r"[;；]|\s[—–]\s|—|\s-\s(?=[A-Za-z])")  # (a full-width semicolon in Chinese)
_SOFT = re.compile(
    r",\s+(?:(?:but|while|whereas|although|though|yet|as|so)\b"
    r"|and\s+(?:(?:its|their|the|a|an|it|they|both|all|each|some|most|many|none)\b|(?=[A-Z])))"
    r"|\s(?:while|whereas|although)\s|,\s+compared\s+(?:to|with)\b|,\s+against\b"
)
# "Plover-3-70B manages 82.4 on MMLU and Dunlin-2-70B trails at 74.9": "and" before a name and
# its verb opens a clause when a figure came before it (a list of names, "A, B and C score …",
# has none).
# (a name followed by a preposition or a participle, "and EBIT of at least …", "with A and B
# following on", is what the clause goes on with)
_AND_NAME = re.compile(
    r"\s+and\s+(?=(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.-]*\w\s+"
    r"(?!(?:of|in|at|for|to|on|from|with|by|and|or|the|a|an|as|per|over|under|than)\b|[a-z]+ing\b)[a-z]+\b)"
)
# "…, a sum dwarfed by single rounds elsewhere: San Francisco's Obsidian Forge raised …": a colon
# after a statement opens another; one after a short label ("Revenue: $5m") does not.
_COLON = re.compile(r"(?<=[a-z]{2}):(?=\s+[A-Z])")
_LABEL_LENGTH = 40
_ASIDE_START = re.compile(
    r",\s+(?:which|who|whose|where|when|a|an|the|its|formerly|once|now|led\s+by|backed\s+by)\b"
    # "Lyra-1, released in January, costs …": a participle's date is the release's
    r"|,\s+(?:released|launched|founded|introduced|unveiled|announced|acquired|open-sourced|spun\s+off)\s+(?:in|on|last)\b"
)
_ASIDE_END = re.compile(r",(?=\s)")
_DETERMINER = re.compile(r",\s+(?:a|an|the|its|now)\b")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|\))\s*$")


@dataclass(frozen=True)
class Clauses:
    """Clause numbers for every character of a sentence, and whether a clause is an aside."""

    ids: tuple[int, ...]
    asides: frozenset[int]
    spans: dict[int, tuple[int, int]]

    def of(self, pos: int) -> int:
        """The clause a character offset belongs to."""
        if not self.ids:
            return 0
        return self.ids[min(max(pos, 0), len(self.ids) - 1)]

    def same(self, a: int, b: int) -> bool:
        return self.of(a) == self.of(b)

    def start_of(self, clause: int) -> int:
        return self.spans[clause][0]


def split(text: str, figures: list[int] | None = None) -> Clauses:
    """The clauses of one sentence; ``figures`` are where its figures start."""
    n = len(text)
    colons = {m.start() for m in _COLON.finditer(text) if m.start() >= _LABEL_LENGTH}
    cuts = sorted(
        {m.start() for m in _HARD.finditer(text)} | {m.start() for m in _SOFT.finditer(text)} | colons
    )
    cuts = sorted(set(cuts) | set(_after_figures(text, cuts, figures or [])))
    asides = _asides(text, cuts)
    ids = [0] * n
    spans: dict[int, tuple[int, int]] = {}
    clause, next_id, pos = 0, 1, 0
    main = 0
    aside_at = {start: end for start, end in asides}
    bounds = sorted(set(cuts) | set(aside_at) | {end for _, end in asides})
    for b in [*bounds, n]:
        for i in range(pos, min(b, n)):
            ids[i] = clause
        spans.setdefault(clause, (pos, b))
        spans[clause] = (spans[clause][0], b)
        if b in aside_at:
            clause, next_id = next_id, next_id + 1
        elif any(end == b for _, end in asides):
            clause = main
        elif b < n:
            clause = main = next_id
            next_id += 1
        pos = b
    return Clauses(tuple(ids), frozenset(_aside_ids(ids, asides)), spans)


def _after_figures(text: str, cuts: list[int], figures: list[int]) -> list[int]:
    """Where ``and`` before a name and its verb follows a figure of the clause it would close."""
    out = []
    for m in _AND_NAME.finditer(text) if figures else ():
        since = max((c for c in cuts if c < m.start()), default=0)
        if any(since <= f < m.start() for f in figures):
            out.append(m.start())
    return out


def _asides(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """``, which …,`` and appositives ``, a Hangzhou start-up,``: start and end offsets."""
    found = []
    for m in _ASIDE_START.finditer(text):
        if any(a <= m.start() < b for a, b in found):
            continue
        if _DETERMINER.match(m.group()) and not _NAME_BEFORE.search(text, 0, m.start()):
            continue  # "Before the investment, the company …": the main clause, not an appositive
        close = _ASIDE_END.search(text, m.end())
        stop = next((c for c in cuts if c > m.start()), len(text))
        end = close.start() + 1 if close and close.start() < stop else None
        if end is None and not m.group().rstrip().endswith(("which", "who", "whose")):
            continue  # ", the …" without a closing comma is the main clause going on
        found.append((m.start(), end if end is not None else stop))
    return found


def _aside_ids(ids: list[int], asides: list[tuple[int, int]]) -> set[int]:
    return {ids[start + 1] for start, end in asides if start + 1 < len(ids) and start + 1 < end}
