"""Plain text and markdown: bytes to text in whatever encoding they were saved in.

UTF-8 (with or without a byte-order mark) and UTF-16/32 with a BOM are read as such;
anything else is handed to charset-normalizer, limited to the legacy encodings
newsrooms save in (a wider list makes short texts ambiguous: French in Latin-1 reads
as well in Central European cp1250 as in cp1252). Binary files are refused, naming
what they look like, so nothing is read as text by accident. Line ends become ``\\n``.
"""

from __future__ import annotations

import codecs
import re

from claimcheck.readers.sources import Article, CannotRead

# cp1252 is a superset of Latin-1's printable characters, so it reads both.
ENCODINGS = (
    "cp1252",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1251",
    "utf_16_le",
    "utf_16_be",
    "utf_32_le",
    "utf_32_be",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "zip archive (a .docx or other Office file is one)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office file (.doc, .xls)"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "program"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
)
# Control characters text does not hold (tab, line ends, form feed and ESC are left out).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def looks_like(data: bytes) -> str | None:
    """What a binary file is by its first bytes (``PNG image``), or None if nothing known."""
    return next((name for magic, name in _MAGIC if data.startswith(magic)), None)


def decode(data: bytes) -> str:
    """``data`` as text with ``\\n`` line ends; CannotRead when it is not text in a detectable encoding."""
    kind = looks_like(data)
    if kind:
        raise CannotRead(f"a {kind}, not text")
    text = _decoded(data)
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise CannotRead("binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decoded(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise CannotRead(f"starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(ENCODINGS)).best()
    if best is None and b"\x00" in data:
        raise CannotRead("binary data, not text")
    if best is None:
        raise CannotRead("not UTF-8, and no other text encoding could be detected; save it as UTF-8")
    return str(best)


def read(data: bytes, source: str) -> list[Article]:
    """A text or markdown file as one article."""
    return [Article(source, decode(data))]
