"""Names the registry does not know, found in an article's own text and typed from their cues.

A name is a run of capitalised words (``Kestrel Robotics``, ``Nimbus-2-9B-Chat``, ``Halcyon Pro 2``).
Its type comes from what the article says around it: an organisation suffix (``Labs``, ``Inc``),
an appositive (``Tidewater, a Hangzhou start-up,``), a version or size token (a model), a title or
a role (a person), the gazetteer (a place). A word capitalised only because it starts a sentence
or stands in a Title Case headline is a name only if the article also uses it as one elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimcheck.entities.cues import HAS_VERSION, LEAD, cues_at, referred_to_as_part
from claimcheck.entities.glosses import glossed
from claimcheck.entities.lexicon import NameLexicon, lexicon
from claimcheck.entities.name_book import NameBook
from claimcheck.entities.phrases import names_in
from claimcheck.entities.registry import Entity, Registry, key
from claimcheck.entities.short_forms import add_short_forms, first_words, sized_models, unshouted
from claimcheck.entities.siblings import mark_leading, opens_clause, parts_among
from claimcheck.entities.spellings import same_organisation

_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z'-]+(?![\w-])")
# (a run of Chinese is a word of no capital: a Chinese sentence with Latin names is no headline)
_TITLE_WORDS = re.compile(r"[A-Za-z][\w'-]*|[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Piece:
    """A span of text names are read from: a sentence, a heading or a table cell."""

    text: str
    start: int
    kind: str  # prose, title, cell, or part (a cell naming one of the company's parts)
    block: int = 0  # the article block (paragraph, table) it belongs to


@dataclass
class _Seen:
    """What the article says around every occurrence of one name."""

    surface: str
    cues: Counter[str] = field(default_factory=Counter)
    blocks: set[int] = field(default_factory=set)  # the paragraphs it stands in, outside headings
    opening: bool = True  # whether it always opens its clause
    body: bool = False
    alias: set[str] = field(default_factory=set)


def discover(
    pieces: Iterable[Piece], registry: Registry, reserved: Callable[[str], bool] = lambda _: False
) -> NameBook:
    """Every name the article uses that the registry does not know, typed.

    ``reserved`` says which words are never names (metric and benchmark names, variant words).
    """
    pieces = list(pieces)
    lex = lexicon()
    lower_words = {w for p in pieces for w in _LOWER_WORD.findall(p.text)}
    seen: dict[str, _Seen] = {}
    title_spans: list[tuple[Piece, str, int]] = []
    for piece, after in zip(pieces, [*pieces[1:], None], strict=False):
        title = piece.kind == "title" or _title_case(piece.text)
        for name, at, cues in names_in(piece.text, lex):
            told = after is not None and referred_to_as_part(piece.text, at, after.text)
            if piece.kind == "part" or told:
                cues = [*cues, "part", "apposed"]
            name = _without_variant(name, reserved)
            if registry.known(name) is not None or registry.registered(name) or reserved(name):
                continue
            if lex.not_entities.match(name):
                continue  # "Apache-2.0", "Series B": whole names that name no one
            if _starts_a_reserved_phrase(piece.text, at + len(name), name, reserved):
                continue  # "**Daily Active Users** averaged 96.4 million": a metric's words
            if title:
                title_spans.append((piece, name, at))
                continue
            initial = not LEAD.sub("", piece.text[:at])
            entry = seen.setdefault(_key(name, lex), _Seen(name))
            entry.cues.update([*cues, "told"])
            if len(name) > len(entry.surface):
                entry.surface = name
            entry.body = entry.body or (not initial and piece.kind not in ("cell", "part"))
            if piece.kind == "prose":
                entry.blocks.add(piece.block)
                entry.opening = entry.opening and opens_clause(piece.text, at)
            entry.alias.update(c[6:] for c in cues if c.startswith("alias:"))
    _add_titles(title_spans, seen, lex)
    lead = next((p.text for p in pieces if p.kind == "prose"), "")
    mark_leading(seen.values(), [name for _, name, _ in title_spans], lead)
    _fold_suffixed(seen, lex)
    _fold_short_forms(seen, lex)
    _fold_surnames(seen, lex)
    entities = _typed(seen, lower_words, lex)
    parts_among(entities, seen.values(), lex)
    add_short_forms(entities, lex)
    for name, entity in glossed((p.text for p in pieces), entities).items():
        entities.setdefault(name, entity)
    return NameBook(entities, sized_models(entities))


_NEXT_WORDS = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,2}")


def _starts_a_reserved_phrase(text: str, end: int, name: str, reserved: Callable[[str], bool]) -> bool:
    """Whether the name with the word or two after it is a reserved phrase (a metric's name whose
    last word split the capitalised run: "Daily Active" of "Daily Active Users")."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    words = m.group().split()
    return any(reserved(" ".join([name, *words[:n]])) for n in range(1, len(words) + 1))


