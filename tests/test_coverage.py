"""Coverage you can see: every number of an article is a claim or skipped with a reason a user
can act on, in the API, in ``extract`` and ``check`` (JSON and the line under the table), and
``extract --coverage`` lists each skipped number with its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.extract import coverage as why
from claimcheck.extract import read_article

TEXT = (
    "# Kestrel Robotics results\n\n"
    "Kestrel Robotics reported revenue of $12.5 million in 2023.\n"
    "Its Falcon-7B model scored 78.5 on MMLU (5-shot).\n"
    "See https://example.com/2024/report.html for details [12].\n\n"
    "```\nthreads = 64\n```\n"
)
CROWDED = (
    "Kestrel Robotics and Northwind Labs both presented at the fair.\n\n"
    "Revenue doubled to $40 million in 2024.\n\n"
    "1. Pricing is flat.\n"
)


def _reasons(text: str, config) -> dict[str, str]:
    return {f"{f.line}:{f.text}": f.reason for f in read_article(text, "a.md", config).coverage.figures}


def test_each_number_that_is_no_claim_has_its_reason_and_place(fixed_config):
    assert _reasons(TEXT, fixed_config) == {
        "3:2023": why.DATE,
        "4:7": why.NAME,
        "4:5": why.SETTING,
        "5:2024": why.URL,
        "5:12": why.URL,
        "8:64": why.CODE,
    }


def test_a_figure_with_two_possible_subjects_is_unattributed_never_guessed(fixed_config):
    reading = read_article(CROWDED, "a.md", fixed_config)
    assert reading.claims == []
    assert _reasons(CROWDED, fixed_config) == {"3:40": why.UNATTRIBUTED, "3:2024": why.DATE, "5:1": why.RANK}


def test_the_counts_add_up(fixed_config):
    report = read_article(TEXT, "a.md", fixed_config).coverage
    assert report.claims == 2 and report.numbers == report.claims + sum(report.skipped.values())
    assert report.skipped[why.URL] == 2


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(CROWDED, encoding="utf-8")
    return tmp_path


def test_extract_json_gives_each_article_its_coverage(folder):
    result = CliRunner().invoke(app, ["extract", "--no-store", "-f", "json", "a.md", "b.md"])
    coverage = json.loads(result.stdout)["coverage"]
    assert coverage["articles"]["a.md"] == {
        "numbers": 8,
        "claims": 2,
        "skipped": {why.URL: 2, why.DATE: 1, why.NAME: 1, why.SETTING: 1, why.CODE: 1},
    }
    assert coverage["numbers"] == 11 and coverage["claims"] == 2
    assert coverage["skipped"][why.UNATTRIBUTED] == 1


def test_extract_coverage_lists_the_skipped_numbers_with_their_reasons(folder):
    result = CliRunner().invoke(app, ["extract", "--no-store", "--coverage", "a.md", "b.md"])
    assert result.exit_code == 0
    assert "a.md:4:42" in result.stdout and why.SETTING in result.stdout
    assert "b.md:3:21" in result.stdout and why.UNATTRIBUTED in result.stdout
    document = json.loads(
        CliRunner().invoke(app, ["extract", "--no-store", "--coverage", "-f", "json", "a.md"]).stdout
    )
    figures = document["coverage"]["articles"]["a.md"]["skipped_figures"]
    assert {"line": 4, "column": 42, "text": "5", "reason": why.SETTING} in figures


def test_check_shows_the_coverage_under_the_table_and_in_json(folder):
    table = CliRunner().invoke(app, ["check", "--no-store", "-f", "table", "a.md", "b.md"]).stdout
    assert "coverage: 11 numbers · 2 claims · 9 skipped" in table
    run = CliRunner().invoke(app, ["check", "--no-store", "-f", "json", "a.md", "b.md"])
    document = json.loads(run.stdout)
    assert document["summary"]["coverage"]["articles"]["b.md"]["skipped"][why.UNATTRIBUTED] == 1


def test_the_coverage_comes_back_from_the_cache_unchanged(folder):
    command = ["extract", "--store", "claims", "-f", "json", "--coverage", "a.md"]
    first = CliRunner().invoke(app, command).stdout
    again = CliRunner().invoke(app, command).stdout
    (entry,) = (folder / ".claimcheck-cache").rglob("*.json")
    assert json.loads(entry.read_text(encoding="utf-8"))["coverage"]["numbers"] == 8
    assert json.loads(first)["coverage"] == json.loads(again)["coverage"]


def test_a_number_written_between_chinese_characters_is_counted(fixed_config):
    report = read_article("Osprey Labs 上半年营收63.2亿元，净亏损11.8亿元。\n", "a.md", fixed_config).coverage
    assert report.numbers == 2
