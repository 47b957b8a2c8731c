"""Precision and recall of claimcheck's reading on the accuracy corpus (``make accuracy``).

Each corpus folder holds articles, a gold YAML beside each (every fact the article states; see
BRIEF.md) and ``corpus.yaml`` (the pairs of facts across articles and what a correct run says
of each). ``tuned/`` is what the reader was developed against; ``held/`` was written blind from
BRIEF.md by a writer who never read the code, and is only ever measured.

A claim is right when a gold fact of its article has the same entity (with variant), metric,
value (to its stated precision, or 0.5%), period and stated qualifiers. A fact is found when a
right claim matches it. A pair is found or flagged by the findings of ``check`` on the folder.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from claimcheck import api, engine
from claimcheck.config import Config, load_config
from claimcheck.extract import qualifiers
from claimcheck.match.qualifiers import settings_agree
from claimcheck.model import Claim, Finding, Severity
from claimcheck.vocabulary import metric_id, vocabulary

HERE = Path(__file__).parent
CONTRACT_METRICS = {
    "valuation", "revenue", "funding", "market_size", "price_per_mtok", "mmlu", "c_eval", "humaneval",
    "params_total", "params_active", "context_window", "github_stars", "customers", "employees",
    "market_share", "growth_rate", "training_compute",
}  # fmt: skip
_LEGAL = {"inc", "ltd", "llc", "corp", "corporation", "co", "plc", "ag", "sa", "gmbh", "limited", "the"}
_QUALIFIERS = ("segment", "setting", "price_kind")


def norm_name(name: str | None) -> str:
    """The form two spellings of one name share: lower case, no legal suffix, no punctuation,
    "&" as "and" ("Test & Measurement" is "test and measurement")."""
    words = re.findall(r"[a-z0-9]+", (name or "").lower().replace("&", " and "))
    while len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return " ".join(words)


def _metric_kind(metric: str) -> str:
    return "vocabulary metric" if metric in CONTRACT_METRICS else "discovered metric"


def _joined(name: str) -> str:
    return name.replace(" ", "")


@dataclass
class Fact:
    """One gold fact of one article."""

    article: str
    style: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return norm_name(f"{self.data['entity']} {self.data.get('variant') or ''}")

    @property
    def metric(self) -> str:
        return str(self.data["metric"])

    @property
    def kinds(self) -> list[str]:
        """The kinds of fact this one is, for recall per kind."""
        out = [_metric_kind(self.metric)]
        period = str(self.data.get("period") or "")
        if re.search(r"Q\d|H\d|FY|YTD|TTM|P\dM", period):
            out.append("sub-year or fiscal period")
        for key in ("segment", "basis", "setting", "as_of"):
            if self.data.get(key):
                out.append(key)
        if self.data.get("base") or self.metric.endswith("_growth"):
            out.append("change")
        return out


def _scaled_unit(unit: str | None, value: float) -> tuple[str | None, float]:
    """Prices to per 1M tokens; everything else as it is."""
    if unit and "/" in unit:
        currency, per = unit.split("/", 1)
        factor = {"tok": 1e6, "ktok": 1e3, "Mtok": 1.0, "Btok": 1e-3}.get(per, 1.0)
        return f"{currency}/Mtok", value * factor
    return unit, value


def _money(unit: str | None) -> bool:
    return bool(unit) and unit[:3].isupper() and unit[:3].isalpha() and unit not in ("MMLU",)


def claim_metric(c: Claim) -> str:
    """The gold's name for a claim's metric: a change of revenue is ``revenue_growth``."""
    return f"{c.of}_growth" if c.metric == "growth_rate" and c.of else c.metric


@cache
def _spellings() -> dict[str, frozenset[str]]:
    """Each vocabulary metric's id and the ids its keywords make: the gold names a metric by the
    term its article uses (``capital_expenditure``) where the vocabulary's id is ``capex``."""
    metrics = vocabulary(config_for()).metrics.values()
    return {m.id: frozenset({m.id, *(metric_id(k) for k in m.keywords)}) for m in metrics}


def same_metric(gold: str, c: Claim) -> bool:
    """Whether a gold metric id names the claim's metric."""
    base, growth = (c.of, "_growth") if c.metric == "growth_rate" and c.of else (c.metric, "")
    names = _spellings().get(base, frozenset({base}))
    # "non-GAAP EPS" is what the vocabulary calls adjusted EPS
    return re.sub(r"^non_(?:gaap|ifrs)_", "adjusted_", gold) in {n + growth for n in names}


