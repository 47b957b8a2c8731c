"""What exactly a figure measures, beyond entity and metric: part, setting, change, as-of date
(its basis is read in ``bases``).

- ``segment``: the part of the entity (``cloud revenue``, ``revenue from China``, a segment row);
  the whole company's figure has none.
- ``setting``: an evaluation setting (``5-shot``, ``pass@1``, ``CoT``).
- ``change``: for a change (``grew 40% year on year``) its base: yoy, qoq, or unspecified.
"""

from __future__ import annotations

import re

from claimcheck.entities.lexicon import lexicon
from claimcheck.extract.dates import WEEKDAYS
from claimcheck.lexicon import MONTHS

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
    r"|\bon\s+an?\s+(?:adjusted|underlying|non-GAAP)\s+basis\b"
    r"|\badjusted\s+for\s+(?:certain\s+|one-?time\s+|special\s+)?(?:items|charges)\b",
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
