"""Reading speed by format: 100 pages of article text as .txt, .html, .docx, .pdf and .jsonl.

Run: ``make bench``. The five test articles are repeated until their PDFs (A4, as
tests/converters.py writes them, one per article) have at least 100 pages; the same
articles are written in every other format, and each is read (files to Articles) and
read and extracted. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import converters  # noqa: E402
from claimcheck import api  # noqa: E402
from claimcheck.config import load_config  # noqa: E402
from claimcheck.readers.load import load  # noqa: E402

PAGES = 100


def _pages(path: Path) -> int:
    from pdfminer.high_level import extract_pages

    return len(list(extract_pages(path)))


def _corpus(folder: Path) -> tuple[int, int]:
    """Write the formats into ``folder``: the number of articles, and of PDF pages they fill."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))]
    for fmt in ("txt", "html", "docx", "pdf", "jsonl"):
        (folder / fmt).mkdir()
    for i, text in enumerate(texts):
        converters.to_pdf(text, f"a{i}", folder / "pdf" / f"a{i}.pdf")
    per_round = sum(_pages(folder / "pdf" / f"a{i}.pdf") for i in range(len(texts)))
    count = len(texts) * math.ceil(PAGES / per_round)
    articles = [texts[i % len(texts)] for i in range(count)]
    for i, text in enumerate(articles):
        (folder / "txt" / f"a{i}.txt").write_text(text, encoding="utf-8")
        (folder / "html" / f"a{i}.html").write_text(converters.to_html(text, f"a{i}"), encoding="utf-8")
        converters.to_docx(text, f"a{i}", folder / "docx" / f"a{i}.docx")
        converters.to_pdf(text, f"a{i}", folder / "pdf" / f"a{i}.pdf")
    records = [json.dumps({"id": i, "body": t}) for i, t in enumerate(articles)]
    (folder / "jsonl" / "export.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return count, per_round * count // len(texts)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count, pages = _corpus(folder)
        config = load_config(cwd=folder)
        api.extract([str(folder / "txt" / "a0.txt")], config, store_to=None)  # warm the registries
        print(f"{count} articles = {pages} A4 pages of PDF; the same articles in each format")
        for fmt in ("txt", "html", "docx", "pdf", "jsonl"):
            start = time.perf_counter()
            batch = load([str(folder / fmt)], config)
            read = time.perf_counter() - start
            start = time.perf_counter()
            claims = sum(len(r.claims) for r in api.extract_batch(batch, config, store_to=None))
            both = read + time.perf_counter() - start
            size = sum(len(a.text) for a in batch.articles)
            print(
                f"{fmt:>5}: read {read:6.2f} s ({read / pages * 1000:5.1f} ms/page)   "
                f"read+extract {both:6.2f} s   {size / 1e6:.2f} M chars, {claims} claims"
            )


if __name__ == "__main__":
    main()
