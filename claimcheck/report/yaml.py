"""YAML: the claims document, as the store writes claims, with the articles' coverage."""

from __future__ import annotations

from typing import TextIO

from claimcheck.report.records import Extraction, extraction_document


def claims(found: Extraction, out: TextIO) -> None:
    import yaml

    yaml.safe_dump(extraction_document(found), out, sort_keys=False, allow_unicode=True, width=120)
