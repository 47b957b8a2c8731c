"""Coverage for people: one line of what the articles hold that became no claim, and with
``--coverage`` every such number with its place and reason (how a user finds what the reader
misses)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from claimcheck.extract.coverage import Report, total
from claimcheck.report.terminal import printable

if TYPE_CHECKING:
    from rich.console import Console


def coverage_line(reading: Mapping[str, Report]) -> str | None:
    """``coverage: 412 numbers · 230 claims · skipped 182 (94 year or date, 30 relative change, …)``."""
    if not reading:
        return None
    sum_ = total(reading.values())
    skipped = sum_.numbers - sum_.claims
    reasons = ", ".join(f"{n} {reason}" for reason, n in sum_.skipped.items())
    line = f"coverage: {sum_.numbers} numbers · {sum_.claims} claims · {skipped} skipped"
    return line + (f" ({reasons})" if reasons else "")


def skipped_figures(reading: Mapping[str, Report], console: Console) -> None:
    """A table of every number that became no claim, by article, with its reason."""
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=True, title="claimcheck: numbers that are no claim")
    for name in ("where", "number", "reason"):
        table.add_column(name, overflow="fold")
    for source, report in sorted(reading.items()):
        for f in report.figures:
            table.add_row(Text(printable(f"{source}:{f.place}")), Text(printable(f.text)), Text(f.reason))
    console.print(table)
    for source, report in sorted(reading.items()):
        console.print(Text(printable(f"{source}: {coverage_line({source: report})}")))
