"""``check --engine dask``: the same findings as the local run, from a cluster of two worker processes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck import ci
from claimcheck.cli import app
from claimcheck.config import Config, load_config
from claimcheck.engines.dask import MISSING
from conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client of a cluster here: two worker processes, one thread each, no dashboard."""
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def _found(paths: list[str], config: Config, runner: Any = None) -> tuple[list[object], object]:
    verdict = ci.verdict(paths, config, cached=False, jobs=1, runner=runner)
    return [f.to_dict() for f in verdict.result.findings], verdict.result.summary.to_dict()


def test_the_five_articles_give_the_same_findings_on_dask(client: Any, config: Config) -> None:
    from claimcheck.engines.dask import DaskEngine

    local = _found([str(ARTICLES)], config)
    assert local[0]  # the five articles contradict each other: there is something to compare
    assert _found([str(ARTICLES)], config, DaskEngine(client)) == local


def test_a_generated_archive_gives_the_same_findings_on_dask(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.engines.dask import DaskEngine

    corpus.write(tmp_path, 24, seed=7)
    monkeypatch.chdir(tmp_path)
    config = load_config()
    local = _found(["articles"], config)
    assert _found(["articles"], config, DaskEngine(client)) == local


def test_the_command_line_runs_on_a_scheduler(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ARTICLES.parent)
    args = ["check", str(ARTICLES), "--no-store", "--format", "json"]
    local = CliRunner().invoke(app, args)
    remote = CliRunner().invoke(app, [*args, "--engine", "dask", "--scheduler", client.scheduler.address])
    assert (remote.exit_code, json.loads(remote.stdout)) == (local.exit_code, json.loads(local.stdout))


def test_dask_asked_for_but_not_installed_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # what an import finds when it is missing
    result = CliRunner().invoke(app, ["check", str(ARTICLES), "--no-store", "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"claimcheck: error: {MISSING}"


def test_a_scheduler_without_dask_engine_is_a_user_error() -> None:
    result = CliRunner().invoke(app, ["check", str(ARTICLES), "--no-store", "--scheduler", "tcp://h:1"])
    assert result.exit_code == 2
    assert "--scheduler is for --engine dask" in result.stderr
