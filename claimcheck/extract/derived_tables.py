"""Derived statements in and against an article's tables.

- a ``Total`` row or column against the sum of its parts;
- a column of shares (``Market Share``) of one whole summing to at most 100;
- a share row against its parts: ``Zhipu AI Market Share 8%`` beside ``Zhipu AI Revenue $200M`` and
  ``China LLM Market Size $2.5B`` for the same year;
- a figure in prose against the same entity, metric and period in a table of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.extract.derived_context import ArticleReading
from claimcheck.extract.derived_conversions import conversions
from claimcheck.extract.derived_model import Bound, Derived, Operand
from claimcheck.extract.document import Cell, Table
from claimcheck.model import Claim, Quantity
from claimcheck.quantities import parse

_TOTAL = re.compile(r"^\W*(?:grand\s+)?(?:total|sum|all|overall|combined)\b", re.I)
_SUBTOTAL = re.compile(r"\bsub-?total\b", re.I)
_SHARE_HEADER = re.compile(r"\bshare\b", re.I)


def table_lines(tables: list[Table], doc_position) -> frozenset[int]:
    """The line numbers tables stand on."""
    lines: set[int] = set()
    for table in tables:
        for row in (table.header, *table.rows):
            if row:
                lines.add(doc_position(row[0].start)[0])
    return frozenset(lines)


def _one(cell: Cell, article: ArticleReading) -> Quantity | None:
    found = parse(cell.text, currency_symbols=article.symbols)
    return found[0] if len(found) == 1 or (found and found[0].unit and len(found) == 2) else None


def _additive(q: Quantity) -> bool:
    return q.unit not in ("%", "x", "points", "pp")


def _row_quote(article: ArticleReading, row: tuple[Cell, ...]) -> str:
    return article.doc.line(article.doc.position(row[0].start)[0])


def _sum(
    article: ArticleReading, total: Cell, parts: list[Cell], quote: str, shares: bool = False
) -> Derived | None:
    """A total cell against the sum of its parts (percentages add up only as shares of one whole)."""
    whole = _one(total, article)
    if whole is None or not parts:
        return None
    found = [_one(c, article) for c in parts if c.text.strip() not in ("", "—", "-", "–")]
    if not found or any(q is None or q.unit != whole.unit for q in found):
        return None
    if not _additive(whole) and not (shares and whole.unit == "%"):
        return article.statement(
            "total",
            "sum",
            Bound.of(whole),
            (),
            total.start + whole.start,
            quote,
            "a total's rate is not a sum of its parts",
        )
    operands = tuple(Operand("part", figure=Bound.of(q)) for q in found if q is not None)
    return article.statement("total", "sum", Bound.of(whole), operands, total.start + whole.start, quote)


def _total_rows(table: Table, article: ArticleReading) -> Iterator[Derived]:
    body = [r for r in table.rows if r and not _SUBTOTAL.search(r[0].text)]
    for row in body:
        if not _TOTAL.match(row[0].text):
            continue
        parts = [r for r in body if r is not row and not _TOTAL.match(r[0].text)]
        for j in range(1, len(row)):
            shares = j < len(table.header) and bool(_SHARE_HEADER.search(table.header[j].text))
            cells = [r[j] for r in parts if j < len(r)]
            found = _sum(article, row[j], cells, _row_quote(article, row), shares)
            if found is not None:
                yield found


def _total_columns(table: Table, article: ArticleReading) -> Iterator[Derived]:
    totals = [j for j, c in enumerate(table.header) if j and _TOTAL.match(c.text)]
    for t in totals:
        for row in table.rows:
            if t < len(row) and not _TOTAL.match(row[0].text):
                parts = [row[j] for j in range(1, len(row)) if j != t and j not in totals]
                found = _sum(article, row[t], parts, _row_quote(article, row))
                if found is not None:
                    yield found


def _share_columns(table: Table, article: ArticleReading) -> Iterator[Derived]:
    for j, head in enumerate(table.header):
        if not j or not _SHARE_HEADER.search(head.text) or any(_TOTAL.match(r[0].text) for r in table.rows):
            continue
        found = [(_one(r[j], article), r[j]) for r in table.rows if j < len(r) and r[j].text.strip()]
        if len(found) >= 2 and all(q is not None and q.unit == "%" for q, _ in found):
            operands = tuple(Operand("part", figure=Bound.of(q)) for q, _ in found if q is not None)
            whole = Bound(
                100.0, None, 100.0, "%", 0.0, (), " + ".join(q.text for q, _ in found if q is not None)
            )
            first = table.rows[0]
            yield article.statement("share", "sum", whole, operands, head.start, _row_quote(article, first))


def in_table(table: Table, article: ArticleReading) -> list[Derived]:
    """Conversions in cells, totals and share columns of one table."""
    out: list[Derived] = []
    for row in table.rows:
        for cell in row:
            if not re.search(r"\d.*(?:[(\[（]|\bor\b|/)", cell.text):
                continue  # a restatement needs a second amount after a bracket, "or" or a slash
            quantities = parse(cell.text, currency_symbols=article.symbols)

            def statement(kind, relation, stated, operands, offset, row=row):
                return article.statement(kind, relation, stated, operands, offset, _row_quote(article, row))

            out += conversions(cell.text, quantities, cell.start, statement)
    out += list(_total_rows(table, article))
    out += list(_total_columns(table, article))
    out += list(_share_columns(table, article))
    return out


def _claim_bound(c: Claim) -> Bound:
    return Bound(c.value, c.low, c.high, c.unit, c.precision, c.hedges, c.raw)


def _in_canonical_unit(c: Claim) -> Bound:
    """The claim as the article writes it in the unit tables are compared in: ``¥2.90 (about
    $0.40)`` is $0.40 against a dollar table (the conversion is checked on its own)."""
    for r in c.restated:
        if r.unit == c.unit:
            return Bound(r.value, r.low, r.high, r.unit, r.precision, c.hedges, c.raw)
    return _claim_bound(c)


def _statement(
    article: ArticleReading, c: Claim, kind: str, relation: str, operands: tuple[Operand, ...]
) -> Derived:
    return Derived(
        kind, relation, _claim_bound(c), operands, article.source, c.read_line, c.read_column, c.quote
    )


def share_rows(claims: list[Claim], lines: frozenset[int], article: ArticleReading) -> list[Derived]:
    """A market share in a table, with the entity's revenue and a market size for the same period."""
    out = []
    revenue = {(c.entity, c.when) for c in claims if c.metric == "revenue"}
    sizes = {c.when for c in claims if c.metric == "market_size"}
    for c in claims:
        if (
            c.metric == "market_share"
            and c.read_line in lines
            and c.when
            and (c.entity, c.when) in revenue
            and c.when in sizes
        ):
            operands = (Operand("a", (c.entity,), "revenue", c.when), Operand("b", (), "market_size", c.when))
            out.append(_statement(article, c, "share", "percent_of", operands))
    return out


