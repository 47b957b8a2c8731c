"""Shared fixtures: the built-in config (no claimcheck.yaml) and the test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Config, load_config

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"


@pytest.fixture(scope="session")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults only, as on a machine with no claimcheck.yaml."""
    return load_config(cwd=tmp_path_factory.mktemp("noconfig"))


@pytest.fixture(scope="session")
def fixed_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults with the seed's fixed rate of 7.2 yuan per dollar."""
    return load_config(cwd=tmp_path_factory.mktemp("fixed"), fx={"CNY": 7.2})
