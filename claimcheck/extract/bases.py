"""What a figure is, beyond what it measures: its basis. A valuation is pre- or post-money; a
figure may be planned (talks, targets, "would value"), a forecast (guidance, "expects", what
analysts expected), cumulative ("to date", "in total") or a run-rate ("annualised"); a reported
figure has none.
"""

from __future__ import annotations

import re

_BASIS = [
    (
        "pre_money",
        re.compile(
            r"投前|\bpre-?money\b|\bbefore\s+the\s+(?:new\s+)?(?:investment|money|cash|round|funding|raise)",
            re.I,
        ),
    ),
    (
        "post_money",
        re.compile(
            r"投后|\bpost-?money\b|\b(?:including|includes|with)\s+the\s+new\s+(?:cash|money|capital|funds?)|\bafter\s+the\s+(?:new\s+)?(?:investment|round|raise|funding|money|cash|capital)\b",
            re.I,
        ),
    ),
    (
        "run_rate",
        re.compile(r"\brun[\s-]rate\b|\bannuali[sz]ed\b|\bARR\b|\bannual\s+recurring\s+revenue\b", re.I),
    ),
    (
        "cumulative",
        re.compile(
            r"\bto\s+date\b|\bin\s+total\b|\bso\s+far\b|\bcumulative(?:ly)?\b|\baltogether\b"
            r"|\bsince\s+(?:its\s+)?(?:founding|inception|launch)\b|累计"
            # "has raised $410 million since it was spun out … in 2019", "since 2019"
            r"|\bsince\s+(?:it|the\s+company)\s+was\s+(?:founded|spun\s+(?:out|off)|set\s+up|started|launched|created)\b"
            r"|\braised\b[^.;]{0,40}\bsince\s+(?:19|20)\d{2}\b",
            re.I,
        ),
    ),
    (
        # Cues that name the total before it: "a total of", "brings its total funding to".
        "cumulative_before",
        re.compile(
            r"\ba\s+total\s+of\b|\btotal\s+(?:funding|financing|raised|investment)\b|\bbrings?\s+(?:the|its|\w+'s)\s+total\b"
            r"|\btotal\s+(?:the\s+)?(?:\w+\s+){0,3}raised\b",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"\bin\s+(?:advanced\s+|early\s+)?(?:talks|discussions|negotiations)\b|\b(?:seek|seeks|seeking|looking|plans?|planning|aims?|aiming|hopes?|hoping|wants?|set|poised|expected|expects?)\s+to\s+(?:raise|value|secure|close)"
            r"|\btarget(?:s|ing|ed)?\s+(?:a\s+)?(?:valuation|raise|round)|\bwould\s+(?:value|give|put|make|be\s+valued)|\bcould\s+(?:value|give|put)"
            r"|\bproposed\b|\bmulls?\b|\bweighs?\b|\bconsidering\b|\bfloated\b|\bhad\s+discussed\b|洽谈|谈判|拟|计划|目标估值|寻求|传出|传闻",
            re.I,
        ),
    ),
    (
        "forecast",
        re.compile(
            r"\bexpects?\b|\bexpected\b|\bexpectations?\b|\bestimates?\b|\bconsensus\b|\bforecasts?\b|\bforecasted\b|\bprojects?\b|\bprojected\b|\bprojections?\b|\bguidance\b|\boutlook\b"
            r"|\bguides?\b|\bguided\b|\banticipates?\b|\bsees\s+(?:(?:19|20)\d{2}\s+|fiscal\s+(?:(?:19|20)\d{2}\s+)?|full[-\s]year\s+|(?:first|second|third|fourth)[-\s]quarter\s+)?(?:adjusted\s+|core\s+|underlying\s+)?(?:revenue|sales|EBITDA|EBIT|profit|earnings|EPS|net\s+income|operating\s+(?:income|profit))|\bon\s+track\s+(?:to|for)\b|\bimplied\b|\b(?:will|would)\s+be(?:\s+(?:about|around|roughly|approximately|between|up\s+to|at\s+least))?\s*(?:$|(?=[$€£¥\d]|[A-Z]{1,3}\$))|\bwill\s+(?:reach|hit|top|exceed|generate|expand|grow|add|hire|increase|double|spend|invest|rise|climb|fall)\b"
            # "said capital spending would rise to $10 billion": a forecast told in reported speech
            r"|\bwould\s+(?:reach|rise|fall|grow|increase|climb|decline|drop|total|come\s+in|exceed|top)\b"
            r"|\btargets?\s+(?:revenue|sales)|预计|预期|全年目标|目标为"
            r"|\b(?:analysts?|Wall\s+Street|the\s+Street)\b[^.;]{0,40}?\b(?:looking\s+for|pencill?ed\s+in|predicted|estimated"
            r"|projected|expected|forecast|anticipated)\b",
            re.I,
        ),
    ),
    (
        # a company's own plan for a figure other than a round, a target it sets itself: "plans to
        # reach 300 by 2026", "budgeted at 96 billion yen", "capital expenditure is planned at"
        "own_plan",
        re.compile(
            r"\b(?:plans?|planning|aims?|aiming|intends?|intending)\s+to\s+(?:reach|hire|grow|add|hit|double"
            r"|expand|spend|invest|increase|cut|lift|boost|employ|have|build)\b|\bbudget(?:ed|s)?\s+at\b"
            r"|\bplanned\s+at\b",
            re.I,
        ),
    ),
]
_PLANNED_METRICS = ("funding", "valuation")
PLANS = ("forecast", "planned")  # the bases of a figure not yet reported
# A model's size "in total" is all of it (total parameters), not a sum built up over time.
# (nor is a price: "since its launch in June at $2.50 per million input tokens" is the price then)
_SIZES = (
    "params_total",
    "params_active",
    "training_tokens",
    "context_window",
    "max_output_tokens",
    "price_per_mtok",
)
# "revenue above Wall Street estimates", "beating forecasts": figures set against a consensus
# are reported ones; only the consensus's own figure ("estimates of $4.65 billion") is a forecast.
_BEATEN = re.compile(
    r"\b(?:above|below|beat(?:s|ing)?|top(?:s|ped|ping)?|miss(?:es|ed|ing)?|ahead\s+of|in\s+line\s+with"
    r"|exceed(?:s|ed|ing)?|short\s+of|surpass(?:es|ed|ing)?|outpac(?:es|ed|ing))"
    r"\s+(?:the\s+|analysts['’]\s+|market\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _states(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether ``text`` up to ``end`` has a cue of ``pattern`` that is no consensus a figure beat."""
    for m in pattern.finditer(text, 0, end):
        beaten = _BEATEN.search(text, max(0, m.start() - 40), m.start())
        if not beaten or _EXPECTED_BEFORE.search(text, m.start(), end):
            return True
    return False


_RUN_RATE_REACH = 60  # characters: how far before a figure its run-rate's words may stand
_CLAUSE_BREAK = re.compile(
    r";|\band\b"
)  # (an aside's commas are no break: "run-rate, almost all API, reached")


def _run_rate_of(pattern: re.Pattern[str], text: str, at: int | None, end: int | None) -> bool:
    """``reported second-quarter revenue of $25.4 million, and its annualised run-rate was above
    $110 million``: a run-rate's words name the figure beside them (before it, or after it with no
    break between: "$25 million in annualised revenue"), not every figure of the clause."""
    if at is None:
        return True
    before = [m for m in pattern.finditer(text, max(0, at - _RUN_RATE_REACH), at)]
    if any(not _CLAUSE_BREAK.search(text, m.end(), at) for m in before):
        return True
    after = pattern.search(text, end or at, (end or at) + 40)
    return after is not None and not _CLAUSE_BREAK.search(text, end or at, after.start())


def basis(clause_text: str, metric: str, at: int | None = None, end: int | None = None) -> str | None:
    """The basis the clause states for a figure of ``metric``, if any.

    ``at`` (to ``end``) is where the figure stands in ``clause_text``: a plan or a forecast is stated before
    its figure (``expects revenue of``); a basis such as ``including the new cash`` or ``to date``
    may follow it.
    """
    if at is not None and metric == "valuation":
        # "at $2.1 billion before the new money and at $2.55 billion post-money": the words
        # right after a figure say which side of the money it is, whatever else the clause says
        after = re.split(r"[,，;；。]", clause_text[at : at + 40], maxsplit=1)[0]
        found = [(m.start(), name) for name, pattern in _BASIS[:2] if (m := pattern.search(after))]
        if found:
            return min(found)[1]
        # ("投后估值达到120亿元，投前估值为105亿元": else the side named nearest before it)
        told = [
            (m.start(), name) for name, pattern in _BASIS[:2] for m in pattern.finditer(clause_text, 0, at)
        ]
        if told:
            return max(told)[1]
    for name, pattern in _BASIS:
        before_only = name in ("planned", "forecast", "own_plan", "cumulative_before") and at is not None
        if not _states(pattern, clause_text, at if before_only else len(clause_text)):
            continue
        if name == "own_plan":
            return "planned"
        name = "cumulative" if name == "cumulative_before" else name
        if name == "cumulative" and metric == "growth_rate":
            continue  # "gained 31% so far this year": a change over the year to date, not a total
        if name == "cumulative" and metric in _SIZES:
            continue
        if name in ("pre_money", "post_money") and metric != "valuation":
            continue
        if name == "planned" and metric not in _PLANNED_METRICS:
            return "forecast"
        if name == "forecast" and metric in _PLANNED_METRICS:
            return "planned"
        if name == "run_rate" and (metric != "revenue" or not _run_rate_of(pattern, clause_text, at, end)):
            continue
        return name
    return None


# "the $3.41bn analysts had expected", "$1.31 that Wall Street had forecast": a consensus the
# words right after the figure state.
_EXPECTED_AFTER = re.compile(
    # ("beating the $1.19 bln average estimate of analysts": the figure is the estimate)
    r"^\s+(?:average\s+|consensus\s+|mean\s+)?(?:estimate|forecast|expectation)s?\b(?!\s+(?:by|from)\s+(?:the\s+)?company)"
    r"|^\s+(?:that\s+|which\s+)?(?:(?:most\s+)?analysts?|Wall\s+Street|the\s+market|investors|economists)"
    r"(?:\s+(?:polled|surveyed)\s+by\s+[\w\s]{1,30}?)?\s+(?:had\s+|on\s+average\s+)?"
    r"(?:expected|estimated|forecast|projected|predicted|anticipated|pencilled\s+in|penciled\s+in)\b"
    r"|^\s+consensus\b"
    # "the $1.58 billion the company had forecast in December", "the range management set out":
    # the company's own earlier forecast
    r"|^\s+(?:range\s+)?(?:that\s+|which\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:had|has)\s+"
    r"(?:initially\s+|previously\s+|earlier\s+)?(?:forecast|guided\s+to|projected|predicted|set\s+out)\b"
    r"|^\s+range\s+(?:management|the\s+company|it)\s+(?:had\s+)?(?:set\s+out|guided\s+to|forecast)\b",
    re.I,
)


# "against analyst expectations of $1.31", "compared with estimates of 47 cents": a consensus
# named before the figure
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expectations?|estimates?|consensus(?:\s+estimate)?|forecasts?\s+by\s+analysts)\s+(?:of|for)\s+$",
    re.I,
)


