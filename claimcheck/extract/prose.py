"""Claims in prose: each figure of a sentence, linked to a metric, an entity, a period and qualifiers.

Mentions first, links second: the sentence is read into quantities, names (with their roles),
metric words, periods and clauses; then each figure is linked (see ``link_metric`` and
``link_entity``). Figures that are not claims are set aside with a reason for the coverage:
conditions ("If ..."), differences ("by 2-3 points"), shares of something else ("72% of
revenue"), evaluation settings, figures relative to a rival ("3x faster").
"""

from __future__ import annotations

import re

from claimcheck.entities.registry import Entity
from claimcheck.extract import bases, carryover, changes, earlier, estimates, holding, parts, qualifiers
from claimcheck.extract import coverage as why
from claimcheck.extract.changes import change_of
from claimcheck.extract.clauses import Clauses, split
from claimcheck.extract.context import Context, Reading, not_prose
from claimcheck.extract.document import Sentence
from claimcheck.extract.fiscal_names import named_spans
from claimcheck.extract.hedges import hedges_before
from claimcheck.extract.link_entity import Sentence as Linked
from claimcheck.extract.link_entity import entity_for, lead_subject
from claimcheck.extract.link_metric import MetricChoice, own_metric, sibling_metric
from claimcheck.extract.lists import paired, respectively
from claimcheck.extract.not_claims import is_margin, is_setting, not_a_claim, of_revenue, restatements
from claimcheck.extract.periods import Period, find_periods
from claimcheck.extract.price_kinds import kind_of, parallel, priced_per_tokens_named
from claimcheck.extract.roles import roles
from claimcheck.extract.shape import Shape, attach
from claimcheck.model import Quantity
from claimcheck.quantities import parse

# A subject that names no one in particular: its figure is not the article subject's.
_GENERIC = re.compile(
    r"\b(?:the|a|an|any|every|each|whichever)\s+(?:company|firm|start-?up|player|lab|vendor|provider|model)\s+"
    r"(?:that|which|who|to)\b|\b(?:the|this|that|a|whole)\s+(?:market|industry|sector|segment|space|category)\b"
    # (Not "analysts": what analysts expected is an estimate of the subject's own figure.)
    r"|\b(?:companies|firms|start-?ups|rivals|competitors|peers|players|investors)\b",
    re.I,
)


def read(sentence: Sentence, ctx: Context, *, default: Entity | None = None) -> list[Reading]:
    """The claims one sentence makes; ``default`` is whom a table cell's text is about."""
    text = sentence.text
    mentions = ctx.mentions_in(text, sentence.start)
    periods = _periods(text, ctx)
    quantities = [q for q in parse(text, currency_symbols=ctx.symbols) if not _inside(q, periods, mentions)]
    quantities = priced_per_tokens_named(text, quantities)
    ctx.coverage.dates += [(sentence.start + p.start, sentence.start + p.end) for p in periods]
    periods = [p for p in periods if not holding.dates_an_event(text, p.start)]
    # (a margin, "plus or minus 2%", owns no period written after it: the figure it is around
    # does; a setting, "On MMLU (5-shot)", is no rival of the scores for the benchmark's name)
    figures = [q for q in quantities if not (is_margin(q, text) or is_setting(q, text))]
    clauses = split(text, [q.start for q in figures])
    linked = Linked(text, mentions, roles(text, mentions, clauses), clauses)
    shape = Shape(text, figures, ctx.vocab.hits(text), clauses, periods)
    restated = restatements(text, quantities)
    chosen: list[tuple[Quantity, MetricChoice | None]] = []
    readings: list[Reading] = []
    before: tuple[Quantity, str] | None = None
    subjects: list[Entity] = []
    for q in quantities:
        in_rate = ctx.coverage.in_rate(sentence.start + q.start, sentence.start + q.end)
        reason = why.RATE if in_rate else not_a_claim(q, text, restated, before)
        before = (q, reason or "")
        choice = None if reason else _metric(q, shape, linked, chosen, ctx)
        chosen.append((q, choice))
        if reason or choice is None:
            ctx.coverage.skip(
                sentence.start + q.start, sentence.start + q.end, q.text, reason or why.NO_METRIC
            )
            continue
        entity = _entity(q, choice, linked, shape, ctx, default)
        if entity is None:
            ctx.coverage.skip(sentence.start + q.start, sentence.start + q.end, q.text, why.UNATTRIBUTED)
            continue
        reading = _reading(q, choice, entity, sentence, shape, linked, ctx, restated)
        if reading.metric == _SHARE_OF_REVENUE and reading.segment is None:
            # "R&D spending was 15% of revenue": a share of revenue is a part's, else no claim
            ctx.coverage.skip(sentence.start + q.start, sentence.start + q.end, q.text, why.SHARE)
            continue
        readings.append(reading)
        subjects.append(entity)
        # ("lifted revenue to €870m; like-for-like growth there was 14.5%": the part just read)
        ctx.discourse.part_in_view = readings[-1].segment or ctx.discourse.part_in_view
    readings = _settled(readings, text, periods, ctx)
    ctx.discourse.note([r.mention for r in linked.roles if not r.bystander], subjects)
    if text.rstrip().endswith(":"):
        ctx.discourse.lead_subject = lead_subject(linked, ctx.discourse)
    _noted(text, _not_aside(periods, clauses, quantities), readings, ctx)
    ctx.discourse.part_in_view = parts.opening_part(linked) or ctx.discourse.part_in_view
    return readings


