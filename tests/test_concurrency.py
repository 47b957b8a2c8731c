"""Two ``claimcheck extract`` runs on one store: serialised by the store's lock, never interleaved."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from filelock import FileLock

from claimcheck import api
from claimcheck.config import load_config
from claimcheck.errors import ClaimcheckError
from claimcheck.store.lock import LOCK_NAME
from conftest import ARTICLES

SOURCES = sorted(ARTICLES.glob("*.txt"))[:2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "claimcheck.yaml").write_text('store: claims\nfx: {date: "2026-06-30"}\n')
    for source in SOURCES:
        (tmp_path / "articles" / source.name).write_text(source.read_text(encoding="utf-8"))
    return tmp_path


def extract(project: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "extract", "articles", "--format", "json"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def store_files(project: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((project / "claims").rglob("*.yaml"))}


def test_an_extract_waits_while_another_holds_the_store_and_writes_after(project):
    (project / "claims").mkdir()
    lock = FileLock(project / "claims" / LOCK_NAME)
    with lock:
        waiting = extract(project)
        assert waiting.stderr is not None
        line = waiting.stderr.readline()  # printed once it finds the store held
        assert "waiting for another claimcheck extract" in line and "claims" in line
        time.sleep(0.3)
        assert waiting.poll() is None and store_files(project) == {}
    assert waiting.wait(timeout=120) == 0
    assert set(store_files(project)) == {f"{s.name}.yaml" for s in SOURCES}


def test_a_store_held_past_the_wait_is_one_clear_error_and_nothing_is_written(project):
    (project / "claims").mkdir()
    held = pytest.raises(ClaimcheckError, match=r"another claimcheck extract has held the store")
    with FileLock(project / "claims" / LOCK_NAME), held:
        api.extract(["articles"], load_config(cwd=project), store_to=project / "claims", lock_wait=0.2)
    assert store_files(project) == {}


def test_two_extracts_at_once_both_finish_and_keep_every_review(project):
    assert extract(project).wait(timeout=120) == 0
    path = next((project / "claims").rglob("*.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["claims"][0].update(status="accepted", note="checked against the filing")
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    first, second = extract(project), extract(project)
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0
    after = store_files(project)
    alone = extract(project)
    assert alone.wait(timeout=120) == 0
    assert after == store_files(project)  # the same as one run on its own: nothing interleaved
    entry = yaml.safe_load(path.read_text(encoding="utf-8"))["claims"][0]
    assert (entry["status"], entry["note"]) == ("accepted", "checked against the filing")
