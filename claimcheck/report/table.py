"""Rich tables for people at a terminal: findings side by side, and claims."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from claimcheck.engine import CheckResult, Summary
from claimcheck.formatting import claim_value, qualifiers
from claimcheck.model import Claim, Finding

if TYPE_CHECKING:  # rich is imported when a table is drawn, not when the CLI starts
    from rich.console import Console
    from rich.text import Text

_COLOURS = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _console(out: TextIO) -> Console:
    from rich.console import Console

    # A table piped to a file or pager is read wide; a terminal sets its own width.
    width = None if out.isatty() else 140
    return Console(file=out, soft_wrap=False, highlight=False, width=width)


def excerpt(quote: str, raw: str, width: int = 90) -> str:
    """The part of a quote around its figure, for a table cell."""
    quote = re.sub(r"\s+", " ", quote.strip())
    at = quote.find(raw) if raw else -1
    if len(quote) <= width or at < 0:
        return quote if len(quote) <= width else quote[: width - 1] + "…"
    start = max(0, min(at - width // 2, len(quote) - width))
    piece = quote[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(quote) else "")


def _side(claims: list[Claim]) -> Text:
    from rich.text import Text

    text = Text()
    for i, c in enumerate(claims):
        if i:
            text.append("\n")
        text.append(claim_value(c) + qualifiers(c), style="bold")
        text.append(
            f"  {c.source.rsplit('/', 1)[-1]}:{c.line}" + (f" ({c.when})" if c.when else ""), style="dim"
        )
        text.append(f"\n“{excerpt(c.quote, c.raw)}”", style="italic")
    return text


def _statement(f: Finding) -> Text:
    """An in-article finding's statement: what is stated, where, and the quote around it."""
    from rich.text import Text

    d = f.details
    text = Text()
    text.append(f"stated {d['stated']['text'].strip()}", style="bold")
    text.append(f"  {d['source'].rsplit('/', 1)[-1]}:{d['line']}", style="dim")
    text.append(f"\n“{excerpt(d['quote'], d['stated']['text'])}”", style="italic")
    return text


def _recomputed(f: Finding) -> Text:
    """An in-article finding's computation: the value recomputed, the figures used and where they stand."""
    from rich.text import Text

    from claimcheck.arithmetic.findings import show
    from claimcheck.arithmetic.intervals import Interval

    d = f.details["recomputed"]
    text = Text()
    text.append(show(Interval.of(d["low"], d["high"]), d["unit"]), style="bold")
    text.append(f"\n{f.details['computation']}", style="dim")
    for c in f.claims:
        text.append(f"\n{c.raw.strip()}  {c.location}", style="dim")
    return text


def _what(f: Finding) -> str:
    return "\n".join(x for x in (f.entity, f.metric, f.period or "") if x)


def summary_line(s: Summary) -> str:
    """``5 articles · 213 claims · 421 comparisons · 14 findings (9 errors, 5 warnings)``."""
    counts = ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in s.findings.items() if n)
    total = sum(s.findings.values())
    articles = f"{s.articles} article{'s' if s.articles != 1 else ''}"
    findings = f"{total} finding{'s' if total != 1 else ''}" + (f" ({counts})" if counts else "")
    line = f"{articles} · {s.claims} claims · {s.comparisons} comparisons · {findings}"
    a = s.arithmetic
    if a.get("found"):
        line += (
            f"\nin-article arithmetic: {a['found']} derived statements · {a['recomputed']} recomputed"
            f" · {a['not_tied']} not tied to the article's figures · {a['flagged']} do not hold"
        )
    return line


def findings(result: CheckResult, out: TextIO) -> None:
    """Each contradiction with its values side by side, both quotes, file:line and a likely cause."""
    from rich.table import Table

    console = _console(out)
    if result.findings:
        table = Table(show_lines=True, expand=True, title="claimcheck: contradictions")
        table.add_column("", min_width=7, no_wrap=True)
        for name, ratio in (("claim", 2), ("one article", 6), ("the other", 6), ("apart · likely cause", 4)):
            table.add_column(name, ratio=ratio, overflow="fold")
        for i, f in enumerate(result.findings):
            colour = _COLOURS[str(f.severity)]
            following = result.findings[i + 1] if i + 1 < len(result.findings) else None
            new_group = following is None or (following.entity, following.metric) != (f.entity, f.metric)
            if "computation" in f.details:
                cause = f"{f.rule}" + (f"\n{f.diagnosis}" if f.diagnosis else "")
                table.add_row(
                    f"[{colour}]{f.severity}[/]",
                    _what(f),
                    _statement(f),
                    _recomputed(f),
                    cause,
                    end_section=new_group,
                )
                continue
            by_source: dict[str, list[Claim]] = {}
            for c in f.claims:
                by_source.setdefault(c.source, []).append(c)
            sides = [*by_source.values(), [], []]
            gap = f.message.rsplit(": ", 1)[-1] + (f"\n{f.diagnosis}" if f.diagnosis else "")
            table.add_row(
                f"[{colour}]{f.severity}[/]",
                _what(f),
                _side(sides[0]),
                _side(sides[1]),
                gap,
                end_section=new_group,
            )
        console.print(table)
    console.print(summary_line(result.summary))


def claims(found: list[Claim], out: TextIO) -> None:
    """Every claim read: where, about what, and the value as stated and converted."""
    from rich.table import Table

    table = Table(expand=True, title="claimcheck: claims")
    for name in ("where", "entity", "metric", "period", "value", "quote"):
        table.add_column(name, overflow="fold")
    for c in found:
        status = "" if c.status == "unreviewed" else f" [{c.status}]"
        table.add_row(
            f"{c.source.rsplit('/', 1)[-1]}:{c.line}",
            c.entity + (f" ({c.variant})" if c.variant else ""),
            c.metric + (f" ({c.price_kind})" if c.price_kind and c.price_kind != "unspecified" else ""),
            c.period or "",
            claim_value(c) + qualifiers(c) + status,
            excerpt(c.quote, c.raw, 60),
        )
    console = _console(out)
    console.print(table)
    console.print(f"{len(found)} claims from {len({c.source for c in found})} articles")
