"""Findings across articles as a fact-checker would give them: a digit swap between precise
figures is a clash, an article's own dollar conversion is the figure it claims, guidance raised
months later is a revision, and a pre-money valuation is no rival of a plain one.

Every organisation here is invented; each case stands for a kind of story, not for one article.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from claimcheck import api
from helpers import read


def _findings(tmp_path: Path, config, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / name) for name in articles]
    result = api.check(paths, config, store_from=Path(tempfile.mkdtemp(dir=tmp_path)))
    return [(f.severity.name.lower(), f.metric) for f in result.findings]


def test_two_precise_figures_a_digit_swap_apart_clash(tmp_path, config):
    found = _findings(
        tmp_path,
        config,
        {
            "release.txt": "SAN JOSE, Oct. 29, 2025 -- Quillon Analytics reported results for the third "
            "quarter of 2025.\n\nThird-quarter revenue was $412.6 million.\n",
            "wire.txt": "Oct 30, 2025 (Wire) - Quillon Analytics said third-quarter revenue rose to "
            "$421.6 mln.\n",
        },
    )
    assert ("error", "revenue") in found


def test_an_articles_own_dollar_figure_is_the_one_it_claims_in_its_headline_too(tmp_path, config):
    found = _findings(
        tmp_path,
        config,
        {
            "round.txt": "Varnel Labs raises Rs 2,100 crore in Series B\n\nBENGALURU, Feb 11, 2025 (Wire) - "
            "Varnel Labs said on Tuesday it had raised Rs 2,100 crore ($242 mln) in a Series B round.\n",
            "later.txt": "MUMBAI, May 29, 2025 (Other Wire) - Varnel Labs, which raised $260 mln in "
            "February, said it would hire 300 engineers.\n",
        },
    )
    assert ("error", "funding") in found


def test_guidance_raised_months_later_is_a_revision_not_a_clash(tmp_path, config):
    found = _findings(
        tmp_path,
        config,
        {
            "march.txt": "March 5, 2025 (Wire) - Pellucid Systems said it expects revenue of $11.5 billion "
            "to $12 billion in fiscal 2026.\n",
            "december.txt": "Dec. 3, 2025 (Wire) - Pellucid Systems said it now expects revenue of "
            "$13.1 billion in fiscal 2026.\n",
        },
    )
    assert [s for s, metric in found if metric == "revenue"] in ([], ["info"])


def test_a_pre_money_valuation_is_no_rival_of_a_plain_one(tmp_path, config):
    found = _findings(
        tmp_path,
        config,
        {
            "terms.txt": "June 10, 2025 (Wire) - Before the investment, Cindral AI was valued at "
            "$26 billion, a person briefed on the terms said.\n",
            "roundup.txt": "June 12, 2025 (Other Wire) - Cindral AI raised $4 billion this month at a "
            "valuation of $30 billion.\n",
        },
    )
    assert [s for s, metric in found if metric == "valuation" and s != "info"] == []


def test_an_earlier_years_figure_beside_a_run_rate_is_of_that_year(config):
    text = (
        "LONDON, March 18, 2025 (Wire) - Tarrow Labs is hiring.\n\nIts revenue reached $61 mln in 2024, "
        "up from $18 mln in 2023, and its run-rate had climbed to $210 mln by the end of February."
    )
    got = {c.stated.value: (c.when, c.as_of) for c in read(text, config) if c.metric == "revenue"}
    assert got[18e6] == ("2023", None)
    assert got[210e6] == (None, "2025-02-28")