def _per_unit(c: Claim) -> bool:
    """``revenue per employee is $431,000``: a rate per head, not the metric itself."""
    at = c.quote.find(c.raw)
    tail = c.quote[at + len(c.raw) : at + len(c.raw) + 30] if at >= 0 else ""
    head = c.quote[:at] if at >= 0 else ""  # "revenue per employee is $431,000, compared with $361,000"
    unit = r"(?:employee|worker|staff|head|customer|user|subscriber|share|seat|unit|capita)"
    return bool(
        re.match(rf"\s*(?:per|a|an|each)\s+{unit}", tail, re.I) or re.search(rf"\bper\s+{unit}\b", head, re.I)
    )


def _relative(c: Claim) -> bool:
    """``12.4 points higher than``, ``$2 billion more than``: a difference, not a level."""
    at = c.quote.find(c.raw)
    tail = c.quote[at + len(c.raw) : at + len(c.raw) + 30] if at >= 0 else ""
    return bool(
        re.match(
            r"\s*(?:points?\s+)?(?:higher|lower|more|less|ahead|behind|above|below|better|worse)\b",
            tail,
            re.I,
        )
    )


def prose_against_tables(
    claims: list[Claim], lines: frozenset[int], article: ArticleReading
) -> list[Derived]:
    """Each figure in prose about an entity and metric a table of the same article also gives."""
    in_tables = {(c.entity, c.metric) for c in claims if c.read_line in lines}
    out = []
    for c in claims:
        if c.read_line in lines or (c.entity, c.metric) not in in_tables or _per_unit(c) or _relative(c):
            continue
        operand = Operand("table", (c.entity,), c.metric, c.period, c.variant, c.price_kind)
        stated = _in_canonical_unit(c)
        out.append(
            Derived("table", "equal", stated, (operand,), article.source, c.read_line, c.read_column, c.quote)
        )
    return out
