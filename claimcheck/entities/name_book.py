"""An article's discovered names, and the finder of their mentions in any of its texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from claimcheck.entities.glosses import is_han
from claimcheck.entities.registry import Entity, Mention
from claimcheck.textsearch import HAN, NOT_AFTER_WORD, NOT_BEFORE_WORD, trie_pattern


@dataclass(frozen=True)
class NameBook:
    """An article's discovered names and a finder for their mentions."""

    entities: dict[str, Entity]
    sizes: dict[str, Entity] = field(default_factory=dict)  # "7B": the one model of that size

    # Each article has its own finder, compiled when first asked for. A text without a Chinese
    # character gets one without the Chinese range in its edges, which were most of its compile
    # time, and without the Chinese names, which cannot stand in it: the same matches there.
    @cached_property
    def _finder(self) -> re.Pattern[str] | None:
        return _finder(self.entities, chinese=True)

    @cached_property
    def _latin_finder(self) -> re.Pattern[str] | None:
        return _finder(self.entities, chinese=False)

    def mentions(self, text: str) -> list[Mention]:
        """Discovered names mentioned in ``text``, in order; a bracketed size (``6T (7B)``) is the
        one model of that size the article names."""
        pattern = self._finder if HAN.search(text) else self._latin_finder
        found = (
            [Mention(m.start(), m.end(), self.entities[m.group()], m.group()) for m in pattern.finditer(text)]
            if pattern is not None
            else []
        )
        if self.sizes and "(" in text:
            sized = BRACKETED_SIZE.finditer(text)
            found += [
                Mention(m.start(1), m.end(1), self.sizes[m[1]], m[1]) for m in sized if m[1] in self.sizes
            ]
            found.sort(key=lambda m: m.start)
        return found


BRACKETED_SIZE = re.compile(r"\((\d+(?:\.\d+)?[BMT])\)")


def _finder(entities: dict[str, Entity], chinese: bool) -> re.Pattern[str] | None:
    """One trie, not an alternation of every name: the same longest-first match, in time that does
    not grow with the number of names an article discovers. Without ``chinese``, for a text with
    no Chinese character, where a word character is never a Chinese one."""
    latin = [name for name in entities if not is_han(name)]
    han = [name for name in entities if is_han(name)] if chinese else []
    before, after = (NOT_AFTER_WORD, NOT_BEFORE_WORD) if chinese else (r"(?<!\w)", r"(?!\w)")
    found = [rf"{before}(?<!-)(?:{trie_pattern(latin)}){after}(?![$-]|\.\w)"] if latin else []
    # Chinese runs on without spaces: a Chinese name is matched wherever it stands
    found += [rf"(?:{trie_pattern(han)})(?![-A-Za-z0-9])"] if han else []
    return re.compile("|".join(found)) if found else None
