"""JSON: one document on stdout and nothing else there."""

from __future__ import annotations

import json
from typing import TextIO

from claimcheck.model import Claim
from claimcheck.report.records import Report, check_document, claims_document


def findings(report: Report, out: TextIO) -> None:
    json.dump(check_document(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


def claims(found: list[Claim], out: TextIO) -> None:
    json.dump(claims_document(found), out, ensure_ascii=False, indent=2)
    out.write("\n")
