"""Who "it", "its", "the company" and "the model" mean: the entities an article keeps in view.

Per paragraph, the last entity named of each type; per heading, the entity the heading names,
which is the subject of what follows it until the next heading. A figure with no subject of its
own goes to the paragraph's one organisation, or to the article's subject when one organisation
dominates the article, and is otherwise left unattributed (never guessed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from claimcheck.entities.lexicon import lexicon
from claimcheck.entities.registry import Entity, Mention
from claimcheck.extract.bases import PLANS
from claimcheck.extract.period_parts import (
    fiscal_year_ending,
    nearest_part,
    part_of_the_section,
    three_months_end,
)
from claimcheck.extract.periods import Period
from claimcheck.extract.roles import compatible

_ORG_NOUNS = (
    r"company|firm|start-?up|startup|group|lab|business|developer|maker|provider|unicorn|chipmaker|insurer"
    r"|lender|platform"
)
# What may stand between "the" and the noun of a description: "the London-based company", "the
# Paris AI lab", "the three-year-old start-up", "the new model".
_DESCRIBED = (
    r"(?:(?:new|latest|smaller|larger|bigger|flagship|open|base|same|(?-i:[A-Z][\w.]*)|\w+(?:-\w+)+)\s+){0,3}"
)
_MODEL_NOUNS = r"model|system|release|checkpoint|LLM|chatbot|assistant"
ANAPHOR = re.compile(
    rf"\b(?P<pron>its|it|their|they)\b(?!\s+(?:that|which|who)\b)"
    rf"|\bthe\s+{_DESCRIBED}"
    rf"(?:(?P<org>{_ORG_NOUNS})|(?P<model>{_MODEL_NOUNS}))(?:'s|’s)?\b(?!\s+(?:that|which|who)\b)"
    # "该公司", "这家公司": "the said company", the one just named; "公司" opening a clause is "the
    # company" ("公司上半年净亏损为 2.3 亿元"), never inside a compound ("子公司", "科技公司")
    r"|(?P<zh>该公司|该企业|该集团|这家公司)|(?P<zhorg>(?<!(?-i:[\u4e00-\u9fff]))公司(?=(?-i:[\u4e00-\u9fff])))",
    re.I,
)


def anaphor_types(m: re.Match[str]) -> tuple[str, ...] | None:
    """Which entity types an anaphor may stand for (None: any)."""
    if m.group("org") or m.group("zh") or m.group("zhorg"):
        return ("org", "name")
    if m.group("model"):
        return ("model", "product", "name")
    return None


# A quarter's grain: "2025-Q3", "FY2026-Q2", "the three months ended October 31" (P3M/2025-10-31).
_QUARTER = re.compile(r"Q[1-4]$|^P3M/")
_EARLY_PARTS = ("Q1", "Q2", "Q3", "H1")
_OPEN_QUARTER = re.compile(r"FY-Q(?P<n>[1-4])")
_FISCAL_QUARTER = re.compile(r"FY(?P<y>\d{4})-Q(?P<n>[1-4])")
_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_LATEST_QUARTER = 3  # months: a quarter ended this long before an article is the one it reports


@dataclass
class Discourse:
    """The entities in view as an article is read, sentence by sentence."""

    article_subject: Entity | None = None
    heading: Entity | None = None
    title: Entity | None = None  # the first heading's entity ("# Dunlin-2"): whom a card is about
    heading_variant: str | None = None
    part: str | None = None  # "Data Center" under a segment summary: the part the figures under it are of
    parts_lead: int | None = None  # the level of a segment summary's heading, while parts follow it
    heading_text: str = ""  # the heading the text stands under: a list under it may name no metric
    paragraph: list[Entity] = field(default_factory=list)
    # Each entity of the paragraph at its last mention: what is asked of the paragraph is answered
    # from its few distinct entities, so a paragraph of a million words (one long line) costs no
    # more per sentence than a short one.
    last_in_paragraph: dict[Entity, int] = field(default_factory=dict)
    previous: list[Entity] = field(default_factory=list)
    recent: list[Entity] = field(default_factory=list)
    period: str | None = None  # the flow period last stated: what later figures with none are for
    # The first flow period the article (or the section under a heading naming one) reports: what
    # it is about, which a paragraph on a part of it (a quarter of the half) leaves in view again.
    section_period: str | None = None
    plan_period: str | None = None  # the period of the plan or forecast last stated, while it is in view
    lead: str = ""  # a line ending in ":" ("For the fourth quarter, Coralline expects:"): its list's context
    lead_subject: Entity | None = None  # whom that lead-in is about, while its list is read
    said: str = ""  # the paragraph's last sentence, which a lead-in naming nothing speaks for
    level: tuple[str, str | None] | None = None  # the metric and part of the last level figure read
    quarter: str | None = None  # the quarter last stated: what "in the quarter" is
    fiscal_year: str | None = None  # the fiscal year last named ("FY2025"), which open parts belong to
    # The only fiscal year the article names: before it is named, the year of an open first
    # quarter to third quarter or first half ("its fiscal second quarter … the year ending March
    # 2026"). A fourth quarter's outlook often names the year after, so no later part takes it.
    # Asked for only when such a part is read: finding it is a pass over the whole article.
    article_fiscal_year: Callable[[], str | None] = lambda: None
    # Open fiscal quarters a later sentence dated ("FY-Q4" -> "FY2024-Q4"): the figures read
    # before under the open name are of the dated one.
    dated_quarters: dict[str, str] = field(default_factory=dict)
    # The quarter last named without its year, in a plan too ("forecast fourth-quarter revenue"):
    # what three months ending in a month no calendar quarter ends in are.
    named_quarter: int | None = None
    part_in_view: str | None = None  # the part the paragraph spoke of last: what "the unit" is
    day: dt.date | None = None  # the article's date
    ends: dict[str, str] = field(default_factory=dict)  # the last day of each period the text dated
    per_token: str | None = None  # "All prices are per 1 million tokens": what a price table's cells are per

    def in_fiscal_year(self, periods: list[Period], reported: list[Period], text: str) -> list[Period]:
        """Read "the fourth quarter" and "the full year" within the fiscal year the article is about
        (``FY2025-Q4``, ``FY2025``), and note a fiscal year a sentence names among the periods it
        reports: it is the year of the sentence's own open parts too ("fourth-quarter results for
        the fiscal year ended …")."""
        named = [
            p.period
            for p in reported
            if p.period and not p.part and p.period.startswith("FY") and p.period[2:6].isdigit()
        ]
        if named:
            self.fiscal_year = named[-1][:6]
        out = []
        named_here = False
        for p in periods:
            if re.fullmatch(r"Q[1-4]", p.part or ""):
                self.named_quarter, named_here = int((p.part or "")[1]), True
            if p.part == "Q":
                p = replace(p, period=self.quarter)
            elif p.kind in ("months", "quarter") and (
                dated := self._open_quarter_ended(p)
                or self._fiscal_quarter_told_by_its_months(p, text)
                or self._named_quarter_ended(p, text, named_here)
            ):
                p = dated
            elif p.part and (self.fiscal_year or self._early_fiscal_part(p)):
                year = self._year_ahead(p, reported) or self.fiscal_year or self.article_fiscal_year()
                period = year if p.part == "FY" else f"{year}-{p.part}"
                kinds = {"F": "fiscal_year", "Q": "fiscal_quarter", "H": "fiscal_half"}
                p = replace(p, period=period, kind=kinds[p.part[0]])
            elif p.part == "FY" and p.period is None and self.period and self.period[:4].isdigit():
                # "for the full year" after calendar figures ("2025-H1"): that calendar year
                p = replace(p, period=self.period[:4], kind="year")
            elif p.part and p.period and self.period:
                p = replace(p, period=nearest_part(p.period, self.period, self.day))
            out.append(p)
        return out

    def _open_quarter_ended(self, p: Period) -> Period | None:
        """``posted fiscal fourth-quarter revenue … The quarter, the three months to October 31``:
        three months ended on a day date the open fiscal quarter in view, and so its fiscal year
        (named, as fiscal years are, by the calendar year it ends in); so do "the quarter to June
        30" and "the three months to June 30", though their months are a calendar quarter too."""
        m = _OPEN_QUARTER.fullmatch(self.quarter or "")
        end = three_months_end(p)
        if m is None or end is None:
            return None
        quarter = int(m["n"])
        year = fiscal_year_ending(quarter, *end)
        self.fiscal_year = f"FY{year}"
        self.dated_quarters[self.quarter or ""] = self.quarter = f"FY{year}-Q{quarter}"
        return replace(p, period=self.quarter, kind="fiscal_quarter")

    def _fiscal_quarter_told_by_its_months(self, p: Period, text: str) -> Period | None:
        """``its revenue rose 41% in the third quarter of its 2025 fiscal year … its GPU cloud
        business brought in $131.2 mln in the three months to March``: three months ended in the
        months before the article, when the fiscal quarter in view may end then too, are that
        quarter (a story reports its latest quarter). Months dated with their year ("the three
        months ended October 31, 2024") are told as such, and kept."""
        if _YEAR.search(text, p.start, p.end):
            return None
        m = _FISCAL_QUARTER.fullmatch(self.quarter or "")
        end = three_months_end(p)
        if m is None or end is None or self.day is None:
            return None
        year, month = end
        months_before = (self.day.year - year) * 12 + self.day.month - month
        if not 0 <= months_before <= _LATEST_QUARTER or fiscal_year_ending(int(m["n"]), *end) != int(m["y"]):
            return None
        return replace(p, period=self.quarter, kind="fiscal_quarter")

    def _named_quarter_ended(self, p: Period, text: str, named_here: bool) -> Period | None:
        """``forecast fourth-quarter revenue … for the quarter ending in late January``: a quarter
        told by a month no calendar quarter ends in is the fiscal quarter last named, so the
        company's fiscal year is the one that quarter is of (and its other quarters too). Months
        ended on a stated day ("the three months ended Oct. 31") are told as such, and kept,
        unless the sentence names them as that quarter ("the fiscal fourth quarter, the three
        months to February 1")."""
        end = three_months_end(p)
        if end is None or end[1] % 3 == 0 or self.named_quarter is None:
            return None
        if _DAY.search(text, p.start, p.end) and not named_here:
            return None
        year = fiscal_year_ending(self.named_quarter, *end)
        self.fiscal_year = f"FY{year}"
        self.quarter = f"FY{year}-Q{self.named_quarter}"
        return replace(p, period=self.quarter, kind="fiscal_quarter")

    def _year_ahead(self, p: Period, reported: list[Period]) -> str | None:
        """``It forecast first-quarter revenue of …`` after the fourth quarter's results: a plan
        for a part that comes before the quarter in view is of the next fiscal year."""
        m = _FISCAL_QUARTER.fullmatch(self.quarter or "")
        if m is None or p in reported or not re.fullmatch(r"[QH][1-4]", p.part or ""):
            return None
        ends = int(p.part[1]) * (3 if p.part[0] == "Q" else 6)
        return f"FY{int(m['y']) + 1}" if ends < int(m["n"]) * 3 else None

    def _early_fiscal_part(self, p: Period) -> bool:
        return p.kind.startswith("fiscal") and p.part in _EARLY_PARTS and bool(self.article_fiscal_year())

    def reported(self, flows: list[str], figures: bool) -> None:
        """Note the periods a sentence reports figures for: the first is in view for the next (and,
        the first time a sentence with figures states one, what the article is about)."""
        self.period = flows[0]
        if figures:
            self.section_period = self.section_period or flows[0]
        self.quarter = next((f for f in flows if _QUARTER.search(f)), self.quarter)

    def in_view(self, basis: str | None) -> str | None:
        """The period a figure stating none is for: a forecast after a forecast ("For the third
        quarter, it expects $1.5bn. Analysts had been looking for $1.49bn.") is of the plan's period."""
        if basis in PLANS and self.plan_period:
            return self.plan_period
        return self.period

    def new_paragraph(self) -> None:
        """A paragraph begins: a part of the article's period one paragraph spoke of ("The second
        quarter did most of the heavy lifting: …" in a half-year story) is that paragraph's only."""
        if self.section_period and self.period and part_of_the_section(self.period, self.section_period):
            self.period = self.section_period
        self.paragraph, self.said, self.part_in_view = [], "", None
        self.last_in_paragraph = {}
        self.previous = []

    def heading_read(self, before: str | None) -> None:
        """A heading has been read: a period it names ("Fourth quarter of fiscal 2025") is the one
        its section is about."""
        if self.period != before:
            self.section_period = self.period

    def new_heading(self, named: Entity | None, variant: str | None = None, text: str = "") -> None:
        self.heading, self.heading_variant, self.heading_text = named, variant, text
        self.title = self.title or named
        self.level = None
        self.new_paragraph()

    def note(self, mentions: list[Mention], subjects: list[Entity]) -> None:
        """A sentence has been read: its names (investors and rivals aside) are now the most recent,
        or, in a sentence naming no one, the ones its figures were found to be about ("The group …
        said its contract logistics division …. Its parcel arm": "Its" is the group's)."""
        named = [m.entity for m in mentions if m.entity.type in ("org", "model", "product", "name")]
        named = named or [
            e
            for e in dict.fromkeys(subjects)
            if e.type in ("org", "model", "name") and not lexicon().is_investor(e.name)
        ]
        for entity in named:
            self.last_in_paragraph[entity] = len(self.paragraph)
            self.paragraph.append(entity)
        self.previous = named
        self.recent = (self.recent + named)[-12:]

    def antecedent(
        self,
        types: tuple[str, ...],
        before: list[Entity],
        wanted: tuple[str, ...] | None,
        *,
        nearest: bool = False,
    ) -> Entity | None:
        """The most recent entity of a compatible type: earlier in the sentence, then the paragraph
        (``nearest``: never the article's subject for being it, as "该公司" is the one just named)."""
        allowed = tuple(t for t in types if wanted is None or t in wanted)
        if not allowed:
            return None  # "the company" cannot be what a model's score is about
        subject = self.article_subject
        if (
            not nearest
            and wanted == ("org", "name")
            and subject is not None
            and (subject in self.recent or subject in self.last_in_paragraph or subject in before)
        ):
            return subject  # "the company" is the company the article is about, when it is in view
        found = (
            _latest(before, allowed) or _latest(self.previous, allowed) or self._latest_in_paragraph(allowed)
        )
        if found is not None and wanted in (None, ("org", "name")) and lexicon().is_investor(found.name):
            # "… was joined by Ostrea Partners. The round values the start-up at …"
            others = [e for e in self.recent if not lexicon().is_investor(e.name)]
            # ("### Zephyrine Labs … The Montreal lab closed a Series C, led by Greyfen Capital, in
            # a round that gave it …": the section's company, when no other is in view)
            found = (
                self._latest_in_paragraph(allowed, investors=False)
                or _latest(others, allowed)
                or _latest([self.heading] if self.heading else [], allowed)
                or found
            )
        if found is None and nearest:
            found = _latest(self.recent, allowed)
        heading = [self.heading] if self.heading else []
        subject_pool = [self.article_subject] if self.article_subject else []
        return (
            found
            or _latest(heading, allowed)
            or _latest(self.recent, allowed)
            or _latest(subject_pool, allowed)
        )

    def _latest_in_paragraph(self, types: tuple[str, ...], *, investors: bool = True) -> Entity | None:
        """The paragraph's last-mentioned entity of a compatible type (an investor too, unless not)."""
        found = [
            (at, e)
            for e, at in self.last_in_paragraph.items()
            if compatible(e, types) and (investors or not lexicon().is_investor(e.name))
        ]
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def default(self, types: tuple[str, ...]) -> Entity | None:
        """Whom a figure with no subject is about, when that is unambiguous."""
        here = {e for e in self.last_in_paragraph if compatible(e, types)}
        if len(here) == 1:
            return here.pop()
        if not here and self.lead and self.lead_subject is not None and compatible(self.lead_subject, types):
            return self.lead_subject
        if not here and self.heading is not None and compatible(self.heading, types):
            return self.heading
        if not here and self.article_subject is not None and compatible(self.article_subject, types):
            return self.article_subject
        return None

    def table_subject(self) -> Entity | None:
        """Whom a table with no names is about: the organisation the paragraph before it names most."""
        counts = Counter(e for e in self.paragraph if e.type in ("org", "name"))
        if counts:
            top = max(counts.values())
            return next(e for e in self.paragraph if counts.get(e) == top)
        return self.heading or self.article_subject


