"""Claims in markdown tables: three orientations, header units, cell qualifiers."""

from __future__ import annotations

import pytest

from helpers import facts, read


def test_entities_as_rows_with_units_in_the_header(fixed_config):
    text = (
        "| Model | MMLU (5-shot) | Cost/1M tokens (CNY) | Context Window "
        "|\n|---|---|---|---|\n| GLM-4 | 82.3 | ¥0.80 | 128K |\n"
    )
    claims = {c.metric: c for c in read(text, fixed_config)}
    assert claims["mmlu"].value == 82.3
    assert claims["price_per_mtok"].stated.unit == "CNY/Mtok"
    assert claims["price_per_mtok"].value == pytest.approx(0.8 / 7.2)
    assert claims["context_window"].value == 128000


def test_company_and_model_columns_each_serve_their_metrics(config):
    text = (
        "| Company | Flagship Model | API Cost (per 1M tokens) | Funding Raised (USD) |\n|---|---|---|---|\n"
        "| Zhipu AI | GLM-4 MoE | $3.50 | ~$2.5B (est.) |\n"
    )
    got = facts(text, config)
    assert ("GLM-4", "MoE", "price_per_mtok", None, 3.5) in got
    assert ("Zhipu AI", "MoE", "funding", None, 2.5e9) in got or (
        "Zhipu AI",
        None,
        "funding",
        None,
        2.5e9,
    ) in got


def test_entities_as_columns_with_the_metric_in_the_cell(config):
    text = (
        "| Capability | Zhipu GLM-4 | Baidu ERNIE 4.0 |\n|---|---|---|\n"
        "| Chinese language understanding | 86.7 (C-Eval) | 82.4 (C-Eval) |\n"
        "| API pricing (per 1M tokens) | ¥0.80 | ¥1.20 |\n"
    )
    got = {(c.entity, c.metric) for c in read(text, config)}
    assert got == {
        ("GLM-4", "c_eval"),
        ("ERNIE 4.0", "c_eval"),
        ("GLM-4", "price_per_mtok"),
        ("ERNIE 4.0", "price_per_mtok"),
    }


def test_entities_as_columns_with_periods_in_the_header(config):
    text = (
        "| Metric | Zhipu AI (2025) | OpenAI (2025) |\n|---|---|---|\n| "
        "Valuation | $150B (pre-IPO) | $300B |\n"
    )
    assert facts(text, config) == {
        ("Zhipu AI", None, "valuation", "2025", 150e9),
        ("OpenAI", None, "valuation", "2025", 300e9),
    }


def test_periods_as_columns_take_the_company_the_prose_is_about(config):
    text = (
        "Zhipu's market cap stands at $1.02 trillion, ahead of Baidu.\n"
        "| Metric | 2024 | 2025 | 2026 (Projected) |\n|---|---|---|---|\n"
        "| Revenue ($B) | 1.8 | 4.5 | 8.2 |\n| Valuation ($T) | 0.12 | 0.45 | 1.02 |\n"
    )
    claims = [c for c in read(text, config) if c.period]
    assert {(c.entity, c.metric, c.period, round(c.value)) for c in claims} >= {
        ("Zhipu AI", "revenue", "2024", 1_800_000_000),
        ("Zhipu AI", "valuation", "2026", 1_020_000_000_000),
    }
    assert all("projected" in c.hedges for c in claims if c.period == "2026")


def test_periods_as_columns_with_the_entity_in_the_row_label(config):
    text = "| Metric | 2024 | 2025 (Est.) |\n|---|---|---|\n| Zhipu AI Revenue (USD) | $200M | $450M |\n"
    claims = read(text, config)
    assert {(c.entity, c.period, c.value) for c in claims} == {
        ("Zhipu AI", "2024", 2e8),
        ("Zhipu AI", "2025", 4.5e8),
    }
    assert next(c for c in claims if c.period == "2025").hedges == ("estimate",)


def test_a_market_row_names_its_market(config):
    text = "| Metric | 2024 |\n|---|---|\n| China LLM Market Size (USD) | $2.5B |\n"
    assert facts(text, config) == {("China LLM market", None, "market_size", "2024", 2.5e9)}


def test_a_row_that_names_no_metric_makes_no_claim(config):
    text = "| Metric | 2024 |\n|---|---|\n| Average Enterprise LLM Spend (per customer) | $50K/year |\n"
    assert read(text, config) == []


