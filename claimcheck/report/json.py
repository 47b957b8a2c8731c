"""JSON: one document on stdout and nothing else there.

A document of up to ``INDENTED`` records is indented for a person to read; a larger one is
written compact, by the json module's C encoder (the indenting encoder is Python, and spent most
of a 10,000-finding run's report).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from claimcheck.report.records import Extraction, Report, check_document, extraction_document

INDENTED = 2000


def _write(document: dict[str, Any], records: int, out: TextIO) -> None:
    indent = 2 if records <= INDENTED else None
    out.write(json.dumps(document, ensure_ascii=False, indent=indent))
    out.write("\n")


def findings(report: Report, out: TextIO) -> None:
    document = check_document(report)
    _write(document, len(document["findings"]), out)


def claims(found: Extraction, out: TextIO) -> None:
    _write(extraction_document(found), len(found.claims), out)