def _latest(pool: list[Entity], types: tuple[str, ...]) -> Entity | None:
    """The last entity of ``pool`` of a compatible type."""
    return next((e for e in reversed(pool) if compatible(e, types)), None)


def _short_forms_counted(counts: Counter[Entity], headline: list[Mention]) -> Counter[Entity]:
    """``Meridian`` counted as ``Meridian Cloudworks``, the headline's name it starts: a short form
    never splits the mentions of the company a headline names."""
    out = Counter(counts)
    named = {m.entity for m in headline}
    for short in [e for e in counts if " " not in e.name]:
        longer = [e for e in named if e.name.split()[0] == short.name and " " in e.name and e in counts]
        if len(longer) == 1:
            out[longer[0]] += out.pop(short)
    return out


def dominant(headline: list[Mention], body: list[Mention]) -> Entity | None:
    """The organisation an article is about: named in its headline and most often in its body."""
    # Investors ("led by Fathom Ventures") are named beside the company, never instead of it.
    lex = lexicon()
    headline = [m for m in headline if not lex.is_investor(m.entity.name)]
    counts = Counter(
        m.entity for m in body if m.entity.type in ("org", "name") and not lex.is_investor(m.entity.name)
    )
    if not counts:
        return None
    counts = _short_forms_counted(counts, headline)
    ranked = counts.most_common(2)
    top, n = ranked[0]
    # A headline's organisation outranks its other capitalised words ("Flat on the Quarter").
    named = {m.entity for m in headline if m.entity.type == "org"} or {
        m.entity for m in headline if m.entity.type == "name"
    }
    # Of a headline's organisations, those the body speaks of ("… Series C to Bring Auditable AI …").
    said = Counter(m.entity for m in headline)
    named = {e for e in named if counts[e] > said[e]} or named
    if named:
        # the headline's one organisation wins a tie with a name the headline does not give
        (only,) = named if len(named) == 1 else (None,)
        return only if only is not None and counts[only] == n else None
    return None if len(ranked) > 1 and ranked[1][1] * 2 > n else top
