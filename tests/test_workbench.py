"""The fact-checker's workbench through the CLI: explain, claims, entities, metrics, consensus in JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from conftest import ARTICLES


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def findings(runner) -> list[dict]:
    result = runner.invoke(app, ["check", str(ARTICLES), "--no-store", "--format", "json"])
    return json.loads(result.stdout)["findings"]


def _invoke(runner: CliRunner, *args: str):
    result = runner.invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return result


def _flat(text: str) -> str:
    """The output with the terminal's line wrapping undone."""
    return " ".join(text.split())


@pytest.mark.parametrize("command", ["explain", "claims", "entities", "metrics", "review", "report"])
def test_every_workbench_command_has_help(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output and len(result.output) > 200


def test_explain_shows_the_conversion_chain_and_the_currency_diagnosis_of_the_zhipu_valuation(
    runner, findings
):
    valuation = next(
        f
        for f in findings
        if (f["entity"], f["metric"]) == ("Zhipu AI", "valuation") and "currency" in (f["diagnosis"] or "")
    )
    out = _flat(_invoke(runner, "explain", valuation["id"], str(ARTICLES), "--no-store").stdout)
    assert "⟦$1.02 trillion⟧" in out  # the figure marked in its quote
    assert re.search(r"¥1T at CNY [\d.]+ per USD \(ECB \d{4}-\d\d-\d\d\) = \$14\dB", out)
    assert "$1.02T: unit and scale as written in the figure" in out
    assert "scale trillion, unit CNY from the table's headers (column “Market Cap (CNY)”" in out
    assert "exchange-rate allowance" in out and "compared as" in out
    assert "verdict:" in out and "diagnosis: currency mix-up" in out
    assert re.search(r"zhipu-musk-trillion-dollar\.txt:26:\d+", out)


def test_explain_of_a_claim_says_where_it_came_from_and_what_used_it(runner, findings):
    mmlu = next(f for f in findings if (f["entity"], f["metric"]) == ("GLM-4", "mmlu"))
    dense = next(c for c in mmlu["claims"] if c["variant"] == "Dense")
    out = _flat(_invoke(runner, "explain", dense["id"], str(ARTICLES), "--no-store").stdout)
    assert "in a table cell (column “MMLU Score”, row “GLM-4 (Dense)”)" in out
    assert "named by the column header: “MMLU”" in out
    assert f"findings: {mmlu['id']}" in out and "outside the consensus band" in out


def test_explain_json_is_one_document(runner, findings):
    out = _invoke(
        runner, "explain", findings[0]["id"], str(ARTICLES), "--no-store", "--format", "json"
    ).stdout
    document = json.loads(out)
    assert document["finding"]["id"] == findings[0]["id"]
    assert all(step["step"] and step["text"] for claim in document["claims"] for step in claim["steps"])


def test_explain_of_an_unknown_id_is_exit_2(runner):
    result = runner.invoke(app, ["explain", "f-00000000", str(ARTICLES), "--no-store"])
    assert result.exit_code == 2 and "f-00000000" in result.stderr


def test_claims_shows_every_glm4_mmlu_figure_with_its_variant(runner):
    args = ["claims", str(ARTICLES), "--no-store", "--entity", "GLM-4", "--metric", "mmlu"]
    table = _invoke(runner, *args).stdout
    assert all(v in table for v in ("82.3", "82.4", "84.1", "83.8", "Dense", "MoE"))
    claims = json.loads(_invoke(runner, *args, "--format", "json").stdout)["claims"]
    assert sorted((c["value"], c["variant"] or "") for c in claims) == [
        (82.3, ""),
        (82.4, ""),
        (83.8, "MoE"),
        (84.1, "Dense"),
    ]


def test_claims_filters_combine_and_csv_has_one_row_per_claim(runner):
    out = _invoke(
        runner, "claims", str(ARTICLES), "--no-store", "--entity", "Zhipu", "--hedged", "--format", "csv"
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["entity"] == "Zhipu AI" and r["hedges"] for r in rows)
    by_period = json.loads(
        _invoke(
            runner,
            *("claims", str(ARTICLES), "--no-store", "--metric", "revenue", "--period", "2024"),
            *("--source", "zhipu-musk-trillion-dollar.txt", "--format", "json"),
        ).stdout
    )["claims"]
    assert [c["value"] for c in by_period] == [1.8e9]


def test_entities_show_the_names_merged_into_each(runner):
    out = json.loads(_invoke(runner, "entities", str(ARTICLES), "--format", "json").stdout)["entities"]
    claude = next(e for e in out if e["name"] == "Claude 3.5 Sonnet")
    assert {w["text"] for w in claude["written"]} >= {"Claude 3.5 Sonnet", "Claude 3.5"}
    assert out[0]["claims"] >= out[1]["claims"]
    limited = json.loads(
        _invoke(
            runner, "entities", str(ARTICLES), "--sort", "name", "--limit", "3", "--format", "json"
        ).stdout
    )["entities"]
    assert len(limited) == 3 and [e["name"] for e in limited] == sorted(
        (e["name"] for e in limited), key=str.lower
    )


def test_metrics_show_every_word_read_as_each(runner):
    out = _invoke(runner, "metrics", str(ARTICLES)).stdout
    assert "valuation" in out and "Market Cap" in out and "market cap" in out
    rows = json.loads(_invoke(runner, "metrics", str(ARTICLES), "--format", "json").stdout)["metrics"]
    assert next(m for m in rows if m["name"] == "mmlu")["sources"] == 4


def test_findings_in_json_carry_consensus_and_outliers(findings):
    named = [f for f in findings if f["outliers"]]
    assert named and all(f["consensus"]["count"] >= 2 for f in named)
    glm = next(f for f in named if (f["entity"], f["metric"]) == ("GLM-4", "mmlu"))
    assert glm["outliers"] == ["tests/data/articles/zhipu-musk-trillion-dollar.txt"]
    assert glm["claims"][0]["source"].endswith("zhipu-musk-trillion-dollar.txt")  # the outlier leads
    assert all("consensus" in f and "outliers" in f for f in findings)
    ties = [f for f in findings if not f["outliers"]]
    assert ties and all(f["consensus"] is None for f in ties)


def test_the_table_leads_with_the_outlier(runner):
    out = _invoke_check_table(runner)
    row = next(block for block in out.split("├") if "MMLU" in block or "mmlu" in block)
    first_cell_line = next(line for line in row.splitlines() if "84.1" in line or "82.3" in line)
    assert first_cell_line.index("84.1") < first_cell_line.index("82.3")


def _invoke_check_table(runner: CliRunner) -> str:
    result = runner.invoke(app, ["check", str(ARTICLES), "--no-store"])
    assert result.exit_code == 1
    return result.stdout


def test_report_needs_a_file(runner, tmp_path: Path):
    result = runner.invoke(app, ["report", str(ARTICLES), "--no-store"])
    assert result.exit_code == 2 and "--html" in result.stderr


def test_a_reformatted_figure_keeps_the_finding_id(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("OpenAI's valuation stands at $150 billion.\n")
    (tmp_path / "b.txt").write_text("OpenAI's valuation stands at $300 billion.\n")
    before = json.loads(_invoke_any(runner, "check", "a.txt", "b.txt", "--format", "json").stdout)["findings"]
    (tmp_path / "a.txt").write_text("OpenAI's valuation stands at US$150bn.\n")
    after = json.loads(_invoke_any(runner, "check", "a.txt", "b.txt", "--format", "json").stdout)["findings"]
    assert len(before) == 1 and [f["id"] for f in after] == [before[0]["id"]]
    assert after[0]["claims"][0]["id"] != before[0]["claims"][0]["id"]  # the text changed, the meaning not


def _invoke_any(runner: CliRunner, *args: str):
    result = runner.invoke(app, [*args])
    assert result.exit_code in (0, 1), result.output
    return result
