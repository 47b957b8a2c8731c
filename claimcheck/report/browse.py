"""Tables of what a corpus says: claims (also as CSV or JSON), entities, metrics and reviews."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from claimcheck.browse import Listing
from claimcheck.formatting import claim_value
from claimcheck.model import Claim
from claimcheck.report.console import console_for
from claimcheck.report.records import claims_document
from claimcheck.report.table import excerpt
from claimcheck.store.edit import Listed

CSV_FIELDS = (
    "id",
    "key",
    "source",
    "line",
    "column",
    "entity",
    "variant",
    "metric",
    "price_kind",
    "period",
    "inferred_period",
    "value",
    "low",
    "high",
    "unit",
    "stated_value",
    "stated_unit",
    "hedges",
    "status",
    "note",
    "reviewed_by",
    "reviewed_at",
    "raw",
    "quote",
)


def claims_table(found: list[Claim], out: TextIO) -> None:
    """Each claim with its id, where it stands, what it is about and the value as stated and compared."""
    from rich.table import Table

    table = Table(expand=True, title="claimcheck: claims")
    for name in (
        "id",
        "where",
        "entity",
        "variant",
        "metric",
        "period",
        "value",
        "hedges",
        "review",
        "quote",
    ):
        table.add_column(name, overflow="fold")
    for c in found:
        table.add_row(
            c.id,
            f"{c.source.rsplit('/', 1)[-1]}:{c.line}:{c.column}",
            c.entity,
            c.variant or "",
            c.metric + (f" ({c.price_kind})" if c.price_kind and c.price_kind != "unspecified" else ""),
            c.period or (f"({c.inferred_period})" if c.inferred_period else ""),
            claim_value(c),
            ", ".join(c.hedges),
            "" if c.status == "unreviewed" else c.status,
            excerpt(c.quote, c.raw, 60),
        )
    console = console_for(out)
    console.print(table)
    console.print(f"{len(found)} claims from {len({c.source for c in found})} articles")


def claims_csv(found: list[Claim], out: TextIO) -> None:
    """One row per claim, the contract's fields flattened (``stated`` as two columns, hedges joined)."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for c in found:
        record = c.to_dict()
        record["stated_value"], record["stated_unit"] = c.stated.value, c.stated.unit
        record["hedges"] = ";".join(c.hedges)
        writer.writerow({k: "" if record.get(k) is None else record[k] for k in CSV_FIELDS})


def claims_json(found: list[Claim], out: TextIO) -> None:
    json.dump(claims_document(found), out, ensure_ascii=False, indent=2)
    out.write("\n")


CLAIM_FORMATS = {"table": claims_table, "csv": claims_csv, "json": claims_json}


def listing_table(rows: list[Listing], kind: str, related: str, out: TextIO) -> None:
    """Entities or metrics: counts, what they go with, and every way the articles wrote them."""
    from rich.table import Table

    table = Table(expand=True, title=f"claimcheck: {kind}")
    singular = {"entities": "entity", "metrics": "metric"}.get(kind, kind)
    for name in (singular, "claims", "sources", related, "as written (claims)"):
        table.add_column(name, overflow="fold")
    for row in rows:
        written = ", ".join(f"{text} ({n})" for text, n in row.written)
        table.add_row(row.name, str(row.claims), str(row.sources), ", ".join(row.related), written)
    console_for(out).print(table)


def listing_json(rows: list[Listing], kind: str, related: str, out: TextIO) -> None:
    records = [
        {
            "name": r.name,
            "claims": r.claims,
            "sources": r.sources,
            related: list(r.related),
            "written": [{"text": t, "claims": n} for t, n in r.written],
        }
        for r in rows
    ]
    json.dump({"schema": 1, kind: records}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _review_record(item: Listed) -> dict[str, Any]:
    e = item.entry
    return {
        "id": e.get("id"),
        "source": e.get("source"),
        "line": e.get("line"),
        "entity": e.get("entity"),
        "metric": e.get("metric"),
        "raw": e.get("raw"),
        "status": item.review.status,
        "correction": item.review.correction,
        "note": item.review.note,
        "reviewed_by": item.review.by,
        "reviewed_at": item.review.at,
        "matches": not item.orphaned,
        "store": item.path.as_posix(),
    }


def reviews_table(found: list[Listed], out: TextIO) -> None:
    """Every review in the store; one that no longer matches any claim says so."""
    from rich.table import Table

    table = Table(expand=True, title="claimcheck: reviews")
    for name in ("id", "where", "claim", "review", "correction", "note", "by", "when"):
        table.add_column(name, overflow="fold")
    for item in found:
        r = _review_record(item)
        status = r["status"] + ("\n(no longer matches any claim)" if item.orphaned else "")
        correction = ", ".join(f"{k}={v}" for k, v in (r["correction"] or {}).items())
        table.add_row(
            str(r["id"]),
            f"{str(r['source']).rsplit('/', 1)[-1]}:{r['line']}",
            f"{r['entity']} {r['metric']} “{r['raw']}”",
            status,
            correction,
            r["note"] or "",
            r["reviewed_by"] or "",
            r["reviewed_at"] or "",
        )
    console = console_for(out)
    console.print(table)
    lost = sum(item.orphaned for item in found)
    count = f"{len(found)} review{'s' if len(found) != 1 else ''}"
    console.print(count + (f", {lost} no longer matching any claim" if lost else ""))


def reviews_json(found: list[Listed], out: TextIO) -> None:
    json.dump({"schema": 1, "reviews": [_review_record(i) for i in found]}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _reading(c: Claim) -> tuple[object, ...]:
    return c.entity, c.variant, c.metric, c.when, c.price_kind, c.value, c.low, c.high


def reviewed(before: Claim, after: Claim, by: str) -> str:
    """One line on a review just written: what the claim was, how it now reads, what check does with it."""
    what = f"{before.entity} {before.metric} {claim_value(before)}"
    if _reading(after) != _reading(before):
        when = f" in {after.when}" if after.when else ""
        what += f" now read as {after.entity} {after.metric} {claim_value(after)}{when}"
    effect = "; check leaves it out" if after.status == "rejected" else ""
    return f"{after.id}: {after.status} by {by} ({what}){effect}"
