"""The HTML report as a file: self-contained, escaped, one chart per compared entity and metric."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from conftest import ARTICLES

HOSTILE_A = "Acme AI's valuation stands at $4.0 billion <script>alert('a')</script> & more.\n"
HOSTILE_B = 'Acme AI\'s valuation stands at $9.0 billion, says "<img src=x onerror=alert(1)>".\n'
CONFIG = "entities:\n  - {name: Acme AI, type: org}\n"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def _report(runner: CliRunner, out: Path, *paths: str) -> str:
    result = runner.invoke(app, ["report", *paths, "--no-store", "--html", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_page_is_self_contained_with_one_chart_per_compared_entity_and_metric(tmp_path):
    runner = CliRunner()
    page = _report(runner, tmp_path / "r.html", str(ARTICLES))
    tags = _tags(page)
    assert not [a for _, attrs in tags for k, a in attrs.items() if k in ("src", "href") and a]
    assert not [t for t, _ in tags if t in ("script", "link", "img", "iframe")]
    charts = [(a["data-entity"], a["data-metric"]) for t, a in tags if t == "svg"]
    assert len(charts) == len(set(charts)) > 10
    checked = json.loads(
        runner.invoke(app, ["check", str(ARTICLES), "--no-store", "--format", "json"]).stdout
    )
    findings = [a["id"] for t, a in tags if t == "article"]
    assert sorted(findings) == sorted(f["id"] for f in checked["findings"])
    assert "<mark>$1.02 trillion</mark>" in page and 'name="viewport"' in page


def test_everything_quoted_is_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.yaml").write_text(CONFIG)
    (tmp_path / "a.txt").write_text(HOSTILE_A)
    (tmp_path / "b.txt").write_text(HOSTILE_B)
    page = _report(CliRunner(), tmp_path / "r.html", "a.txt", "b.txt")
    assert {t for t, _ in _tags(page)} & {"script", "img"} == set()
    assert "&lt;script&gt;alert(&#x27;a&#x27;)&lt;/script&gt; &amp; more" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert re.search(r'<article class="finding error" id="f-[0-9a-f]{8}">', page)