def consensus(words_before: str, words_after: str) -> bool:
    """Whether a figure is what analysts expected, named before it or after it: set against the
    reported figure, it is no earlier value."""
    return bool(_EXPECTED_BEFORE.search(words_before) or _EXPECTED_AFTER.match(words_after))


def expected_after(words_after: str) -> str | None:
    """``forecast`` for a figure the words after it name as what analysts had expected."""
    return "forecast" if _EXPECTED_AFTER.match(words_after) else None


def plan(clause_before: str, metric: str) -> str | None:
    """A plan or forecast the clause states before a figure (``is in talks to raise $2bn at a
    valuation of $10bn``: both figures are planned), if any."""
    for name, pattern in _BASIS:
        if name == "own_plan" and pattern.search(clause_before):
            return "planned"
        if name in ("planned", "forecast") and _states(pattern, clause_before, len(clause_before)):
            if name == "planned" and metric not in _PLANNED_METRICS:
                return "forecast"
            return "planned" if metric in _PLANNED_METRICS else name
    return None


def speaks_of_plan(words: str) -> bool:
    """Whether ``words`` state a plan or a forecast (``Guides``, ``expects:``), of any metric."""
    plans = ("planned", "forecast", "own_plan")
    return any(name in plans and pattern.search(words) for name, pattern in _BASIS)


# "Outlook", "Fourth-quarter revenue guidance", "2026 Outlook": a heading over figures not yet reported
_OUTLOOK_HEADING = re.compile(
    r"^(?!.*\b(?:and|&)\s)(?:[\w$'’-]+\s+){0,4}(?:outlook|guidance|forecasts?)\s*:?$", re.I
)


# "- Revenue of $3.55-3.65 billion", "Revenue: $800 million to $830 million": a listed figure
_LISTED = re.compile(r"^\s*(?:[-*•·]\s+|\d+[.)]\s+|[^.:;]{1,60}[:：]\s*\S)")


def under_outlook(heading: str, metric: str, line: str) -> str | None:
    """The basis of a figure listed in a section whose heading names only an outlook: a forecast
    (a plan for a round or a valuation). A sentence there says what it is itself ("For context, it
    booked $10.6 billion in fiscal 2024")."""
    if not _OUTLOOK_HEADING.match(heading.strip()) or not _LISTED.match(line):
        return None
    return "planned" if metric in _PLANNED_METRICS else "forecast"
