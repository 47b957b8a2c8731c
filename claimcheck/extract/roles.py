"""What part each name plays in its sentence: the subject a figure is about, or a bystander.

A figure belongs to the company that raised, not to the investor named nearest to it
(``a round led by Y``, ``Y-backed X``, ``Z invested $4bn in X``), and never to the rival it is
compared with (``than B``, ``against B``); those names are bystanders. The subject of a clause is
its first name that is not a bystander.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.entities.registry import Entity, Mention
from claimcheck.extract.clauses import Clauses

_INVESTOR_BEFORE = re.compile(
    r"(?:\b(?:led|co-led|backed|joined|funded|financed)\s+by|\bfrom(?:\s+investors)?(?:\s+(?:including|such\s+as))?"
    r"|\binvestors?\s+(?:including|such\s+as|like)|\bparticipation\s+(?:from|of)|\bsupport\s+from"
    r"|\bincluding|\bsuch\s+as|\balongside)\s+(?:[\w.&'’-]+\s+){0,3}$",
    re.I,
)
# "led by", "joined by", "backed by": investors whatever the sentence says of money
_BACKED_BY = re.compile(r"\b(?:led|co-led|backed|joined)\s+by\s+(?:[\w.&'’-]+\s+){0,3}$", re.I)
_INVESTOR_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:which|who|that)\s+(?:had\s+|has\s+)?)?(?:also\s+)?"
    r"(?:led|co-led|joined|participated|invested|took\s+part|backed|put\s+in|poured)\b"
    # "由 Harrowgate Capital 领投": led, co-led, joined in Chinese
    r"|^\s*(?:联合)?(?:领投|跟投|参投|投资)",
    re.I,
)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:than|versus|vs\.?|against|compared\s+(?:to|with)|ahead\s+of|behind|beats?|beating|outperform\w*"
    r"|edges?\s+out|edging|trails?|trailing|lags?|lagging|undercut\w*|surpass\w*|over"
    # "rivals X", "to rival X" compare; "its rival X", "Rival X was valued", "while rival X" name X
    # as a subject
    r"|\brival(?:s|l?ing)|\bto\s+rival"
    r"|relative\s+to|unlike|like)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,2}$",
    re.I,
)
# "$80M Series A (Cedar Point)": the round's lead investor in brackets
_ROUND_BRACKET = re.compile(r"\b(?:Series\s+[A-H]\d?|round|seed|financing)\s*\(\s*(?:led\s+by\s+)?$", re.I)
# "Magnolia Partners, Cedar Point Capital and the venture arm of X also took part": every name of
# the list (no figure between it and the verb)
_TOOK_PART = re.compile(
    r"^(?:[^,;\d]{0,60},){0,3}[^,;\d]{0,80}?\b(?:also\s+)?(?:took\s+part|participated|joined\s+the\s+(?:round|deal)|chipped\s+in"
    r"|co-invested|(?:also\s+)?invested|follow(?:ed|ing)\s+on|(?:also\s+)?participating)\b",
    re.I,
)
# "according to Ridgemark Analytics", "analysts polled by X", "according to figures from industry
# tracker Southern Ledger": the source of a figure is no subject of it.
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|polled\s+by|surveyed\s+by|compiled\s+by|cited\s+by|seen\s+by|reviewed\s+by|data\s+from|estimates?\s+from"
    r"|consensus\s+from|tracked\s+by|reported\s+by|filed\s+with|lodged\s+with|submitted\s+to)\s+(?:[\w-]+\s+){0,5}$",
    re.I,
)
# "- Lead: Vantapoint Capital", "Investors: A, B": a fact sheet's line naming a round's backers
_BACKER_LABEL = re.compile(
    r"^\W*(?:lead(?:\s+investors?)?|co-leads?|investors?|backers?|led\s+by|participants?"
    r"|existing\s+investors?|new\s+investors?)\s*[:：]\s*(?:[\w.&'’-]+[\s,]+){0,8}$",
    re.I,
)
# "supplies chips to cloud operators including Vellichor Cloud": a name given as an example of a
# group the sentence speaks of, not whom its figures are about
_EXAMPLE_BEFORE = re.compile(r"\b[a-z][\w-]*s,?\s+(?:including|such\s+as|like)\s+(?:[\w.&'’-]+\s+){0,3}$")
_INVEST_IN = re.compile(r"\binvest(?:s|ed|ing|ment)?\b[^.;]*?\bin\s+$", re.I)
_ABOUT = ("org", "model", "product", "name")


@dataclass(frozen=True)
class Role:
    """A mention and the part it plays."""

    mention: Mention
    bystander: bool  # an investor, the other side of a comparison, or a figure's cited source
    invested_in: bool  # the object of "invested … in X"


def roles(text: str, mentions: list[Mention], clauses: Clauses) -> list[Role]:
    """Every mention of a sentence with its part."""
    out = []
    for m in mentions:
        start = clauses.start_of(clauses.of(m.start))
        before = text[max(start, m.start - 60) : m.start]
        invested_in = bool(_INVEST_IN.search(text[max(0, m.start - 80) : m.start]))
        investor = bool(_BACKED_BY.search(before)) or (
            bool(_INVESTOR_BEFORE.search(before)) and _after_money_verb(text, m.start)
        )
        rest = text[m.end : clauses.spans[clauses.of(m.start)][1]]
        # (across the comma of an aside: "Vantapoint, which also led the Series B, …")
        investor = investor or bool(
            _INVESTOR_AFTER.match(text[m.end : m.end + 80]) or _TOOK_PART.search(rest)
        )
        investor = investor or bool(_ROUND_BRACKET.search(before) or _BACKER_LABEL.match(text[: m.start]))
        compared = bool(_COMPARISON_BEFORE.search(before))
        cited = bool(_SOURCE_BEFORE.search(before)) or bool(_EXAMPLE_BEFORE.search(before))
        out.append(Role(m, (investor or compared or cited) and not invested_in, invested_in))
    return out


def _after_money_verb(text: str, pos: int) -> bool:
    """``including``/``alongside`` name investors only in a sentence about money raised."""
    return bool(
        re.search(r"\b(?:rais\w*|round|funding|invest\w*|financ\w*|backer\w*|led)\b", text[:pos], re.I)
    )


def compatible(entity: Entity, types: tuple[str, ...]) -> bool:
    """Whether a figure about one of ``types`` may be about this entity (an untyped name may be anything)."""
    return entity.type in types or (entity.type == "name" and any(t in _ABOUT for t in types))


def subject(found: list[Role], clauses: Clauses, clause: int, types: tuple[str, ...]) -> Mention | None:
    """The first name of a clause that is not a bystander and may be what the figure is about."""
    for role in found:
        m = role.mention
        if clauses.of(m.start) == clause and not role.bystander and compatible(m.entity, types):
            return m
    return None
