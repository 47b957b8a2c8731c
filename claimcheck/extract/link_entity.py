"""Whom a figure is about: the roles of the names in its clause, strongest cue first.

1. A name tied to the figure itself: ``Baidu ($480B)``, ``B 83`` in a list, ``$15 per million tokens
   for GPT-4 Turbo``, ``86.4 for B``, ``X's revenue``, ``valued X at``, ``invested $4bn in X``.
2. The subject of the figure's clause (its first name that is not an investor or a rival), or an
   anaphor there (``It``, ``the company``) resolved by the discourse.
3. The nearest name in the clause, never across a comparison.
Names are only considered when their type fits the metric (a revenue is an organisation's, a
score a model's; a name of unknown type fits either).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.entities.registry import Entity, Mention
from claimcheck.extract.clauses import Clauses
from claimcheck.extract.discourse import ANAPHOR, Discourse, anaphor_types
from claimcheck.extract.roles import Role, compatible
from claimcheck.model import Quantity
from claimcheck.vocabulary import Hit

_COMPARISON = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|versus|vs\.?|against|behind|ahead\s+of|undercutting|surpass\w*|"
    r"outperform\w*|trails?|lags?|rival\w*|relative\s+to)\b",
    re.I,
)
_FOR_AFTER = re.compile(
    r"^\s*(?:(?:per|/)\s*\S+\s+(?:input\s+|output\s+)?tokens?\s*|tokens?\s*|points?\s*|%\s*)?(?:for|of|from|by|at|in)\s+(?:the\s+)?$",
    re.I,
)
_FROM = re.compile(r"\bfrom\b", re.I)
_GAPPED = re.compile(r"\s+(?:at|with|on)\s+(?:about\s+|around\s+|roughly\s+|~)?", re.I)
_TIGHT_BEFORE = re.compile(r"^\s*(?:\(|:|\s)\s*(?:~|about\s+|around\s+)?$", re.I)
_OBJECT_VERB = re.compile(
    r"\b(?:valu\w*|gives?|gave|giving|puts?|putting|prices?|priced|pegs?|pegged)\s+$", re.I
)
_BRACKET_AFTER = re.compile(r"[^\S\n]*\(\s*")
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,4}$")
_OF_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+|its\s+)?", re.I)


@dataclass(frozen=True)
class Sentence:
    """What the linker reads of one sentence."""

    text: str
    mentions: list[Mention]
    roles: list[Role]
    clauses: Clauses


def entity_for(
    q: Quantity, hit: Hit | None, types: tuple[str, ...], s: Sentence, discourse: Discourse
) -> Entity | None:
    """The entity a figure of the sentence is about, or None (unattributed)."""
    fits = [r for r in s.roles if compatible(r.mention.entity, types)]
    tied = _tied(q, hit, fits, s)
    if tied is not None:
        return tied
    relative = _relative_antecedent(q, hit, fits, s.text) or _described_antecedent(q, types, s, discourse)
    if relative is not None:
        return relative
    clause = s.clauses.of(q.start)
    subject = _clause_subject(q, clause, fits, s, types, discourse)
    if subject is not None:
        return subject
    return _nearest(q, fits, s)


# What an investor's aside says of the round it backed rather than of itself
_OF_THE_ROUND = {"funding", "valuation"}
# ", which …" and the appositive ", a firm with …" both describe the name right before them
_RELATIVE = re.compile(r",\s+(?:which|who|whose|an?(?=\s+[a-z]))\b[^,;()]*$", re.I)


def _relative_antecedent(q: Quantity, hit: Hit | None, fits: list[Role], text: str) -> Entity | None:
    """``chips from Brightforge Semiconductor, which posted revenue of $1.47 billion``: a figure
    in a relative clause is its antecedent's, the name written right before ``, which``."""
    m = _RELATIVE.search(text, 0, q.start)
    if m is None:
        return None
    before = [r for r in fits if r.mention.end <= m.start() and not text[r.mention.end : m.start()].strip()]
    # "Vantapoint, which also led the $900 million round": an investor's relative clause names
    # the round it led, not a figure of its own, unless what it counts is the investor's own
    # ("Harrowgate, which manages about $6 billion")
    if not before or (before[-1].bystander and not _investors_own(hit)):
        return None
    return before[-1].mention.entity


def _investors_own(hit: Hit | None) -> bool:
    return hit is not None and not set(hit.metrics) & _OF_THE_ROUND


