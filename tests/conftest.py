"""Shared fixtures: the built-in config (no claimcheck.yaml) and the test corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from claimcheck.config import Config, load_config

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"
# CI runs the long forms (`make test-long`): more fuzz examples, more kills.
LONG = os.environ.get("CLAIMCHECK_LONG_TESTS") == "1"
settings.register_profile(
    "short", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.fixture(autouse=True)
def _not_under_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--format auto`` follows GITHUB_ACTIONS; tests choose it themselves."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture(scope="session")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults only, as on a machine with no claimcheck.yaml."""
    return load_config(cwd=tmp_path_factory.mktemp("noconfig"))


@pytest.fixture(scope="session")
def fixed_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults with the seed's fixed rate of 7.2 yuan per dollar."""
    return load_config(cwd=tmp_path_factory.mktemp("fixed"), fx={"CNY": 7.2})


@pytest.fixture(scope="session")
def newsroom_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five articles, claimcheck.yaml and the claims store, committed to git (built once)."""
    from newsroom import build

    return build(tmp_path_factory.mktemp("newsroom") / "repo")


@pytest.fixture
def newsroom(newsroom_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the newsroom (store and extraction cache warm), as the working directory."""
    import shutil

    copy = tmp_path / "repo"
    shutil.copytree(newsroom_template, copy, symlinks=True)
    monkeypatch.chdir(copy)
    return copy
