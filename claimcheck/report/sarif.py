"""SARIF 2.1.0, as GitHub code scanning accepts it: the tool and its rules with help text, one
result per finding with its primary location (the edited article's line) and the other claims as
related locations, and partial fingerprints (the finding's content hash) so code scanning tracks
a finding across edits. Accepted findings carry ``suppressions`` (in the baseline: external; a
comment: in source) and, when a baseline or ref was compared, a ``baselineState``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from claimcheck.report.records import TOOL, Location, Record, Report, RuleInfo
from claimcheck.triage import State

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT = "%SRCROOT%"


def _location(loc: Location, text: str | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(loc.line, 1), "startColumn": max(loc.column, 1)}
    if loc.quote:
        region["snippet"] = {"text": loc.quote}
    found: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": loc.source, "uriBaseId": ROOT}, "region": region}
    }
    if text:
        found["message"] = {"text": text}
    return found


def _rule(info: RuleInfo) -> dict[str, Any]:
    name = "".join(part.capitalize() for part in info.id.split("-"))
    return {
        "id": info.id,
        "name": name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.help.split("\n\n", 1)[0].replace("\n", " ")},
        "help": {"text": info.help, "markdown": info.help},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"tags": ["claimcheck", "numbers"]},
    }


def _result(record: Record, index: dict[str, int], compared: bool) -> dict[str, Any]:
    f = record.finding
    text = f.message + (f" Likely cause: {f.diagnosis}." if f.diagnosis else "")
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVELS[str(f.severity)],
        "message": {"text": text},
        "locations": [_location(record.primary, record.primary.value or None)],
        "partialFingerprints": {"claimcheckFinding/v1": f.id},
        "properties": {"state": str(record.state), "entity": f.entity, "metric": f.metric},
    }
    if record.related:
        result["relatedLocations"] = [
            {"id": i, **_location(loc, f"{loc.value} ({loc.where})")}
            for i, loc in enumerate(record.related, 1)
        ]
    if compared:
        result["baselineState"] = "new" if record.state is State.NEW else "unchanged"
    if record.state in (State.BASELINED, State.SUPPRESSED):
        kind = "external" if record.state is State.BASELINED else "inSource"
        result["suppressions"] = [{"kind": kind, "status": "accepted", "justification": record.reason or ""}]
    return result


def document(report: Report) -> dict[str, Any]:
    """The SARIF log of a report."""
    index = {r.id: i for i, r in enumerate(report.rules)}
    compared = report.since is not None or report.baseline is not None
    properties: dict[str, Any] = {
        "configFingerprint": report.tool.config_fingerprint,
        "ratesDate": report.tool.rates_date,
    }
    if report.since is not None:
        properties["changedSince"] = {"ref": report.since.ref, "commit": report.since.commit}
    run = {
        "tool": {
            "driver": {
                "name": TOOL,
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "rules": [_rule(r) for r in report.rules],
            }
        },
        "invocations": [{"executionSuccessful": True}],
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, index, compared) for r in report.records],
        "properties": properties,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def findings(report: Report, out: TextIO) -> None:
    json.dump(document(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