def _described_antecedent(
    q: Quantity, types: tuple[str, ...], s: Sentence, discourse: Discourse
) -> Entity | None:
    """``The group, which employs roughly 61,000 people, has been cutting costs in Antwerp``: a
    relative clause after an anaphor is about whom the anaphor stands for, not a name after it."""
    m = _RELATIVE.search(s.text, 0, q.start)
    if m is None:
        return None
    pronoun = next((a for a in ANAPHOR.finditer(s.text, 0, m.start()) if a.end() == m.start()), None)
    if pronoun is None or pronoun.group("pron") or _holds_a_name(pronoun, s):
        return None
    before = [x.entity for x in s.mentions if x.end <= pronoun.start()]
    return discourse.antecedent(types, before, anaphor_types(pronoun))


_IT_COSTS = re.compile(
    r"\b(?:it|that)\s+(?:still\s+|now\s+|only\s+)?(?:costs?|will\s+cost|would\s+cost)\b", re.I
)
_TO_CALL = re.compile(r"\bto\s+(?:call|use|run|access|query)\s+(?:the\s+)?$", re.I)


def _called(q: Quantity, fits: list[Role], text: str) -> Entity | None:
    """``it costs developers $0.80 per million tokens to call X``: the ``it`` is no one, X is."""
    if not _IT_COSTS.search(text, 0, q.start):
        return None
    after = [r.mention for r in fits if r.mention.start >= q.end and _TO_CALL.search(text[: r.mention.start])]
    return after[0].entity if after else None


def _tied(q: Quantity, hit: Hit | None, fits: list[Role], s: Sentence) -> Entity | None:
    text = s.text
    bracket = _bracket(text, q.start)
    inside = [
        r.mention for r in fits if bracket and bracket[0] < r.mention.start and r.mention.end <= q.start
    ]
    if inside:
        return inside[-1].entity  # "(repository X, now with over 45,000 stars)"
    owner = [r.mention for r in fits if bracket and _right_before(text, r.mention.end, bracket[0])]
    if owner:
        return owner[-1].entity  # "undercuts Marlow-2-70B ($0.90 input, $2.70 output)"
    after = [
        r.mention for r in fits if not r.bystander and _BRACKET_AFTER.fullmatch(text, q.end, r.mention.start)
    ]
    if after and re.match(r"\s*\)", text[after[0].end :]):
        return after[0].entity  # "34.4B (Manta-2-34B)"
    for r in fits:
        m = r.mention
        tight = m.end <= q.start and _TIGHT_BEFORE.match(text[m.end : q.start])
        if tight and (text[m.end : q.start].strip() or (_list_position(text, m.start) and not r.bystander)):
            return m.entity
        if m.end <= q.start and _GAPPED.fullmatch(text, m.end, q.start) and _list_position(text, m.start):
            return m.entity  # "A lists at ¥2.90, and B at ¥58": the verb is left out for B
        if (
            m.start >= q.end
            and _FOR_AFTER.match(text[q.end : m.start])
            and s.clauses.same(q.end, m.start)
            and not (r.bystander and _FROM.search(text, q.end, m.start))
        ):
            return m.entity  # (not "raised $40 million from Harrowgate": a backer gave it)
        if r.invested_in and m.start > q.end:
            return m.entity
    called = _called(q, fits, text)
    if called is not None:
        return called
    for r in fits:
        m = r.mention
        if hit is not None and m.end <= hit.start and _POSSESSIVE_GAP.match(text[m.end : hit.start]):
            return m.entity
        if (
            hit is not None
            and hit.end <= m.start
            and m.end <= q.start
            and _OF_NAME.fullmatch(text, hit.end, m.start)
        ):
            return m.entity  # "the price of Seahorse-Pro to 1 yuan"
        if m.end <= q.start and text[m.end : m.end + 2] in ("'s", "’s") and m.end + 3 >= q.start - 2:
            return m.entity
        if _OBJECT_VERB.search(text, max(0, m.start - 20), m.start) and m.end < q.start < m.end + 60:
            return m.entity
    return None


def _right_before(text: str, end: int, at: int) -> bool:
    return end <= at and not text[end:at].strip()


def _bracket(text: str, pos: int) -> tuple[int, int] | None:
    """The parenthesis ``pos`` stands in, if any (within 200 characters)."""
    start = text.rfind("(", max(0, pos - 200), pos)
    if start < 0 or ")" in text[start:pos]:
        return None
    end = text.find(")", pos)
    return (start, end) if end >= 0 else None


def _list_position(text: str, start: int) -> bool:
    """A name right after a comma or at the start: ``A scores 85.3, B 83.6``."""
    return bool(re.search(r"(?:^|[,;]\s*|\band\s+)$", text[:start]))


