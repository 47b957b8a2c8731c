"""YAML: the claims document, as the store writes claims."""

from __future__ import annotations

from typing import TextIO

from claimcheck.model import Claim
from claimcheck.report.records import claims_document


def claims(found: list[Claim], out: TextIO) -> None:
    import yaml

    yaml.safe_dump(claims_document(found), out, sort_keys=False, allow_unicode=True, width=120)
