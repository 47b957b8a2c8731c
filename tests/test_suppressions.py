"""Inline suppressions in markdown, a config list for plain text, and unused ones reported."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

LOW = "Analysts put it plainly. GPT-4o scores 80.1 on MMLU.\n"
HIGH = "GPT-4o scores 88.7 on MMLU, its maker says.\n"
IGNORE = "<!-- claimcheck: ignore cross-source-mismatch -->"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.md").write_text(HIGH, encoding="utf-8")
    return tmp_path


def _check(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["check", "a.md", "b.md", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _states(document: dict) -> dict[str, str]:
    return {f["rule"]: f["state"] for f in document["findings"]}


def test_without_a_suppression_the_two_articles_clash(workdir):
    (workdir / "a.md").write_text(LOW, encoding="utf-8")
    code, document = _check()
    assert code == 1 and _states(document) == {"cross-source-mismatch": "new"}


@pytest.mark.parametrize(
    "text",
    [
        f"{IGNORE}\n{LOW}",
        f"{LOW.rstrip()} {IGNORE}\n",
        "<!-- claimcheck: ignore -->\n" + LOW,
        f"| Model | MMLU |\n|---|---|\n| GPT-4o | 80.1 {IGNORE} |\n",
    ],
    ids=["above the line", "on the line", "every rule", "in a table row"],
)
def test_a_markdown_comment_on_or_above_the_line_suppresses_the_finding(workdir, text):
    (workdir / "a.md").write_text(text, encoding="utf-8")
    code, document = _check()
    assert code == 0
    assert _states(document) == {"cross-source-mismatch": "suppressed"}
    assert document["findings"][0]["reason"].startswith("suppressed at a.md:")


def test_a_comment_naming_another_rule_suppresses_nothing_and_is_reported_unused(workdir):
    (workdir / "a.md").write_text("<!-- claimcheck: ignore some-other-rule -->\n" + LOW, encoding="utf-8")
    code, document = _check()
    assert code == 1
    assert _states(document) == {"cross-source-mismatch": "new", "unused-suppression": "new"}


def test_an_unused_suppression_is_a_warning_at_its_line(workdir):
    (workdir / "a.md").write_text(f"{LOW}\nNo figures here.\n{IGNORE}\nNor here.\n", encoding="utf-8")
    (workdir / "b.md").write_text(LOW, encoding="utf-8")
    code, document = _check()
    [unused] = document["findings"]
    assert code == 0 and unused["rule"] == "unused-suppression" and unused["severity"] == "warning"
    assert unused["location"]["source"] == "a.md" and unused["location"]["line"] == 4
    assert _check("--fail-on", "warning")[0] == 1
    github = CliRunner().invoke(app, ["check", "a.md", "b.md", "--format", "github"]).stdout
    assert "::warning file=a.md,line=4," in github


def test_a_plain_text_article_is_suppressed_from_the_config_list(workdir):
    (workdir / "a.txt").write_text(LOW, encoding="utf-8")
    (workdir / "claimcheck.yaml").write_text(
        "suppressions:\n"
        "  - {source: a.txt, rule: cross-source-mismatch, entity: GPT-4o, reason: The desk checked it.}\n"
        "  - {source: a.txt, metric: humaneval}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", "a.txt", "b.md", "--format", "json"])
    document = json.loads(result.stdout)
    assert result.exit_code == 0
    by_rule = {f["rule"]: f for f in document["findings"]}
    assert by_rule["cross-source-mismatch"]["state"] == "suppressed"
    assert by_rule["cross-source-mismatch"]["reason"] == "The desk checked it."
    assert by_rule["unused-suppression"]["location"] == {"source": "claimcheck.yaml", "line": 3, "column": 1}


def test_a_suppression_in_the_config_needs_a_source(workdir):
    (workdir / "a.md").write_text(LOW, encoding="utf-8")
    (workdir / "claimcheck.yaml").write_text("suppressions:\n  - {rule: cross-source-mismatch}\n")
    result = CliRunner().invoke(app, ["check", "a.md", "b.md"])
    assert result.exit_code == 2 and "suppressions[0].source" in result.stderr
