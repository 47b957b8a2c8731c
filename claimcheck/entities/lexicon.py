"""The cues a name's type is read from, loaded once from ``claimcheck/data/names.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.config import builtin
from claimcheck.lexicon import MONTHS

# A part's name in one spelling: words hyphenated or spaced alike (not "e-commerce"'s one-letter
# prefix), and the British "centre".
_JOINING_HYPHEN = re.compile(r"(?<=[a-z]{2})-(?=[a-z]{2})")
_CENTRE = re.compile(r"\bcentre(?P<s>s?)\b")
_AMPERSAND = re.compile(r"\s*&\s*")


@dataclass(frozen=True)
class NameLexicon:
    """Word lists for telling organisations, models, people and places apart (all lower case)."""

    org_suffixes: frozenset[str]
    legal_forms: frozenset[str]
    org_nouns: frozenset[str]
    model_nouns: frozenset[str]
    model_words: frozenset[str]
    person_titles: frozenset[str]
    person_roles: tuple[str, ...]
    person_verbs: frozenset[str]
    headline_verbs: frozenset[str]
    investor_suffixes: frozenset[str]
    common_words: frozenset[str]
    acronyms: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    demonym_regions: dict[str, str]
    not_entities: re.Pattern[str]
    first_names: frozenset[str]
    glued: frozenset[str]
    role_after: re.Pattern[str]
    title_before: re.Pattern[str]
    role_first: re.Pattern[str]
    org_noun_before: re.Pattern[str]

    def is_investor(self, name: str) -> bool:
        """Whether a name is shaped as an investor's (``Ostrea Partners``, ``Fathom Ventures``)."""
        words = name.split()
        return len(words) > 1 and words[-1].lower() in self.investor_suffixes

    def region(self, part: str) -> str:
        """A part named by a demonym as its region ("european" -> "europe"), else the part itself,
        in one spelling ("data-centre" and "data centre" are "data center", "Test & Measurement"
        is "test and measurement")."""
        low = self.demonym_regions.get(part.lower(), part).lower()
        low = " ".join(_AMPERSAND.sub(" and ", low).split())
        return _CENTRE.sub(r"center\g<s>", _JOINING_HYPHEN.sub(" ", low))

    def is_place(self, name: str) -> bool:
        """A place the gazetteer knows, or places joined by hyphens (``Munich-Shenzhen``)."""
        low = name.lower()
        if low in self.places:
            return True
        parts = low.split("-")
        return len(parts) > 1 and all(p in self.places for p in parts)

    def never_in_name(self, word: str) -> bool:
        """A period or an amount (``H1``, ``Q3``, ``FY25``, ``RMB2.5``): never part of a name."""
        if _PERIOD_WORD.fullmatch(word) or _AMOUNT_WORD.fullmatch(word):
            return True
        if "-" not in word and "–" not in word:
            return False  # (asked of every word of every capitalised run: most have no dash)
        parts = _DASH.split(word.rstrip(".,:;"))
        return len(parts) > 1 and all(p.lower().rstrip(".") in MONTHS for p in parts)  # "April-June"

    def is_stop(self, word: str) -> bool:
        """A capitalised word that names nothing on its own (``The``, ``Analysts``, ``CEO``)."""
        low = word.lower().rstrip(".")
        return low in self.common_words or word in self.acronyms or low in self.demonyms


_PERIOD_WORD = re.compile(r"(?:[QH][1-4]|[1-4]Q|[12]H|FY\d{2}(?:\d{2})?|CY\d{2}(?:\d{2})?)[:,.]?")
_DASH = re.compile(r"[-–]")
_AMOUNT_WORD = re.compile(r"(?:[A-Z]{3}|RMB|Rs)\d[\d.,]*[A-Za-z]{0,3}")


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _people_roles(roles: list[str]) -> list[str]:
    return [r for r in roles if r not in ("investor", "partner", "general partner", "head", "chief")]


@cache
def lexicon() -> NameLexicon:
    """The shipped lexicon, built once per process."""
    data = builtin("names.yaml")
    roles = sorted(_lower(data["person_roles"]), key=len, reverse=True)
    return NameLexicon(
        org_suffixes=_lower(data["org_suffixes"]),
        legal_forms=_lower(data["legal_forms"]),
        org_nouns=_lower(data["org_nouns"]),
        model_nouns=_lower(data["model_nouns"]),
        model_words=_lower(data["model_words"]),
        person_titles=_lower(data["person_titles"]),
        person_roles=tuple(sorted(_lower(data["person_roles"]), key=len, reverse=True)),
        person_verbs=_lower(data["person_verbs"]),
        headline_verbs=_lower(data["headline_verbs"]),
        investor_suffixes=_lower(data["investor_suffixes"]),
        common_words=_lower(data["common_words"]),
        acronyms=frozenset(data["acronyms"]),
        places=_lower(data["places"]),
        demonyms=_lower(data["demonyms"]),
        demonym_regions={k.lower(): v for k, v in data["demonym_regions"].items()},
        first_names=_lower(data["first_names"]),
        glued=_lower(data["glued"]),
        not_entities=re.compile(rf"(?:{'|'.join(data['not_entities'])})$"),
        role_after=re.compile(rf",\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:{_alternation(roles)})\b", re.I),
        # "Dr Lena Koh", "Chief financial officer Annika Berg": a title or a role only people
        # hold, right before a name (an "investor" or "partner" may be a firm).
        title_before=re.compile(
            rf"\b(?:(?:{_alternation(data['person_titles'])})\.?|(?:{_alternation(_people_roles(roles))}))\s+$",
            re.I,
        ),
        # (the longest role first, and one that ends the phrase is no prefix of a name)
        role_first=re.compile(rf"(?:{_alternation(_people_roles(roles))})(?:\s+(?=[A-Z])|$)", re.I),
        org_noun_before=re.compile(rf"\b(?:{_alternation(data['org_nouns'])})\s+$", re.I),
    )
