"""GitLab Code Quality report: a JSON array of issues (description, check_name, fingerprint,
severity, location.path and location.lines.begin), which GitLab shows in merge requests.

Findings in the baseline or suppressed are left out (GitLab has no way to show them accepted);
GitLab itself compares the report with the target branch's.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from claimcheck.report.github import message
from claimcheck.report.records import Record, Report
from claimcheck.triage import State

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def issue(record: Record) -> dict[str, Any]:
    """One Code Quality issue."""
    f, where = record.finding, record.primary
    return {
        "type": "issue",
        "check_name": f.rule,
        "description": message(record),
        "categories": ["Bug Risk"],
        "fingerprint": f.id,
        "severity": SEVERITIES[str(f.severity)],
        "location": {"path": where.source, "lines": {"begin": max(where.line, 1)}},
    }


def findings(report: Report, out: TextIO) -> None:
    shown = [r for r in report.records if r.state not in (State.BASELINED, State.SUPPRESSED)]
    json.dump([issue(r) for r in shown], out, ensure_ascii=False, indent=2)
    out.write("\n")
