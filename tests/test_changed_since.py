"""End to end in a newsroom's git repository: a writer edits one article, CI runs
`check --changed-since`, and only what the edit introduced can fail."""

from __future__ import annotations

import json

import yaml
from typer.testing import CliRunner

from claimcheck import reading
from claimcheck.cli import app
from newsroom import ANTHROPIC, CAMBRICON, ENDGAME, edit, git, move_line, run, run_json

# Claims that agree across exactly two articles today, and the edits that break the agreement.
CLAUDE_MMLU = ("| Anthropic Claude 3.5 | — | 88.3 |", "| Anthropic Claude 3.5 | — | 80.3 |")
DEEPSEEK_MMLU = ("| ~21B active / 236B total | 78.5 |", "| ~21B active / 236B total | 70.5 |")


def _claims_on(article: str, line: int) -> list[dict]:
    _, document = run_json("extract", article)
    return [c for c in document["claims"] if c["line"] == line]


def test_a_clean_tree_has_nothing_new_since_head(newsroom):
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 0
    assert document["changed_since"]["articles"] == [] and document["findings"] == []


def test_a_value_edit_that_breaks_agreement_exits_1_with_an_annotation_on_the_edited_line(newsroom):
    line = edit(newsroom, ANTHROPIC, *CLAUDE_MMLU)
    code, out, _ = run("check", "--changed-since", "HEAD", env={"GITHUB_ACTIONS": "true"})
    assert code == 1
    errors = [row for row in out.splitlines() if row.startswith("::error ")]
    assert errors, out
    assert all(f"file={ANTHROPIC},line={line}," in row for row in errors)
    assert any(ENDGAME.rsplit("/", 1)[-1] in row for row in errors), "the other source is named"


def test_a_reformat_and_a_reworded_sentence_change_no_claim_and_create_no_finding(newsroom):
    valuation = edit(newsroom, ANTHROPIC, "$150 billion valuation would", "US$150bn valuation would")
    edit(newsroom, ANTHROPIC, "| GPT-4o | ~200B (est.) | 88.7 |", "| GPT-4o | ~200B (est.) | 88.70 |")
    edit(
        newsroom,
        ANTHROPIC,
        "Zhipu's IPO comes at a pivotal moment for the global AI industry.",
        "At a pivotal moment for the global AI industry comes the IPO of Zhipu.",
    )
    assert any(c["raw"] == "US$150bn" and c["value"] == 1.5e11 for c in _claims_on(ANTHROPIC, valuation))
    _, changes = run_json("diff", "HEAD")
    assert changes["articles"] == [ANTHROPIC]
    assert changes["claims"] == [] and changes["findings"] == {"created": [], "resolved": []}
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 0 and document["summary"]["states"]["new"] == 0


def test_a_paragraph_with_no_numbers_changes_nothing_and_old_clashes_do_not_fail(newsroom):
    edit(
        newsroom,
        ANTHROPIC,
        "Risks, Limitations & Open Questions\n",
        "Risks, Limitations & Open Questions\n"
        "Analysts we spoke to were divided on what the listing means for the wider market.\n",
    )
    _, changes = run_json("diff", "HEAD")
    assert changes["claims"] == [] and changes["findings"] == {"created": [], "resolved": []}
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 0
    assert document["findings"], "the clashes the article already had are still reported"
    assert {f["state"] for f in document["findings"]} == {"existing"}
    assert all(any(c["source"] == ANTHROPIC for c in f["claims"]) for f in document["findings"])


def test_a_moved_paragraph_changes_nothing(newsroom):
    move_line(
        newsroom, ANTHROPIC, "$150 billion valuation would", before="The latest publicly detailed model"
    )
    _, changes = run_json("diff", "HEAD")
    assert changes["claims"] == [] and changes["findings"] == {"created": [], "resolved": []}
    code, _ = run_json("check", "--changed-since", "HEAD")
    assert code == 0


