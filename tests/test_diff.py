"""`claimcheck diff OLD_FILE NEW_FILE` and the claim comparison under it: by meaning, never by
wording or position."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.diff import claim_changes
from helpers import read

OLD = "OpenAI's valuation stands at $150 billion. GPT-4o scores 88.7 on MMLU.\n"
OTHER = "GPT-4o scores 88.7 on MMLU, its maker says.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    return tmp_path


def _diff(workdir, new: str) -> dict:
    (workdir / "new.md").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", "old.md", "new.md", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_reformatted_figure_is_no_claim_change(workdir):
    document = _diff(workdir, "GPT-4o scores 88.70 on MMLU. OpenAI's valuation stands at US$150bn.\n")
    assert document["claims"] == [] and document["articles"] == ["new.md"]


def test_a_new_figure_is_a_changed_claim_with_both_values(workdir):
    document = _diff(workdir, OLD.replace("88.7", "86.1"))
    [change] = document["claims"]
    assert change["change"] == "changed" and change["source"] == "new.md"
    assert (change["before"]["value"], change["after"]["value"]) == (88.7, 86.1)


def test_added_and_removed_claims(workdir):
    document = _diff(workdir, "GPT-4o scores 88.7 on MMLU. Anthropic has 1,500 employees.\n")
    assert sorted(c["change"] for c in document["claims"]) == ["added", "removed"]


def test_findings_created_against_the_corpus_are_listed(workdir):
    (workdir / "articles").mkdir()
    (workdir / "articles" / "other.md").write_text(OTHER, encoding="utf-8")
    document = _diff(workdir, OLD.replace("88.7", "80.1"))
    assert [f["rule"] for f in document["findings"]["created"]] == ["cross-source-mismatch"]
    assert document["findings"]["resolved"] == []
    table = CliRunner().invoke(app, ["diff", "old.md", "new.md"]).stdout
    assert "findings created" in table and "1 changed" in table


def test_a_claim_repeated_in_the_text_changes_once(config):
    old = read("GPT-4o scores 88.7 on MMLU. Again: GPT-4o scores 88.7 on MMLU.", config)
    new = read("GPT-4o scores 88.7 on MMLU. Again: GPT-4o scores 86.0 on MMLU.", config)
    [change] = claim_changes("t.txt", old, new)
    assert change.kind == "changed" and change.after is not None and change.after.value == 86.0
