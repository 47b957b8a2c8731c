"""The values that flow through the pipeline: Quantity, Claim, Finding.

All are frozen dataclasses of plain values, so every stage can run in a worker
process and every record can be turned into JSON or YAML without custom code.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import Field, asdict, dataclass, field, fields
from functools import cache
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
        # Every field is a plain value: read directly (``asdict`` copies recursively, and a large
        # JSON report spent a fifth of its time there).
        return {name: getattr(self, name) for name in _STATED_FIELDS}


_STATED_FIELDS = ("value", "unit", "low", "high", "precision", "scale")
_CLAIM_ORDER = (
    "id",
    "key",
    "source",
    "page",
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
    "of",
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
    of: str | None = None
    page: int | None = None
    # (line, column) in the text claimcheck read, where the file's own differ (a PDF's page line).
    read_at: tuple[int, int] | None = None

    @property
    def about(self) -> tuple[str | None, ...]:
        """What the claim is about, without its figure: two claims with the same ``about`` and
        different figures are one claim changed (``diff`` pairs them so)."""
        return (
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
            self.of,
        )

    @property
    def key(self) -> str:
        """The meaning identity: what is claimed, not where or how it is written.

        A reformat (``$150 billion`` to ``US$150bn``, ``88.7`` to ``88.70``) keeps the key;
        the diff, the baseline and finding ids are built from it.
        """
        bounds = (None if v is None else f"{v:.6g}" for v in (self.low, self.high))
        parts = [*self.about, *bounds]
        return "k-" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:10]

    @property
    def when(self) -> str | None:
        """The period the claim is compared under: as stated, else as inferred from its article."""
        return self.period or self.inferred_period

    @property
    def place(self) -> str:
        """Where in its article: ``12`` (line), or ``p3:12`` (page 3, line 12 of that page)."""
        return f"p{self.page}:{self.line}" if self.page is not None else str(self.line)

    @property
    def read_line(self) -> int:
        """The claim's line in the text claimcheck read (what in-article rules compare lines by)."""
        return self.read_at[0] if self.read_at else self.line

    @property
    def read_column(self) -> int:
        """The claim's column in the text claimcheck read."""
        return self.read_at[1] if self.read_at else self.column

    @property
    def location(self) -> str:
        """``file:line`` (``file.pdf:p3:line`` where the page is known) with the file's base name."""
        return f"{self.source.rsplit('/', 1)[-1]}:{self.place}"

    def to_dict(self) -> dict[str, Any]:
        """The claim as the JSON record of the outside contract (review fields last)."""
        record = {f.name: getattr(self, f.name) for f in _claim_fields()}
        record["stated"] = self.stated.to_dict()
        record["key"] = self.key
        record["hedges"] = list(self.hedges)
        record["restated"] = [s.to_dict() for s in self.restated]
        record["notes"] = list(self.notes)
        order = [*_CLAIM_ORDER, *(k for k in record if k not in _CLAIM_ORDER)]
        return {k: record[k] for k in order}

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Claim:
        """The claim a ``to_dict`` record describes (the inverse of ``to_dict``)."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in record.items() if k in names}
        values["stated"] = Stated(**record["stated"])
        values["restated"] = tuple(Stated(**s) for s in record.get("restated", ()))
        values["hedges"] = tuple(record.get("hedges", ()))
        values["notes"] = tuple(record.get("notes", ()))
        if values.get("read_at") is not None:
            values["read_at"] = tuple(values["read_at"])
        return cls(**values)


@cache
def _claim_fields() -> tuple[Field[Any], ...]:
    return fields(Claim)


@dataclass(frozen=True)
class Place:
    """Where a finding stands when that is none of its claims: an unused suppression comment, or
    an article's own statement that does not hold (its claims are the figures it rests on)."""

    source: str
    line: int
    column: int = 1


@dataclass(frozen=True)
class Unreadable:
    """An article of a known type that could not be read, and why; rule ``unreadable-article`` reports it."""

    source: str
    reason: str


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
    """A problem a rule found, quoting the claims involved (a bounded number of them), or, for a
    finding about no claim (an unused suppression), its place.

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
    place: Place | None = None
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
            "place": None if self.place is None else asdict(self.place),
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
