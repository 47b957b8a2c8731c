"""Reporters by format name. None of them decides the exit code (engine.exit_code does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from claimcheck.engine import CheckResult
from claimcheck.model import Claim
from claimcheck.report import json, table, yaml

CHECK_FORMATS: dict[str, Callable[[CheckResult, TextIO], None]] = {
    "table": table.findings,
    "json": json.findings,
}
EXTRACT_FORMATS: dict[str, Callable[[list[Claim], TextIO], None]] = {
    "table": table.claims,
    "json": json.claims,
    "yaml": yaml.claims,
}
