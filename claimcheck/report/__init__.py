"""Reporters by format name, all rendered from one ``records.Report``. None of them decides the
exit code (``engine.exit_code`` does)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

from claimcheck.report.records import Extraction, Report


def _reporter(module: str, function: str) -> Callable[[Any, TextIO], None]:
    """A reporter imported when it first writes: a run writes one format and loads none of the
    others (nor xml.etree, which only JUnit's uses)."""

    def write(found: Any, out: TextIO) -> None:
        getattr(importlib.import_module(f"claimcheck.report.{module}"), function)(found, out)

    return write


CHECK_FORMATS: dict[str, Callable[[Report, TextIO], None]] = {
    name: _reporter(name, "findings")
    for name in ("table", "json", "github", "sarif", "gitlab", "junit", "markdown")
}
EXTRACT_FORMATS: dict[str, Callable[[Extraction, TextIO], None]] = {
    name: _reporter(name, "claims") for name in ("table", "json", "yaml")
}
# What ``--format auto`` writes to an ``--output`` file, by the file's name.
_BY_SUFFIX = (
    (".sarif", "sarif"),
    (".sarif.json", "sarif"),
    (".json", "json"),
    (".xml", "junit"),
    (".md", "markdown"),
)


def pick(name: str, output: Path | None = None, env: Mapping[str, str] | None = None) -> str:
    """The format ``--format auto`` means: for an ``--output`` file, the one its name says
    (``.sarif``, ``.json``, ``.xml``, ``.md``); else ``github`` under GitHub Actions, else ``table``
    (plain when stdout is not a terminal; rich honours ``NO_COLOR``). JSON only when asked."""
    if name != "auto":
        return name
    if output is not None:
        lowered = output.name.lower()
        for suffix, chosen in _BY_SUFFIX:
            if lowered.endswith(suffix):
                return chosen
    environ = os.environ if env is None else env
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "table"