def _periods(text: str, ctx: Context) -> list[Period]:
    """The periods a sentence names outside links and code, read within the fiscal year in view
    ("Guides Fiscal 2025 Above Forecasts": a year guided for is not the one the figures report)."""
    # (nor a year inside a benchmark's name, "AIME 2024": its edition)
    hidden = not_prose(text) + [(h.start, h.end) for h in ctx.vocab.hits(text)]
    periods = [p for p in find_periods(text, ctx.date) if not any(a <= p.start < b for a, b in hidden)]
    reported = [
        p
        for p in periods
        if not earlier.in_brackets(text, p.start)
        and not bases.speaks_of_plan(text[max(0, p.start - 24) : p.start])
    ]
    return named_spans(text, ctx.discourse.in_fiscal_year(periods, reported, text))


def _not_aside(periods: list[Period], clauses: Clauses, quantities: list[Quantity]) -> list[Period]:
    """``X, which was spun out of a conglomerate in 2009, said …``: an aside's year (one with no
    figure of its own beside it) is no period the figures after it are reported for."""
    return [
        p for p in periods if clauses.of(p.start) not in clauses.asides or _figure_in(p, clauses, quantities)
    ]


def _settled(readings: list[Reading], text: str, periods: list[Period], ctx: Context) -> list[Reading]:
    """A sentence's readings once each has taken what the others and the text before give it."""
    readings = carryover.changes_of_the_level_before(carryover.changes_of_their_levels(readings), ctx)
    readings = carryover.earlier_of_their_level(carryover.changes_beside_their_level(readings, text), text)
    readings = parallel(carryover.changes_take_their_levels_period(readings))
    readings = carryover.earlier_in_kind(carryover.valued_at_the_round(readings, ctx.day()), text)
    readings = carryover.earlier_dated(readings, text, ctx.day())
    readings = carryover.per_share_siblings(carryover.metrics_respectively(readings, text))
    bases = [p.period for p in periods if p.period and earlier.is_base_period(text, p.start)]
    return carryover.base_from_earlier([carryover.base_from_period(r, bases) for r in readings], text)