def _value_matches(fact: dict[str, Any], unit: str | None, value: float, slack: float) -> bool:
    gold_unit, gold = _scaled_unit(fact.get("unit"), float(fact["value"]))
    unit, value = _scaled_unit(unit, value)
    if _money(gold_unit) and gold_unit != unit:
        return False
    tolerance = max(slack, abs(gold) * 0.005, 1e-9)
    return abs(value - gold) <= tolerance


def _claim_values(c: Claim) -> list[tuple[str | None, float, float]]:
    """(unit, value, slack) readings of a claim: as stated, its restatements, and canonical."""
    out = []
    for s in (c.stated, *c.restated):
        for v in (s.value, s.low, s.high):
            if v is not None:
                out.append((s.unit, v, s.precision))
    out.append((c.unit, c.value, c.precision))
    return out


def _qualifiers_match(fact: dict[str, Any], c: Claim) -> list[str]:
    """Which of the fact's qualifiers the claim gets wrong (empty: all right)."""
    wrong = []
    if not _period_ok(fact, c):
        wrong.append("period")
    for key in _QUALIFIERS:
        gold = fact.get(key) or None
        got = getattr(c, key) or None
        if key == "segment" and gold and got and _word_prefix(norm_name(gold), norm_name(got)):
            continue
        if key == "setting" and gold and got and _setting_within(str(gold), str(got)):
            continue  # "pass@1 0-shot" read where the gold notes "0-shot": every stated part right
        if key == "price_kind":
            gold = gold or "unspecified"
            got = got or "unspecified"
            if c.metric != "price_per_mtok":
                continue
        if norm_name(gold) != norm_name(got):
            wrong.append(key)
    if (fact.get("basis") or "reported") != (c.basis or "reported"):
        wrong.append("basis")
    if fact.get("as_of") and not str(c.as_of or "").startswith(str(fact["as_of"])):
        wrong.append("as_of")
    if c.metric == "growth_rate" and (fact.get("base") or "unspecified") != (c.change or "unspecified"):
        wrong.append("change base")
    return wrong


_SPAN = re.compile(r"P(?P<n>3|6|9|12)M/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_SPAN_ENDS = {("3", "03-31"): "Q1", ("3", "06-30"): "Q2", ("3", "09-30"): "Q3", ("3", "12-31"): "Q4",
              ("6", "06-30"): "H1", ("6", "12-31"): "H2", ("12", "12-31"): ""}  # fmt: skip


def _calendar(period: str) -> str:
    """``P3M/2025-06-30`` as ``2025-Q2``: months ending with a calendar quarter, half or year are it;
    the months from a year's start (``P9M/2025-09-30``) are its year to date."""
    m = _SPAN.fullmatch(period)
    if m and m["n"] == str(int(m["m"])) and m["n"] not in ("3", "6", "12"):
        return f"{m['y']}-YTD"
    part = _SPAN_ENDS.get((m["n"], f"{m['m']}-{m['d']}")) if m else None
    if m is None or part is None:
        return period
    return m["y"] + (f"-{part}" if part else "")


def _period_ok(fact: dict[str, Any], c: Claim) -> bool:
    """Same period; a dated figure's year may stand in either field ("2023: $450mn" for a round)."""
    gold, got = str(fact.get("period") or ""), str(c.when or "")
    if _calendar(gold) == _calendar(got):
        return True
    if not got and re.fullmatch(r"\d{4}", gold) and str(c.as_of or "").startswith(gold):
        return True
    if not gold and not c.period:
        return True  # a period the reader only inferred, where the gold states none, is no error
    return not gold and re.fullmatch(r"\d{4}", got) is not None and str(c.as_of or "").startswith(got)


def _setting_within(gold: str, got: str) -> bool:
    """Every part of the gold setting is read (shots, sampling, CoT), and no part the two share differs."""
    want = qualifiers.setting(gold) or gold
    return settings_agree(want, got) and _setting_words(want) <= _setting_words(got)


def _setting_words(setting: str) -> set[str]:
    """A setting's words, whatever their case and joins ("Tier 1" is "tier-1")."""
    return set(re.split(r"[\s,-]+", setting.lower()))


