"""The values that flow through the pipeline: Quantity, Claim, Finding.

All are frozen dataclasses of plain values, so every stage can run in a worker
process and every record can be turned into JSON or YAML without custom code.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

HEDGES = (
    "approximate",
    "estimate",
    "projected",
    "rumored",
    "reported",
    "lower_bound",
    "upper_bound",
    "range",
)


class Severity(enum.IntEnum):
    """Finding severities, ordered so that ``max`` picks the most severe."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Quantity:
    """A number as written in text: value, interval, unit, span and hedges.

    ``low``/``high`` are ``None`` when unbounded; ``precision`` is the half-width
    implied by the digits as written (``4.2bn`` is known to ±0.05bn).
    """

    value: float
    low: float | None
    high: float | None
    unit: str | None
    text: str
    start: int
    end: int
    hedges: tuple[str, ...] = ()
    precision: float = 0.0
    scale: str | None = None


@dataclass(frozen=True)
class Stated:
    """A claim's value in the unit the article used, before conversion."""

    value: float
    unit: str | None
    low: float | None = None
    high: float | None = None
    precision: float = 0.0
    scale: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_CLAIM_ORDER = (
    "id",
    "key",
    "source",
    "line",
    "column",
    "quote",
    "raw",
    "entity",
    "variant",
    "metric",
    "price_kind",
    "period",
    "inferred_period",
    "segment",
    "basis",
    "setting",
    "as_of",
    "change",
    "value",
    "low",
    "high",
    "unit",
    "stated",
    "hedges",
    "precision",
)


@dataclass(frozen=True)
class Claim:
    """One numeric claim an article makes about an entity, metric and period."""

    id: str
    source: str
    line: int
    column: int
    quote: str
    raw: str
    entity: str
    variant: str | None
    metric: str
    price_kind: str | None
    period: str | None
    value: float
    low: float | None
    high: float | None
    unit: str
    stated: Stated
    hedges: tuple[str, ...] = ()
    precision: float = 0.0
    restated: tuple[Stated, ...] = ()
    notes: tuple[str, ...] = ()
    status: str = "unreviewed"
    note: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    inferred_period: str | None = None
    segment: str | None = None
    basis: str | None = None
    setting: str | None = None
    as_of: str | None = None
    change: str | None = None

    @property
    def key(self) -> str:
        """The meaning identity: what is claimed, not where or how it is written.

        A reformat (``$150 billion`` to ``US$150bn``, ``88.7`` to ``88.70``) keeps the key;
        the diff, the baseline and finding ids are built from it.
        """
        parts = [
            self.entity,
            self.variant,
            self.metric,
            self.when,
            self.price_kind,
            self.segment,
            self.basis,
            self.setting,
            self.as_of,
            self.change,
            *(None if v is None else f"{v:.6g}" for v in (self.low, self.high)),
        ]
        return "k-" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:10]

    @property
    def when(self) -> str | None:
        """The period the claim is compared under: as stated, else as inferred from its article."""
        return self.period or self.inferred_period

    @property
    def location(self) -> str:
        """``file:line`` with the file's base name, for messages."""
        return f"{self.source.rsplit('/', 1)[-1]}:{self.line}"

    def to_dict(self) -> dict[str, Any]:
        """The claim as the JSON record of the outside contract (review fields last)."""
        record = asdict(self)
        record["key"] = self.key
        record["hedges"] = list(self.hedges)
        record["restated"] = [s.to_dict() for s in self.restated]
        record["notes"] = list(self.notes)
        order = [*_CLAIM_ORDER, *(k for k in record if k not in _CLAIM_ORDER)]
        return {k: record[k] for k in order}


@dataclass(frozen=True)
class Consensus:
    """What most sources agree on: the band every agreeing claim contains, and who agrees.

    ``value`` is the median of the agreeing figures; ``low``/``high`` bound the band (None:
    unbounded); ``count`` is the number of agreeing sources (copies of one text count once);
    ``sources`` names them, at most a few.
    """

    value: float
    low: float | None
    high: float | None
    unit: str
    count: int
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["sources"] = list(self.sources)
        return record


@dataclass(frozen=True)
class Finding:
    """A problem a rule found, quoting the claims involved (a bounded number of them).

    ``consensus`` and ``outliers`` are set when three or more sources were compared: the
    finding then names one outlying source against what the others agree on.
    """

    id: str
    rule: str
    severity: Severity
    entity: str
    metric: str
    period: str | None
    message: str
    claims: tuple[Claim, ...]
    diagnosis: str | None = None
    details: dict[str, Any] = field(default_factory=dict, compare=False)
    consensus: Consensus | None = None
    outliers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON record of the outside contract."""
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": str(self.severity),
            "entity": self.entity,
            "metric": self.metric,
            "period": self.period,
            "message": self.message,
            "claims": [c.to_dict() for c in self.claims],
            "diagnosis": self.diagnosis,
            "consensus": None if self.consensus is None else self.consensus.to_dict(),
            "outliers": list(self.outliers),
            "details": dict(self.details),
        }


@dataclass(frozen=True)
class Vote:
    """One claim as compared: its interval after precision, tolerance, hedges and conversion."""

    claim: Claim
    low: float
    high: float


@dataclass(frozen=True)
class Comparison:
    """One entity, metric and period compared across sources: every vote, the band most agree on."""

    entity: str
    metric: str
    period: str | None
    votes: tuple[Vote, ...]
    band: tuple[float, float] | None
    outliers: tuple[str, ...] = ()
