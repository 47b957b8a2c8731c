"""Chinese names an article glosses with a Latin one: ``灵序科技（Lingxu Technology）``.

The Chinese surface, and its core without an organisation's suffix (``灵序``), name the entity
the gloss names, so ``灵序累计融资约22亿元`` is Lingxu Technology's. Chinese is written without
spaces, so the name is cut from the run before the bracket: after the last function word or
punctuation, and (when a descriptor such as ``创业公司`` runs into it) as the longest core the
article writes more than once with the same suffix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.entities.registry import Entity

_HAN = "\u4e00-\u9fff"
_GLOSSED = re.compile(
    rf"(?P<run>[{_HAN}A-Za-z0-9-]*[{_HAN}][{_HAN}A-Za-z0-9-]*)\s*[（(]\s*(?P<latin>[^（）()]{{2,60}}?)\s*[）)]"
)
# Function words and particles a name never holds: the run before one is no part of the name.
_BOUNDARY = re.compile(r"[的由与和及在是为从向对将把被、]")
# An organisation's suffix: the core before it is the short form the article goes on to use.
_ORG_SUFFIX = re.compile(
    r"(?:股份有限公司|有限公司|人工智能|科技|智能|公司|集团|资本|创投|基金|技术|半导体|云|实验室|研究院)$"
)
_LONGEST_CORE = 4


def glossed(texts: Iterable[str], entities: dict[str, Entity]) -> dict[str, Entity]:
    """Each Chinese name glossed by a name in ``entities``, and its core, as an alias of it."""
    texts = list(texts)
    whole = "\n".join(texts)
    out: dict[str, Entity] = {}
    for text in texts:
        for m in _GLOSSED.finditer(text):
            entity = entities.get(m.group("latin"))
            if entity is None:
                continue
            name = _name(_BOUNDARY.split(m.group("run"))[-1], whole)
            if len(name) < 2:
                continue
            out.setdefault(name, entity)
            core = _ORG_SUFFIX.sub("", name) if entity.type == "org" else ""
            if len(core) >= 2:
                out.setdefault(core, entity)
    return out


def _name(run: str, whole: str) -> str:
    """The name a run of Chinese ends with: a model's id as it stands, an organisation cut to its
    core and suffix."""
    suffix = _ORG_SUFFIX.search(run)
    if suffix is None:
        return run
    head = run[: suffix.start()]
    for size in range(min(_LONGEST_CORE, len(head)), 2, -1):
        name = head[-size:] + suffix.group()
        if whole.count(name) > 1:
            return name
    return head[-2:] + suffix.group() if len(head) > 2 else run


def is_han(name: str) -> bool:
    """Whether a name opens with a Chinese character (matched without word boundaries)."""
    return bool(name) and _HAN[0] <= name[0] <= _HAN[-1]
