"""GitHub Actions workflow commands: each new finding as an annotation on the edited article's
line (``::error file=…,line=…,col=…,title=…::…``) naming the other source, then the summary.

Accepted findings (suppressed, in the baseline, already there at the ref) get no annotation:
they are not what the pull request introduced. Stale baseline entries are notices.
"""

from __future__ import annotations

from typing import TextIO

from claimcheck.report.records import Record, Report
from claimcheck.report.table import excerpt, stale_lines, states_line, summary_line

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_message(text: str) -> str:
    """A command's message, escaped as the runner reads it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (file, title), escaped as the runner reads it."""
    return escape_message(text).replace(":", "%3A").replace(",", "%2C")


def message(record: Record) -> str:
    """The finding's message, naming the other sources' lines and quotes, and a likely cause."""
    f, here = record.finding, record.primary
    others = [loc for loc in record.related if loc.source != here.source] or list(record.related)
    text = f.message
    if others:
        named = "; ".join(f"{o.where} “{excerpt(o.quote, '', 80)}”" for o in others[:3])
        text += f"\nOther source: {named}"
    if f.diagnosis:
        text += f"\nLikely cause: {f.diagnosis}"
    return text


def annotation(record: Record) -> str:
    """One workflow command for one finding."""
    where = record.primary
    title = f"claimcheck {record.finding.rule}"
    return (
        f"::{LEVELS[str(record.finding.severity)]} file={escape_property(where.source)},line={where.line},"
        f"col={where.column},title={escape_property(title)}::{escape_message(message(record))}"
    )


def findings(report: Report, out: TextIO) -> None:
    for record in report.counting:
        out.write(annotation(record) + "\n")
    baseline = escape_property(report.baseline or "")
    for line in stale_lines(report):
        out.write(f"::notice file={baseline},title=claimcheck::{escape_message(line)}\n")
    out.write(summary_line(report.summary) + "\n")
    states = states_line(report)
    if states:
        out.write(states + "\n")
