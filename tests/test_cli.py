"""The command line, driven through typer's CliRunner: help, formats, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app, main
from conftest import ARTICLES

AGREE_A = "GPT-4o scores 88.7 on MMLU. OpenAI's valuation stands at $300 billion.\n"
AGREE_B = "| Model | MMLU |\n|---|---|\n| GPT-4o | 88.7 |\n\nOpenAI's $300B valuation is large.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory: no claimcheck.yaml, no store, built-in defaults only."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", [[], ["check"], ["extract"], ["diff"], ["baseline"]])
def test_every_command_has_help(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output and len(result.output) > 200


def test_check_json_on_the_articles_exits_1_with_findings_and_prints_only_json(runner, workdir):
    result = runner.invoke(app, ["check", str(ARTICLES), "--format", "json", "--no-store"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["schema"] == 1 and document["findings"]
    assert document["summary"]["articles"] == 5 and document["summary"]["claims"] > 100
    for finding in document["findings"]:
        assert {
            "id",
            "rule",
            "severity",
            "entity",
            "metric",
            "period",
            "message",
            "claims",
            "diagnosis",
        } <= set(finding)
    claim = next(f for f in document["findings"] if f["rule"] == "cross-source-mismatch")["claims"][0]
    assert {
        "id",
        "source",
        "line",
        "column",
        "quote",
        "raw",
        "entity",
        "variant",
        "metric",
        "price_kind",
        "period",
        "value",
        "low",
        "high",
        "unit",
        "stated",
        "hedges",
    } <= set(claim)


def test_two_agreeing_files_exit_0(runner, workdir):
    (workdir / "a.txt").write_text(AGREE_A)
    (workdir / "b.md").write_text(AGREE_B)
    result = runner.invoke(app, ["check", "a.txt", "b.md", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []


def test_fail_on_warning_and_never_change_the_exit_code_not_the_findings(runner, workdir):
    (workdir / "a.txt").write_text("OpenAI's valuation stands at $80 billion.\n")
    (workdir / "b.txt").write_text("| Metric | OpenAI (2025) |\n|---|---|\n| Valuation | $300B |\n")
    base = ["check", "a.txt", "b.txt", "--format", "json"]
    assert runner.invoke(app, base).exit_code == 0  # an undated figure against a dated one: a warning
    assert runner.invoke(app, [*base, "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(app, [*base, "--fail-on", "never"]).exit_code == 0


def test_a_missing_file_exits_2_with_one_line_on_stderr(runner, workdir):
    result = runner.invoke(app, ["check", "no-such-file.txt"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no-such-file.txt" in result.stderr
    assert result.stdout == ""


def test_bad_config_exits_2_naming_the_key(runner, workdir):
    (workdir / "claimcheck.yaml").write_text("fx:\n  uncertainty: high\n")
    (workdir / "a.txt").write_text(AGREE_A)
    result = runner.invoke(app, ["check", "a.txt"])
    assert result.exit_code == 2
    assert "fx.uncertainty" in result.stderr and result.stderr.strip().count("\n") == 0


def test_bad_fx_option_exits_2(runner, workdir):
    (workdir / "a.txt").write_text(AGREE_A)
    result = runner.invoke(app, ["check", "a.txt", "--fx", "CNY=lots"])
    assert result.exit_code == 2 and "--fx" in result.stderr


def test_fx_override_changes_converted_values(runner, workdir):
    (workdir / "a.txt").write_text("| Model | Cost/1M tokens (CNY) |\n|---|---|\n| GPT-4o | ¥35.00 |\n")
    result = runner.invoke(app, ["extract", "a.txt", "--format", "json", "--no-store", "--fx", "CNY=7.0"])
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["value"] == pytest.approx(5.0) and claim["stated"]["unit"] == "CNY/Mtok"


def test_extract_reads_stdin(runner, workdir):
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=AGREE_A)
    assert result.exit_code == 0
    assert {c["metric"] for c in json.loads(result.stdout)["claims"]} == {"mmlu", "valuation"}


def test_extract_writes_the_store_and_yaml_format_works(runner, workdir):
    (workdir / "a.txt").write_text(AGREE_A)
    result = runner.invoke(app, ["extract", "a.txt", "--format", "yaml"])
    assert result.exit_code == 0 and "claims:" in result.stdout
    assert (workdir / "claims" / "a.txt.yaml").exists()


def test_table_format_shows_values_side_by_side_and_a_summary(runner, workdir):
    result = runner.invoke(app, ["check", str(ARTICLES), "--no-store"])
    assert result.exit_code == 1
    assert "¥0.80" in result.stdout and "$2.50" in result.stdout
    assert "5 articles ·" in result.stdout and "comparisons" in result.stdout


def test_main_turns_bad_usage_into_one_line_and_exit_2(capsys):
    assert main(["check", "--format", "xml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: error:") and err.strip().count("\n") == 0


def test_main_returns_the_check_exit_code(workdir, capsys):
    (workdir / "a.txt").write_text(AGREE_A)
    assert main(["check", "a.txt", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_worker_processes_give_the_same_claims(runner, workdir):
    one = runner.invoke(app, ["extract", str(ARTICLES), "--format", "json", "--no-store"])
    two = runner.invoke(app, ["extract", str(ARTICLES), "--format", "json", "--no-store", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_paths_are_relative_to_the_project_root_from_any_folder(runner, workdir, monkeypatch):
    (workdir / "claimcheck.yaml").write_text("store: claims\n")
    (workdir / "news").mkdir()
    (workdir / "news" / "a.txt").write_text(AGREE_A)
    first = runner.invoke(app, ["extract", "news/a.txt", "--format", "json"])
    monkeypatch.chdir(workdir / "news")
    second = runner.invoke(app, ["extract", "a.txt", "--format", "json"])
    sources = {c["source"] for r in (first, second) for c in json.loads(r.stdout)["claims"]}
    assert sources == {"news/a.txt"}
    assert [p.relative_to(workdir).as_posix() for p in (workdir / "claims").rglob("*.yaml")] == [
        "claims/news/a.txt.yaml"
    ]


def test_claims_carry_a_meaning_key_that_a_reformat_keeps(runner, workdir):
    (workdir / "a.txt").write_text("OpenAI's valuation stands at $150 billion.\n")
    (workdir / "b.txt").write_text("Analysts note that OpenAI's valuation stands at US$150bn.\n")
    result = runner.invoke(app, ["extract", "a.txt", "b.txt", "--format", "json", "--no-store"])
    claims = json.loads(result.stdout)["claims"]
    assert len(claims) == 2 and claims[0]["id"] != claims[1]["id"]
    assert claims[0]["key"] == claims[1]["key"]
