"""Bad input, file by file: one clear line and exit 2, or a warning and the run goes on.

A missing path or nothing at all to read is exit 2 with one line on stderr; inside a
run, a file passed over is a warning naming it; an article of a known type that cannot
be read is an ``unreadable-article`` finding, so CI never passes it silently.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

ARTICLE = "OpenAI's valuation stands at $300 billion. GPT-4o scores 88.7 on MMLU.\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, [*args, "--no-store"])


def one_line(result) -> str:
    """stderr, asserted to be exactly one line with no traceback."""
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr
    return result.stderr


def claims(result) -> list[tuple]:
    return [(c["entity"], c["metric"], c["value"]) for c in json.loads(result.stdout)["claims"]]


def unreadable(result) -> list[dict]:
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "unreadable-article"]


def _zip() -> bytes:
    path = Path("a.zip")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("inside.txt", ARTICLE)
    data = path.read_bytes()
    path.unlink()
    return data


def test_a_missing_path_exits_2_naming_it(workdir):
    result = run("check", "gone.txt")
    assert result.exit_code == 2 and "gone.txt: no such file or directory" in one_line(result)


def test_a_directory_with_no_articles_exits_2(workdir):
    (workdir / "empty").mkdir()
    (workdir / "pics").mkdir()
    (workdir / "pics" / "logo.png").write_bytes(PNG)
    for folder in ("empty", "pics"):
        result = run("check", folder)
        assert result.exit_code == 2 and f"{folder}: no articles in this directory" in one_line(result)


def test_an_empty_file_alone_exits_2_and_in_a_folder_is_a_warning(workdir):
    (workdir / "desk").mkdir()
    (workdir / "desk" / "empty.txt").write_text("")
    result = run("check", "desk/empty.txt")
    assert result.exit_code == 2 and "empty.txt: empty, nothing to read" in one_line(result)
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    result = run("extract", "desk", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) == 2
    assert "warning: desk/empty.txt: empty" in one_line(result)


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [("logo.png", PNG, "PNG image"), ("notes.bin", b"\x00\x01\x02\x03" * 64, "binary")],
)
def test_a_binary_file_named_alone_exits_2_saying_what_it_is(workdir, name, data, what):
    (workdir / name).write_bytes(data)
    result = run("check", name)
    assert result.exit_code == 2 and what in one_line(result) and name in result.stderr


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (PNG, "a PNG image, not text"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (None, "zip"),
    ],
)
def test_a_binary_file_named_as_text_is_an_unreadable_article_finding(workdir, data, what):
    (workdir / "story.txt").write_bytes(_zip() if data is None else data)
    (workdir / "b.txt").write_text(ARTICLE)
    result = run("check", "story.txt", "b.txt", "--format", "json")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    (finding,) = unreadable(result)
    assert finding["severity"] == "error" and finding["details"]["source"] == "story.txt"
    assert what in finding["message"]


def test_files_of_unknown_type_in_a_folder_are_skipped_with_one_warning_naming_them(workdir):
    (workdir / "desk").mkdir()
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    (workdir / "desk" / "logo.png").write_bytes(PNG)
    (workdir / "desk" / "archive.zip").write_bytes(_zip())
    result = run("extract", "desk", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) == 2
    line = one_line(result)
    assert "skipped 2 file(s) of unknown type" in line and "logo.png" in line and "archive.zip" in line


@pytest.mark.parametrize(
    "encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "gb18030"]
)
def test_text_in_a_legacy_encoding_reads_as_its_utf8_version(workdir, encoding):
    text = (
        "Café Zhipu: OpenAI's valuation stands at $300 billion, « un record ». "
        "GPT-4o scores 88.7 on MMLU, le modèle le plus élevé.\n"
    )
    if encoding == "cp1252":
        text = text.replace("« un record »", "“a record” – €5 extra")
    if encoding == "gb18030":
        text = (
            "智谱AI的估值达到了三千亿美元，这是中国人工智能公司的最高纪录。"
            "OpenAI's valuation stands at $300 billion. GPT-4o scores 88.7 on MMLU.\n"
        )
    (workdir / "utf8.txt").write_text(text, encoding="utf-8")
    (workdir / "legacy.txt").write_bytes(text.encode(encoding))
    base = run("extract", "utf8.txt", "--format", "json")
    result = run("extract", "legacy.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    # The Chinese sentence (三千亿美元, Chinese numerals) is a claim of its own.
    assert claims(result) == claims(base) and len(claims(base)) == (3 if encoding == "gb18030" else 2)
    quotes = [c["quote"] for c in json.loads(result.stdout)["claims"]]
    assert quotes == [c["quote"] for c in json.loads(base.stdout)["claims"]]


def test_a_utf8_bom_is_not_part_of_the_text(workdir):
    (workdir / "bom.txt").write_bytes(b"\xef\xbb\xbf" + b"$300 billion is OpenAI's valuation.\n")
    result = run("extract", "bom.txt", "--format", "json")
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["column"] == 1 and claim["quote"].startswith("$300")


def test_crlf_line_ends_read_as_lf_with_the_same_lines(workdir):
    text = "Intro line.\n" + ARTICLE + "| Model | MMLU |\n|---|---|\n| GLM-4 | 82.3 |\n"
    (workdir / "lf.txt").write_text(text)
    (workdir / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    lf, crlf = (
        json.loads(run("extract", n, "--format", "json").stdout)["claims"] for n in ("lf.txt", "crlf.txt")
    )
    assert [(c["line"], c["column"], c["quote"], c["value"]) for c in crlf] == [
        (c["line"], c["column"], c["quote"], c["value"]) for c in lf
    ]
    assert len(lf) == 3 and not any("\r" in c["quote"] for c in crlf)


def test_text_in_no_detectable_encoding_is_an_unreadable_article(workdir):
    (workdir / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    result = run("check", "noise.txt", "--format", "json")
    (finding,) = unreadable(result)
    assert result.exit_code == 1 and "noise.txt" in finding["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_never_opened_alone_exit_2_in_a_folder_a_warning(workdir):
    (workdir / "desk").mkdir()
    os.mkfifo(workdir / "desk" / "feed.txt")
    result = run("check", "desk/feed.txt")
    assert result.exit_code == 2 and "a named pipe" in one_line(result)
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    result = run("extract", "desk", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) == 2 and "feed.txt: a named pipe" in one_line(result)


def test_a_dangling_symlink_named_exits_2_and_in_a_folder_is_unreadable(workdir):
    (workdir / "desk").mkdir()
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    (workdir / "desk" / "moved.txt").symlink_to(workdir / "nowhere.txt")
    result = run("check", "desk/moved.txt")
    assert result.exit_code == 2 and "broken symlink" in one_line(result)
    result = run("check", "desk", "--format", "json")
    (finding,) = unreadable(result)
    assert finding["details"]["source"] == "desk/moved.txt" and "broken symlink" in finding["message"]


def test_a_file_that_cannot_be_opened_is_an_unreadable_article(workdir, monkeypatch):
    (workdir / "secret.txt").write_text(ARTICLE)
    (workdir / "b.txt").write_text(ARTICLE)
    real = Path.read_bytes

    def denied(self: Path) -> bytes:  # chmod 000 does not stop root, who runs CI
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = run("check", ".", "--format", "json")
    (finding,) = unreadable(result)
    assert result.exit_code == 1 and "Permission denied" in finding["message"]
    assert json.loads(result.stdout)["summary"]["articles"] == 1


def test_a_symlink_loop_is_walked_once(workdir):
    (workdir / "desk" / "sub").mkdir(parents=True)
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    (workdir / "desk" / "sub" / "back").symlink_to(workdir / "desk", target_is_directory=True)
    (workdir / "desk" / "sub" / "self").symlink_to(workdir / "desk" / "sub", target_is_directory=True)
    result = run("extract", "desk", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) == 2


def test_a_walk_reads_subfolders_and_skips_hidden_folders_and_the_store(workdir):
    for folder in ("desk/2026/march", "desk/.git", "claims/desk"):
        (workdir / folder).mkdir(parents=True)
    (workdir / "desk" / "2026" / "march" / "a.md").write_text(ARTICLE)
    (workdir / "desk" / ".git" / "b.txt").write_text(ARTICLE)
    (workdir / "desk" / ".hidden.txt").write_text(ARTICLE)
    (workdir / "claims" / "desk" / "c.txt").write_text(ARTICLE)
    result = run("extract", ".", "--format", "json")
    assert {c["source"] for c in json.loads(result.stdout)["claims"]} == {"desk/2026/march/a.md"}


def test_a_file_needing_an_extra_not_installed_names_the_extra(workdir, monkeypatch):
    from claimcheck.readers import kinds

    monkeypatch.setattr(kinds, "installed", lambda kind: kind.extra != "docx")
    (workdir / "desk").mkdir()
    (workdir / "desk" / "draft.docx").write_bytes(_zip())
    result = run("check", "desk/draft.docx")
    assert result.exit_code == 2 and "pip install 'claimcheck[docx]'" in one_line(result)
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    result = run("extract", "desk", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) == 2
    assert "draft.docx" in one_line(result) and "claimcheck[docx]" in result.stderr


def test_a_damaged_docx_and_a_damaged_pdf_are_unreadable_articles(workdir):
    (workdir / "draft.docx").write_bytes(_zip())
    (workdir / "release.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    result = run("check", "draft.docx", "release.pdf", "--format", "json")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert {f["details"]["source"] for f in unreadable(result)} == {"draft.docx", "release.pdf"}


def test_an_encrypted_pdf_is_unreadable_saying_so(workdir):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas("locked.pdf", encrypt="secret")
    pdf.drawString(72, 720, ARTICLE.strip())
    pdf.save()
    (finding,) = unreadable(run("check", "locked.pdf", "--format", "json"))
    assert "encrypted" in finding["message"]


def test_a_pdf_with_no_text_layer_is_unreadable_saying_so(workdir):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas("scan.pdf")
    pdf.rect(72, 72, 400, 600, fill=1)
    pdf.save()
    (finding,) = unreadable(run("check", "scan.pdf", "--format", "json"))
    assert "no text layer" in finding["message"]


def test_an_unreadable_article_shows_in_the_table_and_its_summary(workdir):
    (workdir / "story.txt").write_bytes(PNG)
    (workdir / "b.txt").write_text(ARTICLE)
    result = run("check", "story.txt", "b.txt")
    assert result.exit_code == 1
    assert "unreadable" in result.stdout and "cannot read: a PNG image" in result.stdout
    assert "1 article · 1 unreadable" in result.stdout


def test_extract_warns_of_an_unreadable_article_and_exits_2_when_nothing_was_read(workdir):
    (workdir / "story.txt").write_bytes(PNG)
    result = run("extract", "story.txt")
    assert result.exit_code == 2 and "story.txt: cannot read this article" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_named_with_an_unknown_suffix_is_read_by_what_it_holds(workdir, config):
    (workdir / "wire-story").write_text(ARTICLE)
    (workdir / "page.asp").write_text(
        f"<!DOCTYPE html><html><body><article><p>{ARTICLE * 4}</p></article></body></html>"
    )
    result = run("extract", "wire-story", "page.asp", "--format", "json")
    assert result.exit_code == 0 and len(claims(result)) >= 4


def test_a_bad_date_option_exits_2(workdir):
    (workdir / "a.txt").write_text(ARTICLE)
    result = run("check", "a.txt", "--date", "14/03/2026")
    assert result.exit_code == 2 and "--date" in one_line(result)


def test_empty_stdin_exits_2(workdir):
    result = CliRunner().invoke(app, ["check", "-", "--no-store"], input="")
    assert result.exit_code == 2 and "<stdin>: empty" in one_line(result)


def test_bad_input_leaves_the_store_as_it_was(workdir):
    (workdir / "desk").mkdir()
    (workdir / "desk" / "a.txt").write_text(ARTICLE)
    assert CliRunner().invoke(app, ["extract", "desk"]).exit_code == 0
    before = {
        p: p.read_bytes()
        for p in (workdir / "claims").rglob("*")
        if p.is_file() and p.name != ".claimcheck.lock"
    }
    (workdir / "desk" / "story.txt").write_bytes(PNG)
    (workdir / "desk" / "empty.md").write_text("")
    for args in (["extract", "gone.txt"], ["extract", "desk/story.txt"], ["extract", "desk"]):
        CliRunner().invoke(app, args)
    after = {
        p: p.read_bytes()
        for p in (workdir / "claims").rglob("*")
        if p.is_file() and p.name != ".claimcheck.lock"
    }
    assert after == before and len(before) == 1
