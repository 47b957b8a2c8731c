"""The ready CI recipe: the composite action, the workflow to copy, the pre-commit hook. Each
runs `check --changed-since` on the pull request's base; the action's script is run for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from newsroom import ANTHROPIC, edit

ROOT = Path(__file__).parent.parent
CLAUDE_MMLU = ("| Anthropic Claude 3.5 | — | 88.3 |", "| Anthropic Claude 3.5 | — | 80.3 |")


def _load(name: str):
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def _check_step() -> dict:
    action = _load("action.yml")
    assert action["runs"]["using"] == "composite"
    [step] = [s for s in action["runs"]["steps"] if "claimcheck check" in s.get("run", "")]
    return step


def test_the_action_runs_check_changed_since_the_pull_requests_base():
    step = _check_step()
    assert "--changed-since" in step["run"] and "--format github" in step["run"]
    assert step["env"]["PR_BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert "${{" not in step["run"], "inputs reach the script through env, never pasted into it"


def test_the_workflow_to_copy_checks_out_history_and_uses_the_action():
    workflow = _load("docs/ci/github-actions.yml")
    steps = workflow["jobs"]["claimcheck"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    assert any(s.get("uses", "").split("@")[0].endswith("/claimcheck") for s in steps)
    assert "docs/ci/github-actions.yml" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_pre_commit_hook_checks_what_changed_since_head():
    [hook] = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "claimcheck" and hook["entry"] == "claimcheck check --changed-since HEAD"
    assert hook["pass_filenames"] is False


def _action(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    inputs = {"BASE": "", "PR_BASE": "", "PUSH_BEFORE": "", "PATHS": "", "FAIL_ON": "error", "SARIF_FILE": ""}
    return subprocess.run(
        ["bash", "-c", _check_step()["run"]],
        env={**os.environ, "PATH": path, **inputs, **env},
        capture_output=True,
        text=True,
    )


def test_the_actions_script_fails_on_the_new_clash_with_an_annotation_and_writes_sarif(newsroom):
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=newsroom, capture_output=True, text=True)
    line = edit(newsroom, ANTHROPIC, *CLAUDE_MMLU)
    done = _action({"PR_BASE": head.stdout.strip(), "SARIF_FILE": "claimcheck.sarif"})
    assert done.returncode == 1, done.stderr
    assert f"::error file={ANTHROPIC},line={line}," in done.stdout
    assert (newsroom / "claimcheck.sarif").exists()


def test_the_actions_script_passes_an_edit_that_introduces_nothing(newsroom):
    edit(newsroom, ANTHROPIC, "$150 billion valuation would", "US$150bn valuation would")
    done = _action({"BASE": "HEAD"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "::error" not in done.stdout
