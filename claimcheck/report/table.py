"""Rich tables for people at a terminal: findings side by side, and claims."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from claimcheck.engine import Summary
from claimcheck.formatting import claim_value, qualifiers
from claimcheck.model import Claim, Finding
from claimcheck.report.coverage_table import coverage_line, skipped_figures
from claimcheck.report.records import Extraction, Report, state_counts
from claimcheck.report.terminal import printable

if TYPE_CHECKING:  # rich is imported when a table is drawn, not when the CLI starts
    from rich.console import Console
    from rich.text import Text

_COLOURS = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def console_for(out: TextIO) -> Console:
    from rich.console import Console

    # A table piped to a file or pager is read wide; a terminal sets its own width.
    width = None if out.isatty() else 140
    return Console(file=out, soft_wrap=False, highlight=False, width=width)


def _plain(*lines: str) -> Text:
    """Cell text from an article or a config: never markup, never an escape sequence."""
    from rich.text import Text

    return Text("\n".join(printable(line) for line in lines))


def excerpt(quote: str, raw: str, width: int = 90) -> str:
    """The part of a quote around its figure, for a table cell (escapes and controls removed)."""
    quote, raw = re.sub(r"\s+", " ", printable(quote).strip()), printable(raw)
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
        text.append(printable(claim_value(c) + qualifiers(c)), style="bold")
        text.append(printable(f"  {c.source}:{c.place}" + (f" ({c.when})" if c.when else "")), style="dim")
        text.append(f"\n“{excerpt(c.quote, c.raw)}”", style="italic")
    return text


def _said(f: Finding) -> str:
    """What a finding about no figure says: why an article could not be read."""
    return f"cannot read: {f.details['reason']}" if "reason" in f.details else ""


def _what(f: Finding) -> Text:
    if not f.entity:  # a finding about a file, not a figure (unreadable-article)
        return _plain(*f.rule.split("-"))
    return _plain(f.entity, f.metric, *([f.period] if f.period else []))


def _statement(f: Finding) -> Text:
    """An in-article finding's statement: what is stated, where, and the quote around it."""
    from rich.text import Text

    d = f.details
    text = Text()
    text.append(printable(f"stated {d['stated']['text'].strip()}"), style="bold")
    text.append(printable(f"  {d['source']}:{d['line']}"), style="dim")
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
        text.append(printable(f"\n{c.raw.strip()}  {c.source}:{c.place}"), style="dim")
    return text


def summary_line(s: Summary) -> str:
    """``5 articles · 213 claims · 421 comparisons · 14 findings (9 errors, 5 warnings)``."""
    counts = ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in s.findings.items() if n)
    total = sum(s.findings.values())
    articles = f"{s.articles} article{'s' if s.articles != 1 else ''}"
    if s.unreadable:
        articles += f" · {s.unreadable} unreadable"
    findings = f"{total} finding{'s' if total != 1 else ''}" + (f" ({counts})" if counts else "")
    line = f"{articles} · {s.claims} claims · {s.comparisons} comparisons · {findings}"
    a = s.arithmetic
    if a.get("found"):
        line += (
            f"\nin-article arithmetic: {a['found']} derived statements · {a['recomputed']} recomputed"
            f" · {a['not_tied']} not tied to the article's figures · {a['flagged']} do not hold"
        )
    covered = coverage_line(s.reading)
    return line + (f"\n{covered}" if covered else "")


def states_line(report: Report) -> str | None:
    """``2 new · accepted: 30 in the baseline, 1 already there at main``, when any is accepted."""
    counts = state_counts(report)
    words = {
        "baselined": "in the baseline",
        "existing": f"already there at {report.since.ref}" if report.since else "already there",
        "suppressed": "suppressed",
    }
    accepted = [f"{counts[k]} {w}" for k, w in words.items() if counts[k]]
    if not accepted and report.since is None and report.baseline is None:
        return None
    changed = f" in {len(report.since.changed)} changed since {report.since.ref}" if report.since else ""
    line = f"{counts['new']} new{changed}"
    return line + (f" · accepted: {', '.join(accepted)}" if accepted else "")


