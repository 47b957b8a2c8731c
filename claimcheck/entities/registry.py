"""Who a figure is about: the entity registry, mentions in text, and name merging.

Names come from the shipped registry (extendable in claimcheck.yaml) and from
discovery of model-like names (``Qwen2.5-72B``, ``DeepSeek-V2``). An unknown
name is merged with a registry name by rapidfuzz only when their version and
size tokens are identical: ``GPT-4`` and ``GPT-4o``, ``Llama 3`` and
``Llama 3.1``, ``70B`` and ``405B`` never merge. A name glued by a hyphen to a
following word describes something else (``GPT-4-class models``,
``near-GPT-4o-level accuracy``) and is not a mention.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimcheck.config import Config, per_config
from claimcheck.lexicon import MONTHS, NAME_STOPWORDS
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.textsearch import NOT_AFTER_WORD, NOT_BEFORE_WORD

_TOKEN = re.compile(r"\d+(?:\.\d+)*[a-z]*|[a-z]+")
_ORG_SUFFIXES = {"inc", "ltd", "corp", "co", "corporation", "group", "holdings", "technologies", "technology"}
# "RMB 530", "Euro 2024", "Q1 2025", "H1 2025", "FY2025": money, events and periods, not models.
_NOT_A_MODEL = re.compile(
    r"(?:" + "|".join(ISO_CODES) + r"|RMB|Rs|Euros?|Dollars?|Yuan|Yen|[QH][1-4]|FY\d*|CY\d*|Q|H"
    r"|Series|Form|Page|Quarter|Half|Year|Fiscal|Month|Week|Annual|Spring|Summer|Autumn|Fall|Winter"
    r"|Table|Figure|Fig|F|BLEU|ROUGE|Top|Pass|Avg|Maj"  # ("DROP (F1)": how a benchmark is scored)
    r"|Apache|GPL|LGPL|AGPL|MPL|EPL|BSD|CC|MIT|OpenRAIL|Python|Ubuntu|CUDA|PCIe|USB|HTTP|TLS|IPv)[\d.,]*$"
)
_MODEL_NAME = re.compile(
    r"""(?<![\w/-])(?P<name>
      (?:[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)
      (?: -?\d+(?:\.\d+)*[A-Za-z]*(?:-\d+(?:\.\d+)*[A-Za-z]*)*
        | -[A-Z]+\d+[A-Za-z]*
        | (?:[ ](?:\d(?:\.\d+)*|\d{2,}(?!\.\d|\d))[A-Za-z]?(?![\d,]))+ )  # ("Marlow 90.1": a score)
      (?:-[A-Z][a-z]+)*
      (?:[ ](?:Sonnet|Opus|Haiku|Turbo|Pro|Mini|mini|Flash|Ultra|Max|Plus|Lite|Air))?
    )(?![\w-])""",
    re.X,
)
_REPO_PATH = re.compile(r"\b[\w.-]+/(?P<name>[A-Za-z][\w.-]*\w)")
_EDGE_BEFORE = rf"{NOT_AFTER_WORD}(?<![/-])"
_EDGE_AFTER = rf"{NOT_BEFORE_WORD}(?!-)"
_CAMEL = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}[A-Z][A-Za-z]*(?![\w-])")

_FIRST_WORD_LIKENESS = 88  # percent, rapidfuzz's ratio


@dataclass(frozen=True)
class Entity:
    """A registered or discovered entity."""

    name: str
    type: str
    org: str | None = None


@dataclass(frozen=True)
class Mention:
    """An entity named at ``start:end`` of some text."""

    start: int
    end: int
    entity: Entity
    surface: str


def tokens(name: str) -> tuple[str, ...]:
    """Lower-case word and number tokens of a name (``Qwen2.5-72B`` -> qwen, 2.5, 72b)."""
    return tuple(_TOKEN.findall(name.lower()))


def key(name: str) -> str:
    """The form two spellings of one name share."""
    return " ".join(tokens(name))


def version_tokens(name: str) -> tuple[str, ...]:
    """The tokens with digits: versions and sizes, which must match exactly."""
    return tuple(t for t in tokens(name) if any(c.isdigit() for c in t))


def _alias_pattern(alias: str) -> str:
    if not alias.isascii():
        return re.escape(alias)
    parts = re.findall(r"\d+(?:\.\d+)*[A-Za-z]*|[A-Za-z]+|[^A-Za-z\d]+", alias)
    out = ""
    for prev, part in zip([None, *parts], parts, strict=False):
        if not part[0].isalnum():
            out += r"[\s\-_.]?"
            continue
        if prev is not None and prev[0].isalnum():
            short = prev.isalpha() and len(prev) < 3
            out += "-?" if short or not (prev.isalpha() and part[0].isdigit()) else r"[\s\-_]?"
        out += re.escape(part)
    return re.sub(r"(\[\\s\\-_\.\]\?)+", r"[\\s\\-_.]?", out)


class Registry:
    """Entities by normalised name, and a finder for their mentions."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.by_key: dict[str, Entity] = {}
        for item in spec["entities"]:
            entity = Entity(item["name"], item["type"], item.get("org"))
            for alias in {item["name"], *item.get("aliases", ())}:
                self.by_key.setdefault(key(alias), entity)
                self.by_key.setdefault(_strip_org_suffix(key(alias)), entity)
        self.family_of: dict[str, str] = {}
        for family, members in spec.get("families", {}).items():
            self.by_key.setdefault(key(family), Entity(family, "model"))
            for member in members:
                self.family_of[member] = family
        self.variants = {k.lower(): v for k, v in spec.get("variants", {}).items()}
        aliases: dict[str, Entity] = {}
        for item in spec["entities"]:
            for alias in (item["name"], *item.get("aliases", ())):
                aliases[alias] = self.by_key[key(alias)]
        for family in spec.get("families", {}):
            aliases[family] = self.by_key[key(family)]
        self._patterns = [_finder(aliases, digits) for digits in (False, True)]
        self._fuzzy_keys = sorted(self.by_key)
        # A fuzzy search over every key is the dearest look-up, and an archive asks about the same
        # unknown names over and over; the registry never changes once built.
        self._fuzzy = lru_cache(maxsize=1 << 16)(self._fuzzy_search)
        # A sentence's names are asked for by several readers, and every candidate name of an
        # article is checked against the registry more than once: each text is scanned once.
        self._registered = lru_cache(maxsize=4096)(self._scan_registered)
        self._mentions = lru_cache(maxsize=4096)(self._scan_mentions)

    def registered(self, text: str) -> list[Mention]:
        """Names of the registry (and their aliases) in ``text``."""
        return list(self._registered(text))

    def mentions(self, text: str) -> list[Mention]:
        """Entities named in ``text``, longest first where they overlap, in order."""
        return list(self._mentions(text))

    def _scan_registered(self, text: str) -> tuple[Mention, ...]:
        found: list[Mention] = []
        for pattern in self._patterns:
            for m in pattern.finditer(text):
                entity = self.by_key.get(key(m.group()))
                if entity is not None:
                    found.append(Mention(m.start(), m.end(), entity, m.group()))
        return tuple(found)

    def _scan_mentions(self, text: str) -> tuple[Mention, ...]:
        found = self.registered(text)
        for m in _MODEL_NAME.finditer(text):
            name = m.group("name")
            head = name.split()[0].split("-")[0]
            if head.lower().rstrip("0123456789.") in NAME_STOPWORDS | set(MONTHS) or _NOT_A_MODEL.match(head):
                continue
            found.append(Mention(m.start(), m.end(), self.resolve(name, "model"), name))
        for m in _REPO_PATH.finditer(text):
            found.append(
                Mention(
                    m.start("name"), m.end("name"), self.resolve(m.group("name"), "model"), m.group("name")
                )
            )
        for m in _CAMEL.finditer(text):
            found.append(Mention(m.start(), m.end(), self.resolve(m.group(), "product"), m.group()))
        return tuple(_non_overlapping(found))

    def resolve(self, name: str, default_type: str = "model") -> Entity:
        """The registry entity a name means, else a discovered one of ``default_type``."""
        name = re.sub(r"\s+", " ", name.strip())
        k = key(name)
        entity = self.by_key.get(k) or self.by_key.get(_strip_org_suffix(k))
        if entity is not None:
            return entity
        match = self._fuzzy(k)
        return match or Entity(name, default_type)

    def known(self, name: str) -> Entity | None:
        """The registry entity a name is a spelling of, if any (no discovery)."""
        k = key(name)
        if not k:
            return None
        return self.by_key.get(k) or self.by_key.get(_strip_org_suffix(k)) or self._fuzzy(k)

    def _fuzzy_search(self, k: str) -> Entity | None:
        if not k:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(k, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=88)
        if best is None:
            return None
        other = best[0]
        if version_tokens(other) != version_tokens(k) or len(other.split()) != len(k.split()):
            return None
        # "Jichuan Intelligence" is no spelling of "Baichuan Intelligence": a shared common word
        # lifts the whole name's likeness, so the distinctive first word must be alike on its own
        if fuzz.ratio(other.split()[0], k.split()[0]) < _FIRST_WORD_LIKENESS:
            return None
        return self.by_key[other]

    def variant_after(self, text: str, pos: int) -> tuple[str | None, int]:
        """A variant word right after a name: ``GLM-4 (MoE)``, ``GLM-4 MoE variant``."""
        m = re.match(r"[ \t]*(\(?)[ \t]*([A-Za-z-]+(?:[ \t][A-Za-z-]+){0,2})", text[pos:])
        if not m:
            return None, pos
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            variant = self.variants.get(" ".join(words[:n]).lower())
            if variant:
                end = pos + m.start(2) + len(" ".join(words[:n]))
                closing = re.match(r"[ \t]*\)", text[end:]) if m.group(1) else None
                return variant, end + (closing.end() if closing else 0)
        return None, pos

    def variant_in_brackets(self, text: str) -> str | None:
        """A variant named in brackets anywhere in ``text`` (``130B (MoE)``)."""
        return next(
            (v for inner in re.findall(r"\(([^()]*)\)", text) if (v := self.variant_word(inner))), None
        )

    def variant_word(self, word: str) -> str | None:
        """The variant a word names, if any (``dense`` -> ``Dense``)."""
        return self.variants.get(word.strip().lower())


def _finder(aliases: dict[str, Entity], digits: bool) -> re.Pattern[str]:
    """The aliases with digits (matched ignoring case) or without, longest alias first.

    Python's ``re`` tries every alternative at every position, so the aliases are grouped by their
    first character: each group keeps the longest-first order, and no two groups can match at one
    position, so the match is the same at a sixth of the cost. Without ``re.I`` the look-behind
    comes after that first character, which lets ``re`` skip to a position holding one rather than
    enter the pattern at every position (a tenth of the cost again).
    """
    chosen = [a for a in aliases if any(c.isdigit() for c in a) == digits]
    chosen.sort(key=len, reverse=True)
    flags = re.I if digits else 0
    patterns = [_alias_pattern(a) for a in chosen]
    if not all(_leads_with_itself(a, p, digits) for a, p in zip(chosen, patterns, strict=True)):
        return re.compile(rf"{_EDGE_BEFORE}(?:{'|'.join(patterns)}){_EDGE_AFTER}", flags)
    groups: dict[str, list[str]] = {}
    for alias, pattern in zip(chosen, patterns, strict=True):
        groups.setdefault(alias[0].lower() if digits else alias[0], []).append(pattern[1:])
    if digits:
        body = "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())
        return re.compile(rf"{_EDGE_BEFORE}(?:{body}){_EDGE_AFTER}", flags)
    # (the edge before the alias, checked once its first character is there)
    body = "|".join(
        rf"{c}(?<![^\W\u4e00-\u9fff]{c})(?<![/-]{c})(?:{'|'.join(rest)})" for c, rest in groups.items()
    )
    return re.compile(rf"(?:{body}){_EDGE_AFTER}", flags)


def _leads_with_itself(alias: str, pattern: str, ignore_case: bool) -> bool:
    """Whether an alias's pattern opens with its first character as a plain letter or digit; under
    ``re.I`` an ASCII one, whose case-folded matches no other group's first character shares."""
    return alias[:1].isalnum() and pattern.startswith(alias[0]) and (alias[0].isascii() or not ignore_case)


def _strip_org_suffix(k: str) -> str:
    parts = k.split()
    while len(parts) > 1 and parts[-1] in _ORG_SUFFIXES:
        parts.pop()
    return " ".join(parts)


def _non_overlapping(found: list[Mention]) -> list[Mention]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def registry(config: Config) -> Registry:
    """The registry of a config, built once per process."""
    return per_config("registry", config, lambda c: Registry(c.entities))


def subject(mentions: list[Mention]) -> Entity | None:
    """The organisation named most often: whom a table with no names is about."""
    counts = Counter(m.entity for m in mentions if m.entity.type == "org")
    if not counts:
        return None
    top = max(counts.values())
    return next(m.entity for m in mentions if m.entity.type == "org" and counts[m.entity] == top)
