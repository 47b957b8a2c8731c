"""The metric vocabulary: ids, canonical units, the words that name each metric,
and what a stated value must look like to be read as that metric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimcheck.config import Config, per_config
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit
from claimcheck.textsearch import HAN, NOT_AFTER_WORD, NOT_BEFORE_WORD, trie_pattern


@dataclass(frozen=True)
class Metric:
    """One metric of the vocabulary."""

    id: str
    label: str
    unit: str
    kind: str
    about: tuple[str, ...]
    min: float | None = None
    max: float | None = None
    keywords: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    moving: bool = False
    # A moving figure reported for a period too ("DAUs averaged 96.4 million in the quarter").
    per_period: bool = False


@dataclass(frozen=True)
class Hit:
    """A word naming a metric, at ``start:end`` of some text."""

    start: int
    end: int
    metrics: tuple[str, ...]
    word: str


# "AIME 2024", "HMMT-2025": a benchmark set each year, named with its year (a test of its own)
_EDITION = re.compile(r"[ -]((?:19|20)\d\d)\b(?![-/.]\d)")


def _edition(text: str, hit: Hit) -> Hit:
    """A benchmark's hit, with the year of its edition when one is written right after its name."""
    m = _EDITION.match(text, hit.end)
    if m is None:
        return hit
    metrics = tuple(f"{metric}_{m[1]}" for metric in hit.metrics)
    return Hit(hit.start, m.end(), metrics, text[hit.start : m.end()])


_KIND_UNITS = {
    "money": "USD",
    "price": "USD/Mtok",
    "score": "points",
    "count": "count",
    "tokens": "tokens",
    "percent": "%",
}


def _pattern(words: list[str], flags: int = re.I) -> re.Pattern[str]:
    """Whole words; a Chinese keyword has no spaces around it to stand between (``B 轮融资``).

    The words are factored as a trie, which matches what the longest-first alternation matched at
    a quarter of its cost; under ``re.I`` they are folded to lower case first, so that ``GPU`` and
    ``gpu`` share one branch and the longest word still wins.
    """
    folded = {_fold(w) if flags & re.I else w for w in words}
    latin = trie_pattern(w for w in folded if not HAN.search(w))
    cjk = trie_pattern(w for w in folded if HAN.search(w))
    # (after a figure's hyphen a word is the noun of a compound: "a 32.5-billion-parameter model")
    before = rf"(?:{NOT_AFTER_WORD}(?<!-)|(?<=illion-)|(?<=thousand-))"
    parts = [rf"{before}(?:{latin}){NOT_BEFORE_WORD}(?![-+])"] if latin else []
    return re.compile("|".join([*parts, *([f"(?:{cjk})"] if cjk else [])]) or r"(?!x)x", flags)


