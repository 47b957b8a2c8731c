"""cross-source-mismatch: articles state figures for the same entity, metric and period that
cannot all be true.

Each period is judged on its own (an undated claim takes part in every period, and the
undated claims are also judged among themselves). Within a period, each context of
claims that may all be about the same thing (``comparable`` decides) gets a consensus:
the largest set of sources whose intervals share a point, found by a sweep over the
sorted intervals (copies of one text vote once, each source once). Every source outside
it is an outlier, named in one finding against the consensus. When no set is largest
(a tie, as with two sources that disagree) nobody is an outlier and one finding sets the
disagreeing sources against each other. A claim that agrees with the consensus of another
context of the same period is explained (``GLM-4`` may mean the dense variant), and so is
a price of unspecified kind lying between a source's input and output prices (a blend).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.match import qualifiers
from claimcheck.match.consensus import Agreement, Ballot, densest, voters
from claimcheck.match.diagnosis import diagnose
from claimcheck.match.groups import Group, comparable
from claimcheck.match.slices import Comparability, Slice, description, slices
from claimcheck.model import Claim, Comparison, Finding, Severity, Vote
from claimcheck.rules import messages, over_time
from claimcheck.rules.base import COMMON_OPTIONS, SEVERITY, Rule, RuleContext, interval, intervals, overlap
from claimcheck.rules.messages import Draft
from claimcheck.schema import ListOf, MapOf, Num, Struct, Text

ID = "cross-source-mismatch"
_BLEND = "blend"


@dataclass(frozen=True)
class _Judged:
    """One context of a slice: its ballots and the agreement among them (None: a tie)."""

    ballots: tuple[Ballot, ...]
    agreement: Agreement | None


def check(groups: list[Group], options: dict[str, Any], ctx: RuleContext) -> Iterator[Finding]:
    """One finding per outlying source (or per disagreement without a consensus) and period."""
    windows = options["window_days"]
    comparability = Comparability(
        lambda a, b: comparable(a, b, ctx.family_of) and qualifiers.apart(a, b, windows) is None
    )
    for group in groups:
        if group.metric not in options["not_over_time"]:
            yield from over_time.changes(group, options, ctx, ID)
        ctx.compared += comparability.pairs(group.claims)
        voter_of = voters(group.claims)
        drafts: dict[tuple[object, ...], Draft] = {}
        for part in slices(group.claims):
            for draft in _judge(group, part, voter_of, comparability, options, ctx):
                drafts[draft.key] = drafts[draft.key].merge(draft) if draft.key in drafts else draft
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in group.claims:
            by_source[claim.source].append(claim)
        for draft in drafts.values():
            yield _finding(group, draft, by_source, options, ctx)


def _judge(
    group: Group,
    part: Slice,
    voter_of: dict[str, str],
    comparability: Comparability,
    options: dict[str, Any],
    ctx: RuleContext,
) -> list[Draft]:
    spans = intervals(part.claims, options, ctx)
    ballots = [Ballot(c, voter_of[c.source], *span) for c, span in zip(part.claims, spans, strict=True)]
    ballots += _blends(ballots)
    if len({b.voter for b in ballots}) < 2:
        return []
    by_id = {b.claim.id: b for b in ballots}
    judged = []
    for members in comparability.contexts(b.claim for b in ballots):
        cast = tuple(by_id[c.id] for c in members)
        if len({b.voter for b in cast}) >= 2:
            found = densest(_facts_vote(cast)).agreement
            judged.append(_Judged(cast, found if found and len(found.voters) >= 2 else None))
    explained = {b.claim.id for j in judged if j.agreement for b in j.agreement.ballots}
    drafts = _outliers(part, judged, explained)
    accounted = explained | {c.id for d in drafts for c in d.sides[0][1]}
    drafts += _ties(part, judged, accounted)
    _record(group, part, ballots, judged, {d.outlier for d in drafts if d.outlier}, ctx)
    return drafts


def _facts_vote(cast: tuple[Ballot, ...]) -> tuple[Ballot, ...]:
    """Who may form a consensus: where two sources state facts, only facts do (a round in talks
    never outvotes a reported one), and each plan is then set against them, capped by its caveat."""
    facts = tuple(b for b in cast if b.claim.basis not in qualifiers.PLANS)
    return facts if len({b.voter for b in facts}) >= 2 else cast


def _outliers(part: Slice, judged: list[_Judged], explained: set[str]) -> list[Draft]:
    """Each source outside a context's consensus, on its claims no other context explains."""
    found: dict[tuple[str, bool], Draft] = {}
    for j in judged:
        if j.agreement is None:
            continue
        agreeing = _by_voter(j.agreement.ballots)
        quoted = tuple(sorted(agreeing.items())[: messages.QUOTED_SIDES - 1])
        consensus = messages.consensus_of(j.agreement)
        dated = tuple(c for side in agreeing.values() for c in side if c.when)
        for voter, own in _by_voter(j.ballots).items():
            if voter in j.agreement.voters:
                continue
            # (a source's reported figure and the consensus it beat are two findings: the plan's
            # caveat caps its own, never the fact's)
            for planned in (False, True):
                claims = tuple(
                    c for c in own if c.id not in explained and (c.basis in qualifiers.PLANS) == planned
                )
                when = _period(part, [claims, dated]) if claims else None
                if when is not None:
                    draft = Draft(when[0], ((voter, claims), *quoted), voter, consensus, when[1])
                    key = (voter, planned)
                    found[key] = found[key].merge(draft) if key in found else draft
    return list(found.values())