def test_total_and_active_parameters_in_one_cell(config):
    text = (
        "| Model | Parameters |\n|---|---|\n| GLM-4 (MoE) | 480B (active: 60B) |\n"
        "| GLM-5 (MoE) | ~130B active / 1T total |\n"
    )
    assert facts(text, config) == {
        ("GLM-4", "MoE", "params_total", None, 480e9),
        ("GLM-4", "MoE", "params_active", None, 60e9),
        ("GLM-5", "MoE", "params_active", None, 130e9),
        ("GLM-5", "MoE", "params_total", None, 1e12),
    }


def test_row_hedges_cell_variants_and_bounds(config):
    text = "| Model | Parameters | MMLU |\n|---|---|---|\n| GLM-5 (rumored) | 200B+ (MoE) | 86.5 (est.) |\n"
    claims = {c.metric: c for c in read(text, config)}
    assert claims["params_total"].variant == "MoE" and claims["params_total"].high is None
    assert set(claims["mmlu"].hedges) == {"estimate", "rumored"}


def test_a_price_restated_in_another_currency_is_one_claim(config):
    text = "| Model | Input Price (per 1M tokens) |\n|---|---|\n| GLM-4 | ~$0.70 (est. RMB 5) |\n"
    (claim,) = read(text, config)
    assert claim.price_kind == "input" and claim.value == 0.7
    assert [(r.value, r.unit) for r in claim.restated] == [(5.0, "CNY/Mtok")]


def test_an_org_in_parentheses_is_an_attribution_not_a_variant(config):
    text = "| Model | MMLU |\n|---|---|\n| GLM-4 (Zhipu) | 82.4 |\n| Qwen2.5-72B (Alibaba) | 85.4 |\n"
    assert facts(text, config) == {
        ("GLM-4", None, "mmlu", None, 82.4),
        ("Qwen2.5-72B", None, "mmlu", None, 85.4),
    }


def test_text_columns_are_read_as_prose_about_the_row(config):
    text = "| Model Variant | Key Strength |\n|---|---|\n| GLM-4-Long | 128K+ context |\n"
    (claim,) = read(text, config)
    assert (claim.entity, claim.metric, claim.low, claim.high) == (
        "GLM-4-Long",
        "context_window",
        128000,
        None,
    )


def test_a_table_without_outer_pipes(config):
    text = "Benchmarks:\n\nModel | MMLU\n--- | ---\nGLM-4 | 82.4\nGPT-4o | 88.7\n"
    assert facts(text, config) == {("GLM-4", None, "mmlu", None, 82.4), ("GPT-4o", None, "mmlu", None, 88.7)}
    assert {c.column for c in read(text, config)} == {9, 10}


HTML_CARD = """# Corvane-3

## Post-Training Results (Corvane-3-70B)

<table>
  <thead>
    <tr><th rowspan="2">Benchmark</th><th rowspan="2">Setting</th><th colspan="2">Corvane-3-70B</th></tr>
    <tr><th>Base</th><th>Instruct</th></tr>
  </thead>
  <tbody>
    <tr><td>MMLU-Pro</td><td>5-shot</td><td>60.5</td><td>66.3</td></tr>
  </tbody>
</table>
"""


def test_an_html_header_spanning_two_rows_gives_each_column_its_variant_and_cells_their_lines(config):
    from helpers import read

    claims = {c.raw: c for c in read(HTML_CARD, config)}
    base, tuned = claims["60.5"], claims["66.3"]
    assert (base.entity, base.variant, base.metric) == ("Corvane-3-70B", "Base", "mmlu_pro")
    assert base.setting == "5-shot"
    assert tuned.variant == "Instruct"
    assert base.line == tuned.line == 11  # the row's own line, not the table's first


def test_a_heading_naming_a_variant_gives_the_table_under_it_that_variant(config):
    from helpers import read

    text = (
        "# Corvane-3\n\n## Base Model Results\n\n"
        "| Benchmark | Corvane-3-8B | Corvane-3-70B |\n|---|---|---|\n| MMLU | 68.9 | 82.4 |\n"
    )
    found = {(c.entity, c.variant) for c in read(text, config)}
    assert found == {("Corvane-3-8B", "Base"), ("Corvane-3-70B", "Base")}


def test_a_setting_column_in_words_and_a_rate_limits_account_tier_are_qualifiers(config):
    from helpers import read

    card = (
        "# Orrin-32B\n\n| Benchmark | Setting | Orrin-32B |\n|---|---|---|\n"
        "| IFEval | strict, prompt-level | 79.3 |\n| MT-Bench | LLM judge | 8.61 |\n"
    )
    assert {c.setting for c in read(card, config)} == {"strict prompt-level", "llm judge"}
    limits = (
        "| Model | Context window | Requests per minute (Tier 1) |\n|---|---|---|\n"
        "| Corvane-3-70B | 128K | 1,000 |\n"
    )
    rpm = next(c for c in read(limits, config) if c.metric == "requests_per_minute")
    assert rpm.setting == "tier-1"


