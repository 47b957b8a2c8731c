"""The baseline: today's findings accepted, so that only a new one fails; stale entries
reported and pruned; a fact-checker's reasons kept."""

from __future__ import annotations

import yaml

from newsroom import ANTHROPIC, CAMBRICON, edit, move_line, run, run_json

DEEPSEEK_MMLU = ("| ~21B active / 236B total | 78.5 |", "| ~21B active / 236B total | 70.5 |")


def _baseline(repo) -> dict:
    return yaml.safe_load((repo / "claims" / "baseline.yaml").read_text(encoding="utf-8"))


def test_with_a_baseline_of_todays_findings_check_exits_0(newsroom):
    assert run_json("check")[0] == 1
    code, _, err = run("baseline")
    assert code == 0 and "claims/baseline.yaml" in err
    entries = _baseline(newsroom)["findings"]
    assert entries and all(e["reason"] is None and e["id"].startswith("f-") for e in entries)
    assert all("line" not in e for e in entries), "entries are keyed by content, never by line"
    code, document = run_json("check")
    assert code == 0
    assert document["summary"]["states"]["new"] == 0
    assert {f["state"] for f in document["findings"]} == {"baselined"}


def test_one_more_changed_value_exits_1_with_exactly_that_finding(newsroom):
    run("baseline")
    line = edit(newsroom, CAMBRICON, *DEEPSEEK_MMLU)
    code, document = run_json("check")
    assert code == 1
    [new] = [f for f in document["findings"] if f["state"] == "new"]
    assert any(c["source"] == CAMBRICON and c["line"] == line for c in new["claims"])
    assert new["location"] == {"source": CAMBRICON, "line": line, "column": new["location"]["column"]}


def test_moving_a_paragraph_does_not_make_a_baseline_entry_stale(newsroom):
    run("baseline")
    move_line(
        newsroom, ANTHROPIC, "$150 billion valuation would", before="The latest publicly detailed model"
    )
    code, document = run_json("check")
    assert code == 0
    assert document["baseline"]["stale"] == []


def test_an_entry_no_finding_matches_is_reported_stale_and_pruned_with_reasons_kept(newsroom):
    run("baseline")
    path = newsroom / "claims" / "baseline.yaml"
    data = _baseline(newsroom)
    data["findings"][0]["reason"] = "Both figures are as the companies stated them."
    kept_id = data["findings"][0]["id"]
    gone = {**data["findings"][1], "id": "f-00000000", "reason": "An old clash, since corrected."}
    data["findings"].append(gone)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    code, document = run_json("check")
    assert code == 0, "a stale entry is reported, never a failure"
    assert [e["id"] for e in document["baseline"]["stale"]] == ["f-00000000"]
    _, table, _ = run("check")
    assert "stale baseline entry f-00000000" in table

    run("baseline")
    assert "f-00000000" in {e["id"] for e in _baseline(newsroom)["findings"]}, "only --prune drops entries"
    code, _, err = run("baseline", "--prune")
    assert code == 0 and "1 stale dropped" in err
    entries = {e["id"]: e for e in _baseline(newsroom)["findings"]}
    assert "f-00000000" not in entries
    assert entries[kept_id]["reason"] == "Both figures are as the companies stated them."


def test_the_baseline_reason_is_reported_with_the_accepted_finding(newsroom):
    run("baseline")
    path = newsroom / "claims" / "baseline.yaml"
    data = _baseline(newsroom)
    for entry in data["findings"]:
        entry["reason"] = "Checked with the desk."
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _, document = run_json("check")
    assert {f["reason"] for f in document["findings"]} == {"Checked with the desk."}


def test_a_named_baseline_that_does_not_exist_is_exit_2(newsroom):
    code, _, err = run("check", "--baseline", "nowhere.yaml")
    assert code == 2 and "nowhere.yaml" in err


def test_changed_since_and_the_baseline_together_fail_only_on_the_new_finding(newsroom):
    run("baseline")
    line = edit(newsroom, CAMBRICON, *DEEPSEEK_MMLU)
    code, out, _ = run("check", "--changed-since", "HEAD", "--format", "github")
    assert code == 1
    errors = [row for row in out.splitlines() if row.startswith("::error ")]
    assert errors and all(f"file={CAMBRICON},line={line}," in row for row in errors)
