"""Safe by construction: YAML never runs code, terminals never get an article's escapes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck import yamlfile
from claimcheck.cli import app
from claimcheck.report.terminal import printable

PACKAGE = Path(__file__).parent.parent / "claimcheck"
HOSTILE = (
    "OpenAI's valuation stands at $300 billion \x1b[2J\x1b]0;pwned\x07[bold red]loud[/] [/] \u202eevil\x08.\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_module_loads_yaml_but_through_the_safe_loader_or_evaluates_anything():
    unsafe = re.compile(
        r"yaml\.(?:load|unsafe_load|full_load|load_all)\(|\beval\(|\bexec\(|\bpickle\b|marshal\."
    )
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if unsafe.search(line) and path.name != "yamlfile.py":
                pytest.fail(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")


def test_the_yaml_loader_is_the_safe_one():
    loader = yamlfile._loader()
    assert issubclass(loader, yaml.constructor.SafeConstructor)
    assert not issubclass(loader, yaml.constructor.FullConstructor)
    with pytest.raises(Exception, match="not valid YAML"):
        yamlfile.parse("a: !!python/object/apply:os.system [echo hi]\n", "x.yaml")


def test_a_key_written_twice_is_an_error_naming_its_line():
    with pytest.raises(Exception, match=r"x\.yaml:4: not valid YAML: duplicate key 'status'"):
        yamlfile.parse("id: c-1\nnote: checked\nstatus: accepted\nstatus: unreviewed\n", "x.yaml")


@pytest.mark.parametrize(
    "command", [["extract", "--no-store"], ["check", "--no-store", "--fail-on", "never"]]
)
def test_terminal_tables_carry_no_escape_sequence_and_no_markup_from_an_article(workdir, command):
    (workdir / "a.txt").write_text(HOSTILE)
    (workdir / "b.txt").write_text("OpenAI's valuation stands at $80 billion \x1b[31m[/]\n")
    result = CliRunner().invoke(app, [command[0], "a.txt", "b.txt", *command[1:]])
    assert result.exit_code == 0, result.output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", result.stdout)
    assert "[/]" in result.stdout and "pwned" not in result.stdout


def test_an_error_message_is_one_line_without_escapes_whatever_the_file_holds(workdir):
    (workdir / "a.txt").write_text("OpenAI's valuation stands at $300 billion.\n")
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "a.txt"]).exit_code == 0
    path = workdir / "claims" / "a.txt.yaml"
    data = yaml.safe_load(path.read_text())
    data["claims"][0]["sta\x1b[2Jtus\nx"] = 1
    path.write_text(yaml.safe_dump(data))
    result = runner.invoke(app, ["extract", "a.txt"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr and "unknown key" in result.stderr


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mred\x1b[0m", "ared"),
        ("title\x1b]0;pwned\x07 here", "title here"),
        ("bidi \u202eevil", "bidi evil"),
        ("two\nlines\r\n", "two lines "),
        ("¥0.80 “quoted”", "¥0.80 “quoted”"),
    ],
)
def test_printable_removes_escapes_and_controls_and_keeps_text(raw, shown):
    assert printable(raw) == shown


def test_table_paths_are_relative_to_the_project_root(workdir, monkeypatch):
    (workdir / "claimcheck.yaml").write_text("store: claims\n")
    (workdir / "news").mkdir()
    (workdir / "news" / "a.txt").write_text("OpenAI's valuation stands at $300 billion.\n")
    monkeypatch.chdir(workdir / "news")
    result = CliRunner().invoke(app, ["extract", "a.txt", "--no-store"])
    assert "news/a.txt:1" in result.stdout
