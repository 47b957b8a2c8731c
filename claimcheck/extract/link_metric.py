"""Which metric a figure of a sentence is: the nearest word naming one, the unit, or its sibling's.

A keyword after the figure binds closely (``40k+ stars``, ``a $150 billion valuation``) and may
cover a short list of names (``Baidu ($480B) and Alibaba ($620B) in valuation``); one before it
is owned by the figure it directly follows. A price per token is a price whatever words surround
it. A figure with no word of its own takes the metric of the figure it is listed or compared with
(``$3 … and $15``, ``88.9 on MMLU, against 86.4 for B``, ``$400mn, up from $120mn``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from claimcheck.extract import qualifiers
from claimcheck.extract.clauses import Clauses
from claimcheck.extract.periods import period_label
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit
from claimcheck.vocabulary import Hit, Vocabulary, metric_id

# How a figure continues or answers the one before it in another clause.
_CONNECTED = re.compile(
    r"\b(?:against|compar(?:ed|es?)\s+(?:with|to)|versus|vs\.?|while|whereas|up\s+from|down\s+from|from|and|but)\b",
    re.I,
)
_PER_SHARE = re.compile(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+|ordinary\s+|class\s+\w\s+)?share\b", re.I)
_LOSS_BEFORE = re.compile(r"\b(?:loss|lost|losing)\b(?:(?!\bprofit|\bearn|\bincome).)*$", re.I)
_LOSS_AFTER = re.compile(r"[\s-]*(?:per\s+share\s+|a\s+share\s+)?loss\b", re.I)
_ROUND_WORTH = re.compile(
    r"\b(?:round|deal|financing|raise|tranche|fundraising)\b,?\s*(?:was\s+|is\s+)?$", re.I
)
# "has won an order worth 110 mln euros", "a contract worth $2bn": the worth of a thing, no company's
_THING_WORTH = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>order|contract|deal|agreement|tender|project"
    r"|package|stake|acquisition|purchase|transaction|lease|investment|grant|award)s?\s+(?:now\s+)?$",
    re.I,
)
# Money raised by borrowing: debt, not a funding round.
_DEBT = re.compile(
    r"\b(?:bonds?|notes|debt|loans?|credit\s+(?:facility|line)|convertibles?|debentures?)\b", re.I
)
# "88.1 on MMLU, 90.2 on HumanEval": a metric word written after a figure with "on" is that figure's.
# "raised its full-year forecast to …", "raises the dividend": what is raised is no funding
_RAISED_OTHER = re.compile(
    r"\s+(?:its|the|their|our|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:forecasts?|outlook|guidance|targets?|estimates?|projections?|dividends?|prices?|stake|offer|bid)\b",
    re.I,
)
_RAISE_VERBS = frozenset({"raised", "raises", "raise", "raising"})
_OWN_LINK = re.compile(r"\s*(?:points?\s+|%\s*)?(?:on|in|at)\s+(?:the\s+)?", re.I)
_LIST = re.compile(r"\)?\s*(?:,|and|or|&|vs\.?|versus)\s+(?:[A-Z][\w.&-]*\s*){0,3}\(?\s*")
_BENCHMARK_AFTER = re.compile(
    r"\s*(?:points?\s+|%\s*)?(?:on|in|at)\s+(?:the\s+)?(?P<b>[A-Z][A-Za-z]*[A-Z0-9][\w+-]*(?:\s(?:Verified|Hard|Diamond|Pro|Lite))?)"
    r"(?:\s+(?:benchmark|test|eval|leaderboard))?\b"
)
_BENCHMARK_BEFORE = re.compile(
    r"(?P<b>[A-Z][A-Za-z]*[A-Z0-9][\w+-]*)\s+(?:score|scores|accuracy|result|pass@\d+)\s+(?:of|at|is|was|reached|hit)\s+$"
)


@dataclass(frozen=True)
class MetricChoice:
    """A figure's metric and the word that named it (None when inherited or from the unit).

    A change (``fell 3% year on year``) has ``change`` (its base), ``of`` (the metric that changed)
    and ``sign``; a figure that takes its metric from a sibling keeps the sibling, whose unit a
    bare amount shares (``$6 and $24 respectively`` after ``$3 per million tokens``).
    """

    metric: str
    hit: Hit | None
    change: str | None = None
    of: str | None = None
    sign: float = 1.0
    sibling: Quantity | None = None
    part: str | None = None  # the part a lead-in names with the metric ("Model API revenue … By quarter:")


def own_metric(
    q: Quantity, text: str, hits: list[Hit], clauses: Clauses, quantities: list[Quantity], vocab: Vocabulary
) -> MetricChoice | None:
    """The metric the words around a figure name, if any."""
    if is_price_unit(q.unit) and "price_per_mtok" in vocab.metrics:
        hit = _nearest_hit(q, hits, "price_per_mtok")
        return MetricChoice("price_per_mtok", hit)
    if _PER_SHARE.match(text, q.end) and q.unit:  # "$1.14 per diluted share": earnings, or a dividend
        dividend = _nearest_hit(q, hits, "dividend_per_share")
        if dividend is not None and clauses.same(dividend.start, q.start):
            return MetricChoice("dividend_per_share", dividend)
        eps = _nearest_hit(q, hits, "eps")
        metric = qualifiers.adjusted("eps", text[: eps.start if eps else q.start])
        # "a net loss of $36.4 million, or 22 cents per share", "it lost 9 cents a share": a loss
        lost = _LOSS_BEFORE.search(text, max(0, q.start - 60), q.start) or _LOSS_AFTER.match(text, q.end)
        return MetricChoice(metric, eps, sign=-1.0 if lost and q.value > 0 else 1.0)
    counted = _counted_noun(q, text, hits) or _amount_of(q, text, hits, vocab)
    if counted is not None:
        return counted
    best: tuple[float, str, Hit] | None = None
    for hit in hits:
        for metric in hit.metrics:
            if not vocab.accepts(metric, q) or (metric == "funding" and _raises_something_else(hit, text)):
                continue
            cost = _keyword_cost(q, hit, text, clauses, quantities, metric, vocab)
            if cost is not None and (best is None or cost < best[0]):
                best = (cost, metric, hit)
    if best and best[0] < 350:
        worth = text[best[2].start : best[2].end].lower() == "worth"  # "the round values X at" is X's worth
        if (
            best[1] == "valuation"
            and worth
            and _ROUND_WORTH.search(text, max(0, best[2].start - 30), best[2].start)
        ):
            return MetricChoice("funding", best[2])  # "the round, worth about S$805 mln": the round's size
        thing = _THING_WORTH.search(text, max(0, best[2].start - 40), best[2].start) if worth else None
        if best[1] == "valuation" and thing:
            return MetricChoice(metric_id(f"{thing['noun']} value"), None)  # "an order worth 110 mln euros"
        lo, hi = clauses.spans[clauses.of(q.start)]
        if best[1] == "funding" and "bond_issuance" in vocab.metrics and _DEBT.search(text, lo, hi):
            return MetricChoice("bond_issuance", best[2])  # "raise 80 billion yen in the bond market"
        metric = qualifiers.adjusted(best[1], text[: best[2].start])
        qualifier = _QUALIFIER_AFTER.match(text, q.end)
        return MetricChoice(vocab.qualified(metric, qualifier["w"]) if qualifier else metric, best[2])
    return _benchmark_named(q, text, vocab)


# "35B active per token", "21 billion of which are active": the word after a figure that picks
# one of its metric's family
_QUALIFIER_AFTER = re.compile(r"\s*,?\s*(?:(?:of\s+)?which\s+(?:are\s+|is\s+)?|are\s+|is\s+)?(?P<w>[a-z]+)\b")


# "operates 22 depots", "in 31 countries": a bare count and the plural noun right after it
_COUNTED = re.compile(r"\s+(?P<noun>[a-z][a-z-]{2,}s)\b(?!\s+(?:of|per|a|an|each|every)\b)")
_NOT_COUNTED = frozenset(
    """years months weeks days hours minutes seconds decades times points percent basis cents pence
    dollars euros pounds yen yuan others ones items words lines pages things ways tokens parameters
    people persons shares units this was has its plus less across thus always perhaps previous
    experts layers heads runs trials seeds shots samples variants sizes models checkpoints families
    versions configurations segments divisions regions tranches rounds series analysts economists
    sources respondents brokers traders""".split()
)
# Nouns ending in s that are no plurals ("consensus", "basis", "business")
_NOT_PLURAL = ("ss", "us", "is")
# What a company cuts is counted as cuts ("plans to cut 1,500 jobs", "shed about 900 roles")
_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|shed|sheds|shedding|eliminate|eliminates|eliminating|axe|axes|axing|slash"
    r"|slashes|slashing|lay\s+off|lays\s+off|laying\s+off)\s+(?:about\s+|around\s+|some\s+|roughly\s+"
    r"|up\s+to\s+|another\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
_JOBS = frozenset("jobs roles positions posts workers employees staff".split())
# A head count told as a team's size: people are counted as staff only where a team is named.
_TEAM_AFTER = re.compile(r"-(?:person|people|strong)\s+(?:team|staff|workforce)\b", re.I)
_PEOPLE = re.compile(r"\s+(?:people|persons|staff)\b")
_TEAM_BEFORE = re.compile(r"\b(?:team|staff|workforce|headcount)\b[^,;.]*$", re.I)
# Who a business counts as customers, however the text calls them.
_CUSTOMERS = frozenset("businesses organizations organisations enterprises companies clients".split())


def _counted_noun(q: Quantity, text: str, hits: list[Hit]) -> MetricChoice | None:
    """The count of what the noun right after a bare number names, when no metric word does:
    ``operates 22 depots`` is a count of depots (the ``employs`` of the clause is another's)."""
    if q.unit is not None or q.value < 10 or q.value != int(q.value):
        return None  # "8 experts": how a thing is built, not a count it reports
    m = _COUNTED.match(text, q.end)
    if _team_size(q, text, m):
        return MetricChoice("employees", None)
    if not q.text.lstrip("~ ")[:1].isdigit():
        return None  # "two sizes"
    if m is None or m.group("noun") in _NOT_COUNTED or m.group("noun").endswith(_NOT_PLURAL):
        return None  # ("the 4.76 billion consensus": no count of consensuses)
    if any(h.start <= m.start("noun") < h.end for h in hits):
        return None  # "600 customers": a metric the vocabulary names, read as such
    noun = m.group("noun")
    if _CUT_BEFORE.search(text, max(0, q.start - 30), q.start):
        cut = "job" if noun in _JOBS else noun.removesuffix("s")  # "cut 1,500 jobs", "600 roles": job cuts
        return MetricChoice(metric_id(f"{cut} cuts"), None)
    return MetricChoice("customers" if noun in _CUSTOMERS else metric_id(noun), None)


# "after £22.1m of restructuring charges": an amount of what the plural noun phrase after it names
_AMOUNT_OF = re.compile(r"\s+of\s+(?P<np>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+s)\b(?!\s+(?:of|from|in|to)\b)")
_NOT_NAMING = frozenset("its their his her our the a an this that these those new own other such".split())


def _amount_of(q: Quantity, text: str, hits: list[Hit], vocab: Vocabulary) -> MetricChoice | None:
    """``£22.1m of restructuring charges``: a sum of money measured in the noun phrase after it,
    when the vocabulary names no metric there that a sum can be (``£538.0m of revenue`` is read
    by its keyword; the "charges" of a price per token is no sum)."""
    m = _AMOUNT_OF.match(text, q.end) if q.unit in ISO_CODES else None
    if m is None:
        return None
    inside = [h for h in hits if h.start < m.end("np") and m.start("np") < h.end]
    if any(vocab.accepts(metric, q) for h in inside for metric in h.metrics):
        return None
    words = m.group("np").split()
    if words[0] in _NOT_NAMING or words[-1] in _NOT_COUNTED:
        return None
    return MetricChoice(metric_id(" ".join(words)), None)


def _team_size(q: Quantity, text: str, counted: re.Match[str] | None) -> bool:
    """``a 60-person team``, ``grow its team from 310 people today to about 500``: a head count
    (``counted``: the plural noun right after the figure, if any)."""
    if _TEAM_AFTER.match(text, q.end):
        return True
    named = _PEOPLE.match(text, q.end) or counted is None
    return bool(named and _TEAM_BEFORE.search(text, max(0, q.start - 40), q.start))


def _nearest_hit(q: Quantity, hits: list[Hit], metric: str) -> Hit | None:
    mine = [h for h in hits if metric in h.metrics]
    return min(mine, key=lambda h: min(abs(h.start - q.end), abs(q.start - h.end)), default=None)


def _benchmark_named(q: Quantity, text: str, vocab: Vocabulary) -> MetricChoice | None:
    """``scores 71.3 on XBench-Hard``: a benchmark the vocabulary does not know, named by the text."""
    if q.unit not in (None, "points", "%") or q.scale is not None or not 0 <= q.value <= 100:
        return None
    after = _BENCHMARK_AFTER.match(text, q.end)
    before = _BENCHMARK_BEFORE.search(text, max(0, q.start - 60), q.start)
    found = after or before
    if found is None:
        return None
    name = found.group("b")
    if period_label(name) is not None:
        return None  # "15.9% in FY24": a period, no benchmark
    mid = metric_id(name)
    known = vocab.metrics.get(mid)
    if known is not None and known.kind != "score":
        return None
    return MetricChoice(mid, Hit(found.start("b"), found.end("b"), (mid,), name))


_JOINED = re.compile(r"[,;]\s*(?:and|while|but|whereas)\b")


def _raises_something_else(hit: Hit, text: str) -> bool:
    """``raised its full-year forecast to $11.2 bln``: the verb raises a forecast, not money."""
    return text[hit.start : hit.end].lower() in _RAISE_VERBS and bool(_RAISED_OTHER.match(text, hit.end))


def _keyword_cost(
    q: Quantity,
    hit: Hit,
    text: str,
    clauses: Clauses,
    quantities: list[Quantity],
    metric: str,
    vocab: Vocabulary,
) -> float | None:
    """How far a keyword is from the figure; None if it cannot name it."""
    if hit.end <= q.start:
        lo, hi, after = hit.end, q.start, False
    elif hit.start >= q.end:
        lo, hi, after = q.end, hit.start, True
    else:
        return None
    gap = text[lo:hi]
    crossed = 0 if clauses.same(q.start, hit.start) else 1
    rivals = [o for o in quantities if o is not q and lo <= o.start < hi and vocab.accepts(metric, o)]
    if after:
        # "score 93.1, 92.4 and 88.7 on GSM8K": the figures between are a list the keyword ends
        chain = [q, *sorted(rivals, key=lambda o: o.start)]
        if (
            len(gap) > 40
            or crossed
            or any(not _LIST.fullmatch(text, a.end, b.start) for a, b in pairwise(chain))
        ):
            return None
        if _JOINED.search(gap):
            return None  # "rose 5.9% to ¥1.63 trillion, and net profit came to …": the next clause's word
        return len(gap) + 5 + 50 * len(rivals)
    adjacent = not re.sub(r"[\s:：为是达到约]|of|was|is", "", gap)  # "净利润 12.0亿元", "net profit: $5m"
    owner = [
        o
        for o in quantities
        if o is not q
        and (0 <= hit.start - o.end <= 3 or _OWN_LINK.fullmatch(text, o.end, max(o.end, hit.start)))
        and vocab.accepts(metric, o)
        and not adjacent
    ]
    return len(gap) + 300 * crossed + 300 * len(rivals) + 300 * len(owner)


def sibling_metric(
    q: Quantity,
    text: str,
    clauses: Clauses,
    chosen: list[tuple[Quantity, MetricChoice | None]],
    vocab: Vocabulary,
) -> MetricChoice | None:
    """The metric of the figure this one is listed, compared or continued with."""
    for other, choice in reversed(chosen):
        if other.end > q.start or q.start - other.end > 90:
            continue
        families = (_family(other), _family(q))
        if families[0] != families[1] and families != ("price", "money"):
            continue
        if choice is None:
            return None  # the figure just before it of its kind is no claim: neither is this one's metric
        if not vocab.accepts(choice.metric, q, price_unit_known=True):
            continue
        gap = text[other.end : q.start]
        if re.search(r"[.!?]\s|[;；。]", gap) or not (
            clauses.same(other.start, q.start) or _CONNECTED.search(gap)
        ):
            return None
        return MetricChoice(
            choice.metric, None, choice.change, choice.of, choice.sign, choice.sibling or other
        )
    return None


def _family(q: Quantity) -> str:
    unit = q.unit or ""
    if is_price_unit(unit) or "/" in unit:
        return "price"
    if unit[:3].isupper() and unit.isalpha():
        return "money"
    return unit or "number"
