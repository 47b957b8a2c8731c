"""The one list of plain records every machine format is rendered from."""

from __future__ import annotations

from typing import Any

from claimcheck.engine import CheckResult
from claimcheck.model import Claim

SCHEMA = 1


def check_document(result: CheckResult) -> dict[str, Any]:
    """``{"schema": 1, "findings": [...], "summary": {...}}``."""
    return {
        "schema": SCHEMA,
        "findings": [f.to_dict() for f in result.findings],
        "summary": result.summary.to_dict(),
    }


def claims_document(claims: list[Claim]) -> dict[str, Any]:
    """``{"schema": 1, "claims": [...]}``."""
    return {"schema": SCHEMA, "claims": [c.to_dict() for c in claims]}