def test_size_columns_under_a_heading_that_names_no_model_are_the_titles_models(config):
    from helpers import read

    text = (
        "# Dunlin-3\n\nDunlin-3 is a family of open models from **Dunlin Research**.\n\n"
        "## Model Summary\n\n| | 7B Params | 70B Params |\n|---|---|---|\n"
        "| Context window | 32K | 128K |\n| Training tokens | 9T | 9T |\n\n"
        "## Chat Models by Size\n\n| Benchmark | 7B Params | 70B Params |\n|---|---|---|\n"
        "| MMLU (5-shot) | 61.2 | 78.1 |\n"
    )
    found = {(c.entity, c.variant, c.metric, c.value) for c in read(text, config)}
    assert found == {
        ("Dunlin-3-7B", None, "context_window", 32000),
        ("Dunlin-3-70B", None, "context_window", 128000),
        ("Dunlin-3-7B", None, "training_tokens", 9e12),
        ("Dunlin-3-70B", None, "training_tokens", 9e12),
        ("Dunlin-3-7B", "Chat", "mmlu", 61.2),
        ("Dunlin-3-70B", "Chat", "mmlu", 78.1),
    }


def test_rows_of_settings_under_a_heading_that_names_the_benchmark_are_its_scores(config):
    from helpers import read

    text = (
        "# Vermilion-3\n\n## Vermilion-3 Chat: IFEval Results\n\n"
        "| Setting | 8B Params | 32B Params |\n|---|---|---|\n| Prompt-level strict | 71.9 | 80.3 |\n"
    )
    found = {(c.entity, c.variant, c.metric, c.setting, c.value) for c in read(text, config)}
    assert found == {
        ("Vermilion-3-8B", "Chat", "ifeval", "prompt-level strict", 71.9),
        ("Vermilion-3-32B", "Chat", "ifeval", "prompt-level strict", 80.3),
    }


def test_the_stubs_header_names_the_metric_its_rows_are_parts_and_the_total_of(config):
    text = (
        "Brackwater Devices results.\n\n| Revenue ($ Million) | Q3 FY24 | Q4 FY24 |\n|---|---|---|\n"
        "| Data Center | 1,500 | 1,600 |\n| **Total²** | 2,693 | 2,950 |\n"
    )
    got = {(c.metric, c.segment, c.period, c.value, c.unit) for c in read(text, config)}
    assert got == {
        ("revenue", "data center", "FY2024-Q3", 1.5e9, "USD"),
        ("revenue", "data center", "FY2024-Q4", 1.6e9, "USD"),
        ("revenue", None, "FY2024-Q3", 2.693e9, "USD"),
        ("revenue", None, "FY2024-Q4", 2.95e9, "USD"),
    }


def test_the_headlines_one_organisation_wins_a_tie_with_a_segments_name(config):
    text = (
        "# Brackwater Devices Q3 Summary\n\nBrackwater Devices beat on the top line.\n\n"
        "## At a Glance\n\n**Revenue:** $3,420M\n\n"
        "Segment Q3 YoY Data Center 2,150 +14% Edge Computing 860 +3%\n\n"
        "Edge Computing slowed as orders stalled.\n"
    )
    assert [(c.entity, c.value) for c in read(text, config) if c.metric == "revenue"] == [
        ("Brackwater Devices", 3.42e9)
    ]


@pytest.mark.parametrize(
    ("caption", "value", "stated"),
    [
        ("Revenue (₹ crore)", 12_450e7, "INR"),
        ("Revenue (Rs crore)", 12_450e7, "INR"),
        ("Revenue (€m)", 12_450e6, "EUR"),
        ("Revenue (USD m)", 12_450e6, "USD"),
    ],
)
def test_a_headers_currency_and_scale_however_written(config, caption, value, stated):
    text = f"Kessler Infotech results.\n\n| {caption} | 2024 |\n|---|---|\n| Total | 12,450 |\n"
    (claim,) = read(text, config)
    assert (claim.stated.value, claim.stated.unit) == (pytest.approx(value), stated)


def test_money_under_input_and_output_is_a_price_whatever_the_heading_above_says(config):
    text = (
        "All prices are in US dollars per 1 million tokens.\n\n## Serverless Inference\n\n"
        "| Model | Input | Output |\n|---|---|---|\n| tessel-3-8b-instruct | $0.06 | $0.18 |\n"
    )
    got = [(c.entity.lower(), c.variant, c.metric, c.price_kind) for c in read(text, config)]
    assert got == [
        ("tessel-3-8b", "Instruct", "price_per_mtok", "input"),
        ("tessel-3-8b", "Instruct", "price_per_mtok", "output"),
    ]


