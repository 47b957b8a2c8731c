"""JSON: one document on stdout and nothing else there."""

from __future__ import annotations

import json
from typing import TextIO

from claimcheck.engine import CheckResult
from claimcheck.model import Claim
from claimcheck.report.records import check_document, claims_document


def findings(result: CheckResult, out: TextIO) -> None:
    json.dump(check_document(result), out, ensure_ascii=False, indent=2)
    out.write("\n")


def claims(found: list[Claim], out: TextIO) -> None:
    json.dump(claims_document(found), out, ensure_ascii=False, indent=2)
    out.write("\n")
