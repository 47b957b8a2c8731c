"""A name told among a company's parts is one of them: ``Freight Forwarding, the biggest of the three
divisions, generated €2.05bn. Contract Logistics grew revenue 7.3%`` — the second name ends in an
organisation word, but a paragraph walking through the divisions names a division with it.

Only a name with nothing else that makes it an organisation (no legal form, no "a start-up"
appositive, no product of its own, no ticker), never in a headline, always opening its clause and
only in paragraphs where another name is a part, is read so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from claimcheck.entities.cues import LEAD
from claimcheck.entities.lexicon import NameLexicon
from claimcheck.entities.registry import Entity

# "…, while Networking contributed $380 million": a clause opening after its joining word
_CLAUSE_OPENS = re.compile(r"(?:\b(?:while|whereas|but|and)|[;:])\s+$")
# Cues that make a name something other than a part, whatever paragraph it stands in
_OTHER_KINDS = ("model", "person", "place", "credit", "possessive", "leading")


class Occurrences(Protocol):
    """What discovery saw of a name: its cues, the paragraphs it stood in, whether it always
    opened its clause."""

    surface: str
    cues: Counter[str]
    blocks: set[int]
    opening: bool


def opens_clause(text: str, at: int) -> bool:
    """Whether a name at ``at`` is the first thing of its sentence or clause."""
    before = text[:at]
    return not LEAD.sub("", before) or bool(_CLAUSE_OPENS.search(before[-12:]))


def mark_leading(seen: Iterable[Occurrences], titled: list[str], lead: str) -> None:
    """Note the names of the headlines and of the first sentence: what the article is about."""
    for entry in seen:
        if entry.surface in lead or any(entry.surface in name for name in titled):
            entry.cues["leading"] += 1


def parts_among(entities: dict[str, Entity], seen: Iterable[Occurrences], lex: NameLexicon) -> None:
    """Retype as parts the names told only beside a company's parts (``entities`` is changed)."""
    seen = list(seen)
    part_blocks = {
        b for e in seen if (found := entities.get(e.surface)) and found.type == "part" for b in e.blocks
    }
    for entry in seen:
        found = entities.get(entry.surface)
        if found is None or found.type == "part" or not entry.blocks <= part_blocks:
            continue
        if entry.opening and entry.blocks and _only_named(entry, lex):
            part = Entity(found.name, "part")
            # (its short forms too: "Contract" of "Contract Logistics" is the same division)
            entities.update({name: part for name, e in entities.items() if e == found})


def _only_named(entry: Occurrences, lex: NameLexicon) -> bool:
    """Whether nothing but its words makes the name an organisation (``Contract Logistics``)."""
    cues = entry.cues
    if any(cues[k] for k in _OTHER_KINDS) or any(k.startswith("alias:") for k in cues):
        return False
    return cues["org"] <= cues["suffix"] and not lex.is_investor(entry.surface)