def test_size_and_variant_columns_under_a_familys_title(config):
    text = (
        "# Pellwick-3 Dense Models\n\n| Benchmark | Shots | 8B Base | 8B Instruct | 34B Instruct |\n"
        "|---|---|---|---|---|\n| MMLU | 5 | 68.4 | 70.1 | 80.6 |\n"
    )
    got = [(c.entity, c.variant, c.value) for c in read(text, config)]
    assert got == [
        ("Pellwick-3-8B", "Base", 68.4),
        ("Pellwick-3-8B", "Instruct", 70.1),
        ("Pellwick-3-34B", "Instruct", 80.6),
    ]


def test_a_column_a_model_heads_holds_its_values_beside_a_spec_sheets_words(config):
    text = (
        "| | Pellwick-3-8B | Pellwick-3-34B |\n|---|---|---|\n| Parameters | 8.03B | 34.4B |\n"
        "| Context length | 128K | 128K |\n| Attention | GQA | GQA |\n"
        "| Variants | Base, Instruct | Base, Instruct |\n"
    )
    got = {(c.entity, c.metric) for c in read(text, config)}
    assert got == {
        (m, k) for m in ("Pellwick-3-8B", "Pellwick-3-34B") for k in ("params_total", "context_window")
    }


CARD_NOTES = """# Quill-2 (7B / 32B)

## Instruct models

Scores below are for the Instruct versions, evaluated 0-shot with greedy decoding.

| Model | MMLU-Pro | GPQA |
|---|---|---|
| Quill-2-7B-Instruct | 44.1 | 29.8 |

## Quantised checkpoints

Quill-2-32B-Instruct, MMLU (5-shot). The BF16 reference score is in the table above.

| Precision | MMLU |
|---|---|
| FP8 | 81.0 |

## Base models

Base checkpoints are evaluated with few-shot prompts.

| Benchmark | Shots | Quill-2-7B |
|---|---|---|
| MMLU | 5 | 70.2 |
"""


def test_a_note_pointing_at_the_table_below_gives_its_setting(config):
    c = next(c for c in read(CARD_NOTES, config) if c.value == 44.1)
    assert (c.entity, c.variant, c.metric, c.setting) == ("Quill-2-7B", "Instruct", "mmlu_pro", "0-shot")


def test_a_label_line_above_a_table_names_the_model_its_quantised_rows_are_builds_of(config):
    c = next(c for c in read(CARD_NOTES, config) if c.value == 81.0)
    assert (c.entity, c.variant, c.setting) == ("Quill-2-32B", "Instruct FP8", "5-shot")


def test_a_note_of_prose_is_no_caption_and_a_column_states_the_shots(config):
    c = next(c for c in read(CARD_NOTES, config) if c.value == 70.2)
    assert c.setting == "5-shot"


def test_a_numbered_table_caption_sentence_gives_the_tables_setting(config):
    text = (
        "# Argent-2\n\n## Benchmark Results\n\n"
        "Table 1. Accuracy (%) on knowledge benchmarks, 5-shot unless noted. Higher is better.\n\n"
        "| Benchmark | Argent-2 | Argent-2-Flash |\n|---|---|---|\n| MMLU | 85.1 | 76.4 |\n"
        "| GPQA Diamond (0-shot) | 49.8 | 38.2 |\n"
    )
    settings = {c.value: c.setting for c in read(text, config)}
    assert (settings[85.1], settings[76.4], settings[49.8]) == ("5-shot", "5-shot", "0-shot")


def test_a_note_naming_settings_benchmark_by_benchmark_gives_each_row_its_own(config):
    text = (
        "# Tern-1.5\n\n## Evaluation: Tern-1.5-14B\n\n"
        "Scores for the base and instruction-tuned checkpoints. MMLU and MMLU-Pro are 5-shot, GSM8K "
        "is 8-shot, HumanEval is pass@1.\n\n"
        "| Category | Benchmark | Base | Instruct |\n|---|---|---|---|\n| Knowledge | MMLU | 71.2 | 73.0 |\n"
        "| Math | GSM8K | 62.0 | 79.4 |\n| Reasoning | BBH | 63.7 | 68.2 |\n"
        "| Code | HumanEval | 48.2 | 63.4 |\n"
    )
    settings = {c.value: c.setting for c in read(text, config)}
    assert (settings[73.0], settings[62.0], settings[63.7], settings[48.2]) == (
        "5-shot",
        "8-shot",
        None,
        "pass@1",
    )