def _ties(part: Slice, judged: list[_Judged], accounted: set[str]) -> list[Draft]:
    """Contexts where no set of sources is largest: the sources' claims nothing else accounts for."""
    out = []
    for j in judged:
        if j.agreement is not None:
            continue
        settled = _settled_without(j, accounted)
        if settled is not None:
            # the tie was with a source another finding already names: the rest agree
            out += _outliers(part, [settled], accounted)
            continue
        fits_all = _agreeing_with_all(j.ballots)
        sides = {
            voter: claims
            for voter, own in _by_voter(j.ballots).items()
            if voter not in fits_all and (claims := tuple(c for c in own if c.id not in accounted))
        }
        for group in _plans_apart(sides):
            when = _period(part, list(group.values()))
            if len(group) >= 2 and when is not None:
                out.append(Draft(when[0], tuple(sorted(group.items())), capped=when[1]))
    return out


def _settled_without(j: _Judged, accounted: set[str]) -> _Judged | None:
    """A tied context judged again without the claims other findings account for, when the
    sources left then have a consensus."""
    left = tuple(b for b in j.ballots if not all(c.id in accounted for c in b.claims))
    if len(left) == len(j.ballots) or len({b.voter for b in left}) < 2:
        return None
    found = densest(_facts_vote(left)).agreement
    return _Judged(left, found) if found and len(found.voters) >= 2 else None


def _agreeing_with_all(ballots: tuple[Ballot, ...]) -> set[str]:
    """Sources whose figure agrees with every other source's ("more than 120" beside "120" and
    "more than 200"): no party to the disagreement between the others."""
    by_voter: dict[str, list[Ballot]] = defaultdict(list)
    for b in ballots:
        by_voter[b.voter].append(b)
    return {
        voter
        for voter, own in by_voter.items()
        # a plan is set against the facts apart (_plans_apart), whether or not it fits them
        if not any(b.claim.basis in qualifiers.PLANS for b in own)
        and all(
            any(overlap((x.low, x.high), (y.low, y.high)) for x in own for y in _facts_of(theirs))
            for other, theirs in by_voter.items()
            if other != voter
        )
    }


def _facts_of(ballots: list[Ballot]) -> list[Ballot]:
    """A source's reported figures, or its plans when it states only those (a figure that fits a
    source's forecast may still clash with what that source reported)."""
    return [b for b in ballots if b.claim.basis not in qualifiers.PLANS] or ballots


