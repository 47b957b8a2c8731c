"""JUnit XML, which most CI systems show as test results: one test suite per article read, one
test case per finding about it (a new finding fails, an accepted one is skipped with its reason),
and one passing case for an article with no finding.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from claimcheck.report.github import message
from claimcheck.report.records import Record, Report


def _case(suite: ET.Element, record: Record) -> None:
    f, where = record.finding, record.primary
    case = ET.SubElement(
        suite,
        "testcase",
        name=f"{f.rule}: {f.message.split(': ', 1)[0]}",
        classname=where.source,
        file=where.source,
        line=str(where.line),
    )
    if record.counts:
        failure = ET.SubElement(case, "failure", message=f.message, type=str(f.severity))
        failure.text = f"{where.where}\n{message(record)}"
    else:
        ET.SubElement(case, "skipped", message=f"{record.state}: {record.reason or ''}".strip(": "))


def document(report: Report) -> ET.Element:
    """The ``<testsuites>`` element of a report."""
    by_source: dict[str, list[Record]] = defaultdict(list)
    for record in report.records:
        by_source[record.primary.source].append(record)
    root = ET.Element("testsuites", name="claimcheck")
    total = failures = skipped = 0
    for source in sorted(set(report.articles) | set(by_source)):
        records = by_source.get(source, [])
        fails = sum(r.counts for r in records)
        skips = len(records) - fails
        suite = ET.SubElement(
            root,
            "testsuite",
            name=source,
            tests=str(max(len(records), 1)),
            failures=str(fails),
            errors="0",
            skipped=str(skips),
        )
        for record in records:
            _case(suite, record)
        if not records:
            ET.SubElement(suite, "testcase", name="no contradictions", classname=source, file=source)
        total, failures, skipped = total + max(len(records), 1), failures + fails, skipped + skips
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    return root


def findings(report: Report, out: TextIO) -> None:
    tree = ET.ElementTree(document(report))
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