def _noted(text: str, periods: list[Period], readings: list[Reading], ctx: Context) -> None:
    """What the sentence leaves in view for the next: its period, its last part, a lead-in, itself."""
    ctx.discourse.part_in_view = next(
        (r.segment for r in reversed(readings) if r.segment), ctx.discourse.part_in_view
    )
    holding.note_ends(text, periods, ctx.discourse.ends)
    stated = [
        p
        for p in periods
        if p.period
        and p.kind != "date"
        and not earlier.is_base_period(text, p.start)
        and not earlier.in_brackets(text, p.start)
    ]
    # "the three months ended October 31, 2024, the third quarter of its fiscal 2025": the
    # fiscal name the span is given is the period later figures are of
    if any(p.kind == "months" for p in stated):
        stated = [p for p in stated if p.kind.startswith("fiscal")] or stated
    flows = [p.period for p in stated]
    # "For the fourth quarter, it forecast …": a plan's period is not the one later facts report.
    # A sentence with no figure of its own ("For the fourth quarter, Coralline expects:", "It
    # reaffirmed its full-year guidance.") by its words.
    # (asked only of a sentence naming a period or leading in: the plan's words are a long pattern)
    leads_in = bool(flows) or text.rstrip().endswith(":")
    planned = (
        all(r.basis in bases.PLANS for r in readings) if readings else leads_in and bases.speaks_of_plan(text)
    )
    if flows and not planned:
        ctx.discourse.reported(flows, bool(readings))
    ctx.discourse.plan_period = (flows[0] if flows else ctx.discourse.plan_period) if planned else None
    if text.rstrip().endswith(":"):
        # "Model API revenue rose 265%. By quarter:": a lead-in naming no metric speaks for the
        # sentence before it.
        named = any(ctx.vocab.hits(text))
        ctx.discourse.lead = text if named or not ctx.discourse.said else f"{ctx.discourse.said} {text}"
    ctx.discourse.said = text


def _figure_in(p: Period, clauses: Clauses, quantities: list[Quantity]) -> bool:
    """Whether the clause a period is written in holds a figure of its own."""
    return any(clauses.of(q.start) == clauses.of(p.start) for q in quantities)


def _inside(q: Quantity, periods: list[Period], mentions: list) -> bool:
    spans = [(p.start, p.end) for p in periods] + [(m.start, m.end) for m in mentions]
    return any(a <= q.start < b or a < q.end <= b for a, b in spans)


def _metric(
    q: Quantity,
    shape: Shape,
    linked: Linked,
    chosen: list[tuple[Quantity, MetricChoice | None]],
    ctx: Context,
) -> MetricChoice | None:
    if of_revenue(q, shape.text) and _SHARE_OF_REVENUE in ctx.vocab.metrics:
        return MetricChoice(_SHARE_OF_REVENUE, None)  # "China accounted for 13% of sales"
    change = change_of(q, shape, ctx.vocab)
    if change is not None:
        return change
    own = own_metric(q, shape.text, shape.hits, shape.clauses, shape.quantities, ctx.vocab)
    return (
        own
        or sibling_metric(q, shape.text, shape.clauses, chosen, ctx.vocab)
        or estimates.consensus_of_the_figure_before(q, shape.text, chosen)
        or parts.metric_of_a_part(q, linked, ctx)
        or _in_view(q, shape.text, ctx)
        or estimates.estimate_of_the_level_before(q, shape.text, ctx)
        or estimates.cents_beside_a_share(q, shape.text)
    )


# Words in a line a heading's metric may speak for ("- Q1: $1.72B (+9%)"): a sentence of prose
# says what its figures are itself (a headline's "lifts profit" names no later figure's measure).
_LABEL_LINE_WORDS = 12


def _in_view(q: Quantity, text: str, ctx: Context) -> MetricChoice | None:
    """``## Quarterly Revenue, FY25`` then ``- Q1: $1.72B``: the metric the heading or lead-in
    names, for a figure of a line under it that names none."""
    label_line = len(text.split()) <= _LABEL_LINE_WORDS
    for text in (ctx.discourse.lead, ctx.discourse.heading_text if label_line else ""):
        for hit in ctx.vocab.hits(text):
            metric = next((m for m in hit.metrics if ctx.vocab.accepts(m, q)), None)
            if metric is not None and q.unit and ctx.vocab.metric(metric).kind in ("money", "count"):
                return MetricChoice(metric, None, part=qualifiers.segment_before(text[: hit.start]))
    return None