def _plans_apart(sides: dict[str, tuple[Claim, ...]]) -> list[dict[str, tuple[Claim, ...]]]:
    """The sides of a tie, with the plans set apart when facts disagree among themselves: the
    facts' clash is one finding, and each source's plans against each other source's facts
    another (which the plan's caveat caps), so a plan never joins an error it has no part in."""
    planned = {v: tuple(c for c in cs if c.basis in qualifiers.PLANS) for v, cs in sides.items()}
    plans = {v: p for v, p in planned.items() if p}
    facts = {v: f for v, cs in sides.items() if (f := tuple(c for c in cs if c not in planned[v]))}
    if not plans or len(facts) < 2:
        return [sides]
    return [facts, *({v: cs, f: fs} for v, cs in plans.items() for f, fs in facts.items() if f != v)]


def _period(part: Slice, sides: list[tuple[Claim, ...]]) -> tuple[str | None, bool] | None:
    """The finding's period and whether it rests on undated claims set against dated ones;
    None for undated claims against undated ones, which the undated slice judges."""
    if part.period is None:
        return None, False
    dated = [any(c.when for c in side) for side in sides]
    if all(dated):
        return part.period, False
    return (None, True) if any(dated) else None


def _by_voter(ballots: tuple[Ballot, ...]) -> dict[str, tuple[Claim, ...]]:
    """The article claims behind the ballots, by voter (a blend quotes its input and output prices)."""
    out: dict[str, dict[str, Claim]] = defaultdict(dict)
    for b in ballots:
        for c in b.claims:
            out[b.voter][c.id] = c
    return {voter: tuple(claims.values()) for voter, claims in out.items()}


def _blends(ballots: list[Ballot]) -> list[Ballot]:
    """A source's input and output prices together: the span a blended price of unspecified kind may take."""
    spans: dict[tuple[str, object], list[Ballot]] = defaultdict(list)
    for b in ballots:
        if b.claim.price_kind in ("input", "output"):
            spans[(b.voter, description(replace(b.claim, price_kind=None)))].append(b)
    out = []
    for (voter, _), found in spans.items():
        if {b.claim.price_kind for b in found} == {"input", "output"}:
            first = found[0].claim
            # A kind of its own: comparable with a price of unspecified kind, never with input or output.
            blend = replace(first, id=f"{first.id}~{_BLEND}", price_kind=_BLEND)
            low, high = min(b.low for b in found), max(b.high for b in found)
            out.append(Ballot(blend, voter, low, high, tuple(b.claim for b in found)))
    return out


def _record(
    group: Group,
    part: Slice,
    ballots: list[Ballot],
    judged: list[_Judged],
    outliers: set[str],
    ctx: RuleContext,
) -> None:
    """What the report draws: each claim's interval and the widest consensus of the slice."""
    best = max((j.agreement for j in judged if j.agreement), key=lambda a: len(a.voters), default=None)
    votes = tuple(Vote(b.claim, b.low, b.high) for b in ballots if not b.covers)
    band = None if best is None else (best.low, best.high)
    ctx.comparisons.append(
        Comparison(group.entity, group.metric, part.period, votes, band, tuple(sorted(outliers)))
    )


def _finding(
    group: Group, draft: Draft, by_source: dict[str, list[Claim]], options: dict[str, Any], ctx: RuleContext
) -> Finding:
    draft = _outright(draft)
    severity = Severity.parse(options["severity"])
    if draft.capped:
        severity = min(severity, Severity.parse(options["undated_severity"]))
    if _ambiguous_kind(draft):
        severity = min(severity, Severity.parse(options["ambiguous_price_severity"]))
    found = messages.finding(ID, group, draft, severity, _diagnosis(draft, by_source, options, ctx), ctx)
    caveats = _caveats(draft)
    if not caveats:
        return found
    severity = min(severity, Severity.parse(options["caveat_severity"]))
    return replace(found, severity=severity, message=f"{found.message} ({'; '.join(caveats)})")


