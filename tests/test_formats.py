"""Articles as newsrooms keep them: the five test articles as web pages, Word files and PDFs."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import converters
from claimcheck import api
from claimcheck.cli import app
from claimcheck.config import load_config
from claimcheck.readers.load import ReadOptions
from conftest import ARTICLES

FORMATS = ("html", "docx", "pdf")
TEXTS = sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder per format, holding the five articles written in it."""
    root = tmp_path_factory.mktemp("formats")
    for fmt in FORMATS:
        (root / fmt).mkdir()
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        (root / "html" / f"{path.stem}.html").write_text(
            converters.to_html(text, path.stem), encoding="utf-8"
        )
        converters.to_docx(text, path.stem, root / "docx" / f"{path.stem}.docx")
        converters.to_pdf(text, path.stem, root / "pdf" / f"{path.stem}.pdf")
    return root


@pytest.fixture(scope="session")
def cfg(tmp_path_factory: pytest.TempPathFactory):
    return load_config(cwd=tmp_path_factory.mktemp("fmt-config"), fx={"CNY": 7.2})


def _facts(results) -> dict[str, collections.Counter]:
    return {
        Path(r.article.source).stem: collections.Counter(
            (c.entity, c.variant, c.metric, c.period, c.price_kind, round(c.value, 6), c.raw)
            for c in r.claims
        )
        for r in results
    }


def _findings(result) -> collections.Counter:
    return collections.Counter(
        (
            f.rule,
            str(f.severity),
            f.entity,
            f.metric,
            f.period,
            tuple(sorted({Path(c.source).stem for c in f.claims})),
        )
        for f in result.findings
    )


# The same date for every version, so each converts yuan at the same rate (a page's date is tested below).
SAME_DAY = ReadOptions(date=converters.DATE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_five_articles_give_the_same_claims_in_every_format(converted, cfg, fmt):
    text = _facts(api.extract([str(p) for p in TEXTS], cfg, store_to=None, options=SAME_DAY))
    other = _facts(api.extract([str(converted / fmt)], cfg, store_to=None, options=SAME_DAY))
    assert sum(sum(c.values()) for c in text.values()) > 150
    assert other == text


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_five_articles_give_the_same_findings_in_every_format(converted, cfg, fmt):
    text = _findings(api.check([str(p) for p in TEXTS], cfg, options=SAME_DAY))
    assert _findings(api.check([str(converted / fmt)], cfg, options=SAME_DAY)) == text
    assert text


def test_a_web_page_gives_its_article_without_navigation_ads_comments_or_footer(converted, cfg):
    (result,) = api.extract([str(converted / "html" / "zhipu-china-anthropic-ipo.html")], cfg, store_to=None)
    article = result.article
    assert article.kind == "html" and article.author == "Jane Reporter"
    assert article.date == converters.DATE and article.title.startswith("zhipu-china-anthropic-ipo")
    for boilerplate in ("Nasdaq", "cookies", "Subscribe", "$5 trillion", "journalists"):
        assert boilerplate not in article.text
    assert {c.raw for c in result.claims}.isdisjoint({"3.2%", "97%", "$9.99", "40%", "$5 trillion", "1,000"})


def test_an_html_table_is_read_as_a_table_with_its_header(tmp_path, cfg):
    page = tmp_path / "scores.html"
    rows = "".join(f"<tr><td>{m}</td><td>{s}</td></tr>" for m, s in [("GPT-4o", "88.7"), ("GLM-4", "82.3")])
    prose = "<p>Benchmark scores were compiled by our data desk from the vendors' own reports.</p>" * 3
    page.write_text(
        f"<html><body><article>{prose}<table><tr><th>Model</th><th>MMLU</th></tr>{rows}</table>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (result,) = api.extract([str(page)], cfg, store_to=None)
    assert "| Model | MMLU |" in result.article.text
    assert {(c.entity, c.metric, c.value) for c in result.claims} == {
        ("GPT-4o", "mmlu", 88.7),
        ("GLM-4", "mmlu", 82.3),
    }


def test_a_page_date_from_its_metadata_is_the_article_date_and_date_overrides_it(converted, config):
    page = [str(converted / "html" / "zhipu-trillion-yuan-endgame.html")]
    (dated,) = api.extract(page, config, store_to=None)
    notes = [n for c in dated.claims for n in c.notes if n.startswith("CNY")]
    assert notes and all(f"ECB {converters.DATE.isoformat()}" in n for n in notes)
    (moved,) = api.extract(
        page, config, store_to=None, options=ReadOptions(date=converters.DATE.replace(year=2024))
    )
    assert moved.article.date.year == 2024
    assert all("ECB 2024-03-14" in n for c in moved.claims for n in c.notes if n.startswith("CNY"))


def test_a_word_file_gives_its_tables_in_order_and_its_core_properties(converted, cfg):
    (result,) = api.extract([str(converted / "docx" / "zhipu-china-anthropic-ipo.docx")], cfg, store_to=None)
    article = result.article
    assert article.kind == "docx" and article.author == "Jane Reporter"
    assert article.title == "zhipu-china-anthropic-ipo" and article.date == converters.DATE
    text = article.text
    assert (
        text.index("Technical Deep Dive") < text.index("| Model | Parameters |") < text.index("Data Takeaway")
    )
    cell = next(c for c in result.claims if c.raw == "¥35.00")
    assert cell.entity == "GPT-4o" and cell.metric == "price_per_mtok" and cell.quote.startswith("| GPT-4o |")


def test_a_word_file_reads_text_inserted_under_tracked_changes_and_not_deleted_text(tmp_path, cfg):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("OpenAI's valuation stands at ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(f'<w:del {w} w:id="1" w:author="Ed"><w:r><w:delText>$80 billion</w:delText></w:r></w:del>')
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {w} w:id="2" w:author="Ed"><w:r><w:t>$300 billion.</w:t></w:r></w:ins>')
    )
    document.save(tmp_path / "draft.docx")
    (result,) = api.extract([str(tmp_path / "draft.docx")], cfg, store_to=None)
    assert [(c.entity, c.metric, c.value) for c in result.claims] == [("OpenAI", "valuation", 300e9)]
    assert result.article.date is None  # python-docx's blank-template date is no date


def test_pdf_claims_know_their_page_and_the_line_on_it(tmp_path, cfg):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "release.pdf"))
    pdf.drawString(72, 760, "Press release")
    pdf.showPage()
    for i, line in enumerate(
        ["Results", "The quarter went well.", "OpenAI's valuation stands at $300 billion."]
    ):
        pdf.drawString(72, 760 - 40 * i, line)
    pdf.save()
    (result,) = api.extract([str(tmp_path / "release.pdf")], cfg, store_to=None)
    (claim,) = result.claims
    assert (claim.page, claim.line, claim.location) == (2, 3, "release.pdf:p2:3")
    assert claim.column == len("OpenAI's valuation stands at ") + 1


