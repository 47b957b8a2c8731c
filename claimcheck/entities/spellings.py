"""One organisation under the spellings different articles use for it.

``Kittiwake Cloud`` in one article and ``Kittiwake Cloud Holdings Limited`` in another are one
company: a name that is another name of the run with organisation words added (``Holdings``,
``Group``, ``Inc``) is that name. Two names that differ otherwise (``Kestrel Robotics`` and
``Kestrel Capital``) stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.entities.lexicon import lexicon


def same_organisation(names: Iterable[str]) -> dict[str, str]:
    """For each name that is a longer spelling of another name given, that shorter name."""
    suffixes = lexicon().org_suffixes
    present = set(names)
    out = {}
    for name in present:
        words = name.split()
        for n in range(1, len(words)):
            shorter = " ".join(words[:n])
            rest = words[n:]
            if shorter in present and all(w.lower().rstrip(".,") in suffixes for w in rest):
                out[name] = shorter
                break
    return out
