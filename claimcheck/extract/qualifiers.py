"""What exactly a figure measures, beyond entity and metric: part, basis, setting, change, as-of date.

- ``segment``: the part of the entity (``cloud revenue``, ``revenue from China``, a segment row);
  the whole company's figure has none.
- ``basis``: pre_money, post_money, planned (talks, targets, "would value"), forecast (guidance,
  "expects"), cumulative ("to date", "in total"), run_rate ("annualised"); a reported figure has none.
- ``setting``: an evaluation setting (``5-shot``, ``pass@1``, ``CoT``).
- ``change``: for a change (``grew 40% year on year``) its base: yoy, qoq, or unspecified.
"""

from __future__ import annotations

import re

from claimcheck.entities.lexicon import lexicon
from claimcheck.extract.dates import WEEKDAYS
from claimcheck.lexicon import MONTHS

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
            r"|\bguides?\b|\bguided\b|\banticipates?\b|\bsees\s+(?:(?:19|20)\d{2}\s+|full[-\s]year\s+|(?:first|second|third|fourth)[-\s]quarter\s+)?(?:adjusted\s+|core\s+|underlying\s+)?(?:revenue|sales|EBITDA|EBIT|profit|earnings|EPS|net\s+income|operating\s+(?:income|profit))|\bon\s+track\s+to\b|\b(?:will|would)\s+be(?:\s+(?:about|around|roughly|approximately|between|up\s+to|at\s+least))?\s*(?:$|(?=[$€£¥\d]|[A-Z]{1,3}\$))|\bwill\s+(?:reach|hit|top|exceed|generate|expand|grow|add|hire|increase|double|spend|invest|rise|climb|fall)\b"
            # "said capital spending would rise to $10 billion": a forecast told in reported speech
            r"|\bwould\s+(?:reach|rise|fall|grow|increase|climb|decline|drop|total|come\s+in|exceed|top)\b"
            r"|\btargets?\s+(?:revenue|sales)|预计|预期"
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
_SIZES = ("params_total", "params_active", "training_tokens", "context_window", "max_output_tokens")
_SETTING = re.compile(
    r"(?<![\w-])(?:(?P<shot>\d{1,2}|zero|one|few|three|five|eight|ten)[\s-]shots?|(?P<at>(?:pass|maj|cons|best|top)@\d+)"
    r"|(?P<cot>CoT|chain[\s-]of[\s-]thought))(?![\w-])",
    re.I,
)
_SHOTS = {"zero": "0", "one": "1", "three": "3", "five": "5", "eight": "8", "ten": "10", "few": "few"}
_SEGMENT_FILLER = frozenset(
    """annual annualized annualised total quarterly full-year full year fiscal net gross operating record
    reported
    adjusted recurring overall company group consolidated its their the a an current projected expected
    estimated combined yearly monthly trailing first-quarter second-quarter third-quarter fourth-quarter
    first-half second-half half-year quarter year and of in for from to with new latest last prior previous
    same quarterly' s strong weak higher lower rising falling total annual global worldwide company-wide
    firm company start-up startup group lab revenue revenues sales income profit earnings turnover
    underlying ebitda ebit eps arr capex margin margins""".split()
    + """
    non-gaap gaap diluted basic first second third fourth quarter half year month week fy statutory ifrs
    non-ifrs underlying average median mean twelve-month 12-month nine-month six-month
    three-month""".split()
)
_VERBS = frozenset(
    """is was are were be been has had have reports report posts post sees see expects expect books book
    generates generate earns earn makes make logs log gets get brings bring records record delivers deliver
    forecasts targets projects hit hits reach reaches reached saw grew rose fell jumped climbed doubled
    topped crossed surpassed exceeded said says implying implies representing represents reflecting
    reflects including includes excluding meaning means showing shows suggesting suggests indicating
    indicates forecast forecasts guided predicted predicts estimates""".split()
)
# A part's noun phrase opens after the start, a comma, a possessive, a determiner or a verb
# ("Management expects Model API revenue").
_OPENER = re.compile(
    r"(?:^[\W\d_]*|[,.;:]\s+|(?:'s|’s)\s+|\b(?:its|their|the|a|an|our|"
    + "|".join(sorted(_VERBS, key=len, reverse=True))
    + r")\s+)(?P<np>(?:[A-Za-z][\w&-]*\s+){1,3})$",
    re.I,
)
# Words that start a clause or stand for a noun phrase: never a part's name.
_CLOSED_CLASS = frozenset(
    """while whereas and but or nor yet so as when where which who whose that this these those it its
    they their them he she his her we our us you your since although though if unless after before
    with without than then also on in at for of to by from into onto over under about per via against
    despite amid versus vs toward towards across among between beyond
    now currently still already just recently today once ever never only even""".split()
)
_SEGMENT_FROM = re.compile(
    r"^\s+(?:from|in|at)\s+(?:its\s+|the\s+)?(?P<seg>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
)
_SEGMENT_HEAD = re.compile(
    r"^(?:unit|segment|division|business|arm|operations?|sales|market|region|customers?)$", re.I
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


def basis(clause_text: str, metric: str, at: int | None = None) -> str | None:
    """The basis the clause states for a figure of ``metric``, if any.

    ``at`` is where the figure stands in ``clause_text``: a plan or a forecast is stated before
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
        if name == "run_rate" and metric != "revenue":
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
    r"(?:expected|estimated|forecast|projected|predicted|anticipated|pencilled\s+in|penciled\s+in)\b",
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


def setting(text: str) -> str | None:
    """The evaluation setting named in ``text`` (``5-shot``, ``pass@1``, ``0-shot CoT``), normalised."""
    parts = []
    for m in _SETTING.finditer(text):
        if m.group("shot"):
            shots = m.group("shot").lower()
            parts.append(f"{_SHOTS.get(shots, shots)}-shot")
        elif m.group("at"):
            parts.append(m.group("at").lower())
        else:
            parts.append("cot")
    return " ".join(dict.fromkeys(parts)) or None


def segment_before(words_before: str) -> str | None:
    """The part named just before a metric word: ``its data center`` (revenue) -> ``data center``.

    Only a noun phrase's own words count: those after a possessive, a determiner or the start.
    """
    m = _OPENER.search(words_before)
    if m is None:
        return None
    words = m.group("np").split()
    while words and (words[0].lower() in _SEGMENT_FILLER or words[0].lower() in _CLOSED_CLASS):
        words = words[1:]
    if not words or not may_name_part(words):
        return None
    return " ".join(words).lower()


def may_name_part(words: list[str]) -> bool:
    """Whether a phrase's words may be a part's name: none a filler, verb, date word or figure, but
    a participle may open it (``Managed inference``)."""
    return not any(not_part(w) and not _modifier(w, i, words) for i, w in enumerate(words))


def _modifier(word: str, i: int, words: list[str]) -> bool:
    """``Managed inference``, ``connected devices``: a participle opening a part's name, before the
    noun it describes (never "reported" alone before the metric word, nor a verb after a name)."""
    low = word.lower()
    return i == 0 < len(words) - 1 and low.endswith("ed") and not (low in _VERBS or low in _SEGMENT_FILLER)


def not_part(word: str) -> bool:
    """Whether a word cannot be part of a part's name (a filler, a verb, a date word, a figure)."""
    low = word.lower()
    return (
        low in _SEGMENT_FILLER
        or low in _VERBS
        or low in _CLOSED_CLASS
        or low.endswith("ed")
        or any(c.isdigit() for c in word)
        or low in MONTHS
        or low in _WEEKDAYS
    )


_WEEKDAYS = frozenset(w.lower() for w in WEEKDAYS)
# "sales of power chips rose 18.7%": what the sales were of, when a verb telling them follows
_SEGMENT_OF = re.compile(
    r"^\s+of\s+(?:its\s+|their\s+)?(?P<seg>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+"
    r"(?:rose|fell|jumped|climbed|grew|increased|decreased|declined|dropped|slipped|edged|surged|soared"
    r"|slumped|came|totall?ed|reached|were|was)\b"
)


def segment_after(words_after: str) -> str | None:
    """The part named just after a metric word: ``revenue from China``, ``revenue from its cloud
    unit``, ``sales of power chips rose``."""
    of = _SEGMENT_OF.match(words_after)
    if of and not any(not_part(w) for w in of.group("seg").split()):
        return of.group("seg").lower()
    m = _SEGMENT_FROM.match(words_after)
    if m is None:
        return None
    words = m.group("seg").split()
    lex = lexicon()
    if len(words) > 2 and words[1] == "and" and lex.is_place(words[2]):
        return None  # "450 staff in Hangzhou and Beijing": where all of them are, no part
    if lex.is_place(" ".join(words)) or lex.is_place(words[0]):
        return " ".join(words).lower() if lex.is_place(" ".join(words)) else words[0].lower()
    for n in range(len(words), 1, -1):
        if _SEGMENT_HEAD.match(words[n - 1]):
            return " ".join(words[: n - 1]).lower()
    return None


_PLACE_AFTER = re.compile(r"\s+from\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def place_after(words_after: str) -> str | None:
    """The region an amount is said to come from, right after it (``A$260 million from New
    Zealand``), when the lexicon knows it as a place."""
    m = _PLACE_AFTER.match(words_after)
    if m is None:
        return None
    words = m.group("place").split()
    places = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    return next((p.lower() for p in places if lexicon().is_place(p)), None)


_ADJUSTED = re.compile(r"\b(?:adjusted|non-GAAP|non-IFRS|underlying|pro\s+forma)\s+(?:[\w-]+\s+){0,2}$", re.I)
# Figures a company also reports "adjusted" (non-GAAP): a different quantity from the reported one.
_ADJUSTABLE = frozenset(
    """eps net_income net_loss gross_margin gross_profit operating_income operating_loss operating_margin
    ebit ebit_margin ebitda free_cash_flow""".split()
)


# "Excluding items, it earned 52 cents per share": the whole clause is on the adjusted basis.
_ADJUSTED_CLAUSE = re.compile(
    r"\b(?:excluding|before|ex-)\s*(?:certain\s+|one-?time\s+|special\s+|some\s+|exceptional\s+)?items\b"
    r"|\bon\s+an?\s+(?:adjusted|underlying|non-GAAP)\s+basis\b",
    re.I,
)


def adjusted(metric: str, words_before: str) -> str:
    """``adjusted_eps`` for "Adjusted diluted EPS", the metric itself when not adjusted."""
    if metric in _ADJUSTABLE and (
        _ADJUSTED.search(words_before[-40:]) or _ADJUSTED_CLAUSE.search(words_before[-100:])
    ):
        return f"adjusted_{metric}"
    return metric


_TIER = re.compile(
    r"(?i)\b(?P<t>cached|cache[\s-]hit|batch|off[\s-]peak|priority|legacy|provisioned|fine[\s-]tun(?:ed|ing)"
    r"|tier[\s-]?\d{1,2})\b"
)


def tier(text: str) -> str | None:
    """The price tier a price is for (``cached``, ``batch``), or the account tier a rate limit is
    for (``tier-1``), if the text names one: never compared with the standard one or another tier."""
    m = _TIER.search(text)
    return re.sub(r"[\s-]+", "-", m.group("t").lower()) if m else None
