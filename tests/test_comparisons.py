"""Figures set side by side in a blog's comparison, read as a fact-checker would: whose each is,
which are differences, and how a table's price rows and a page's as-of note read."""

from __future__ import annotations

from claimcheck.extract.dates import as_of_note
from helpers import read

TWO = "Lingwei-M2 and Sable-2-14B are compared here. "


def _who(text, config):
    return [(c.entity, c.metric, c.value, c.period) for c in read(TWO + text, config)]


def test_a_rival_named_inside_the_brackets_after_the_figures_is_the_second(config):
    text = "Lingwei-M2 is the strongest, no contest (84.0 vs 79.4 on MMLU against Sable-2-14B)."
    assert _who(text, config) == [("Lingwei-M2", "mmlu", 84.0, None), ("Sable-2-14B", "mmlu", 79.4, None)]


def test_a_figure_listed_after_a_difference_is_a_difference_too(config):
    text = "Lingwei-M2 beats Sable-2-14B by 4.6 points on MMLU and 7.6 on GSM8K."
    assert _who(text, config) == []


def test_a_rivals_score_set_beside_is_of_no_period(config):
    text = "In 2024 it led. Lingwei-M2 scores 84.0 on MMLU, against 79.4 for Sable-2-14B."
    assert {period for *_, period in _who(text, config)} == {None}


def test_a_bare_word_heading_one_models_id_is_that_models_short_form(config):
    text = "On MMLU Lingwei-M2 scores 84.0, against 79.4 for Sable."
    assert ("Sable-2-14B", "mmlu", 79.4, None) in _who(text, config)


def test_money_per_tokens_in_a_row_label_is_a_price_however_worded(config):
    text = "| | Lingwei-M2 | Sable-2-14B |\n|---|---|---|\n| Input ($/M tokens) | $0.15 | $0.40 |\n"
    got = [(c.entity, c.metric, c.price_kind, c.value) for c in read(text, config)]
    assert got == [
        ("Lingwei-M2", "price_per_mtok", "input", 0.15),
        ("Sable-2-14B", "price_per_mtok", "input", 0.4),
    ]


def test_a_note_of_when_prices_were_listed_dates_them():
    note = "*Prices as listed on each vendor's pricing page on October 10, 2025. Logs: github.com/x*"
    assert str(as_of_note(note)) == "2025-10-10"


def test_and_before_a_name_and_its_verb_after_a_figure_opens_that_names_clause(config):
    text = "Plover-3-70B manages 82.4 on MMLU and Dunlin-2-70B-Instruct trails at 74.9."
    assert [(c.entity, c.variant, c.value) for c in read(text, config)] == [
        ("Plover-3-70B", None, 82.4),
        ("Dunlin-2-70B", "Instruct", 74.9),
    ]


def test_three_figures_listed_before_their_benchmark_are_all_its_scores(config):
    text = "Shearwater-2-72B, Wagtail-V3 and Plover-3-70B score 93.1, 92.4 and 88.7 on GSM8K respectively."
    assert [(c.entity, c.metric, c.value) for c in read(text, config)] == [
        ("Shearwater-2-72B", "gsm8k", 93.1),
        ("Wagtail-V3", "gsm8k", 92.4),
        ("Plover-3-70B", "gsm8k", 88.7),
    ]


def test_and_before_an_object_or_a_participle_goes_on_with_the_clause(config):
    text = (
        "For fiscal 2026 as a whole, Tessmoor continues to expect revenue of EUR 9.6-9.9 billion and EBIT "
        "of at least EUR 780 million."
    )
    assert {(c.metric, c.period, c.basis) for c in read(text, config)} == {
        ("revenue", "FY2026", "forecast"),
        ("ebit", "FY2026", "forecast"),
    }
