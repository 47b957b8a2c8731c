"""The extraction cache: an article's claims, kept by exactly what they were read from.

Claims depend on the article's text, the code that read it, the config and the exchange-rate
table, so an entry's key hashes exactly those: the text's sha256, the tool's version (with a
digest of the package's own files, so an edited reader never serves claims read by the old
one), the config's fingerprint and the rate table's date, and the source name, which claim ids
include. Entries are JSON files in ``.claimcheck-cache/`` at the project root; the folder holds
its own ``.gitignore`` (as pytest's cache does), so it is git-ignored without touching the
project's. The YAML store stays the reviewable form; this folder may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import __version__
from claimcheck.config import Config
from claimcheck.extract.coverage import Report
from claimcheck.model import Claim
from claimcheck.quantities.rates import table_date
from claimcheck.readers.sources import Article

if TYPE_CHECKING:
    from claimcheck.reading import Extracted

CACHE_DIR = ".claimcheck-cache"
_FORMAT = 3  # 2: facts beside the claims; 3: and the coverage
_IGNORE_ALL = "# Written by claimcheck: its extraction cache, never committed.\n*\n"


@cache
def tool_version() -> str:
    """``0.1.0+<digest of the package's code and data>``: any edit to the reader changes it."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class ExtractionCache:
    """Claims by article text, for one config, tool version and rate table."""

    folder: Path
    salt: str

    @classmethod
    def for_config(cls, config: Config) -> ExtractionCache:
        """The project's cache, salted with what besides the text decides the claims."""
        salt = f"{_FORMAT}\0{tool_version()}\0{config.fingerprint}\0{table_date()}"
        return cls(config.root / CACHE_DIR, salt)

    def _path(self, article: Article) -> Path:
        text = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        key = hashlib.sha256(f"{self.salt}\0{article.source}\0{text}\0{article.date}".encode()).hexdigest()
        return self.folder / "claims" / key[:2] / f"{key}.json"

    def get(self, article: Article, config: Config) -> Extracted | None:
        """What was read from this very text before (its facts None when they were not read), or
        None (a missing or unreadable entry)."""
        from claimcheck.arithmetic.facts import facts_from
        from claimcheck.reading import Extracted

        try:
            document = json.loads(self._path(article).read_text(encoding="utf-8"))
            claims = [Claim.from_dict(r) for r in document["claims"]]
            kept = document.get("facts")
            facts = facts_from(kept, article.source, claims, config) if kept else None
            return Extracted(claims, facts, Report.from_dict(document["coverage"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, article: Article, read: Extracted) -> None:
        """Keep what was read; a cache that cannot be written only costs the next run time.

        Written to a temporary file and renamed (a killed run leaves no half entry), without the
        store's fsync: an entry lost to a power cut is read again.
        """
        from claimcheck.arithmetic.facts import facts_record

        path = self._path(article)
        try:
            if not (self.folder / ".gitignore").exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / ".gitignore").write_text(_IGNORE_ALL, encoding="utf-8")
            document = {
                "claims": [c.to_dict() for c in read.claims],
                "facts": facts_record(read.facts) if read.facts is not None else None,
                "coverage": read.coverage.to_dict(figures=True) if read.coverage is not None else None,
            }
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
            tmp.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except (OSError, ValueError):
            return
