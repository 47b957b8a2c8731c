"""A model's size (parameters, training tokens) as a fact-checker reads it.

A size belongs to the checkpoint every tune and quantised build of it shares; an architecture
described in the sentence ("a mixture-of-experts model") is what the model is, not a variant of it.
"""

from __future__ import annotations

from helpers import read


def _sizes(claims):
    sizes = [c for c in claims if c.metric.startswith(("params", "training"))]
    return [(c.entity, c.variant, c.metric, c.basis) for c in sizes]


def test_an_architecture_described_in_the_sentence_is_no_variant(config):
    text = (
        "Pellucid-4 is a mixture-of-experts model with 236 billion total parameters, "
        "21 billion of which are active."
    )
    assert _sizes(read(text, config)) == [
        ("Pellucid-4", None, "params_total", None),
        ("Pellucid-4", None, "params_active", None),
    ]


def test_parameters_in_total_are_the_models_size_not_a_cumulative_figure(config):
    text = "- Wrenlet-3-70B: 70 billion parameters in total with 12 billion active per token"
    assert {basis for *_, basis in _sizes(read(text, config))} == {None}


def test_a_chat_tunes_size_is_its_base_models(config):
    text = "The flagship Gorse-2-34B-Chat, which has 34.4 billion parameters, scores 77.9 on MMLU."
    claims = read(text, config)
    assert _sizes(claims) == [("Gorse-2-34B", None, "params_total", None)]
    assert [(c.entity, c.variant) for c in claims if c.metric == "mmlu"] == [("Gorse-2-34B", "Chat")]


def test_an_architecture_row_keeps_its_own_size(config):
    text = (
        "| Model | Params | MMLU |\n|---|---|---|\n"
        "| Pellucid-4 (Dense) | 130B | 80.1 |\n| Pellucid-4 (MoE) | 480B | 83.8 |"
    )
    assert sorted(_sizes(read(text, config))) == [
        ("Pellucid-4", "Dense", "params_total", None),
        ("Pellucid-4", "MoE", "params_total", None),
    ]


def test_a_bracketed_size_is_the_one_model_of_that_size_the_card_names(config):
    text = (
        "# Quill-2 (7B / 32B)\n\n- **Parameters:** 7.3B (Quill-2-7B), 32.4B (Quill-2-32B)\n"
        "- **Training tokens:** 6T (7B), 9T (32B)\n"
    )
    got = {(c.entity, c.metric, c.value) for c in read(text, config)}
    assert {("Quill-2-7B", "training_tokens", 6e12), ("Quill-2-32B", "training_tokens", 9e12)} <= got


def test_a_bracketed_size_on_a_family_card_is_the_familys_model_of_that_size(config):
    text = (
        "# Corvid-4\n\nCorvid-4 is a family of open-weight models.\n\n## Model Specs\n\n"
        "- **Parameters (8B):** 8.2 billion\n- **Context length (34B):** 200,000 tokens\n"
    )
    got = [(c.entity, c.metric, c.value) for c in read(text, config)]
    assert got == [("Corvid-4-8B", "params_total", 8.2e9), ("Corvid-4-34B", "context_window", 200000)]