def _entity(
    q: Quantity, choice: MetricChoice, linked: Linked, shape: Shape, ctx: Context, default: Entity | None
) -> Entity | None:
    types = ctx.types_for(choice.metric)
    listed = respectively(q, linked, shape, types) or paired(q, linked, shape, types)
    if listed is not None:
        return listed
    found = entity_for(q, choice.hit, types, linked, ctx.discourse)
    if found or default:
        return found or default
    # "Companies spent $2bn": a generic subject before the figure makes it nobody's; "ahead of
    # the $3.41bn analysts had expected" is still the company's figure.
    return None if _generic_subject(q, linked) else ctx.discourse.default(types)


def _generic_subject(q: Quantity, linked: Linked) -> bool:
    """Whether a generic subject is told before the figure, outside an aside the figure is not in
    ("Parcel, the one investors watch most closely, lifted revenue": the investors are the aside's)."""
    clauses, own = linked.clauses, linked.clauses.of(q.start)
    return any(
        clauses.of(m.start()) == own or clauses.of(m.start()) not in clauses.asides
        for m in _GENERIC.finditer(linked.text, 0, q.start)
    )


_PRICE = "price_per_mtok"  # the metric whose figures are for a kind of token (input, output)
_SHARE_OF_REVENUE = "revenue_share"


def _reading(
    q: Quantity,
    choice: MetricChoice,
    entity: Entity,
    sentence: Sentence,
    shape: Shape,
    linked: Linked,
    ctx: Context,
    restated: dict[int, Quantity],
) -> Reading:
    text = sentence.text
    clause = linked.clauses.of(q.start)
    clause_start = linked.clauses.start_of(clause)
    index = shape.quantities.index(q)
    q = attach(q, choice)
    lo, hi = shape.window(q)
    kind = ctx.vocab.metric(choice.metric, q.unit, q.value).kind
    basis = None if kind == "score" else _basis(text, (lo, hi), q, clause_start, choice.metric, ctx)
    dated, per_period = holding.dating(choice, basis, ctx)
    # "compared with the $1.39 billion analysts had expected": a consensus, not an earlier figure
    was = shape.is_earlier(q) and not bases.consensus(
        text[max(0, q.start - 40) : q.start], text[q.end : q.end + 60]
    )
    period, target, as_of = shape.period_of(q, clause, dated)
    if dated and choice.metric == "growth_rate":
        period, as_of = holding.moved_over(shape.period_of(q, clause, False)[0], ctx) or (period, as_of)
    basis = basis or holding.aimed_at(kind, target, as_of, ctx)
    if per_period:  # "averaged 96.4 million in the third quarter": dated, and of the quarter
        period = shape.period_of(q, clause, False)[0]
    if was and not dated and kind != "score" and basis not in bases.PLANS:
        period = _earlier_ones(q, clause, clause_start, shape, ctx, period)
    hedges = [*q.hedges, *hedges_before(text, q.start, clause_start)] + (["projected"] if target else [])
    segment, of = parts.part_of(q, choice, kind, shape, linked, ctx.discourse.part_in_view)
    return Reading(
        entity=entity.name,
        variant=_variant(q, entity, choice.metric, linked, ctx),
        metric=choice.metric,
        period=period,
        price_kind=kind_of(q, text, shape.quantities, clause_start) if choice.metric == _PRICE else None,
        quantity=q,
        hedges=tuple(dict.fromkeys(hedges)),
        offset=sentence.start + q.start,
        quote=text.strip(),
        restated=(restated[index],) if index in restated else (),
        segment=segment,
        basis=basis,
        setting=_setting(text, lo, hi, kind, choice),
        as_of=holding.held_or_said_on(text, clause_start, q, ctx, (as_of, dated and not was), basis),
        change=choice.change or (changes.base_of(q, shape) if choice.metric == "growth_rate" else None),
        of=of,
        earlier=was,
        # An earlier value ("from S$63.6 million") is not of the period in view.
        context_period=None
        if period or (dated and not per_period) or kind == "score" or was
        else shape.period_before(q) or ctx.discourse.in_view(basis),
    )


