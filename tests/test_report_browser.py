"""The HTML report in a real headless browser (Debian's chromium, driven by Playwright).

Under CI=true a missing browser fails the test rather than skipping it (CONTRACT.md, decision 11);
.ci/run installs chromium when it is absent. Screenshots of the run are kept in tests/artifacts/
(git-ignored).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from conftest import ARTICLES

ARTIFACTS = Path(__file__).parent / "artifacts"
PHONE = {"width": 390, "height": 844}
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        found = None
    if found is None:
        message = "needs Debian's chromium and the playwright package (pip install -e '.[test]')"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    runner = CliRunner()
    made = runner.invoke(app, ["report", str(ARTICLES), "--no-store", "--html", str(page)])
    assert made.exit_code == 0, made.output
    checked = runner.invoke(app, ["check", str(ARTICLES), "--no-store", "--format", "json"])
    return page, json.loads(checked.stdout)


def test_the_report_renders_every_finding_and_one_chart_per_comparison_at_phone_width(report, tmp_path):
    from playwright.sync_api import sync_playwright

    page_file, checked = report
    expected = {(f["id"]) for f in checked["findings"]}
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile for every run
            executable_path=_chromium(),
            headless=True,
            args=FLAGS,
            viewport=PHONE,
        )
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        shown = page.eval_on_selector_all("article.finding", "els => els.map(e => e.id)")
        charts = page.eval_on_selector_all(
            "svg.chart",
            """els => els.map(e => {
                const r = e.getBoundingClientRect();
                return {entity: e.dataset.entity, metric: e.dataset.metric, width: r.width, height: r.height,
                        right: r.right, marks: e.querySelectorAll('circle.value').length};
            })""",
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        marked = page.eval_on_selector_all("article.finding mark", "els => els.length")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
        page.set_viewport_size({"width": 1200, "height": 900})
        page.screenshot(path=str(ARTIFACTS / "report-desktop.png"), full_page=True)
        browser.close()
    assert set(shown) == expected and len(shown) == len(expected)
    compared = {(c["entity"], c["metric"]) for c in charts}
    assert len(compared) == len(charts) > 10  # one chart per compared entity and metric
    assert ("Zhipu AI", "valuation") in compared and ("GLM-4", "mmlu") in compared
    assert all(c["width"] > 200 and c["height"] > 40 and c["marks"] >= 2 for c in charts)
    assert all(c["right"] <= PHONE["width"] for c in charts)
    assert overflow <= 0, "the page scrolls sideways at phone width"
    assert marked >= len(expected)
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
    assert (ARTIFACTS / "report-phone.png").stat().st_size > 10_000