def _word_prefix(a: str, b: str) -> bool:
    """One part's name is the other's first words ("cloud" for "cloud platform")."""
    x, y = a.split(), b.split()
    return x[: len(y)] == y or y[: len(x)] == x


def _entity_matches(fact: Fact, c: Claim) -> bool:
    got = norm_name(f"{c.entity} {c.variant or ''}")
    if _joined(got) == _joined(fact.name):
        return True
    # A short form of an organisation's name ("Kestrel" for "Kestrel Robotics") reads right.
    gold_words = fact.name.split()
    return not any(ch.isdigit() for ch in fact.name) and gold_words[: len(got.split())] == got.split()


@dataclass
class ArticleScore:
    """How one article's claims line up with its gold."""

    style: str
    right: list[tuple[Claim, Fact]] = field(default_factory=list)
    wrong: list[tuple[Claim, str]] = field(default_factory=list)
    missed: list[Fact] = field(default_factory=list)
    also: list[Fact] = field(default_factory=list)  # found as a claim's restatement (``$0.55 (¥4)``)


def score_article(claims: list[Claim], facts: list[Fact], style: str) -> ArticleScore:
    """Match claims to facts one to one (a claim restating two figures may match both)."""
    result = ArticleScore(style)
    found: set[int] = set()
    for c in claims:
        candidates = [
            (i, f)
            for i, f in enumerate(facts)
            if same_metric(f.metric, c)
            and _entity_matches(f, c)
            and any(_value_matches(f.data, u, v, s) for u, v, s in _claim_values(c))
        ]
        exact = [(i, f) for i, f in candidates if not _qualifiers_match(f.data, c)]
        if exact:
            fresh = [(i, f) for i, f in exact if i not in found] or exact
            i, f = fresh[0]
            found.add(i)
            result.right.append((c, f))
            more = _restated_facts(c, exact, found)
            found |= more
            result.also += [facts[j] for j in sorted(more)]
        elif candidates:
            result.wrong.append((c, "qualifier: " + ",".join(_qualifiers_match(candidates[0][1].data, c))))
        else:
            result.wrong.append((c, _why_wrong(c, facts)))
    result.missed = [f for i, f in enumerate(facts) if i not in found]
    return result


def _restated_facts(c: Claim, exact: list[tuple[int, Fact]], found: set[int]) -> set[int]:
    """The further facts a claim states in the same breath (``$0.55 (¥4)``: the yuan figure too),
    one per restatement: found, though the claim counts once for precision."""
    more: set[int] = set()
    for s in c.restated:
        for i, f in exact:
            if i not in found and i not in more and _value_matches(f.data, s.unit, s.value, s.precision):
                more.add(i)
                break
    return more


def _why_wrong(c: Claim, facts: list[Fact]) -> str:
    same = [f for f in facts if any(_value_matches(f.data, u, v, s) for u, v, s in _claim_values(c))]
    if not same:
        return "no such fact"
    f = same[0]
    if not same_metric(f.metric, c):
        return f"metric (gold {f.metric})"
    return f"entity (gold {f.data['entity']})"


@dataclass
class CorpusScore:
    """A corpus folder's scores: per article, and the pairs across articles."""

    name: str
    articles: dict[str, ArticleScore]
    pairs: Counter[str]
    pair_failures: list[str]


