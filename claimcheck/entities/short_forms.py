"""The short forms an article goes on to use for the names it discovered: ``Kestrel`` for
``Kestrel Robotics``, ``Sable`` for the one model whose id it heads (``Sable-2-14B``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from claimcheck.entities.cues import HAS_VERSION
from claimcheck.entities.lexicon import NameLexicon
from claimcheck.entities.registry import Entity

_SHOUTED = re.compile(r"[A-Z]{5,}")


def unshouted(name: str) -> str:
    """A name as a newsletter's capitals shout it (``QUILLFEATHER AI``) in its ordinary case
    (``Quillfeather AI``); short capitals are acronyms and stay, and so does one capitalised word
    (``JSONL``), which may be an acronym of any length."""
    words = name.split()
    if len(words) < 2 or not all(w.isupper() for w in words):
        return name
    return " ".join(w.capitalize() if _SHOUTED.fullmatch(w) else w for w in words)


def first_words(surfaces: Iterable[str], lex: NameLexicon) -> dict[str, set[str]]:
    """Organisation names by their first word (``Kestrel`` -> ``Kestrel Robotics``; ``Osmund``
    -> ``OSMUND ROBOTICS``)."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for surface in surfaces:
        words = unshouted(surface).split()
        if len(words) > 1 and not HAS_VERSION.search(words[0]) and not lex.is_stop(words[0]):
            firsts[words[0]].add(surface)
    return firsts


def add_short_forms(entities: dict[str, Entity], lex: NameLexicon) -> None:
    """``Kestrel`` for ``Kestrel Robotics`` and ``Halcyon Labs`` for ``Halcyon Labs Inc``."""
    orgs = {s: e for s, e in entities.items() if e.type == "org"}
    for word, owners in first_words(orgs, lex).items():
        named = {orgs[s] for s in owners}
        if len(named) == 1 and word not in entities and len(word) > 2:
            entities[word] = next(iter(named))
    for entity in orgs.values():
        entities.setdefault(entity.name, entity)
    # "84.0 vs 79.4 on MMLU against Sable": a bare word that heads one model's id, and that the
    # article types as nothing else, is that model's short form
    heads: dict[str, set[Entity]] = defaultdict(set)
    for e in entities.values():
        if e.type == "model" and "-" in e.name:
            heads[e.name.split("-")[0]].add(e)
    for surface, entity in list(entities.items()):
        models = _most_specific(heads.get(surface, set()))
        if entity.type == "name" and len(models) == 1:
            entities[surface] = next(iter(models))


def _most_specific(models: set[Entity]) -> set[Entity]:
    """The models none of the others is a more specific name of: ``Veyra-3`` (a family a headline
    names) gives way to ``Veyra-3-120B-A12B``, the one model of it the article names."""
    return {m for m in models if not any(o.name.startswith(f"{m.name}-") for o in models)}


# "Quill-2-7B": a model of a family in one size
_SIZED = re.compile(r".+?-[vV]?\d+(?:\.\d+)?-(?P<size>\d+(?:\.\d+)?[BMT])")


def sized_models(entities: dict[str, Entity]) -> dict[str, Entity]:
    """Each size the article names exactly one model in (``7B`` for ``Quill-2-7B``), for the
    bracketed sizes of a card's lists ("Training tokens: 6T (7B), 9T (32B)")."""
    sizes: dict[str, set[Entity]] = defaultdict(set)
    for e in entities.values():
        m = _SIZED.fullmatch(e.name) if e.type == "model" else None
        if m:
            sizes[m["size"]].add(e)
    return {size: next(iter(models)) for size, models in sizes.items() if len(models) == 1}
