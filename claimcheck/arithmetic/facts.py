"""What one article offers its arithmetic rules: its claims, its derived statements, its tables'
lines, the exchange rates it states, and its date."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from claimcheck.config import Config
from claimcheck.entities.name_book import NameBook
from claimcheck.extract.derived import derive_in
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.extract.derived_tables import table_lines
from claimcheck.extract.document import Table, document
from claimcheck.extract.periods import article_date
from claimcheck.model import Claim
from claimcheck.quantities.currencies import DEFAULT_SYMBOLS
from claimcheck.quantities.rates import Rates
from claimcheck.quantities.stated_rates import stated_rates


@dataclass(frozen=True)
class ArticleFacts:
    """One article, as the in-article rules read it."""

    source: str
    claims: tuple[Claim, ...]
    derived: tuple[Derived, ...]
    table_lines: frozenset[int] = frozenset()
    rates: dict[str, float] = field(default_factory=dict)
    date: dt.date | None = None
    table: Rates = field(default_factory=Rates)

    def per_usd(self, currency: str) -> float:
        """Units of a currency per US dollar for this article: as it states, else as the table gives
        on its date (the rate its claims were converted at)."""
        return self.rates.get(currency) or self.table.per_usd(currency, self.table.date_for(self.date))


def article_facts(
    text: str, source: str, claims: list[Claim], config: Config, book: NameBook | None = None
) -> ArticleFacts:
    """An article's facts; ``claims`` are its claims as reviewed (rejected ones left out), ``book``
    the names the claim reader found in it (found again when not given)."""
    doc = document(text)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    symbols = {**DEFAULT_SYMBOLS, **config.currency_symbols}
    return ArticleFacts(
        source=source,
        claims=tuple(claims),
        derived=tuple(derive_in(doc, source, claims, config, book)),
        table_lines=table_lines(tables, doc.position),
        rates=stated_rates(text, symbols),
        date=article_date(text.splitlines()[:8]),
        table=Rates.from_config(config.fx),
    )


def facts_record(facts: ArticleFacts) -> dict[str, Any]:
    """What the extraction cache keeps of an article's facts (its claims are kept beside them)."""
    return {
        "derived": [asdict(d) for d in facts.derived],
        "table_lines": sorted(facts.table_lines),
        "rates": dict(facts.rates),
        "date": facts.date.isoformat() if facts.date else None,
    }


def facts_from(record: dict[str, Any], source: str, claims: list[Claim], config: Config) -> ArticleFacts:
    """An article's facts as ``facts_record`` kept them."""
    return ArticleFacts(
        source=source,
        claims=tuple(claims),
        derived=tuple(_derived(d) for d in record["derived"]),
        table_lines=frozenset(record["table_lines"]),
        rates=dict(record["rates"]),
        date=dt.date.fromisoformat(record["date"]) if record["date"] else None,
        table=Rates.from_config(config.fx),
    )


def _bound(record: dict[str, Any]) -> Bound:
    return Bound(**{**record, "hedges": tuple(record["hedges"])})


def _derived(record: dict[str, Any]) -> Derived:
    operands = tuple(
        Operand(
            **{
                **o,
                "entities": tuple(o["entities"]),
                "figure": _bound(o["figure"]) if o["figure"] is not None else None,
            }
        )
        for o in record["operands"]
    )
    return Derived(**{**record, "stated": _bound(record["stated"]), "operands": operands})
