"""`claimcheck review`: reviews written to the store with who and when, kept across re-extraction,
and read back by `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

A = """\
# Acme raises money

Acme AI said on Monday that its valuation stands at $4.0 billion after the round.

Analysts expect more deals this year.
"""
B = "Acme AI's valuation stands at $9.0 billion, a person familiar with the matter said.\n"
CONFIG = "entities:\n  - {name: Acme AI, type: org, aliases: [Acme]}\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.yaml").write_text(CONFIG + "corpus: [news]\n")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(A)
    (tmp_path / "news" / "b.txt").write_text(B)
    return tmp_path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _run(runner: CliRunner, *args: str, code: int = 0):
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def _claim(runner: CliRunner, source: str) -> dict:
    out = _run(runner, "claims", "--source", source, "--metric", "valuation", "--format", "json").stdout
    (claim,) = json.loads(out)["claims"]
    return claim


def _entry(project: Path, source: str, claim_id: str) -> dict:
    data = yaml.safe_load((project / "claims" / "news" / f"{source}.yaml").read_text())
    return next(e for e in data["claims"] if e["id"] == claim_id)


def _findings(runner: CliRunner) -> list[dict]:
    result = runner.invoke(app, ["check", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def test_a_review_records_who_and_when_in_the_store(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "a.txt")
    out = _run(
        runner, "review", claim["id"], "--confirm", "--note", "checked the filing", "--by", "Ana"
    ).stdout
    assert claim["id"] in out and "accepted by Ana" in out
    entry = _entry(project, "a.txt", claim["id"])
    assert entry["status"] == "accepted" and entry["note"] == "checked the filing"
    assert entry["reviewed_by"] == "Ana" and entry["reviewed_at"].startswith("20")
    listed = json.loads(_run(runner, "review", "--list", "--format", "json").stdout)["reviews"]
    assert [(r["id"], r["status"], r["reviewed_by"], r["matches"]) for r in listed] == [
        (claim["id"], "accepted", "Ana", True)
    ]


def test_a_reviewed_claim_survives_extract_after_an_unrelated_edit_to_its_article(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "a.txt")
    _run(runner, "review", claim["id"], "--confirm", "--by", "Ana")
    article = project / "news" / "a.txt"
    article.write_text(A.replace("Analysts expect more deals this year.", "Analysts expect two more deals."))
    _run(runner, "extract")
    after = _claim(runner, "a.txt")
    assert after["id"] == claim["id"] and after["status"] == "accepted" and after["reviewed_by"] == "Ana"
    assert _entry(project, "a.txt", claim["id"])["reviewed_by"] == "Ana"


def test_a_review_follows_its_claim_when_the_sentence_is_reworded(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "a.txt")
    _run(runner, "review", claim["id"], "--confirm", "--by", "Ana")
    (project / "news" / "a.txt").write_text(A.replace("said on Monday that its", "says its"))
    result = _run(runner, "extract")
    after = _claim(runner, "a.txt")
    assert after["id"] != claim["id"] and after["key"] == claim["key"]
    assert after["status"] == "accepted" and after["reviewed_by"] == "Ana"
    assert f"review of {claim['id']} moved to {after['id']}" in result.stderr


def test_a_review_that_no_longer_matches_is_listed_never_dropped(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "a.txt")
    _run(runner, "review", claim["id"], "--reject", "--note", "misread", "--by", "Ana")
    (project / "news" / "a.txt").write_text(A.replace("$4.0 billion", "$4.5 billion"))
    result = _run(runner, "extract")
    assert f"review of {claim['id']} (rejected) no longer matches any claim" in result.stderr
    listed = json.loads(_run(runner, "review", "--list", "--format", "json").stdout)["reviews"]
    assert [(r["id"], r["matches"], r["note"]) for r in listed] == [(claim["id"], False, "misread")]
    table = _run(runner, "review", "--list").stdout
    assert "1 review, 1 no longer matching any claim" in table


def test_a_rejected_claim_no_longer_produces_its_finding(runner, project):
    _run(runner, "extract")
    assert len(_findings(runner)) == 1
    claim = _claim(runner, "b.txt")
    out = _run(runner, "review", claim["id"], "--reject", "--by", "Ana").stdout
    assert "check leaves it out" in out
    assert _findings(runner) == []
    assert _run(runner, "check").exit_code == 0


def test_set_changes_what_check_compares(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "b.txt")
    out = _run(runner, "review", claim["id"], "--set", "value=4e9", "--by", "Ana").stdout
    assert "now read as Acme AI valuation $4B" in out
    assert _findings(runner) == []
    _run(runner, "review", claim["id"], "--set", "period=2024", "--by", "Ana")
    _run(
        runner,
        "review",
        _claim(runner, "a.txt")["id"],
        "--set",
        "period=2024",
        "--set",
        "value=7e9",
        "--by",
        "Bo",
    )
    (finding,) = _findings(runner)
    assert finding["period"] == "2024" and {c["value"] for c in finding["claims"]} == {4e9, 7e9}
    assert _entry(project, "b.txt", claim["id"])["correction"] == {"value": 4e9, "period": "2024"}


def test_review_finds_a_claim_before_the_store_exists(runner, project):
    claim = _claim(runner, "a.txt")
    assert not (project / "claims").exists()
    _run(runner, "review", claim["id"], "--confirm", "--by", "Ana")
    assert _entry(project, "a.txt", claim["id"])["status"] == "accepted"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["c-00000000", "--confirm", "--by", "Ana"], "no such claim"),
        (["--confirm", "--by", "Ana"], "give a claim id"),
        (["{id}", "--confirm", "--reject", "--by", "Ana"], "cannot both"),
        (["{id}", "--set", "colour=red", "--by", "Ana"], "--set colour=red"),
        (["{id}", "--set", "value=lots", "--by", "Ana"], "must be a number"),
        (["{id}", "--set", "metric=shoe_size", "--by", "Ana"], "unknown metric"),
        (["{id}", "--by", "Ana"], "nothing to record"),
    ],
)
def test_a_bad_review_is_exit_2_and_leaves_the_store_alone(runner, project, args, message):
    _run(runner, "extract")
    claim = _claim(runner, "a.txt")
    before = (project / "claims" / "news" / "a.txt.yaml").read_text()
    result = runner.invoke(app, ["review", *(a.format(id=claim["id"]) for a in args)])
    assert result.exit_code == 2 and message in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert (project / "claims" / "news" / "a.txt.yaml").read_text() == before


def test_an_entity_set_by_review_shows_in_the_entity_listing(runner, project):
    _run(runner, "extract")
    claim = _claim(runner, "b.txt")
    _run(runner, "review", claim["id"], "--set", "entity=Acme Labs", "--by", "Ana")
    names = {e["name"] for e in json.loads(_run(runner, "entities", "--format", "json").stdout)["entities"]}
    assert {"Acme AI", "Acme Labs"} <= names
    assert _findings(runner) == []  # two entities now: nothing to compare


def test_a_claim_added_by_hand_is_not_reviewed_by_command(runner, project):
    _run(runner, "extract")
    path = project / "claims" / "news" / "a.txt.yaml"
    data = yaml.safe_load(path.read_text())
    data["claims"].append(
        {
            "id": "h-1",
            "status": "added",
            "entity": "Acme AI",
            "metric": "valuation",
            "stated": {"value": 4e9, "unit": "USD"},
        }
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    result = runner.invoke(app, ["review", "h-1", "--reject", "--by", "Ana"])
    assert result.exit_code == 2 and "added by hand" in result.stderr
    assert yaml.safe_load(path.read_text())["claims"][-1]["status"] == "added"
