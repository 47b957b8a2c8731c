"""Name-like phrases of a text: runs of capitalised words (``Kestrel Robotics``, ``Nimbus-2-9B-Chat``,
``Halcyon Pro 2``) split at the words that name nothing (``Analysts``, ``San Francisco-based``),
each with the cues its occurrence gives (see ``cues``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.entities.cues import HAS_VERSION, apposed_part, cues_at
from claimcheck.entities.lexicon import NameLexicon
from claimcheck.textsearch import NOT_BEFORE_WORD

_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:[-.&'’][A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)"
# (a version's major number is one digit when a decimal follows, "Halcyon Pro 2.5": "Marlow 90.1"
# is a model and its score)
_MAJOR = r"(?:[vV]\d{1,2}(?:\.\d{1,2})?|\d(?:\.\d{1,2})?|\d{2}(?!\.\d))"
_VERSION = rf"(?:{_MAJOR}[A-Za-z]{{0,2}}|\d+(?:\.\d+)?[BMK]|\d+x\d+[BM])(?![\d,.%]?\d)"
# (A Latin word run on from Chinese is part of a Chinese name, "青鸾家居App"; one followed by
# Chinese is a name of its own, "Lingxu-M2的")
# (a surname's particle, "Joost van Aerle", "Ana de Souza", joins the words around it)
_PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|della|dos|ter|ten|bin|ibn)(?=[ ][A-Z])"
_PHRASE = re.compile(
    rf"(?<![\w@#/$%-]){_WORD}(?:[ ](?:{_WORD}|{_VERSION}|{_PARTICLE}))*{NOT_BEFORE_WORD}(?![$-])"
)
_MODEL_ID = re.compile(r"[A-Za-z][\w.]*-[A-Za-z]?\d")  # "Manta-2-34B-Chat": a model's id is a name of its own
_TOKEN = re.compile(r"[^ ]+")
_DESCRIBES_NEXT = re.compile(
    r"\s+(?:AI\s+|tech\s+|software\s+|cloud\s+|chip\s+)?(?:start-?ups?|company|firm|developer|maker|unicorn|giant"
    r"|rival|lab|chipmaker|provider|outfit|upstart|group)\s+(?=[A-Z])",
)
_CONTRACTION = re.compile(r"[A-Za-z]+['’](?:d|m|ll|re|ve|t)$")
# (looked for with ``in`` first: _split strips it from every word of every capitalised run)
_POSSESSIVE = re.compile(r"['’]s$")


def names_in(text: str, lex: NameLexicon) -> Iterator[tuple[str, int, list[str]]]:
    """Each name-like phrase of a text, split at words that name nothing, with its offset and cues."""
    for m in _PHRASE.finditer(text):
        if _DESCRIBES_NEXT.match(text, m.end()):
            continue  # "Singapore AI start-up Plover Systems": a description of the name after it
        if " " in m.group() and lex.is_place(m.group()):
            yield m.group(), m.start(), ["place"]  # "New York" whole, before "New" is split off
            continue
        whole = apposed_part(text, m.group(), m.start(), lex)
        if whole:
            yield m.group(), m.start(), whole  # "Infrastructure Services, the biggest division"
            continue
        phrase, start = m.group(), m.start()
        if phrase.lower() in lex.person_roles:
            continue  # "President and Chief Executive Officer": a role names no one
        # "Chief Financial Officer Joost van Aerle": the role names no one, the rest a person
        # ("Chief Executive Officer" alone is a role, which _split tells apart)
        role = lex.role_first.match(phrase)
        role = role if role and role.end() < len(phrase) else None
        if role:
            phrase, start = phrase[role.end() :], start + role.end()
        carry: list[str] = ["person"] if role else []
        for part, at in _split(phrase, start, lex):
            if part is None:
                carry = ["person"] if _is_role(at, lex) else []
                continue
            if lex.not_entities.match(part) or lex.is_place(part):
                if lex.is_place(part):
                    yield part, m.start(), ["place"]
                continue
            yield part, at, carry + cues_at(text, part, at, lex)
            carry = []


def _is_role(word: str | int, lex: NameLexicon) -> bool:
    return isinstance(word, str) and word.lower() in lex.person_roles


def _split(phrase: str, offset: int, lex: NameLexicon) -> Iterator[tuple[str | None, int | str]]:
    """Sub-phrases of a phrase, and ``(None, word)`` for each word that splits it."""
    current: list[tuple[str, int]] = []
    tokens = list(_TOKEN.finditer(phrase))
    for i, t in enumerate(tokens):
        word = t.group()
        if "'s" in word or "’s" in word:
            word = _POSSESSIVE.sub("", word)
        head, _, tail = word.rpartition("-")
        if not current and head.isupper() and head.lower() in lex.common_words and tail[:1].isupper():
            # "EXCLUSIVE-China's Xuanjing AI": a wire's slug before the name is no part of it
            current = [(tail, offset + t.start() + len(head) + 1)]
            continue
        if current and word.lower() in _DESCRIPTION_NOUNS and _described(current, lex):
            current = []  # "China AI Startup Yaomai": a headline's description before the name
            yield None, word
            continue
        if head and tail.lower() in lex.glued:  # "San Francisco-based": a description, not a name
            current = []
            yield None, word
            continue
        versioned = any(HAS_VERSION.search(w) for w, _ in current)
        if (
            _CONTRACTION.match(word)
            or lex.never_in_name(word)
            or lex.not_entities.match(word)  # "Non-GAAP Financial Measures": "Non-GAAP" names nothing
            or (current and word[:1].isdigit() and versioned)
        ):
            # "I'd"; "Nautilus-3-70B-Instruct 89.5": a versioned name takes no second number
            if current:
                yield _joined(current)
            current = []
            yield None, word
            continue
        if current and _MODEL_ID.match(word) and not versioned:
            yield _joined(current)  # "Quantised Manta-2-34B-Chat": the id stands alone
            current = []
        if current and lex.is_place(" ".join([*(w for w, _ in current), word])):
            current.append((word, offset + t.start()))  # "Southeast Asia", though "Asia" alone is common
            yield _joined(current)
            current = []
            continue
        suffix = bool(current) and _in_name_as_suffix(word, tokens, i, lex)
        # A common word ends a name; a place the lexicon knows ("UK", "US") is a name of its own.
        if lex.is_stop(word) and not suffix and not HAS_VERSION.search(word) and not lex.is_place(word):
            if current and lex.is_stop(f"{current[-1][0]} {word}"):
                current.pop()  # "our North American platform": "North" is the demonym's
            if current:
                yield _joined(current)
            current = []
            yield None, word
            continue
        current.append((word, offset + t.start()))
        if word != t.group():  # a possessive ends the name
            yield _joined(current)
            current = []
    if current:
        yield _joined(current)


_DESCRIPTION_NOUNS = frozenset("startup start-up firm company developer maker unicorn giant upstart".split())


def _described(words: list[tuple[str, int]], lex: NameLexicon) -> bool:
    """Whether the words before a description's noun open with a place ("China AI Startup")."""
    first = words[0][0]
    return lex.is_place(first) or first.lower() in lex.demonyms


def _in_name_as_suffix(word: str, tokens: list[re.Match[str]], i: int, lex: NameLexicon) -> bool:
    """Whether a word after a name's first word belongs to it: an organisation or model word, or
    a common word right before the organisation word ending the name ("Arcadia Growth Partners")."""
    word = word.lower()
    if word in lex.org_suffixes or word in lex.model_words:
        return True
    last = tokens[-1].group().lower()
    return i + 2 == len(tokens) and last in lex.org_suffixes and word not in lex.demonyms


def _joined(tokens: list[tuple[str, int]]) -> tuple[str | None, int]:
    """A sub-phrase; one that starts with a number (``4`` in ``March 4``) names nothing."""
    if tokens[0][0][:1].isdigit():
        return None, ""  # type: ignore[return-value]
    return " ".join(t for t, _ in tokens), tokens[0][1]
