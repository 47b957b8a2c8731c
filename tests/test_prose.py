"""Claims in prose, and the cases where a careful fact-checker sees no claim."""

from __future__ import annotations

from helpers import facts, read


def test_a_possessive_names_the_entity_and_a_bracketed_conversion_is_not_a_second_claim(config):
    (claim,) = read(
        "For comparison, OpenAI's valuation at $80 billion (roughly 580 trillion yuan) is high.", config
    )
    assert (claim.entity, claim.metric, claim.value) == ("OpenAI", "valuation", 80e9)
    assert [(r.value, r.unit) for r in claim.restated] == [(580e12, "CNY")]


def test_hypotheticals_make_no_claim(config):
    assert read("If the valuation drops below $50 billion, it will confirm our thesis.", config) == []
    assert read("The market prices a scenario where Zhipu captures 20%+ market share.", config) == []


def test_differences_and_shares_of_something_else_make_no_claim(config):
    assert read("On MMLU, GLM-4 still trails GPT-4o by 6-7 points.", config) == []
    assert read("Zhipu's revenue came from enterprise contracts (72% of revenue).", config) == []
    assert (
        read(
            "Over 20,000 companies use Zhipu's API, including 40% of the top 100 state-owned enterprises.",
            config,
        )[0].value
        == 20000
    )


def test_the_company_refers_back_to_the_subject_just_named(config):
    text = (
        "Zhipu's IPO comes at a pivotal moment. The company's $150 billion "
        "valuation would make it the leader."
    )
    assert facts(text, config) == {("Zhipu AI", None, "valuation", None, 150e9)}


def test_a_relative_clause_after_the_company_is_not_a_reference(config):
    assert (
        read("Zhipu leads. The company that wins will be the first to reach a $2 trillion valuation.", config)
        == []
    )


def test_figures_in_parentheses_belong_to_the_name_before_them(config):
    text = (
        "Zhipu's market cap, as of June 2026, stands at $1.02 trillion, placing it ahead of "
        "Baidu ($480B) and Alibaba ($620B) in valuation."
    )
    got = {(c.entity, c.metric, c.period, c.as_of, c.value) for c in read(text, config)}
    assert got == {
        ("Zhipu AI", "valuation", None, "2026-06", 1.02e12),
        ("Baidu", "valuation", None, "2026-06", 480e9),
        ("Alibaba", "valuation", None, "2026-06", 620e9),
    }


def test_a_price_for_a_model_named_after_it(config):
    text = (
        "xAI, with Grok-2, prices API access at $2 per million tokens, undercutting "
        "OpenAI's $15 per million tokens for GPT-4 Turbo."
    )
    assert facts(text, config) == {
        ("Grok-2", None, "price_per_mtok", None, 2.0),
        ("GPT-4 Turbo", None, "price_per_mtok", None, 15.0),
    }


def test_a_price_for_no_named_model_makes_no_claim(config):
    assert (
        read(
            "For a 130B-parameter model, a query on an A100 GPU costs roughly "
            "$0.003–$0.005 per 1,000 tokens.",
            config,
        )
        == []
    )


def test_stars_total_and_active_parameters_and_benchmarks(config):
    assert facts("ChatGLM-6B (GitHub, 40k+ stars) is popular.", config) == {
        ("ChatGLM-6B", None, "github_stars", None, 40000)
    }
    text = (
        "GLM-4 introduced an MoE architecture with approximately 130 billion total "
        "parameters and 30 billion activated per token."
    )
    # the architecture the sentence describes is what GLM-4 is, not a variant of it
    assert facts(text, config) == {
        ("GLM-4", None, "params_total", None, 130e9),
        ("GLM-4", None, "params_active", None, 30e9),
    }
    text = "In GLM-5, Zhipu scored competitively on benchmarks like MMLU (88.2) and HumanEval (82.7)."
    assert facts(text, config) == {
        ("GLM-5", None, "mmlu", None, 88.2),
        ("GLM-5", None, "humaneval", None, 82.7),
    }