def test_a_pdf_paragraph_wrapped_over_lines_reads_as_one_and_keeps_each_line(converted, cfg):
    (result,) = api.extract([str(converted / "pdf" / "zhipu-china-anthropic-ipo.pdf")], cfg, store_to=None)
    stars = next(c for c in result.claims if c.metric == "github_stars")
    assert "over 40,000 stars" in stars.quote and stars.page == 1 and stars.line > 3
    assert result.article.title == "zhipu-china-anthropic-ipo" and result.article.date == converters.DATE
    assert max(c.page for c in result.claims) >= 2


def test_a_mixed_folder_checks_in_one_command(converted, tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "wire.md").write_text("OpenAI's valuation stands at $300 billion.\n", encoding="utf-8")
    for fmt, stem in (("html", "zhipu-china-anthropic-ipo"), ("docx", "zhipu-ipo-second-half")):
        (folder / f"{stem}.{fmt}").write_bytes((converted / fmt / f"{stem}.{fmt}").read_bytes())
    pdf = converted / "pdf" / "zhipu-trillion-yuan-endgame.pdf"
    (folder / "reports").mkdir()
    (folder / "reports" / pdf.name).write_bytes(pdf.read_bytes())
    records = [
        {
            "slug": "openai-80",
            "body": "OpenAI's valuation stands at $80 billion.",
            "published_at": "2026-01-02",
        }
    ]
    (folder / "cms.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "desk", "--format", "json", "--no-store"])
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    assert document["summary"]["articles"] == 5 and document["summary"]["unreadable"] == 0
    sources = {c["source"] for f in document["findings"] for c in f["claims"]}
    assert {"desk/wire.md", "desk/cms.jsonl#openai-80"} <= sources
    assert any(s.endswith(".pdf") for s in sources) and any(s.endswith(".html") for s in sources)
