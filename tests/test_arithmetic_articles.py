"""In-article arithmetic on the five articles: every slip found by reading them is flagged,
with the stated and recomputed values as intervals, and no statement that holds is flagged."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimcheck import engine
from claimcheck.arithmetic.facts import article_facts
from claimcheck.cli import app
from claimcheck.extract import extract_text
from conftest import ARTICLES

IN_ARTICLE = {
    "arithmetic-conversion",
    "arithmetic-ratio",
    "arithmetic-percent",
    "arithmetic-growth",
    "arithmetic-total",
    "prose-vs-table",
}
# (article, rule, line, stated as written, recomputed interval it must fall in, diagnosis word)
ENDGAME, MUSK, CAMBRICON = (
    "zhipu-trillion-yuan-endgame.txt",
    "zhipu-musk-trillion-dollar.txt",
    "zhipu-cambricon-ai-wealth.txt",
)
SLIPS = [
    (ENDGAME, "arithmetic-conversion", 52, "roughly 580 trillion yuan", (5.3e11, 5.9e11), "scale slip"),
    (ENDGAME, "arithmetic-conversion", 84, "roughly 360 trillion yuan", (3.3e11, 3.7e11), "scale slip"),
    (MUSK, "arithmetic-growth", 26, "340%", (79.0, 85.5), None),
    (MUSK, "arithmetic-ratio", 34, "8x", (60.0, 130.0), None),
    (MUSK, "arithmetic-percent", 11, "88%", (94.3, 94.6), None),
    (MUSK, "arithmetic-percent", 11, "7%", (8.1, 9.1), None),
    (CAMBRICON, "arithmetic-ratio", 20, "nearly 3x", (4.6, 4.9), None),
]


def _result(config) -> engine.CheckResult:
    claims, inside = [], []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = extract_text(text, f"articles/{path.name}", config)
        claims += found
        inside.append(article_facts(text, f"articles/{path.name}", found, config))
    return engine.run(claims, config, articles=len(inside), inside=inside)


@pytest.fixture(scope="module", params=["ecb", "fixed"])
def result(request, config, fixed_config) -> engine.CheckResult:
    """With the ECB's rates (latest for undated articles) and with the seed's 7.2 yuan per dollar."""
    return _result(config if request.param == "ecb" else fixed_config)


def _in_article(result: engine.CheckResult) -> list:
    return [f for f in result.findings if f.rule in IN_ARTICLE]


@pytest.mark.parametrize("slip", SLIPS, ids=lambda s: f"{s[0]}:{s[2]} {s[3]}")
def test_each_slip_in_the_five_articles_is_flagged_with_its_recomputed_value(result, slip):
    article, rule, line, stated, (low, high), diagnosis = slip
    found = [
        f
        for f in _in_article(result)
        if f.rule == rule and f.details["source"].endswith(article) and f.details["line"] == line
        if f.details["stated"]["text"] == stated
    ]
    assert len(found) == 1, [f.message for f in _in_article(result)]
    recomputed = found[0].details["recomputed"]
    assert low <= recomputed["low"] and recomputed["high"] <= high, recomputed
    assert diagnosis is None or (found[0].diagnosis and diagnosis in found[0].diagnosis)


def test_no_statement_that_holds_is_flagged(result):
    flagged = {
        (f.details["source"].rsplit("/", 1)[-1], f.details["line"], f.details["stated"]["text"])
        for f in _in_article(result)
    }
    assert flagged == {(a, line, stated) for a, _, line, stated, _, _ in SLIPS}


def test_the_trillion_dollar_conversion_in_yuan_holds(result):
    conversions = [f for f in _in_article(result) if f.rule == "arithmetic-conversion"]
    assert not [f for f in conversions if "7.3 trillion" in f.details["stated"]["text"]]
    assert result.coverage.recomputed["conversion"] == 5


def test_coverage_counts_found_recomputed_and_not_tied(result):
    arithmetic = result.summary.arithmetic
    assert arithmetic["found"] == arithmetic["recomputed"] + arithmetic["not_tied"]
    assert arithmetic["flagged"] == len(SLIPS)
    assert arithmetic["recomputed"] >= 40 and arithmetic["not_tied"] <= 20
    assert sum(arithmetic["not_tied_reasons"].values()) == arithmetic["not_tied"]


def test_check_json_gives_in_article_findings_with_intervals_and_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = CliRunner().invoke(app, ["check", str(ARTICLES), "--format", "json", "--no-store"])
    document = json.loads(out.stdout)
    growth = next(f for f in document["findings"] if f["rule"] == "arithmetic-growth")
    details = growth["details"]
    assert details["source"].endswith("zhipu-musk-trillion-dollar.txt") and details["line"] == 26
    assert details["stated"]["low"] == 339.5 and details["stated"]["high"] == 340.5
    assert 79 < details["recomputed"]["low"] < details["recomputed"]["high"] < 86
    assert {i["text"] for i in details["inputs"]} == {"4.5", "$8.2 billion"}
    assert growth["claims"] and growth["claims"][0]["period"] == "2025"
    assert document["summary"]["arithmetic"]["flagged"] == len(SLIPS)


def test_a_statement_that_does_not_hold_is_reported_on_its_own_line(tmp_path, monkeypatch):
    """JSON, SARIF and annotations point at the statement, with its figures as related locations."""
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["check", str(ARTICLES), "--no-store", "--format", "json"])
    arithmetic = [f for f in json.loads(run.stdout)["findings"] if f["rule"].startswith("arithmetic")]
    assert arithmetic
    for f in arithmetic:
        where = f["location"]
        assert (where["line"], where["column"]) == (f["details"]["line"], f["details"]["column"])
        assert f["location"]["source"].endswith(f["details"]["source"].rsplit("/", 1)[-1])
