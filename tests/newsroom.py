"""A newsroom's repository for end-to-end tests: the five articles and their claims store,
committed to git, and helpers to edit an article as a writer would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app

ARTICLES = Path(__file__).parent / "data" / "articles"

ANTHROPIC = "articles/zhipu-china-anthropic-ipo.txt"
ENDGAME = "articles/zhipu-trillion-yuan-endgame.txt"
CAMBRICON = "articles/zhipu-cambricon-ai-wealth.txt"
CONFIG = 'corpus: [articles]\nstore: claims\nfx:\n  date: "2026-06-30"\n'
_ENV = {
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` (failing the test on an error) and return its output."""
    env = {**os.environ, **_ENV, "GIT_CONFIG_GLOBAL": os.devnull}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def build(repo: Path) -> Path:
    """A git repository with the five articles, claimcheck.yaml and the store, all committed."""
    shutil.copytree(ARTICLES, repo / "articles")
    (repo / "claimcheck.yaml").write_text(CONFIG, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    cwd = Path.cwd()
    os.chdir(repo)
    try:
        result = CliRunner().invoke(app, ["extract", "--format", "json"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "The five articles and their claims")
    return repo


def edit(repo: Path, article: str, old: str, new: str) -> int:
    """Replace the one occurrence of ``old`` in an article; returns the line it is on (1-based)."""
    path = repo / article
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {article}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def move_line(repo: Path, article: str, containing: str, before: str) -> None:
    """Move the paragraph (one line) containing ``containing`` to just above the one containing ``before``."""
    path = repo / article
    lines = path.read_text(encoding="utf-8").split("\n")
    [moved] = [line for line in lines if containing in line]
    lines.remove(moved)
    at = next(i for i, line in enumerate(lines) if before in line)
    lines.insert(at, moved)
    path.write_text("\n".join(lines), encoding="utf-8")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """``claimcheck ARGS`` in the working directory: exit code, stdout, stderr."""
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> tuple[int, dict]:
    """``claimcheck ARGS --format json``: exit code and the document."""
    code, out, err = run(*args, "--format", "json")
    assert code in (0, 1), err
    return code, json.loads(out)
