"""Saved web pages: the article's main text, tables and publication date, by trafilatura.

trafilatura drops navigation, ads, comments and cookie banners, and writes HTML
tables as pipe tables with their header row, which the table reader reads as
tables. The page's publication date from its metadata (not a date guessed from
the text) is the article date; title, author and site come along.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from claimcheck.readers.dates import parse_date
from claimcheck.readers.sources import Article, CannotRead

# Metadata and structured markup only; "original" prefers the first publication over an update.
_DATES = {"extensive_search": False, "original_date": True}


@cache
def _fragment_settings() -> Any:
    """trafilatura's settings with no minimum size: a CMS body is the article, however short."""
    from trafilatura.settings import use_config

    settings = use_config()
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_EXTRACTED_COMM_SIZE", "MIN_OUTPUT_COMM_SIZE"):
        settings.set("DEFAULT", key, "1")
    return settings


def extract(data: bytes | str, *, fragment: bool = False) -> tuple[str, dict[str, str | None]]:
    """The main text of a page, or of an HTML fragment (a CMS body), and its metadata."""
    import trafilatura
    from trafilatura.settings import DEFAULT_CONFIG

    # trafilatura logs what it discards as warnings; claimcheck says what it could not read itself.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if fragment and isinstance(data, str):
        data = f"<html><body><article>{data}</article></body></html>"
    doc = trafilatura.bare_extraction(
        data,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_recall=fragment,
        date_extraction_params=_DATES,
        config=_fragment_settings() if fragment else DEFAULT_CONFIG,
    )
    if doc is None or not (doc.text or "").strip():
        return "", {}
    meta = {"title": doc.title, "author": doc.author, "date": doc.date, "site": doc.sitename}
    return doc.text.replace("\r\n", "\n"), meta


def read(data: bytes, source: str) -> list[Article]:
    """A web page as one article dated by its metadata."""
    text, meta = extract(data)
    if not text:
        raise CannotRead("no article text found in the page")
    return [
        Article(
            source,
            text,
            kind="html",
            title=meta.get("title"),
            author=meta.get("author"),
            date=parse_date(meta.get("date")),
        )
    ]
