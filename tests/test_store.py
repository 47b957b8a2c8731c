"""The claims store: reviews survive re-extraction and are read back by check; writes are atomic."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml

from claimcheck import api
from claimcheck.config import load_config
from claimcheck.errors import ClaimcheckError
from claimcheck.store import files as store
from claimcheck.store.entries import EDITABLE, field_mark

ARTICLE = """\
| Model | MMLU | Cost/1M tokens |
|---|---|---|
| GLM-4 | 82.4 | $2.50 |
| GPT-4o | 88.7 | $5.00 |
"""
OTHER = "GLM-4 scores 84.1 on MMLU.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(OTHER)
    return tmp_path


def _extract(project: Path):
    config = load_config(cwd=project)
    return api.extract(["a.txt"], config, store_to=project / "claims"), config


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_extract_writes_one_file_per_article_with_stable_ids(project):
    first, _ = _extract(project)
    path = project / "claims" / "a.txt.yaml"
    data = yaml.safe_load(path.read_text())
    assert data["source"] == "a.txt" and len(data["claims"]) == 4
    again, _ = _extract(project)
    assert [c.id for c in again[0].claims] == [c.id for c in first[0].claims]


def test_a_rejected_claim_stays_rejected_and_check_ignores_it(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"

    def reject_glm4_mmlu(data):
        for entry in data["claims"]:
            if entry["entity"] == "GLM-4" and entry["metric"] == "mmlu":
                entry["status"], entry["note"] = "rejected", "misread: the table is about a preview"

    config = load_config(cwd=project)
    assert api.check(["a.txt", "b.txt"], config, store_from=project / "claims").findings
    _edit(path, reject_glm4_mmlu)
    _extract(project)
    kept = [e for e in yaml.safe_load(path.read_text())["claims"] if e["status"] == "rejected"]
    assert len(kept) == 1 and kept[0]["note"].startswith("misread")
    assert not api.check(["a.txt", "b.txt"], config, store_from=project / "claims").findings


def test_an_entity_corrected_in_place_survives_re_extraction(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"

    def rename(data):
        for entry in data["claims"]:
            if entry["entity"] == "GLM-4":
                entry["entity"] = "GLM-4-Flash"

    _edit(path, rename)
    results, _ = _extract(project)
    assert {c.entity for c in results[0].claims} == {"GLM-4-Flash", "GPT-4o"}
    entries = yaml.safe_load(path.read_text())["claims"]
    assert all(e["correction"] == {"entity": "GLM-4-Flash"} for e in entries if e["entity"] == "GLM-4")


def test_a_reading_an_upgrade_changed_is_taken_while_a_hand_edit_still_wins(project):
    """The store marks each field as the tool wrote it: a field that still matches its mark but not
    the fresh reading was only read differently by an earlier version, so the new reading replaces
    it; a field a reviewer changed no longer matches its mark and stays a correction."""
    _extract(project)
    path = project / "claims" / "a.txt.yaml"

    def older_tool_and_a_reviewer(data):
        for entry in data["claims"]:
            if entry["entity"] == "GPT-4o" and entry["metric"] == "mmlu":
                entry["setting"] = "5-shot"  # as an older reader would have written it...
                marks = entry["read"].split(".")
                marks[EDITABLE.index("setting")] = field_mark("5-shot")  # ...and marked it
                entry["read"] = ".".join(marks)
            if entry["entity"] == "GLM-4" and entry["metric"] == "mmlu":
                entry["entity"] = "GLM-4-Air"  # a reviewer's edit: the mark is left as it was

    _edit(path, older_tool_and_a_reviewer)
    results, _ = _extract(project)
    by = {(c.entity, c.metric): c for c in results[0].claims}
    assert by["GPT-4o", "mmlu"].setting is None
    assert ("GLM-4-Air", "mmlu") in by
    entries = yaml.safe_load(path.read_text())["claims"]
    assert [e["correction"] for e in entries if e["correction"]] == [{"entity": "GLM-4-Air"}]


def test_a_corrected_figure_is_converted_again(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"

    def correct(data):
        for entry in data["claims"]:
            if entry["metric"] == "price_per_mtok" and entry["entity"] == "GLM-4":
                entry["correction"] = {"stated": {"value": 18.0, "unit": "CNY/Mtok"}}

    _edit(path, correct)
    config = load_config(cwd=project, fx={"CNY": 7.2})
    results = api.extract(["a.txt"], config, store_to=project / "claims")
    price = next(c for c in results[0].claims if c.metric == "price_per_mtok" and c.entity == "GLM-4")
    assert price.value == pytest.approx(2.5) and price.stated.unit == "CNY/Mtok"


def test_a_review_whose_claim_disappears_is_kept_as_orphaned(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"
    _edit(path, lambda d: d["claims"][0].update(status="accepted", note="checked with the vendor"))
    (project / "a.txt").write_text(ARTICLE.replace("82.4", "82.9"))
    _extract(project)
    data = yaml.safe_load(path.read_text())
    assert [e["note"] for e in data["orphaned"]] == ["checked with the vendor"]


def test_a_claim_added_by_hand_is_kept_and_checked(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"
    added = {
        "id": "h-1",
        "status": "added",
        "entity": "GLM-4",
        "metric": "mmlu",
        "line": 3,
        "quote": "hand-added",
        "stated": {"value": 70.0, "unit": None},
    }
    _edit(path, lambda d: d["claims"].append(added))
    _extract(project)
    assert any(e["id"] == "h-1" for e in yaml.safe_load(path.read_text())["claims"])
    result = api.check(["a.txt"], load_config(cwd=project), store_from=project / "claims")
    assert result.summary.claims == 5


def test_a_failed_write_leaves_the_old_store_intact(project, monkeypatch):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"
    before = path.read_text()

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "replace", crash)
    with pytest.raises(ClaimcheckError, match=r"a\.txt\.yaml: cannot write claims store: disk full"):
        _extract(project)
    assert path.read_text() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_an_unreadable_store_is_a_user_error(project):
    (project / "claims").mkdir()
    (project / "claims" / "a.txt.yaml").write_text("claims: [unclosed\n")
    with pytest.raises(ClaimcheckError, match=r"a\.txt\.yaml"):
        _extract(project)


def test_an_unknown_status_is_a_user_error(project):
    _extract(project)
    _edit(project / "claims" / "a.txt.yaml", lambda d: d["claims"][0].update(status="maybe"))
    with pytest.raises(ClaimcheckError, match="status"):
        _extract(project)


def test_a_correction_in_a_unit_the_metric_cannot_take_is_a_user_error(project):
    _extract(project)

    def correct(data):
        entry = next(e for e in data["claims"] if e["metric"] == "mmlu")
        entry["correction"] = {"stated": {"value": 5.0, "unit": "USD"}}

    _edit(project / "claims" / "a.txt.yaml", correct)
    with pytest.raises(ClaimcheckError, match="cannot express USD"):
        _extract(project)


def test_an_orphaned_review_returns_to_its_claim_when_the_edit_is_undone(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"
    _edit(path, lambda d: d["claims"][0].update(status="accepted", note="checked with the vendor"))
    (project / "a.txt").write_text(ARTICLE.replace("82.4", "82.9"))
    _extract(project)
    (project / "a.txt").write_text(ARTICLE)
    _extract(project)
    data = yaml.safe_load(path.read_text())
    assert (data["claims"][0]["status"], data["claims"][0]["note"]) == ("accepted", "checked with the vendor")
    assert "orphaned" not in data


def test_store_files_are_created_readable_like_any_file_and_keep_their_mode(project):
    _extract(project)
    path = project / "claims" / "a.txt.yaml"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    _extract(project)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_run_clears_the_temporary_files_a_killed_run_left(project):
    _extract(project)
    leftover = project / "claims" / ".a.txt.yaml.1a2b3c4d.tmp"
    leftover.write_text("claims: [half")
    _extract(project)
    assert not leftover.exists() and (project / "claims" / "a.txt.yaml").exists()


def test_the_committed_store_holds_no_review_nobody_made():
    """A correction, a status or a note in the shipped store is a person's: none is there unsigned."""
    import yaml

    root = Path(__file__).resolve().parent.parent / "claims"
    for path in sorted(root.rglob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in document.get("claims", []):
            reviewed = entry.get("correction") or entry.get("status") != "unreviewed" or entry.get("note")
            assert not reviewed or entry.get("reviewed_by"), (path.name, entry.get("id"))
