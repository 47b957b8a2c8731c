"""PDF tables as report writers lay them out: plain text cells, and tables running over pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.config import load_config

pytest.importorskip("reportlab")

ROWS = [["Model", "MMLU", "GSM8K"], ["Vexa-7B", "71.2", "55.0"], ["Vexa-13B", "74.8", "61.3"]]
LONG = [["Model", "MMLU", "GSM8K"]] + [
    [f"Vexa-{i}B", f"{50 + i * 0.3:.1f}", f"{40 + i * 0.2:.1f}"] for i in range(1, 90)
]
PROSE = "Vexa Labs said on Tuesday that its figures beat what analysts expected, as demand grew. " * 4


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory):
    return load_config(cwd=tmp_path_factory.mktemp("pdf-tables-config"))


def _furniture(canvas, doc) -> None:
    """A running head with a year in it, and a numbered running foot, as reports print them."""
    canvas.setFont("Helvetica", 8)
    canvas.drawString(72, 810, "Vexa Labs annual report 2025")
    canvas.drawString(72, 30, f"Page {doc.page}")


def _report(path: Path, rows: list[list[str]], *, paragraphs: bool, repeat: int = 0) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cells = [[Paragraph(c, styles["BodyText"]) for c in row] for row in rows] if paragraphs else rows
    table = Table(cells, repeatRows=repeat)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    story = [Paragraph("Benchmark results", styles["Heading2"])]
    story += [Paragraph(PROSE, styles["BodyText"]) for _ in range(4)]
    story += [table, Paragraph("The company did not comment further.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=_furniture, onLaterPages=_furniture)
    return path


def _scores(path: Path, cfg) -> dict[tuple[str, str], tuple[float, int, str | None]]:
    (result,) = api.extract([str(path)], cfg, store_to=None)
    return {(c.entity, c.metric): (c.value, c.page, c.period) for c in result.claims}


def test_a_table_of_plain_text_cells_keeps_its_header_row(tmp_path, cfg):
    # reportlab pads plain cells so little that pdfminer runs a row's cells into one line of text.
    scores = _scores(_report(tmp_path / "plain.pdf", ROWS, paragraphs=False), cfg)
    assert {key: value for key, (value, _, _) in scores.items()} == {
        ("Vexa-7B", "mmlu"): 71.2,
        ("Vexa-7B", "gsm8k"): 55.0,
        ("Vexa-13B", "mmlu"): 74.8,
        ("Vexa-13B", "gsm8k"): 61.3,
    }


@pytest.mark.parametrize(("paragraphs", "repeat"), [(True, 0), (True, 1), (False, 0), (False, 1)])
def test_a_table_running_over_pages_is_one_table_whatever_runs_round_it(tmp_path, cfg, paragraphs, repeat):
    scores = _scores(_report(tmp_path / "long.pdf", LONG, paragraphs=paragraphs, repeat=repeat), cfg)
    assert len(scores) == 2 * (len(LONG) - 1)
    assert scores[("Vexa-89B", "mmlu")][0] == pytest.approx(76.7)
    assert {page for _, page, _ in scores.values()} == {1, 2, 3}
    # The running head's year is the document's furniture, no period of the scores under it.
    assert {period for _, _, period in scores.values()} == {None}


def test_running_heads_and_page_numbers_are_not_the_article(tmp_path, cfg):
    (result,) = api.extract([str(_report(tmp_path / "long.pdf", LONG, paragraphs=True))], cfg, store_to=None)
    assert "annual report 2025" not in result.article.text and "Page 2" not in result.article.text
    assert "Benchmark results" in result.article.text and "did not comment" in result.article.text


def test_a_skipped_number_in_a_pdf_is_placed_on_its_page(tmp_path, cfg):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "release.pdf"))
    pdf.drawString(72, 760, "Press release")
    pdf.showPage()
    pdf.drawString(72, 760, "The firm has 12 offices.")
    pdf.save()
    (result,) = api.extract([str(tmp_path / "release.pdf")], cfg, store_to=None)
    (figure,) = [f for f in result.coverage.figures if f.text == "12"]
    assert figure.place == f"p2:1:{len('The firm has ') + 1}"
    assert figure.to_dict()["page"] == 2


def test_a_ruled_table_that_cannot_be_laid_out_says_so(tmp_path):
    from reportlab.pdfgen import canvas

    from claimcheck.readers.load import load

    pdf = canvas.Canvas(str(tmp_path / "ruled.pdf"))
    for i in range(4):
        pdf.line(72, 700 - 20 * i, 300, 700 - 20 * i)
    for x in (72, 150, 300):
        pdf.line(x, 700, x, 640)
    # Each row's cells written as one run of text: no gap tells one cell from the next.
    for i, row in enumerate(["Model MMLU GSM8K", "Vexa-7B 71.2 55.0", "Vexa-13B 74.8 61.3"]):
        pdf.drawString(76, 686 - 20 * i, row)
    pdf.save()
    batch = load([str(tmp_path / "ruled.pdf")], load_config(cwd=tmp_path))
    (warning,) = batch.warnings
    assert warning.endswith(
        "ruled.pdf: page 1: a ruled table could not be laid out as a table; its cells are read as lines"
    )