def stale_lines(report: Report) -> list[str]:
    """One line per baseline entry that no finding matches any more."""
    return [
        f"stale baseline entry {e.id} ({e.rule}: {e.entity} {e.metric}): no longer found; "
        f"`claimcheck baseline --prune` drops it"
        for e in report.stale
    ]


def _row(f: Finding) -> tuple[list[Claim], list[Claim], str]:
    """The first source (the outlier, when there is one) against all the others, and the gap."""
    if not f.claims:  # an unreadable article or an unused suppression: said in words
        return [], [], f.message
    by_source: dict[str, list[Claim]] = {}
    for c in f.claims:
        by_source.setdefault(c.source, []).append(c)
    first, *others = by_source.values()
    gap = f.message.rsplit(": ", 1)[-1] + (f"\n{f.diagnosis}" if f.diagnosis else "")
    if f.consensus is not None:
        gap = f"outlier against {f.consensus.count} sources that agree\n{gap}"
    return first, [c for found in others for c in found], gap


def findings(report: Report, out: TextIO) -> None:
    """Each new contradiction with its values side by side, both quotes, file:line and a likely
    cause; then the summary, what was accepted, and stale baseline entries."""
    from rich.table import Table

    console = console_for(out)
    shown = [r.finding for r in report.counting]
    if shown:
        table = Table(show_lines=True, expand=True, title="claimcheck: contradictions")
        table.add_column("", min_width=7, no_wrap=True)
        for name, ratio in (("claim", 2), ("one article", 6), ("the other", 6), ("apart · likely cause", 4)):
            table.add_column(name, ratio=ratio, overflow="fold")
        for i, f in enumerate(shown):
            following = shown[i + 1] if i + 1 < len(shown) else None
            new_group = following is None or (following.entity, following.metric) != (f.entity, f.metric)
            colour = _COLOURS[str(f.severity)]
            if "computation" in f.details:  # a statement an article's own figures do not bear out
                cause = f.rule + (f"\n{f.diagnosis}" if f.diagnosis else "")
                row = (_what(f), _statement(f), _recomputed(f), _plain(*cause.split("\n")))
                table.add_row(f"[{colour}]{f.severity}[/]", *row, end_section=new_group)
                continue
            first, second, gap = _row(f)
            table.add_row(
                f"[{colour}]{f.severity}[/]",
                _what(f),
                _side(first) if f.claims else _plain(str(f.details.get("source", ""))),
                _side(second) if f.claims else _plain(_said(f)),
                _plain(*gap.split("\n")),
                end_section=new_group,
            )
        console.print(table)
    console.print(summary_line(report.summary))
    for line in filter(None, [states_line(report), *stale_lines(report)]):
        console.print(line, markup=False)


def claims(extraction: Extraction, out: TextIO) -> None:
    """Every claim read: where, about what, and the value as stated and converted; the coverage
    line under it (with ``figures``, the table of numbers that are no claim)."""
    from rich.table import Table

    table = Table(expand=True, title="claimcheck: claims")
    for name in ("where", "entity", "metric", "period", "value", "quote"):
        table.add_column(name, overflow="fold")
    found = extraction.claims
    for c in found:
        status = "" if c.status == "unreviewed" else f" [{c.status}]"
        table.add_row(
            _plain(f"{c.source}:{c.place}"),
            _plain(c.entity + (f" ({c.variant})" if c.variant else "")),
            _plain(c.metric + (f" ({c.price_kind})" if c.price_kind not in (None, "unspecified") else "")),
            _plain(c.period or ""),
            _plain(claim_value(c) + qualifiers(c) + status),
            _plain(excerpt(c.quote, c.raw, 60)),
        )
    console = console_for(out)
    console.print(table)
    console.print(f"{len(found)} claims from {len({c.source for c in found})} articles")
    if extraction.figures:
        skipped_figures(extraction.reading, console)
    line = coverage_line(extraction.reading)
    if line:
        console.print(_plain(line))