def _fold(word: str) -> str:
    # A letter whose lower case is longer (İ) would no longer match itself under re.I.
    lower = word.lower()
    return lower if len(lower) == len(word) else word


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Hits sorted by start, longest first, without those inside an earlier one (``MMLU`` in ``MMLU-Pro``)."""
    out: list[Hit] = []
    for hit in hits:
        if out and hit.end <= out[-1].end:
            continue
        out.append(hit)
    return out


def metric_id(name: str) -> str:
    """A metric id from the name the text uses: ``GSM-8K`` -> ``gsm8k``, ``MMLU-Pro`` -> ``mmlu_pro``."""
    text = name.strip().lower().replace("+", " plus")
    text = re.sub(r"(?<=[a-z])[-\s](?=\d)", "", text)
    return "_".join(re.findall(r"[a-z0-9]+", text))


def kind_of_unit(unit: str | None, value: float = 0.0) -> str:
    """The kind of value a unit holds, for a metric the vocabulary does not know.

    A bare number up to 100 is read as a score (benchmarks are what articles name most).
    """
    if unit in ISO_CODES:
        return "money"
    if is_price_unit(unit):
        return "price"
    for kind, canonical in _KIND_UNITS.items():
        if unit == canonical:
            return kind
    if unit in (None, "pp") and abs(value) <= 100:
        return "score"
    return "count"


class Vocabulary:
    """Metrics by id, and finders for the words that name them."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.metrics = {
            mid: Metric(
                id=mid,
                label=m.get("label", mid),
                unit=m["unit"],
                kind=m["kind"],
                about=tuple(m.get("about", ("org",))),
                min=float(m["min"]) if "min" in m else None,
                max=float(m["max"]) if "max" in m else None,
                keywords=tuple(m.get("keywords", ())),
                qualifiers=tuple(m.get("qualifiers", ())),
                names=tuple(m.get("names", ())),
                moving=bool(m.get("moving", False)),
                per_period=bool(m.get("per_period", False)),
            )
            for mid, m in spec["metrics"].items()
        }
        self.filler = frozenset(w.lower() for w in spec.get("filler", ()))
        self._owners: dict[str, tuple[str, ...]] = {}
        self._qualifier_owners: dict[str, tuple[str, ...]] = {}
        for metric in self.metrics.values():
            for word in metric.keywords:
                self._owners[word.lower()] = (*self._owners.get(word.lower(), ()), metric.id)
            for word in metric.qualifiers:
                self._qualifier_owners[word.lower()] = (
                    *self._qualifier_owners.get(word.lower(), ()),
                    metric.id,
                )
        self._named = {n: metric.id for metric in self.metrics.values() for n in metric.names}
        self._keywords = _pattern(list(self._owners))
        self._names = _pattern(list(self._named), 0) if self._named else None
        self._qualifiers = _pattern(list(self._qualifier_owners)) if self._qualifier_owners else None
        # A sentence is asked for its metric words by several readers (its claims, its names, its
        # labels); the vocabulary never changes once built, so a text in view is scanned once.
        self._hits = lru_cache(maxsize=4096)(self._scan_hits)

    def hits(self, text: str) -> list[Hit]:
        """Every keyword or benchmark name naming a metric in ``text``, in order."""
        return list(self._hits(text))

    def _scan_hits(self, text: str) -> tuple[Hit, ...]:
        found = [
            Hit(m.start(), m.end(), self._owners[m.group().lower()], m.group())
            for m in self._keywords.finditer(text)
        ]
        if self._names is not None:
            names = [
                _edition(text, Hit(m.start(), m.end(), (self._named[m.group()],), m.group()))
                for m in self._names.finditer(text)
            ]
            found = _outermost(sorted(found + names, key=lambda h: (h.start, -h.end)))
        return tuple(found)

    def starts_with_benchmark(self, text: str) -> bool:
        """Whether ``text`` opens with a benchmark's name (``GSM8K EM``, ``MMLU Pro``)."""
        return self._names is not None and self._names.match(text) is not None

    def metric(self, metric_id: str, unit: str | None = None, value: float = 0.0) -> Metric:
        """A metric of the vocabulary, or one the text named, shaped by the kind of its stated value."""
        known = self.metrics.get(metric_id)
        if known is not None:
            return known
        kind = kind_of_unit(unit, value)
        return Metric(metric_id, metric_id.replace("_", " "), _KIND_UNITS[kind], kind, ("org", "model"))

    def qualifier_hits(self, text: str) -> list[Hit]:
        """Words that pick one of a family of metrics (``active``, ``total``)."""
        if self._qualifiers is None:
            return []
        owners = self._qualifier_owners
        return [
            Hit(m.start(), m.end(), owners[m.group().lower()], m.group())
            for m in self._qualifiers.finditer(text)
        ]

    def qualified(self, metric_id: str, text: str) -> str:
        """The metric of ``metric_id``'s family a qualifier word of ``text`` picks (``params_active``
        for a ``Parameters (active)`` header), else ``metric_id`` itself."""
        family = metric_id.split("_")[0]
        for hit in self.qualifier_hits(text):
            found = next((m for m in hit.metrics if m.split("_")[0] == family), None)
            if found is not None:
                return found
        return metric_id

    def accepts(self, metric_id: str, q: Quantity, *, price_unit_known: bool = False) -> bool:
        """Whether a stated value can be a figure of this metric."""
        metric = self.metrics.get(metric_id) or Metric(metric_id, metric_id, "points", "score", ("model",))
        unit = q.unit
        if metric.kind == "money":
            return (
                unit in ISO_CODES
                and (metric.max is None or q.value <= metric.max)
                and (metric.min is None or q.value >= metric.min)
            )
        if metric.kind == "price":
            return is_price_unit(unit) or (price_unit_known and unit in (*ISO_CODES, None))
        if metric.kind == "percent":
            return unit == "%"
        if unit not in (None, "%", "points", "tokens") or (unit == "tokens" and metric.kind != "tokens"):
            return False
        values = [v for v in (q.low, q.high, q.value) if v is not None]
        if metric.kind == "score":
            return q.scale is None and all(0 <= v <= 100 for v in values)
        if unit in ("%", "points"):
            return False
        return (metric.min is None or min(values) >= metric.min) and (
            metric.max is None or max(values) <= metric.max
        )


def vocabulary(config: Config) -> Vocabulary:
    """The vocabulary of a config, built once per process."""
    return per_config("vocabulary", config, lambda c: Vocabulary(c.metrics))
