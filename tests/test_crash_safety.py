"""A real ``claimcheck extract`` killed at random moments never leaves the store half-written.

Each run edits an article or undoes the edit (so reviews move to ``orphaned:`` and
back), starts ``claimcheck extract`` in a subprocess and SIGKILLs it: alternate runs
at a uniformly random moment of the whole run, or a few milliseconds after its
first temporary store file appears (in the middle of writing). After every kill,
every store file must be whole (it parses, validates, and holds exactly the claims
of one version of its article) and every review made by hand must still be there.
The default run is short (4 kills); ``CLAIMCHECK_LONG_TESTS=1`` (CI, ``make test-long``) runs 60.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from claimcheck.config import load_config
from claimcheck.extract import extract_text
from claimcheck.store import files as store
from conftest import ARTICLES, LONG

RUNS = 60 if LONG else 4
ARTICLE_COUNT = 6 if LONG else 2
EDIT = ("the", "THE")  # an edit that changes sentence ids, so reviews become orphans (and back)


def extract_command(project: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "extract", "articles", "--format", "json"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def make_project(root: Path) -> Path:
    (root / "articles").mkdir()
    (root / "claimcheck.yaml").write_text('store: claims\nfx: {date: "2026-06-30"}\n')
    sources = sorted(ARTICLES.glob("*.txt"))
    for i in range(ARTICLE_COUNT):
        source = sources[i % len(sources)]
        (root / "articles" / f"{source.stem}-{i}.txt").write_text(source.read_text(encoding="utf-8"))
    return root


def review_by_hand(project: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """Accept or reject every fifth claim with a note, and add a claim to each file."""
    made = {}
    for path in sorted((project / "claims").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n, entry in enumerate(data["claims"][::5]):
            entry["status"] = "rejected" if n % 2 else "accepted"
            entry["note"] = f"checked by hand ({path.stem} {n})"
            made[(path.name, entry["id"])] = (entry["status"], entry["note"], entry.get("key"))
        added = {"id": f"h-{path.stem}", "status": "added", "entity": "OpenAI", "metric": "employees"}
        added.update(note="from the annual report", stated={"value": 3000.0, "unit": None})
        data["claims"].append(added)
        made[(path.name, added["id"])] = ("added", added["note"], None)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return made


def versions(project: Path) -> dict[str, dict[str, set[str]]]:
    """For each article, the claim ids of each text it can hold (as written, and edited)."""
    config = load_config(cwd=project)
    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted((project / "articles").glob("*.txt")):
        source = f"articles/{path.name}"
        text = path.read_text(encoding="utf-8")
        out[f"{path.name}.yaml"] = {
            store.text_hash(t): {c.id for c in extract_text(t, source, config)}
            for t in (text, text.replace(*EDIT))
        }
    return out


def assert_store_whole(project: Path, known: dict, made: dict) -> None:
    for path in sorted((project / "claims").rglob("*.yaml")):
        stored = store.load(path)  # parses and validates, or raises
        assert stored is not None
        ids = known[path.name].get(stored.sha256)
        assert ids is not None, f"{path.name}: holds a text that was never written"
        assert set(stored.entries) == ids, f"{path.name}: not the claims of either version"
        every = (*stored.entries.values(), *stored.orphaned, *stored.added)
        kept = {e["id"]: e for e in every}
        by_key = {(e.get("key"), e.get("status"), e.get("note")) for e in every}
        for (name, cid), (status, note, key) in made.items():
            if name != path.name:
                continue
            entry = kept.get(cid)
            if entry is None:  # a review that followed its claim's meaning key to a reworded sentence
                assert (key, status, note) in by_key, f"{path.name}: review of {cid} lost"
                continue
            assert (entry.get("status"), entry.get("note")) == (status, note)


def kill_at(project: Path, rng: random.Random, full: float, *, anywhere: bool) -> str:
    """Start extract and SIGKILL it: at a random moment, or while it writes the store."""
    process = extract_command(project)
    start = time.monotonic()
    if anywhere:
        time.sleep(rng.uniform(0, full))
        moment = "anywhere"
    else:
        folder = project / "claims" / "articles"
        leftover = {p.name for p in folder.iterdir()}
        while process.poll() is None and not any(
            p.suffix == ".tmp" and p.name not in leftover for p in folder.iterdir()
        ):
            if time.monotonic() - start > 4 * full:
                break
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.03))
        moment = "writing"
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return "finished" if finished else moment


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_extract_leaves_every_store_file_whole_and_every_review(tmp_path):
    project = make_project(tmp_path)
    assert extract_command(project).wait() == 0
    made = review_by_hand(project)
    known = versions(project)
    start = time.monotonic()  # a whole run on a reviewed store: how long the kills have to land in
    assert extract_command(project).wait() == 0
    full = time.monotonic() - start
    assert_store_whole(project, known, made)
    seed = int(os.environ.get("CLAIMCHECK_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    moments = []
    originals = {p: p.read_text(encoding="utf-8") for p in sorted((project / "articles").glob("*.txt"))}
    edited: set[Path] = set()
    for run in range(RUNS):
        article = rng.choice(sorted(originals))
        edited ^= {article}
        text = originals[article]
        article.write_text(text.replace(*EDIT) if article in edited else text, encoding="utf-8")
        moments.append(kill_at(project, rng, full, anywhere=run % 2 == 0))
        assert_store_whole(project, known, made)
    # One run to the end keeps every review too, and clears what the kills left.
    final = extract_command(project)
    assert final.wait() == 0
    assert_store_whole(project, known, made)
    assert not list((project / "claims").rglob("*.tmp"))
    print(
        f"kill test: seed {seed}, {RUNS} kills: " + ", ".join(f"{m} {moments.count(m)}" for m in set(moments))
    )
    # A short run may finish before its writes are seen; the long one must land many kills in them.
    assert not LONG or moments.count("writing") >= RUNS // 4, moments
