"""Shapes of results summaries and releases: cards, segment tables, lists of quarters.

Every organisation here is invented; each case stands for a kind of layout, not for one article.
"""

from __future__ import annotations

from helpers import read

CARD = """# Brightwater Analytics Fiscal 2025 Results

Brightwater Analytics reported its results for the fiscal year ended March 31, 2025.

**Net income**
$412 million

**Gross margin**
61.5%

**Diluted EPS**
$1.94
"""


def test_a_bold_label_line_names_the_value_on_the_line_under_it(config):
    claims = {c.metric: c for c in read(CARD, config)}
    assert claims["net_income"].value == 412e6
    assert claims["gross_margin"].value == 61.5
    assert claims["eps"].value == 1.94
    assert "revenue" not in claims
    assert {c.entity for c in claims.values()} == {"Brightwater Analytics"}


def test_a_bold_sentence_is_no_label(config):
    # Bold prose that ends as a sentence is emphasis, not the label of the line under it.
    claims = read("Brightwater Analytics grew fast.\n\n**Revenue rose again.**\n$412 million\n", config)
    assert not [c for c in claims if c.value == 412e6 and c.metric == "revenue" and "rose" in c.quote]


SEGMENTS = """Brightwater Analytics revenue by segment, fiscal 2025 ($ million):

| Segment | FY2024 | FY2025 |
|---|---|---|
| Cloud | 2,950 | 5,100 |
| Total Hardware | 1,760 | 2,640 |
| Total | 4,710 | 7,740 |
"""


def test_the_total_row_of_a_segment_table_is_the_whole_and_a_subtotal_its_part(config):
    claims = {(c.segment, c.period): c.value for c in read(SEGMENTS, config) if c.metric == "revenue"}
    assert claims[(None, "FY2025")] == 7740e6
    assert claims[("Hardware", "FY2025")] == 2640e6
    assert ("Total", "FY2025") not in claims
