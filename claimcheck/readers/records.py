"""CMS exports: JSON, JSON Lines and CSV files holding one article per record.

Each record is an article named ``export.jsonl#<id>``. Its fields are found by the
names CMSs commonly use (``body``, ``published_at``, ``slug``…), or as named with
``--field text=body`` (a dotted name reaches into nested objects: ``content.rendered``).
A body written in HTML is read as a web page's main text (the ``html`` extra). A record
that is not valid JSON, or has no text, is reported by its line or number; the rest of
the file is read.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from claimcheck.model import Unreadable
from claimcheck.readers.dates import parse_date
from claimcheck.readers.sources import Article, CannotRead, NeedsExtra, Skipped
from claimcheck.readers.text import decode

FIELDS = ("text", "title", "date", "id", "author")
DEFAULTS: dict[str, tuple[str, ...]] = {
    "text": (
        "body",
        "text",
        "content",
        "article_body",
        "articleBody",
        "body_text",
        "content_text",
        "full_text",
        "story",
        "content.rendered",
        "html",
    ),
    "title": ("title", "headline", "name", "title.rendered"),
    "date": (
        "published_at",
        "date_published",
        "datePublished",
        "published",
        "publish_date",
        "pubDate",
        "date",
        "first_published_at",
        "created_at",
        "created",
    ),
    "id": ("id", "slug", "guid", "uuid", "url", "link", "permalink"),
    "author": ("author", "byline", "authors", "author.name", "creator"),
}
_HTML = re.compile(r"<(?:p|div|br|table|h[1-6]|ul|ol|li|span|a|strong|em|figure)\b[^>]*>", re.I)
_UNSAFE = re.compile(r"[^\w.@+-]+")
Read = Article | Unreadable | Skipped


def fields_with(named: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The field names to look for: ``named`` first, then the common ones."""
    unknown = set(named) - set(FIELDS)
    if unknown:
        from claimcheck.errors import ClaimcheckError

        raise ClaimcheckError(f"--field {sorted(unknown)[0]}: expected one of {', '.join(FIELDS)}")
    return {key: (named[key],) if key in named else DEFAULTS[key] for key in FIELDS}


def _get(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        lower = {str(k).lower(): v for k, v in value.items()}
        value = value[part] if part in value else lower.get(part.lower())
    return value


def _first(record: Mapping[str, Any], names: tuple[str, ...], kind: type | None = None) -> Any:
    """The first of the named fields that holds a value (of ``kind``, when given)."""
    for name in names:
        value = _get(record, name)
        if value not in (None, "", []) and (kind is None or isinstance(value, kind)):
            return value
    return None


def _label(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(_label(v)) for v in value if _label(v))
    if isinstance(value, Mapping):
        value = _first(value, ("name", "display_name", "rendered"))
    return None if value in (None, "") else str(value)


def _body(text: str) -> str:
    if not _HTML.search(text):
        return text.replace("\r\n", "\n")
    if importlib.util.find_spec("trafilatura") is None:
        raise NeedsExtra("html")
    from claimcheck.readers import html

    found, _ = html.extract(text, fragment=True)
    if not found:
        raise CannotRead("its HTML body has no text")
    return found


def _records(data: bytes, suffix: str) -> Iterator[tuple[str, Mapping[str, Any] | str]]:
    """(position, record) pairs; a record that does not parse is its error message."""
    text = decode(data)
    if suffix == ".csv":
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        for n, row in enumerate(csv.DictReader(io.StringIO(text)), 1):
            yield str(n), row
    elif suffix in (".jsonl", ".ndjson"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield f"L{n}", json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"L{n}", f"line {n}: not valid JSON ({exc.msg})"
    else:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CannotRead(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
        for n, record in enumerate(_listed(document), 1):
            yield str(n), record


def _listed(document: Any) -> list[Any]:
    """The records of a JSON document: a list, or the first list of objects in an object."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        lists = [v for v in document.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        return lists[0] if lists and not _first(document, DEFAULTS["text"], str) else [document]
    return []


def read(data: bytes, source: str, suffix: str, named: Mapping[str, str]) -> list[Read]:
    """Every record of an export as an article, and the records that could not be read."""
    names = fields_with(named)
    out: list[Read] = []
    seen: set[str] = set()
    missing = 0
    for position, record in _records(data, suffix):
        if isinstance(record, str):
            out.append(Unreadable(f"{source}#{position}", record))
            continue
        if not isinstance(record, Mapping):
            missing += 1
            continue
        key = _unique(_label(_first(record, names["id"])) or position, seen)
        name = f"{source}#{key}"
        body = _first(record, names["text"], str)
        if body is None or not body.strip():
            missing += 1
            continue
        try:
            text = _body(body)
        except CannotRead as exc:
            out.append(Unreadable(name, str(exc)))
            continue
        except NeedsExtra as exc:
            out.append(Skipped(name, "its body is HTML", f"extra:{exc.extra}"))
            continue
        out.append(
            Article(
                name,
                text,
                kind="record",
                title=_label(_first(record, names["title"])),
                author=_label(_first(record, names["author"])),
                date=parse_date(_first(record, names["date"])),
                record=key,
            )
        )
    if missing:
        tried = ", ".join(names["text"][:4]) + ("…" if len(names["text"]) > 4 else "")
        out.append(
            Skipped(
                source, f"{missing} record(s) with no text field ({tried}); name it with --field text=NAME"
            )
        )
    return out


def _unique(key: str, seen: set[str]) -> str:
    """A record id usable in a file name, made unique within its export."""
    key = _UNSAFE.sub("-", key).strip("-.")[:80] or "record"
    base, n = key, 1
    while key in seen:
        n += 1
        key = f"{base}-{n}"
    seen.add(key)
    return key
