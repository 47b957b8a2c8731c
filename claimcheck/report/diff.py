"""What an edit changed, for people (a rich table) and programs (JSON)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from claimcheck.diff import ClaimChange, Diff
from claimcheck.formatting import claim_value, qualifiers
from claimcheck.model import Claim
from claimcheck.report.records import SCHEMA
from claimcheck.report.table import console_for, excerpt


def _figure(c: Claim | None) -> str:
    return "" if c is None else claim_value(c) + qualifiers(c)


def _what(change: ClaimChange) -> str:
    c = change.after or change.before
    assert c is not None
    return f"{c.entity} {c.metric}" + (f" {c.when}" if c.when else "")


def table(d: Diff, out: TextIO) -> None:
    """Claims added, removed and changed, then findings created and resolved."""
    from rich.table import Table

    console = console_for(out)
    if d.claims:
        claims = Table(expand=True, title="claimcheck: claims changed")
        for name in ("", "where", "claim", "before", "after", "quote"):
            claims.add_column(name, overflow="fold")
        for ch in d.claims:
            c = ch.after or ch.before
            assert c is not None
            claims.add_row(
                ch.kind,
                f"{c.location}",
                _what(ch),
                _figure(ch.before),
                _figure(ch.after),
                excerpt(c.quote, c.raw, 60),
            )
        console.print(claims)
    for title, found in (("findings created", d.created), ("findings resolved", d.resolved)):
        if found:
            rows = Table(expand=True, title=f"claimcheck: {title}")
            rows.add_column("", no_wrap=True)
            rows.add_column("finding", overflow="fold")
            for f in found:
                rows.add_row(str(f.severity), f.message)
            console.print(rows)
    counts = {k: sum(ch.kind == k for ch in d.claims) for k in ("added", "removed", "changed")}
    line = ", ".join(f"{n} {k}" for k, n in counts.items())
    console.print(
        f"{len(d.articles)} article{'s' if len(d.articles) != 1 else ''} changed · claims: {line} · "
        f"findings: {len(d.created)} created, {len(d.resolved)} resolved",
        markup=False,
    )


def _change(ch: ClaimChange) -> dict[str, Any]:
    return {
        "change": ch.kind,
        "source": ch.source,
        "before": None if ch.before is None else ch.before.to_dict(),
        "after": None if ch.after is None else ch.after.to_dict(),
    }


def document(d: Diff) -> dict[str, Any]:
    """The diff document: schema, articles compared, claim changes, findings created and resolved."""
    return {
        "schema": SCHEMA,
        "articles": list(d.articles),
        "claims": [_change(ch) for ch in d.claims],
        "findings": {
            "created": [f.to_dict() for f in d.created],
            "resolved": [f.to_dict() for f in d.resolved],
        },
    }


def as_json(d: Diff, out: TextIO) -> None:
    json.dump(document(d), out, ensure_ascii=False, indent=2)
    out.write("\n")


FORMATS = {"table": table, "json": as_json}