def _load(folder: Path) -> tuple[list[Path], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    articles = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    gold = {p.name: yaml.safe_load(p.with_suffix(".yaml").read_text(encoding="utf-8")) for p in articles}
    corpus = folder / "corpus.yaml"
    pairs = (
        (yaml.safe_load(corpus.read_text(encoding="utf-8")) or {}).get("pairs", []) if corpus.exists() else []
    )
    return articles, gold, pairs


def score_corpus(folder: Path, config: Config) -> CorpusScore:
    """Extract and check one corpus folder, and score both against its gold."""
    paths, gold, pairs = _load(folder)
    results = api.extract([str(p) for p in paths], config, store_to=None, cached=False)
    by_name: dict[str, ArticleScore] = {}
    for path, found in zip(paths, results, strict=True):
        g = gold[path.name] or {}
        style = str(g.get("style") or "other")
        facts = [Fact(path.name, style, f) for f in g.get("facts") or []]
        by_name[path.name] = score_article(found.claims, facts, style)
    claims = [c for r in results for c in r.claims]
    findings = engine.run(claims, config, articles=len(paths)).findings
    counts, failures = _score_pairs(pairs, by_name, findings)
    return CorpusScore(folder.relative_to(HERE).as_posix(), by_name, counts, failures)


def _claims_for(
    pair_fact: dict[str, Any], entity: str, metric: str, scores: dict[str, ArticleScore]
) -> set[str]:
    score = scores.get(pair_fact["article"])
    if score is None:
        return set()
    return {
        c.id
        for c, f in score.right
        if f.metric == metric
        and norm_name(f.data["entity"]) == norm_name(entity)
        and abs(float(f.data["value"]) - float(pair_fact["value"])) <= 1e-9 * abs(float(pair_fact["value"]))
    }


def _score_pairs(
    pairs: list[dict[str, Any]], scores: dict[str, ArticleScore], findings: tuple[Finding, ...]
) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    failures = []
    for pair in pairs:
        expect = pair["expect"]
        a, b = (_claims_for(f, pair["entity"], pair["metric"], scores) for f in pair["facts"])
        counts[f"{expect}: pairs"] += 1
        if not a or not b:
            counts[f"{expect}: not both read"] += 1
            if expect == "contradiction":
                failures.append(f"missed (not read): {_describe(pair)}")
            continue
        severities = [f.severity for f in findings if _set_apart(f, a, b)]
        worst = max(severities, default=None)
        ok = _pair_ok(expect, worst)
        counts[f"{expect}: {'ok' if ok else 'wrong'}"] += 1
        if worst == Severity.ERROR:
            counts[f"{expect}: error"] += 1  # what the issues forbid outright: a pair apart as an error
        if not ok:
            failures.append(f"{expect} -> {worst or 'no finding'}: {_describe(pair)}")
    return counts, failures


def _set_apart(f: Finding, a: set[str], b: set[str]) -> bool:
    """Whether a finding sets the two facts' claims against each other: both are quoted and they
    are not both on the agreeing side of an outlier finding (two that agree on the consensus
    against a third source are not flagged against each other)."""
    mine = {c.id: c.source for c in f.claims}
    if not (mine.keys() & a and mine.keys() & b):
        return False
    if not f.outliers:
        return True
    out_a = any(mine[i] in f.outliers for i in mine.keys() & a)
    out_b = any(mine[i] in f.outliers for i in mine.keys() & b)
    return out_a != out_b


def _pair_ok(expect: str, worst: Severity | None) -> bool:
    if expect == "contradiction":
        return worst is not None and worst >= Severity.WARNING
    if expect == "agreement":
        return worst is None or worst < Severity.WARNING
    if expect == "change_over_time":
        return worst is None or worst == Severity.INFO
    if expect == "different_basis":
        return worst is None or worst <= Severity.WARNING
    return worst is None  # never_compare


def _describe(pair: dict[str, Any]) -> str:
    facts = " vs ".join(f"{f['article']}={float(f['value']):g}" for f in pair["facts"])
    return f"{pair['entity']} {pair['metric']} {pair.get('period') or ''} ({facts})"


def ratio(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    -"


def summary(scores: list[CorpusScore]) -> dict[str, Any]:
    """The headline figures of a set of corpus folders."""
    right = sum(len(s.right) for c in scores for s in c.articles.values())
    wrong = sum(len(s.wrong) for c in scores for s in c.articles.values())
    missed = sum(len(s.missed) for c in scores for s in c.articles.values())
    also = sum(len(s.also) for c in scores for s in c.articles.values())
    pairs: Counter[str] = Counter()
    for c in scores:
        pairs.update(c.pairs)
    facts = right + also + missed
    return {
        "precision": right / (right + wrong) if right + wrong else 0.0,
        "recall": (facts - missed) / facts if facts else 0.0,
        "contradictions found": _share(pairs, "contradiction", "ok"),
        "agreements flagged": _share(pairs, "agreement", "wrong"),
        "pairs": pairs,
    }


def _share(pairs: Counter[str], expect: str, outcome: str) -> float:
    total = pairs[f"{expect}: pairs"]
    return pairs[f"{expect}: {outcome}"] / total if total else 0.0


def _table(title: str, rows: Tally | dict[str, list[int]]) -> list[str]:
    lines = [f"  {title:<34} {'precision':>18} {'recall':>18}"]
    for key, (right, wrong, missed, also) in sorted(rows.items()):
        found = right + also
        lines.append(f"  {key:<34} {ratio(right, right + wrong):>18} {ratio(found, found + missed):>18}")
    return lines


Tally = dict[str, list[int]]  # key -> [right, wrong, missed, found as a restatement]


def _tallies(scores: list[CorpusScore]) -> tuple[Tally, Tally, Tally, Counter[str]]:
    """Right, wrong and missed counts by metric, by style and by kind of fact; wrong claims' reasons."""
    by_metric: Tally = defaultdict(lambda: [0, 0, 0, 0])
    by_style: Tally = defaultdict(lambda: [0, 0, 0, 0])
    by_kind: Tally = defaultdict(lambda: [0, 0, 0, 0])
    reasons: Counter[str] = Counter()
    for s in (s for corpus in scores for s in corpus.articles.values()):
        for _claim, f in s.right:
            _count((by_metric, f.metric), (by_style, s.style), by_kind, f.kinds, 0)
        for c, why in s.wrong:
            _count((by_metric, claim_metric(c)), (by_style, s.style), by_kind, [_metric_kind(c.metric)], 1)
            reasons[why.split(" (")[0]] += 1
        for f in s.missed:
            _count((by_metric, f.metric), (by_style, s.style), by_kind, f.kinds, 2)
        for f in s.also:
            _count((by_metric, f.metric), (by_style, s.style), by_kind, f.kinds, 3)
    return by_metric, by_style, by_kind, reasons


def _count(
    metric: tuple[Tally, str], style: tuple[Tally, str], kinds: Tally, names: list[str], i: int
) -> None:
    metric[0][metric[1]][i] += 1
    style[0][style[1]][i] += 1
    for name in names:
        kinds[name][i] += 1


def report(scores: list[CorpusScore], label: str, verbose: bool = False) -> str:
    """The printed table for a set of corpus folders."""
    by_metric, by_style, by_kind, reasons = _tallies(scores)
    total = [sum(v[i] for v in by_style.values()) for i in range(4)]
    lines = [f"== {label}: {', '.join(c.name for c in scores)} =="]
    lines += _table("all facts", {"all": total})
    lines += _table("by style", by_style)
    lines += _table("by kind of fact", by_kind)
    lines += _table("by metric", by_metric)
    lines.append("  wrong claims by reason: " + ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    lines += _pair_lines(summary(scores)["pairs"])
    if verbose:
        lines += _details(scores)
    return "\n".join(lines)


def _pair_lines(pairs: Counter[str]) -> list[str]:
    lines = ["  pairs across articles:"]
    for expect in ("contradiction", "agreement", "change_over_time", "different_basis", "never_compare"):
        n = pairs[f"{expect}: pairs"]
        if n:
            ok, bad, unread = (pairs[f"{expect}: {k}"] for k in ("ok", "wrong", "not both read"))
            lines.append(
                f"    {expect:<18} {n:3d} pairs: {ok:3d} as expected, {bad:3d} not, {unread:3d} not both read"
            )
    return lines


def _details(scores: list[CorpusScore]) -> list[str]:
    lines = []
    for corpus in scores:
        for name, s in corpus.articles.items():
            for c, why in s.wrong:
                what = f"{c.entity}|{c.variant}|{claim_metric(c)}|{c.period}"
                lines.append(f"  WRONG {name}:{c.line} {what} {c.raw!r}: {why}")
            for f in s.missed:
                d = f.data
                what = f"{d['entity']}|{d.get('variant')}|{d['metric']}|{d.get('period')}"
                lines.append(f"  MISSED {name}: {what} {d['value']}: {d.get('quote')!r}")
        lines += [f"  PAIR {x}" for x in corpus.pair_failures]
    return lines


def folders(part: str) -> list[Path]:
    """The corpus folders of one part (``tuned`` or ``held``)."""
    base = HERE / part
    if (base / "corpus.yaml").exists():
        return [base]
    # A folder without its corpus.yaml is still being written: it is left out until complete.
    return sorted(p for p in base.iterdir() if (p / "corpus.yaml").exists()) if base.is_dir() else []


def config_for() -> Config:
    """The built-in defaults: the corpus is read as a new user's folder would be."""
    return load_config(cwd=HERE)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    config = config_for()
    for part in only or ["tuned", "held"]:
        scores = [score_corpus(f, config) for f in folders(part)]
        if scores:
            # The held part is only ever measured: its misses are never listed, so nobody tunes to them.
            print(report(scores, part, verbose and part != "held"))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