def _outright(draft: Draft) -> Draft:
    """An outlier set against sources of which some clash with it outright and others only under
    a caveat (a score under another stated setting): the finding rests on the outright ones, so
    only they are quoted and counted as its consensus."""
    if draft.outlier is None or draft.consensus is None:
        return draft
    mine, theirs = draft.sides[0][1], draft.sides[1:]
    kept = [(v, tuple(y for y in ys if not any(qualifiers.caveats(x, y) for x in mine))) for v, ys in theirs]
    unchanged = all(len(ys) == len(was) for (_, was), (_, ys) in zip(theirs, kept, strict=True))
    if unchanged or not any(ys for _, ys in kept):
        return draft  # nothing caveated, or every clash is: the finding says so (see _caveats)
    emptied = [(v, was) for (v, was), (_, ys) in zip(theirs, kept, strict=True) if not ys]
    gone = {c.source for _, was in emptied for c in was}
    consensus = replace(
        draft.consensus,
        count=draft.consensus.count - len({v for v, _ in emptied}),
        sources=tuple(s for s in draft.consensus.sources if s not in gone),
    )
    return replace(draft, sides=(draft.sides[0], *((v, ys) for v, ys in kept if ys)), consensus=consensus)


def _caveats(draft: Draft) -> list[str]:
    """What every clash of the draft rests on that makes it less than certain (a plan against a
    fact, two settings), when each pair of claims set against each other has such a difference."""
    found = [qualifiers.caveats(x, y) for x, y in _pairs(draft)]
    if not found or not all(found):
        return []
    return list(dict.fromkeys(reason for reasons in found for reason in reasons))


def _pairs(draft: Draft) -> Iterator[tuple[Claim, Claim]]:
    """Claims of different sides set against each other (the outlier against each other side)."""
    sides = [claims for _, claims in draft.quoted()]
    firsts = sides[:1] if draft.outlier is not None else sides
    for i, mine in enumerate(firsts):
        for theirs in sides[i + 1 :]:
            for x in mine:
                for y in theirs:
                    yield x, y


def _ambiguous_kind(draft: Draft) -> bool:
    """Whether the disagreement is only between a price of unknown kind and input or output prices."""
    pairs = list(_pairs(draft))
    kinds = {c.price_kind for pair in pairs for c in pair}
    return "unspecified" in kinds and not any(x.price_kind == y.price_kind for x, y in pairs)


def _diagnosis(
    draft: Draft, by_source: dict[str, list[Claim]], options: dict[str, Any], ctx: RuleContext
) -> str | None:
    for x, y in _pairs(draft):
        cause = diagnose(x, y)
        if cause:
            return cause
    for x, y in _pairs(draft):
        for a, b in ((x, y), (y, x)):
            shift = _year_shift(a, by_source[b.source], options, ctx)
            if shift:
                return shift
    return None


def _year_shift(x: Claim, theirs: list[Claim], options: dict[str, Any], ctx: RuleContext) -> str | None:
    """The figure is, to its stated precision (no exchange-rate allowance), the other article's figure
    for another year."""
    if not x.when:
        return None
    exact = {**options, "tolerance": {"default": {"relative": 0.01, "absolute": 0.0}}, "hedge_factors": {}}
    strict = replace(ctx, fx_uncertainty=0.0)
    own = interval(x, exact, strict)
    for y in theirs:
        if (
            y.when
            and y.when != x.when
            and y.variant == x.variant
            and overlap(own, interval(y, exact, strict))
        ):
            return (
                f"year shift: {x.location}'s {x.when} figure is close to {y.location}'s figure for {y.when}"
            )
    return None


RULE = Rule(
    id=ID,
    summary="Articles give figures for the same entity, metric and period that cannot all be true.",
    options=Struct(
        {
            **COMMON_OPTIONS,
            "undated_severity": SEVERITY,
            "ambiguous_price_severity": SEVERITY,
            "caveat_severity": SEVERITY,
            "over_time_severity": SEVERITY,
            "window_days": MapOf(Num(0)),
            "not_over_time": ListOf(Text()),
        }
    ),
    check=check,
)