def _typed(seen: dict[str, _Seen], lower_words: set[str], lex: NameLexicon) -> dict[str, Entity]:
    """The names worth keeping, each typed, with their aliases."""
    entities: dict[str, Entity] = {}
    aliases: dict[str, Entity] = {}
    for entry in seen.values():
        if entry.cues["credit"] and not (entry.cues["org"] or entry.cues["model"]):
            continue  # a news agency's credit in a dateline is no one a figure is about
        if 0 < entry.cues["modifier"] >= entry.cues["told"] and not entry.cues["org"]:
            continue  # "The Stuttgart pump maker" every time it is told: where the company is
        place = entry.cues["place"] > 0 or lex.is_place(entry.surface)
        if (
            not entry.body
            and not place
            and not entry.cues["apposed"]
            and not _strong(entry, lower_words, lex)
        ):
            continue  # (a known place and a part are kept: what a figure may be for)
        # (a name the text calls a division outright is one, whatever its suffix: "Contract Logistics
        # revenue was flat. The segment operated 412 warehouses")
        told = entry.cues["apposed"] and not (entry.cues["model"] or entry.cues["person"])
        if told or (
            entry.cues["part"] and not (entry.cues["org"] or entry.cues["model"] or entry.cues["person"])
        ):
            # A segment, region or product line the company reports: a part, never whose a figure
            # is ("Freight Forwarding generated €2.05bn" is the company's, for that part).
            entities[entry.surface] = Entity(_display(entry.surface, lex), "part")
            continue
        kind = _type(entry, lex)
        if kind is None:
            continue
        entity = Entity(_display(entry.surface, lex), kind)
        entities[entry.surface] = entity
        aliases.update((alias, entity) for alias in entry.alias)
    entities.update(aliases)
    return entities


def _without_variant(name: str, reserved: Callable[[str], bool]) -> str:
    """``Manta-2 Chat`` is the model ``Manta-2`` in its chat variant, read as such after the name."""
    head, _, last = name.rpartition(" ")
    return head if head and HAS_VERSION.search(head) and reserved(last) else name


def _title_case(text: str) -> bool:
    words = _TITLE_WORDS.findall(text)
    if len(words) < 3:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital / len(words) >= 0.7 and not text.rstrip().endswith(".")


def _add_titles(spans: list[tuple[Piece, str, int]], seen: dict[str, _Seen], lex: NameLexicon) -> None:
    """Names in headlines: those the body uses, else the part up to an organisation or model cue."""
    known = {_key(e.surface, lex): e for e in seen.values() if e.body}
    for piece, name, at in spans:
        words = name.split()
        for n in range(len(words), 0, -1):
            part = " ".join(words[:n])
            if _key(part, lex) in known:
                known[_key(part, lex)].cues.update(cues_at(piece.text, part, at, lex))
                break
            last = words[n - 1]
            if (last.lower() in lex.org_suffixes and n > 1) or HAS_VERSION.search(last):
                entry = seen.setdefault(_key(part, lex), _Seen(part, body=True))
                entry.cues.update(cues_at(piece.text, part, at, lex))
                break
        else:
            if _leads_the_headline(piece.text, name, at, lex):
                seen.setdefault(_key(name, lex), _Seen(name, body=True)).cues.update(["org"])


_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_TITLED = re.compile(r"(?::|\s+[-–—|])\s+\S")


