"""The kinds of file claimcheck reads, by suffix, and the optional extra each one needs."""

from __future__ import annotations

import importlib
import importlib.util
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.readers import text
from claimcheck.readers.sources import NeedsExtra


@dataclass(frozen=True)
class Kind:
    """A kind of article file: its suffixes, its reader module, and what it needs installed."""

    name: str
    suffixes: tuple[str, ...]
    reader: str
    needs: str | None = None  # the importable library the reader uses
    extra: str | None = None  # the pip extra that installs it


TEXT = Kind("text", (".txt", ".md", ".markdown"), "text")
HTML = Kind("html", (".html", ".htm", ".xhtml"), "html", "trafilatura", "html")
DOCX = Kind("docx", (".docx",), "docx", "docx", "docx")
PDF = Kind("pdf", (".pdf",), "pdf", "pdfminer", "pdf")
RECORDS = Kind("records", (".json", ".jsonl", ".ndjson", ".csv"), "records")
KINDS = (TEXT, HTML, DOCX, PDF, RECORDS)
SUFFIXES = tuple(s for kind in KINDS for s in kind.suffixes)


def kind_of(path: Path) -> Kind | None:
    """The kind a file's suffix names, or None."""
    suffix = path.suffix.lower()
    return next((kind for kind in KINDS if suffix in kind.suffixes), None)


def sniff(data: bytes) -> Kind | str:
    """The kind of a file named on the command line whose suffix names none: by its first bytes.

    A string says what a binary file that is no article is (``PNG image``).
    """
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            if "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist():
                return DOCX
        except zipfile.BadZipFile:
            pass
    if head.startswith((b"<!doctype html", b"<html")):
        return HTML
    return text.looks_like(data) or TEXT


@cache
def installed(kind: Kind) -> bool:
    """Whether the library a kind's reader needs can be imported."""
    return kind.needs is None or importlib.util.find_spec(kind.needs) is not None


def read(kind: Kind, data: bytes, source: str, suffix: str, fields: Mapping[str, str]) -> list[Any]:
    """The articles (and unreadable records) of one file, by its kind's reader."""
    if not installed(kind):
        raise NeedsExtra(str(kind.extra))
    module = importlib.import_module(f"claimcheck.readers.{kind.reader}")
    if kind is RECORDS:
        return module.read(data, source, suffix, fields)
    return module.read(data, source)