def test_a_committed_edit_counts_against_an_older_ref(newsroom):
    edit(newsroom, ANTHROPIC, *CLAUDE_MMLU)
    git(newsroom, "commit", "-q", "-am", "Update the benchmark table")
    assert run_json("check", "--changed-since", "HEAD")[0] == 0
    code, document = run_json("check", "--changed-since", "HEAD~1")
    assert code == 1 and document["changed_since"]["articles"] == [ANTHROPIC]


def test_diff_shows_the_changed_figure_and_the_finding_it_created(newsroom):
    edit(newsroom, ANTHROPIC, *CLAUDE_MMLU)
    _, changes = run_json("diff", "HEAD")
    [change] = changes["claims"]
    assert change["change"] == "changed"
    assert (change["before"]["value"], change["after"]["value"]) == (88.3, 80.3)
    assert changes["findings"]["created"] and not changes["findings"]["resolved"]
    code, table, _ = run("diff", "HEAD")
    assert code == 0 and "changed" in table and "80.3" in table


def test_a_reviewers_correction_in_the_store_is_an_edit_too(newsroom):
    path = newsroom / "claims" / f"{ANTHROPIC}.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    [entry] = [c for c in document["claims"] if c["raw"] == "88.3" and c["metric"] == "mmlu"]
    entry["correction"] = {"stated": {"value": 80.3, "low": 80.3, "high": 80.3}}
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 1 and document["changed_since"]["articles"] == [ANTHROPIC]


def test_a_deleted_article_resolves_its_findings_and_fails_nothing(newsroom):
    (newsroom / ANTHROPIC).unlink()
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 0 and document["changed_since"]["articles"] == [ANTHROPIC]
    _, changes = run_json("diff", "HEAD")
    assert changes["findings"]["resolved"]
    # With an article gone, an outlier finding against a consensus can become a plain two-source
    # finding: reshaped, but about claims that already disagreed, never about a new disagreement.
    before = {c["key"] for f in changes["findings"]["resolved"] for c in f["claims"]}
    assert all(c["key"] in before for f in changes["findings"]["created"] for c in f["claims"])
    assert {c["change"] for c in changes["claims"]} == {"removed"}


def test_unchanged_articles_are_not_read_again(newsroom, monkeypatch):
    edit(newsroom, CAMBRICON, *DEEPSEEK_MMLU)
    read: list[str] = []
    original = reading.read_one
    monkeypatch.setattr(reading, "read_one", lambda a, *rest: read.append(a.source) or original(a, *rest))
    assert run_json("check", "--changed-since", "HEAD")[0] == 1
    assert read == [CAMBRICON], "only the edited text is read; the rest comes from the cache"


def test_outside_a_git_repository_changed_since_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("GPT-4o scores 88.7 on MMLU.\n", encoding="utf-8")
    code, out, err = run("check", "a.txt", "--changed-since", "HEAD")
    assert code == 2 and out == ""
    assert "git repository" in err and err.strip().count("\n") == 0


def test_an_unknown_ref_is_exit_2(newsroom):
    code, _, err = run("check", "--changed-since", "no-such-branch")
    assert code == 2 and "no-such-branch" in err and err.strip().count("\n") == 0


def test_a_draft_on_stdin_is_checked_as_new_against_the_corpus(newsroom):
    result = CliRunner().invoke(
        app,
        ["check", "-", "articles", "--changed-since", "HEAD", "--format", "json"],
        input="Claude 3.5 Sonnet scores 80.3 on MMLU.\n",
    )
    code, document = result.exit_code, json.loads(result.stdout)
    assert code == 1
    assert document["changed_since"]["articles"] == ["<stdin>"]
    assert document["findings"] and all(
        any(c["source"] == "<stdin>" for c in f["claims"]) for f in document["findings"]
    )


def test_a_renamed_article_keeps_its_findings_and_fails_nothing(newsroom):
    git(newsroom, "mv", ANTHROPIC, "articles/zhipu-anthropic-of-china.txt")
    code, document = run_json("check", "--changed-since", "HEAD")
    assert code == 0
    assert document["changed_since"]["articles"] == ["articles/zhipu-anthropic-of-china.txt"]
    assert document["findings"] and {f["state"] for f in document["findings"]} == {"existing"}