def _leads_the_headline(text: str, name: str, at: int, lex: NameLexicon) -> bool:
    """``Halloran Peak Reports First-Half Results``: the name a headline opens with, before a
    reporting verb or the period it reports, is the organisation it is about."""
    if LEAD.sub("", text[:at]):
        return False
    if " " in name and _TITLED.match(text, at + len(name)):
        return True  # "Tarnwick Freight: Third Quarter 2025 Results Summary" (not a label: "Lead: …")
    m = _NEXT_WORD.match(text, at + len(name))
    return m is not None and (m.group(1).lower() in lex.headline_verbs or lex.never_in_name(m.group(1)))


def _strong(entry: _Seen, lower_words: set[str], lex: NameLexicon) -> bool:
    """A name seen only at the start of sentences counts when it is unmistakably one."""
    if entry.cues["org"] or entry.cues["model"] or entry.cues["person"] or _model_shaped(entry.surface, lex):
        return True
    words = entry.surface.split()
    return len(words) > 1 or (words[0].lower() not in lower_words and entry.cues["possessive"] > 0)


def _model_shaped(name: str, lex: NameLexicon) -> bool:
    """``Camellia-Lite``, ``Osprey-Pro``: a name joined to a model word is a model's."""
    head, _, tail = name.rpartition("-")
    return bool(head) and head[:1].isupper() and tail.lower() in lex.model_words


def _type(entry: _Seen, lex: NameLexicon) -> str | None:
    cues = entry.cues
    if all(w.lower() in lex.org_suffixes for w in entry.surface.split()):
        return None  # "Dynamics", "Capital", "Financial Data" alone name no one
    if cues["place"] or lex.is_place(entry.surface):
        return "place"
    if cues["person"] and cues["person"] >= cues["org"] + cues["model"]:
        return "person"
    if cues["model"] and (cues["model"] >= cues["org"] or HAS_VERSION.search(entry.surface)):
        return "model"
    if _model_shaped(entry.surface, lex) and not cues["org"]:
        return "model"
    if cues["org"]:
        return "org"
    if len(entry.surface) < 2 or entry.surface.isdigit():
        return None
    return "name"


def _key(name: str, lex: NameLexicon) -> str:
    """One entry per name whatever its legal form (``Kestrel Robotics Inc.`` is ``Kestrel Robotics``)."""
    return key(_display(name, lex))


def _display(surface: str, lex: NameLexicon) -> str:
    words = unshouted(surface).split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in lex.legal_forms:
        words.pop()
    return " ".join(words).rstrip(",")


def _fold_short_forms(seen: dict[str, _Seen], lex: NameLexicon) -> None:
    """A one-word name that starts exactly one organisation's name is that organisation."""
    orgs = [e.surface for e in seen.values() if _type(e, lex) == "org"]
    firsts = first_words(orgs, lex)
    for k, entry in list(seen.items()):
        owners = firsts.get(entry.surface, set())
        if len(owners) == 1 and not entry.cues["model"] and not entry.cues["place"]:
            owner = seen[_key(next(iter(owners)), lex)]
            owner.alias.add(entry.surface)
            owner.body = owner.body or entry.body
            del seen[k]


def _fold_suffixed(seen: dict[str, _Seen], lex: NameLexicon) -> None:
    """``Kittiwake Cloud Holdings`` and ``Kittiwake Cloud``: a name that is another organisation's
    name with organisation words added is that organisation (the shorter name is kept)."""
    orgs = {e.surface: e for e in seen.values() if _type(e, lex) == "org"}
    for longer, shorter in same_organisation(orgs).items():
        base, entry = orgs[shorter], orgs[longer]
        base.alias.update({entry.surface, *entry.alias})
        base.cues.update(entry.cues)
        base.body = base.body or entry.body
        seen.pop(_key(longer, lex), None)


def _fold_surnames(seen: dict[str, _Seen], lex: NameLexicon) -> None:
    """``Koh said``: a one-word name that ends exactly one person's name is that person."""
    people = [e.surface for e in seen.values() if " " in e.surface and _type(e, lex) == "person"]
    lasts: dict[str, set[str]] = defaultdict(set)
    for name in people:
        lasts[name.split()[-1]].add(name)
    for k, entry in list(seen.items()):
        owners = lasts.get(entry.surface, set())
        if len(owners) == 1 and not entry.cues["org"] and not entry.cues["model"]:
            owner = seen[_key(next(iter(owners)), lex)]
            owner.alias.add(entry.surface)
            del seen[k]
