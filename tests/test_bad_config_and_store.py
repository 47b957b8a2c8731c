"""Bad input through the CLI: exit 2 with one stderr line naming the problem, no traceback, store unchanged.

Each case starts from a project whose store holds a review made by hand, breaks
one thing (the config, a rule option, a store file), and runs ``extract``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

A = "OpenAI's valuation stands at $300 billion. GPT-4o scores 88.7 on MMLU.\n"
B = "| Model | MMLU |\n|---|---|\n| GPT-4o | 88.7 |\n| GLM-4 | 82.4 |\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> Path:
    """Two articles, extracted once, with a review made by hand in b's store file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.yaml").write_text("store: claims\n")
    (tmp_path / "a.txt").write_text(A)
    (tmp_path / "b.txt").write_text(B)
    assert runner.invoke(app, ["extract", "a.txt", "b.txt", "--format", "json"]).exit_code == 0
    edit_store(tmp_path / "claims" / "b.txt.yaml", lambda d: d["claims"][0].update(status="accepted"))
    return tmp_path


def edit_store(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def fails_cleanly(runner: CliRunner, project: Path, *needles: str, command: str = "extract") -> str:
    """Run ``command`` on both articles; assert exit 2, one stderr line naming ``needles``, no change."""
    before = snapshot(project / "claims")
    result = runner.invoke(app, [command, "a.txt", "b.txt", "--format", "json"])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("claimcheck: error: "), result.stderr
    assert "Traceback" not in result.stderr and isinstance(result.exception, SystemExit | None)
    for needle in needles:
        assert needle in line, line
    assert snapshot(project / "claims") == before
    return line


@pytest.mark.parametrize(
    ("config", "needles"),
    [
        ("store: claims\nfx: [1\n", ["claimcheck.yaml:3:", "not valid YAML"]),
        ("store: claims\nstoer: x\n", ["claimcheck.yaml:2:", "stoer: unknown key"]),
        ("store: claims\nfx:\n  uncertainty: high\n", ["claimcheck.yaml:3:", "fx.uncertainty", "number"]),
        ("store: claims\nfx: {rates: {CNY: 0}}\n", ["claimcheck.yaml:2:", "fx.rates.CNY", "> 0"]),
        ("store: claims\nfx: {date: soon}\n", ["claimcheck.yaml:2:", "fx.date", "YYYY-MM-DD"]),
        ("store: claims\ncorpus: articles\n", ["claimcheck.yaml:2:", "corpus", "list"]),
        ("store: claims\nstore: other\n", ["claimcheck.yaml:2:", "duplicate key 'store'"]),
        ("- store\n", ["claimcheck.yaml:1:", "expected a mapping"]),
        (
            "store: claims\nrules:\n  cross-source-mismatch:\n    tolerance:\n      mmlu: {relative: -1}\n",
            ["claimcheck.yaml:5:", "rules.cross-source-mismatch.tolerance.mmlu.relative", ">= 0", "-1"],
        ),
        (
            "store: claims\nrules:\n  cross-source-mismatch:\n    severity: fatal\n",
            ["claimcheck.yaml:4:", "rules.cross-source-mismatch.severity", "fatal"],
        ),
        (
            "store: claims\nrules:\n  cross-source-mismatch:\n    hedge_factors: {estimate: many}\n",
            ["claimcheck.yaml:4:", "hedge_factors.estimate"],
        ),
        (
            "store: claims\nrules:\n  no-such-rule: {}\n",
            ["claimcheck.yaml:3:", "rules.no-such-rule", "unknown rule"],
        ),
    ],
)
def test_a_malformed_config_names_the_file_the_line_and_the_key(runner, project, config, needles):
    (project / "claimcheck.yaml").write_text(config)
    fails_cleanly(runner, project, *needles)


def test_a_config_tag_that_would_run_code_is_refused_and_runs_nothing(runner, project):
    marker = project / "pwned"
    (project / "claimcheck.yaml").write_text(f'fx: !!python/object/apply:os.system ["touch {marker}"]\n')
    fails_cleanly(runner, project, "claimcheck.yaml:1:", "not valid YAML")
    assert not marker.exists()


STORE_CASES = [
    (lambda d: d["claims"][0].update(stauts="accepted"), ["claims[0].stauts: unknown key"]),
    (lambda d: d["claims"][0].update(status="acepted"), ["claims[0].status", "acepted"]),
    (lambda d: d["claims"][0].update(note=["a", "list"]), ["claims[0].note", "expected text"]),
    (lambda d: d["claims"][0].update(correction="GLM-4"), ["claims[0].correction", "mapping"]),
    (lambda d: d["claims"][0].update(correction={"entty": "X"}), ["claims[0].correction.entty"]),
    (lambda d: d["claims"][0].update(hedges=["maybe"]), ["claims[0].hedges[0]", "maybe"]),
    (lambda d: d["claims"][0].update(correction={"value": math.inf}), ["correction.value", "infinity"]),
    (lambda d: d.update(schema=2), ["schema", "newer claimcheck", "store schema 2"]),
    (lambda d: d.update(schema=0), ["schema", "store schema 0"]),
    (lambda d: d.update(schema="one"), ["schema", "integer"]),
    (lambda d: d.update(reviewer="me"), ["reviewer: unknown key"]),
    (lambda d: d.update(claims={"a": 1}), ["claims: expected a list"]),
]


@pytest.mark.parametrize(("change", "needles"), STORE_CASES)
def test_a_malformed_store_file_names_the_file_the_line_and_the_key(runner, project, change, needles):
    edit_store(project / "claims" / "b.txt.yaml", change)
    line = fails_cleanly(runner, project, "claims/b.txt.yaml:", *needles)
    assert line.split("b.txt.yaml:", 1)[1].split(":", 1)[0].isdigit(), line


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_store_file_that_is_not_yaml_is_one_line_and_a_stays_unwritten(runner, project, command):
    path = project / "claims" / "b.txt.yaml"
    path.write_text(path.read_text() + "claims: [unclosed\n  - x: {\n")
    fails_cleanly(runner, project, "claims/b.txt.yaml:", "not valid YAML", command=command)


def test_a_correction_the_metric_cannot_take_names_the_entry_line(runner, project):
    def correct(data):
        entry = next(e for e in data["claims"] if e["metric"] == "mmlu")
        entry["correction"] = {"stated": {"value": 5.0, "unit": "USD"}}

    edit_store(project / "claims" / "b.txt.yaml", correct)
    fails_cleanly(runner, project, "claims/b.txt.yaml:", "cannot express USD")


def test_a_store_edited_during_extract_is_left_as_edited(project, monkeypatch):
    from claimcheck import api
    from claimcheck.config import load_config
    from claimcheck.errors import ClaimcheckError

    path = project / "claims" / "b.txt.yaml"
    real = api.with_reviews

    def edit_meanwhile(article, fresh, config, folder):
        found = real(article, fresh, config, folder)
        if article.source == "b.txt":
            edit_store(path, lambda d: d["claims"][1].update(note="typed while extract ran"))
        return found

    monkeypatch.setattr(api, "with_reviews", edit_meanwhile)
    with pytest.raises(ClaimcheckError, match=r"changed while extract ran"):
        api.extract(["a.txt", "b.txt"], load_config(cwd=project), store_to=project / "claims")
    assert yaml.safe_load(path.read_text())["claims"][1]["note"] == "typed while extract ran"


NUMBERS = [
    "OpenAI's valuation rose to $1e999 in 2025.",
    "OpenAI's valuation is $" + "9" * 10_000 + ".",
    "OpenAI's valuation is NaN dollars, or $ billions.",
    "OpenAI revenue --5 billion.",
    "OpenAI revenue (($5 billion in 2024. GPT-4o [[88.7 on MMLU)).",
    "La valoración de OpenAI es de 300.000 millones de dólares.",
    "Die Bewertung von OpenAI liegt bei 1.234,5 Mio. €.",
    "智谱估值达到1000亿元人民币。OpenAI估值3000亿美元。",
]


# What the texts above would be misread as: the English reading of continental figures, the
# digits of Chinese ones, a double minus as a sign.
MISREADS = (300.0, 1.234, 1.2345, 1000.0, 3000.0, -5e9)


@pytest.mark.parametrize("text", NUMBERS)
def test_odd_numbers_never_crash_and_every_value_is_finite_and_not_misread(runner, project, text):
    (project / "odd.txt").write_text(text)
    result = runner.invoke(app, ["extract", "odd.txt", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    for claim in json.loads(result.stdout)["claims"]:
        assert all(math.isfinite(claim[k]) for k in ("value", "low", "high") if claim[k] is not None)
        assert claim["stated"]["value"] not in MISREADS


RAGGED = (
    "| Model | MMLU | Price |\n|---|---|\n| GPT-4o | 88.7 |\n| GLM-4 | 82.4 | $2.50 | extra |\n| x |\n||||\n"
)
WIDE = (
    "| " + " | ".join(f"Col{i}" for i in range(500)) + " |\n|" + "---|" * 500 + "\n"
    "| GPT-4o | " + " | ".join(f"{i}.5" for i in range(499)) + " |\n"
)


@pytest.mark.parametrize("table", [RAGGED, WIDE], ids=["ragged rows", "500 columns"])
def test_odd_tables_are_read_without_error(runner, project, table):
    (project / "odd.md").write_text(table)
    result = runner.invoke(app, ["extract", "odd.md", "--format", "json"])
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    lines = table.split("\n")
    for claim in json.loads(result.stdout)["claims"]:
        assert lines[claim["line"] - 1][claim["column"] - 1 :].startswith(claim["raw"])