def _earlier_ones(
    q: Quantity, clause: int, clause_start: int, shape: Shape, ctx: Context, own: str | None
) -> str | None:
    """The period of an earlier value: ``own``, the one its clause gives it, else the one after it
    or the clause's a step back (a revised forecast is measured from the earlier forecast for the
    same period; a score is the model's, of no period: "84.0 vs 79.4 on MMLU")."""
    if shape.owns_period(q, clause):
        return own
    return shape.period_after(q, clause) or _earlier_period(q, clause, clause_start, shape, ctx)


def _earlier_period(q: Quantity, clause: int, clause_start: int, shape: Shape, ctx: Context) -> str | None:
    """``from $1.10 billion a year earlier``: the clause's period, a step back (unknown if unsaid)."""
    text = shape.text
    now = shape.period_of(q, clause, False, sides=False)[0] or ctx.discourse.period
    if any(q.end <= p.start < q.end + 40 and earlier.step_back(text[p.start : p.end]) for p in shape.periods):
        now = ctx.discourse.period  # "in the same period last year" is the step back, not the clause's
    step = earlier.step_back(text[q.end : q.end + 40]) or earlier.step_back(text[clause_start : q.end + 60])
    return earlier.shifted(now, step)


def _basis(
    text: str, window: tuple[int, int], q: Quantity, clause_start: int, metric: str, ctx: Context
) -> str | None:
    """What the figure is: pre- or post-money, a plan, a forecast, a total, a run-rate (a score is
    none of these)."""
    lo, hi = window
    if earlier.reported_before(text, q.start, q.end):
        return None
    return (
        bases.basis(text[lo:hi], metric, q.start - lo, q.end - lo)
        or bases.plan(text[clause_start : q.start], metric)
        or bases.expected_after(text[q.end : q.end + 60])
        or bases.basis(ctx.discourse.lead, metric)
        or bases.under_outlook(ctx.discourse.heading_text, metric, text)
    )


_BRACKETED = re.compile(r"[(（][^)）]{0,30}[)）]")


def _setting(text: str, lo: int, hi: int, kind: str, choice: MetricChoice) -> str | None:
    """A score's evaluation setting, a price's tier (around it). A setting bracketed after one
    benchmark is that benchmark's ("87.9 on MMLU (5-shot), 61.4 on GPQA": GPQA's is unstated);
    one written for the sentence as a whole is every score's."""
    if kind != "score":
        return qualifiers.tier(text[max(0, lo - 30) : hi]) if kind == "price" else None
    if choice.hit is None:
        return qualifiers.setting(text)  # a figure listed after another takes the sentence's setting
    near = qualifiers.setting(text[choice.hit.start : choice.hit.end + 25].split(",")[0])
    if near:
        return near
    own = qualifiers.setting(text[lo:hi])
    if own or any(qualifiers.setting(b.group()) for b in _BRACKETED.finditer(text)):
        return own
    return qualifiers.setting(text)


_ITS_VERSION = re.compile(r"\b(?:in|for)\s+(?:its|the)\s+(?P<v>[\w-]+)\s+(?:version|variant|edition)\b", re.I)


def _variant(q: Quantity, entity: Entity, metric: str, linked: Linked, ctx: Context) -> str | None:
    """A variant named with the entity (``GLM-4 MoE``, ``in its chat version``)."""
    for m in linked.mentions:
        if m.entity == entity:
            variant, _ = ctx.registry.variant_after(linked.text, m.end)
            if variant:
                return variant
    version = _ITS_VERSION.search(linked.text)
    if version and ctx.registry.variant_word(version["v"]):
        return ctx.registry.variant_word(version["v"])  # "scores 68.2 on MMLU in its chat version"
    return None
