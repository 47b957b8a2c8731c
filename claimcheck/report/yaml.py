"""YAML: the claims document, as the store writes claims, with the articles' coverage."""

from __future__ import annotations

from typing import TextIO

from claimcheck.report.records import Extraction, extraction_document
from claimcheck.yamlfile import dump


def claims(found: Extraction, out: TextIO) -> None:
    """The claims document, written as the store writes its files."""
    out.write(dump(extraction_document(found)))