def test_growth_and_revenue_in_one_clause(config):
    text = (
        "Zhipu's revenue grew 340% year-over-year to $8.2 billion, driven by "
        "contracts (72% of revenue) and APIs (28%)."
    )
    assert facts(text, config) == {
        ("Zhipu AI", None, "growth_rate", None, 340.0),
        ("Zhipu AI", None, "revenue", None, 8.2e9),
    }


def test_a_market_growth_rate_is_not_pinned_on_a_company_named_after_it(config):
    assert (
        read(
            "The market is growing at 40%+ CAGR, and both Zhipu and Cambricon are outpacing that growth.",
            config,
        )
        == []
    )


def test_a_comparison_class_is_not_an_entity(config):
    got = facts("GLM-5 cut costs 4x compared to GPT-4-class models, while scoring 88.2 on MMLU.", config)
    assert got == {("GLM-5", None, "mmlu", None, 88.2)}


def test_reported_upper_bound_context_window(config):
    (claim,) = read("GLM-4 boasts expanded context windows (reportedly up to 128K tokens).", config)
    assert (claim.metric, claim.low, claim.high) == ("context_window", None, 128000)
    assert set(claim.hedges) == {"upper_bound", "reported"}


def test_an_undated_figure_is_compared_under_the_date_its_article_gives_it_elsewhere(config):
    text = (
        "Zhipu's revenue reached $8.2 billion.\n\n| Metric | 2026 |\n|---|---|\n| "
        "Zhipu AI Revenue (USD) | $8.2B |\n"
    )
    prose = next(c for c in read(text, config) if c.line == 1)
    assert prose.period is None and prose.inferred_period == "2026"


def test_news_phrasings_read_as_a_careful_reader_would(config):
    text = (
        "Meta said Llama 3.1 405B was trained on over 15 trillion tokens "
        "and supports a 128,000-token context window. "
        "DeepSeek-V3 has 671B total parameters, with 37B activated for each token. "
        "Nvidia's market capitalization topped $3 trillion on Wednesday. "
        "Anthropic's annualized revenue reached $1 billion in 2024, "
        "according to people familiar with the matter."
    )
    claims = {(c.entity, c.metric): c for c in read(text, config)}
    assert claims[("Llama 3.1 405B", "context_window")].value == 128000
    assert len([c for c in claims if c[1] == "context_window"]) == 1
    assert claims[("DeepSeek-V3", "params_active")].value == 37e9
    assert claims[("NVIDIA", "valuation")].high is None
    assert "reported" in claims[("Anthropic", "revenue")].hedges


def test_a_sum_wiped_off_or_added_to_a_value_is_a_change(config):
    assert read("Shares of Baidu fell, wiping HK$12 billion off its market value.", config) == []


def test_a_figure_in_a_currency_with_no_rate_is_skipped_not_fatal(config):
    text = "TSMC's revenue reached NT$2.9 trillion, while Baidu's revenue was $18 billion."
    assert facts(text, config) == {("Baidu", None, "revenue", None, 18e9)}


def test_a_keyword_after_a_later_figure_is_not_shared_across_a_verb_phrase(config):
    got = facts("GLM-4 serves 500 million and has 130 billion parameters.", config)
    assert got == {("GLM-4", None, "params_total", None, 130e9)}


def test_the_test_before_the_search_for_links_and_paths_lets_every_one_through():
    """``not_prose`` looks for links, paths, code and citations only in a text with a slash, a
    backtick, a bracket or "www.": each one found in the test and accuracy texts has one."""
    from pathlib import Path

    from claimcheck.extract.context import NOT_PROSE, not_prose

    tests = Path(__file__).resolve().parent
    texts = [
        p.read_text(encoding="utf-8") for pattern in ("**/*.txt", "**/*.md") for p in tests.glob(pattern)
    ]
    found = [m.group() for text in texts for m in NOT_PROSE.finditer(text)]
    assert len(found) > 100
    assert [span for span in found if not not_prose(span)] == []
