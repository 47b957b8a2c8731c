"""An article's discovered names, and the finder of their mentions in any of its texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.entities.registry import Entity, Mention


@dataclass(frozen=True)
class NameBook:
    """An article's discovered names and a finder for their mentions."""

    entities: dict[str, Entity]
    pattern: re.Pattern[str] | None
    sizes: dict[str, Entity] = field(default_factory=dict)  # "7B": the one model of that size

    def mentions(self, text: str) -> list[Mention]:
        """Discovered names mentioned in ``text``, in order; a bracketed size (``6T (7B)``) is the
        one model of that size the article names."""
        found = (
            [
                Mention(m.start(), m.end(), self.entities[m.group()], m.group())
                for m in self.pattern.finditer(text)
            ]
            if self.pattern is not None
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
