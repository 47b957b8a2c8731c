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


@pytest.fixture(scope="session")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults only, as on a machine with no claimcheck.yaml."""
    return load_config(cwd=tmp_path_factory.mktemp("noconfig"))


@pytest.fixture(scope="session")
def fixed_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Built-in defaults with the seed's fixed rate of 7.2 yuan per dollar."""
    return load_config(cwd=tmp_path_factory.mktemp("fixed"), fx={"CNY": 7.2})