def _clause_subject(
    q: Quantity, clause: int, fits: list[Role], s: Sentence, types: tuple[str, ...], discourse: Discourse
) -> Entity | None:
    """The first fitting name of the figure's clause, or an anaphor there, or the main clause's
    subject (named, or an anaphor)."""
    named = [r.mention for r in fits if s.clauses.of(r.mention.start) == clause and not r.bystander]
    typed = [m for m in named if m.entity.type in types]
    named = typed or named  # a name of known type before one of unknown type
    pronoun = _anaphor(q, clause, types, s, discourse)
    if named and (pronoun is None or named[0].start < pronoun[0]):
        return named[0].entity
    if pronoun is not None:
        return pronoun[1]
    if (clause in s.clauses.asides or clause != 0) and not _other_subject(clause, s):
        main = [r.mention for r in fits if s.clauses.of(r.mention.start) == 0 and not r.bystander]
        if main:
            return main[0].entity
        # "公司上半年净亏损为 2.3 亿元…；毛利率为 38.5%": the main clause's anaphor is its subject
        pronoun = _anaphor(q, 0, types, s, discourse)
        return pronoun[1] if pronoun else None
    return None


def _other_subject(clause: int, s: Sentence) -> bool:
    """Whether a later clause names someone of its own (then the main clause's subject is not its)."""
    return any(s.clauses.of(r.mention.start) == clause and not r.bystander for r in s.roles)


def _anaphor(
    q: Quantity, clause: int, types: tuple[str, ...], s: Sentence, discourse: Discourse
) -> tuple[int, Entity] | None:
    start = s.clauses.start_of(clause)
    for m in ANAPHOR.finditer(s.text, start, q.start):
        if s.clauses.of(m.start()) != clause or _determines_a_name(m, s) or _holds_a_name(m, s):
            continue
        before = [x.entity for x in s.mentions if x.end <= m.start()]
        entity = discourse.antecedent(types, before, anaphor_types(m), nearest=bool(m.group("zh")))
        if entity is not None:
            return m.start(), entity
    return None


def _holds_a_name(m: re.Match[str], s: Sentence) -> bool:
    """``the Nautilus-3 model``, ``the open-weight release of Lark-8B``: a description around a
    name, or of one, is that name, not an anaphor."""
    return any(
        m.start() < x.start < m.end() or _OF_A_NAME.fullmatch(s.text, m.end(), x.start) for x in s.mentions
    )


_OF_A_NAME = re.compile(r"\s+of\s+")


def _determines_a_name(m: re.Match[str], s: Sentence) -> bool:
    """``Its closest rival, Quillon, …`` and ``Its Nautilus-2-34B model …``: the pronoun owns a
    phrase that names someone else, who is the subject."""
    possessive = (m.group("pron") or "").lower() in ("its", "their") or m.group().endswith(("'s", "’s"))
    if not possessive:  # "its", "their", "the company's"
        return False
    for x in s.mentions:
        if m.end() <= x.start <= m.end() + 60 and _APPOSED.fullmatch(s.text, m.end(), x.start):
            return True
    return False


# "Its Nautilus-2", "Its closest rival, Quillon,", "Its rival Lumora Labs"
_APPOSED = re.compile(r"\s+|\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+|\s+(?:[a-z][\w-]*\s+){1,3}")


def _nearest(q: Quantity, fits: list[Role], s: Sentence) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for r in fits:
        m = r.mention
        if r.bystander or not s.clauses.same(m.start, q.start):
            continue
        if m.end <= q.start:
            if _COMPARISON.search(s.text, m.end, q.start):
                continue
            cost = q.start - m.end
        else:
            gap = s.text[q.end : m.start]
            if len(gap) > 25 or re.search(
                r"[,;]|\b(?:with|than|to|versus|vs|against|over|and|or)\b", gap, re.I
            ):
                continue
            cost = 100 + len(gap)
        if best is None or cost < best[0]:
            best = (cost, m.entity)
    return best[1] if best else None


def lead_subject(s: Sentence, discourse: Discourse) -> Entity | None:
    """Whom a lead-in is about ("The numbers behind it, per a deck seen by The Cap Table:"): its
    first name that is no bystander, or what its anaphor stands for; the list under it is theirs."""
    types = ("org", "name")
    named = [r.mention for r in s.roles if not r.bystander and compatible(r.mention.entity, types)]
    pronoun = next(iter(ANAPHOR.finditer(s.text)), None)
    if named and (pronoun is None or named[0].start < pronoun.start()):
        return named[0].entity
    if pronoun is None:
        return None
    before = [x.entity for x in s.mentions if x.end <= pronoun.start()]
    return discourse.antecedent(types, before, anaphor_types(pronoun))
