"""The machine formats, all from one list of records: SARIF and GitLab reports valid against
their schemas, GitHub annotations, JUnit, markdown, JSON metadata, --format auto and --output."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from claimcheck.report import pick
from claimcheck.report.github import escape_message, escape_property
from newsroom import ANTHROPIC, ENDGAME, edit, run

SCHEMAS = Path(__file__).parent / "schemas"
CLAUDE_MMLU = ("| Anthropic Claude 3.5 | — | 88.3 |", "| Anthropic Claude 3.5 | — | 80.3 |")
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def _schema(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


@pytest.fixture
def edited(newsroom) -> int:
    """The newsroom with one value edited so that it contradicts another article; its line."""
    return edit(newsroom, ANTHROPIC, *CLAUDE_MMLU)


def _report(*args: str) -> tuple[int, str]:
    code, out, err = run("check", "--changed-since", "HEAD", *args)
    assert code in (0, 1), err
    return code, out


def test_sarif_is_valid_sarif_2_1_0_with_rules_locations_and_fingerprints(edited):
    code, out = _report("--format", "sarif")
    document = json.loads(out)
    _schema("sarif-schema-2.1.0.json").validate(document)
    [sarif_run] = document["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["version"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["cross-source-mismatch"]["help"]["text"] and rules["unused-suppression"]["shortDescription"]
    assert {"configFingerprint", "ratesDate"} <= set(sarif_run["properties"])
    [new] = [r for r in sarif_run["results"] if r["baselineState"] == "new"]
    location = new["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == ANTHROPIC and location["region"]["startLine"] == edited
    related = [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in new["relatedLocations"]]
    assert ENDGAME in related
    assert all(r["partialFingerprints"] for r in sarif_run["results"])
    assert {r["baselineState"] for r in sarif_run["results"]} == {"new", "unchanged"}
    assert code == 1


def test_sarif_marks_baselined_findings_as_suppressed_with_the_reason(newsroom):
    run("baseline")
    code, out, _ = run("check", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    _schema("sarif-schema-2.1.0.json").validate(json.loads(out))
    assert code == 0 and results
    assert all(r["suppressions"][0]["kind"] == "external" for r in results)


def test_sarif_fingerprints_survive_a_reformat(newsroom):
    before = {r["partialFingerprints"]["claimcheckFinding/v1"] for r in _results()}
    edit(newsroom, ANTHROPIC, "$150 billion valuation would", "US$150bn valuation would")
    assert {r["partialFingerprints"]["claimcheckFinding/v1"] for r in _results()} == before


def _results() -> list[dict]:
    return json.loads(run("check", "--format", "sarif")[1])["runs"][0]["results"]


def test_gitlab_code_quality_report_is_valid(edited):
    _, out = _report("--format", "gitlab")
    issues = json.loads(out)
    validator = _schema("gitlab-codequality-issue.json")
    assert isinstance(issues, list) and issues
    for issue in issues:
        validator.validate(issue)
        assert issue["check_name"] and issue["severity"] in GITLAB_SEVERITIES
        assert isinstance(issue["location"]["lines"]["begin"], int) and issue["location"]["path"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert any(i["location"] == {"path": ANTHROPIC, "lines": {"begin": edited}} for i in issues)


def test_junit_fails_the_new_finding_and_skips_the_accepted_ones(edited):
    _, out = _report("--format", "junit")
    root = ET.fromstring(out)
    assert root.tag == "testsuites" and int(root.get("failures")) == 1
    failing = [c for c in root.iter("testcase") if c.find("failure") is not None]
    assert [c.get("file") for c in failing] == [ANTHROPIC] and failing[0].get("line") == str(edited)
    assert int(root.get("skipped")) == sum(1 for c in root.iter("testcase") if c.find("skipped") is not None)


def test_markdown_is_a_table_of_new_findings_with_both_quotes(edited):
    _, out = _report("--format", "markdown")
    assert out.startswith("### claimcheck: 1 new finding")
    [row] = [line for line in out.splitlines() if line.startswith("| error")]
    assert "80.3" in row and "88.3" in row and f"`{ANTHROPIC}:{edited}`" in row and ENDGAME in row


def test_json_carries_the_tool_version_config_fingerprint_and_rate_table_date(edited):
    _, out = _report("--format", "json")
    tool = json.loads(out)["tool"]
    assert tool["name"] == "claimcheck" and tool["version"]
    assert len(tool["config_fingerprint"]) >= 8 and tool["rates_date"][:2] == "20"


def test_output_writes_the_format_to_the_file_and_the_table_to_the_terminal(edited, newsroom):
    code, out = _report("--output", "claimcheck.sarif")
    assert code == 1
    assert json.loads((newsroom / "claimcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "contradictions" in out and "comparisons" in out and not out.lstrip().startswith("{")
    _report("--format", "gitlab", "--output", "gl-code-quality-report.json")
    assert isinstance(json.loads((newsroom / "gl-code-quality-report.json").read_text()), list)


def test_format_auto_is_github_under_github_actions_and_the_table_elsewhere(edited):
    code, out, _ = run("check", "--changed-since", "HEAD", env={"GITHUB_ACTIONS": "true"})
    assert code == 1 and out.startswith("::error file=")
    code, out, _ = run("check", "--changed-since", "HEAD")
    assert code == 1 and "contradictions" in out and "::error" not in out and not out.startswith("{")
    assert "\x1b[" not in out, "a table written to a pipe is plain"


def test_pick_follows_the_output_files_suffix_and_otherwise_the_environment():
    assert pick("auto", Path("report.sarif"), {}) == "sarif"
    assert pick("auto", Path("r.sarif.json"), {}) == "sarif"
    assert pick("auto", Path("r.xml"), {}) == "junit"
    assert pick("auto", None, {"GITHUB_ACTIONS": "true"}) == "github"
    assert pick("auto", None, {}) == "table"
    assert pick("json", None, {"GITHUB_ACTIONS": "true"}) == "json"


def test_github_commands_escape_what_the_runner_would_misread():
    assert escape_message("50% off\nnext") == "50%25 off%0Anext"
    assert escape_property("a,b:c") == "a%2Cb%3Ac"
