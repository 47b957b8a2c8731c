"""Markdown for a pull-request comment: a table of the new findings with both quotes, what was
accepted, stale baseline entries, and the summary line."""

from __future__ import annotations

from typing import TextIO

from claimcheck.report.records import Location, Record, Report
from claimcheck.report.table import excerpt, stale_lines, states_line, summary_line


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _side(loc: Location) -> str:
    quote = excerpt(loc.quote, "", 110)
    return _cell(f"**{loc.value}** `{loc.where}`\n“{quote}”")


def _row(record: Record) -> str:
    f = record.finding
    if not f.claims:
        return f"| {f.severity} | {f.rule} | {_cell(f.message)} | | |"
    here = record.primary
    other = next((loc for loc in record.related if loc.source != here.source), None)
    more = [loc for loc in record.related if loc is not other]
    theirs = _side(other) if other else ""
    if more:
        theirs += _cell(f"\n(+{len(more)} more: {', '.join(loc.where for loc in more[:4])})")
    apart = f.message.rsplit(": ", 1)[-1] + (f"\n{f.diagnosis}" if f.diagnosis else "")
    what = f"{f.entity} {f.metric}" + (f" {f.period}" if f.period else "")
    return f"| {f.severity} | {_cell(what)} | {_side(here)} | {theirs} | {_cell(apart)} |"


def findings(report: Report, out: TextIO) -> None:
    new = report.counting
    title = f"{len(new)} new finding{'s' if len(new) != 1 else ''}" if new else "no new findings"
    out.write(f"### claimcheck: {title}\n\n")
    if new:
        out.write("| severity | claim | this article | the other | apart · likely cause |\n")
        out.write("|---|---|---|---|---|\n")
        for record in new:
            out.write(_row(record) + "\n")
        out.write("\n")
    accepted = [r for r in report.records if not r.counts]
    if accepted:
        out.write(f"<details><summary>{len(accepted)} accepted</summary>\n\n")
        for r in accepted:
            out.write(f"- {r.state}: {_cell(r.finding.message)} ({_cell(r.reason or '')})\n")
        out.write("\n</details>\n\n")
    for line in stale_lines(report):
        out.write(f"- {line}\n")
    out.write(f"\n{summary_line(report.summary)}\n")
    states = states_line(report)
    if states:
        out.write(f"{states}\n")
