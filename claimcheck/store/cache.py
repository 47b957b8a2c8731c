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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimcheck import __version__
from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim
from claimcheck.quantities.rates import table_date
from claimcheck.readers.sources import Article
from claimcheck.store.files import write_atomic

CACHE_DIR = ".claimcheck-cache"
_FORMAT = 1
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

    def get(self, article: Article) -> list[Claim] | None:
        """The claims read from this very text before, or None (a missing or unreadable entry)."""
        try:
            records = json.loads(self._path(article).read_text(encoding="utf-8"))["claims"]
            return [Claim.from_dict(r) for r in records]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, article: Article, claims: list[Claim]) -> None:
        """Keep the claims; a cache that cannot be written only costs the next run time."""
        path = self._path(article)
        try:
            if not (self.folder / ".gitignore").exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / ".gitignore").write_text(_IGNORE_ALL, encoding="utf-8")
            document = {"claims": [c.to_dict() for c in claims]}
            write_atomic(path, json.dumps(document, ensure_ascii=False))
        except (OSError, ClaimcheckError):
            return
