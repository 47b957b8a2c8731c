"""What the words around one occurrence of a name say about its type: an organisation's suffix
or appositive, a model's version, a person's title or role, a place's region or facility, a
part of a company (``Data Center revenue``, ``Parcel, the smallest unit``), an acronym.
"""

from __future__ import annotations

import re

from claimcheck.entities.lexicon import NameLexicon

HAS_VERSION = re.compile(r"\d")
_PART_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,2})?(?:\s+[A-Z][\w&-]*){0,2}"
    r"\s+(?:revenues?|sales|segment|division|unit"
    r"|business|orders|bookings|shipments|gross\s+margin|operating\s+(?:income|margin))\b"
)
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,5}?(?P<noun>[\w-]+)\b")
_PART_APPOSITIVE = re.compile(
    r",\s+(?:(?:now|still|already|by\s+far|long)\s+)*(?:a|an|the|its|one\s+of)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:divisions?|segments?|units?|regions?|arms?|(?:business|product)\s+lines?|operating\s+segments?)\b",
    re.I,
)
# "Power Systems contributed ¥503 billion": what a part adds to the whole
_CONTRIBUTED = re.compile(
    r"\s+(?:contributed|accounted\s+for)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥]|\d|(?:USD|EUR|GBP|JPY|CNY|RMB)\s?\d)"
)
# "Infrastructure Services remained its biggest division": a name the clause calls a part.
# "智能体平台（Agent Platform）收入 1.0 亿元": the English gloss of a part whose revenue is told
_GLOSSED_PART = re.compile(r"\s*[)）]\s*(?:业务|板块)?(?:收入|营收|销售额|营业收入)")
_PART_PREDICATE = re.compile(
    r"\s+(?:remained|remains|is|was|became|becomes|stayed|stays)\s+(?:still\s+)?"
    r"(?:its|the|their|[A-Z][\w-]*['’]s|one\s+of\s+(?:its|the|their))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:divisions?|segments?|units?|business(?:es)?|arms?|(?:business|product)\s+lines?)\b"
)
# "while Professional Services slipped 4% to $248 million": a phrase whose common word ("Services")
# is its own, moving by a figure, is a part (see ``discover._apposed_part``)
MOVES_AFTER = re.compile(
    r"\s+(?:rose|fell|grew|declined|dropped|jumped|climbed|slipped|increased|decreased|surged|slumped|shrank"
    r"|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?[\d.]+\s?(?:%|per\s?cent|pc|pct)"
)
_ACRONYM = re.compile(r"\.?\s+\((?P<a>[A-Z][A-Za-z0-9&]{1,7})\)")
_TICKER = re.compile(
    r"\.?\s+\((?:NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSX|ASX|TSE|SGX|KRX)\s*:\s*(?P<a>[A-Z][A-Z0-9.]{0,7})\)"
)
_AFTER = re.compile(r"\s+(?P<w>[A-Za-z-]+(?:\s+model)?)")
_REGION_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\b(?![-'’])")
_LOCATED_BEFORE = re.compile(
    r"\b(?:based|headquartered|located|incorporated|lab|labs|laboratory|plant|factory|campus|offices?"
    r"|headquarters|facility|centre|center|site|hub|university)\s+in\s+$",
    re.I,
)


# "teams in Hamburg and Antwerp": a name listed after a place the lexicon knows, where a place is told
_LISTED_AFTER_PLACE = re.compile(
    r"\b(?:in|across|from|between)\s+(?P<p>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:,\s+[A-Z][\w.]*)*,?\s+(?:and|or|&)\s+$"
)
_LISTED_BEFORE_PLACE = re.compile(r"(?:,|\s+(?:and|or|&))\s+(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
_PLACE_TOLD = re.compile(r"\b(?:in|across|from|between)\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+)*$")
LEAD = re.compile(r"^[\s\"'“‘(\[*#>|_-]*")
# A word between "the" and a description of a company is where it is or what it makes, no name
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_COUNT_BEFORE = re.compile(r"\d\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
_DESCRIBES_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w]*(?:\s+[A-Z]\w*)?-based)?(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}?\s+(?:company|maker|firm"
    r"|start-?up|startup|lab|developer|chipmaker|provider|operator|manufacturer|supplier|producer|retailer"
    r"|insurer|lender|unicorn|outfit|conglomerate)\b"
)
_CREDIT_BEFORE = re.compile(r"(?:\d|\b[A-Z]{2,})\s*\($")  # "July 2 (Wire) -", "SAN FRANCISCO (AP) —"
_CREDIT_AFTER = re.compile(r"\)\s*[-—–]")


def cues_at(text: str, name: str, at: int, lex: NameLexicon) -> list[str]:
    """What the words around one occurrence say about the name's type."""
    cues = []
    words = name.split()
    if words[-1].lower() in lex.org_suffixes:  # ("Logistics" may end a division's name too)
        cues += ["org"] if words[-1].lower() in lex.legal_forms else ["org", "suffix"]
    if any(HAS_VERSION.search(w) for w in words) or (words[-1].lower() in lex.model_words and len(words) > 1):
        cues.append("model")
    end = at + len(name)
    after = text[end : end + 80]
    if after.startswith(("'s", "’s")):
        cues.append("possessive")
        after = after[2:]
        if re.match(r"\s+(?:new\s+|latest\s+|flagship\s+)?[A-Z][\w-]*\d|\s+[A-Z][a-z]+-[A-Z]", after):
            cues.append("org")  # "Harbourline's Tern-Pro": whoever owns a named product is an organisation
    appositive = _APPOSITIVE.match(after)
    if appositive and appositive.group("noun").lower() in lex.org_nouns:
        cues.append("org")
    acronym = _ACRONYM.match(after) or _TICKER.match(after)
    if acronym:
        cues.append(f"alias:{acronym.group('a')}")
    if _PART_AFTER.match(after):
        cues.append("part")  # "Data Center revenue", "Edge & Automotive sales": a part of a company
    contributed = _CONTRIBUTED.match(after) and not lex.is_investor(name)
    if (
        _PART_APPOSITIVE.match(after)
        or _PART_PREDICATE.match(after)
        or _GLOSSED_PART.match(after)
        or contributed
    ):
        # "Parcel, the smallest unit", "Power Systems contributed ¥503 billion": a part, even
        # opening a sentence
        cues += ["part", "apposed"]
    follower = _AFTER.match(after)
    if follower and follower.group("w").lower() in lex.model_nouns:
        # "Nimbus model" names a model; "Harbourline's model platform" is an owner's.
        cues.append("org" if "possessive" in cues else "model")
    if follower and follower.group("w").lower() in lex.person_verbs and words[0].lower() in lex.first_names:
        cues.append("person")
    if lex.role_after.match(after):
        cues.append("person")
    before = text[max(0, at - 40) : at]
    if _CREDIT_BEFORE.search(before) and _CREDIT_AFTER.match(text, end):
        cues.append("credit")  # "LONDON, July 2 (Wire) -": the agency that filed the story
    if lex.title_before.search(before):
        cues.append("person")
    region = _REGION_AFTER.match(after)
    listed = _LISTED_AFTER_PLACE.search(before)
    listing = _LISTED_BEFORE_PLACE.match(after) if _PLACE_TOLD.search(before) else None
    if (
        (region and lex.is_place(region.group(1)))
        or _LOCATED_BEFORE.search(before)
        or any(m and lex.is_place(m["p"]) for m in (listed, listing))
    ):
        cues.append("place")  # "Penang, Malaysia", "headquartered in Tallinn"
    if lex.org_noun_before.search(before):
        cues.append("org")
    counted = _COUNT_BEFORE.search(before) and name.isupper() and _NOUN_AFTER.match(text, end)
    if counted or (_THE_BEFORE.search(before) and _DESCRIBES_AFTER.match(text, end)):
        # ("8 KV heads", "64 GPU nodes": what is counted, named by the acronym before its noun)
        cues.append("modifier")  # "The Stuttgart pump maker", "the San Mateo, California-based company"
    return cues


def apposed_part(text: str, phrase: str, at: int, lex: NameLexicon) -> list[str]:
    """The cues of a phrase of several words the text calls a part of a company (``Infrastructure
    Services remained its biggest division``): its common words ("Services") are its own name's
    then, not words that split it."""
    words = phrase.split()
    if len(words) < 2 or HAS_VERSION.search(phrase) or not any(lex.is_stop(w) for w in words):
        return []
    cues = cues_at(text, phrase, at, lex)
    # (an acronym in it is a measure's: "Underlying EBITDA rose 15%" is no part)
    moves = MOVES_AFTER.match(text, at + len(phrase)) and not any(w in lex.acronyms for w in words)
    if moves and not {"org", "model", "person"} & set(cues):
        cues += ["part", "apposed"]
    # (an organisation word ending it is a part's word too: "Power Systems contributed ¥503 billion")
    return cues if "apposed" in cues and cues.count("org") <= cues.count("suffix") else []


_THE_PART = re.compile(r"\W*(?:The|This|That)\s+(?:division|unit|segment|arm|business)\b")


def referred_to_as_part(text: str, at: int, next_text: str) -> bool:
    """``Ocean Freight was again the growth engine. The division lifted revenue …``: a name a
    sentence opens with, which the next sentence calls "the division", is a part."""
    return not LEAD.sub("", text[:at]) and bool(_THE_PART.match(next_text))
