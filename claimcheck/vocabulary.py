"""The metric vocabulary: ids, canonical units, the words that name each metric,
and what a stated value must look like to be read as that metric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.config import Config, per_config
from claimcheck.model import Quantity
from claimcheck.quantities.currencies import ISO_CODES
from claimcheck.quantities.units import is_price_unit


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


@dataclass(frozen=True)
class Hit:
    """A word naming a metric, at ``start:end`` of some text."""

    start: int
    end: int
    metrics: tuple[str, ...]
    word: str


def _pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)


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
        self._keywords = _pattern(list(self._owners))
        self._qualifiers = _pattern(list(self._qualifier_owners)) if self._qualifier_owners else None

    def hits(self, text: str) -> list[Hit]:
        """Every keyword naming a metric in ``text``, in order."""
        return [
            Hit(m.start(), m.end(), self._owners[m.group().lower()], m.group())
            for m in self._keywords.finditer(text)
        ]

    def qualifier_hits(self, text: str) -> list[Hit]:
        """Words that pick one of a family of metrics (``active``, ``total``)."""
        if self._qualifiers is None:
            return []
        owners = self._qualifier_owners
        return [
            Hit(m.start(), m.end(), owners[m.group().lower()], m.group())
            for m in self._qualifiers.finditer(text)
        ]

    def accepts(self, metric_id: str, q: Quantity, *, price_unit_known: bool = False) -> bool:
        """Whether a stated value can be a figure of this metric."""
        metric = self.metrics[metric_id]
        unit = q.unit
        if metric.kind == "money":
            return unit in ISO_CODES
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
