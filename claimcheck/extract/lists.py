"""Figures given in parallel to a list of names: ``A, B and C score x, y and z respectively`` and
``A beats B (85.3 vs 83.6)``: the figures go to the names in the order written.
"""

from __future__ import annotations

import re

from claimcheck.entities.registry import Entity
from claimcheck.extract.link_entity import Sentence
from claimcheck.extract.roles import compatible
from claimcheck.extract.shape import Shape
from claimcheck.model import Quantity

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_VERSUS = re.compile(r"\s*(?:vs\.?|versus|to|v\.?|against|and)\s*", re.I)


def respectively(q: Quantity, s: Sentence, shape: Shape, types: tuple[str, ...]) -> Entity | None:
    """The name in the same place of its list as the figure is in the list ending in ``respectively``."""
    clause = s.clauses.of(q.start)
    marker = next(
        (m for m in _RESPECTIVELY.finditer(s.text, q.end) if s.clauses.of(m.start()) == clause), None
    )
    if marker is None:
        return None
    figures = [o for o in shape.quantities if s.clauses.of(o.start) == clause and o.end <= marker.start()]
    first = figures[0].start if figures else q.start
    names = [
        m.entity
        for m in s.mentions
        if m.end <= first and compatible(m.entity, types) and s.clauses.of(m.start) == clause
    ]
    names = list(dict.fromkeys(names))
    if len(names) < 2 or len(names) != len(figures) or q not in figures:
        return None
    return names[figures.index(q)]


def paired(q: Quantity, s: Sentence, shape: Shape, types: tuple[str, ...]) -> Entity | None:
    """``A beats B (85.3 vs 83.6)``: two figures in brackets go to the last two names before them."""
    # (full-width brackets too: "Qinghe-3 领先 Marlin-1.5-Pro（59.1 vs 58.5）")
    open_at = max(s.text.rfind("(", 0, q.start), s.text.rfind("（", 0, q.start))
    ends = [i for i in (s.text.find(")", q.end), s.text.find("）", q.end)) if i >= 0]
    close_at = min(ends) if ends else -1
    if open_at < 0 or close_at < 0 or re.search(r"[)）]", s.text[open_at : q.start]):
        return None
    inside = [o for o in shape.quantities if open_at < o.start and o.end <= close_at]
    if len(inside) != 2 or not _VERSUS.fullmatch(s.text, inside[0].end, inside[1].start):
        return None
    names = [m.entity for m in s.mentions if m.end <= open_at and compatible(m.entity, types)]
    names = list(dict.fromkeys(names))[-2:]
    # "A leads (84.0 vs 79.4 on MMLU against B)": the rival named inside, after the figures
    after = [m for m in s.mentions if inside[1].end <= m.start < close_at]
    rival = [m.entity for m in after if compatible(m.entity, types)]
    if len(names) >= 1 and rival and rival[0] != names[-1]:
        names = [names[-1], rival[0]]
    if len(names) != 2:
        return None
    return names[inside.index(q)]
