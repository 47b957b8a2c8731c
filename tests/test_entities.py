"""Entity names: aliases, discovery, rapidfuzz merging under version guards."""

from __future__ import annotations

import pytest

from claimcheck.config import load_config
from claimcheck.entities.registry import registry


@pytest.fixture(scope="module")
def names(config):
    return registry(config)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Qwen 2.5-72B", "Qwen2.5-72B"),
        ("Deepseek V2", "DeepSeek-V2"),
        ("Ernie 4.0", "ERNIE 4.0"),
        ("ZhipuAI", "Zhipu AI"),
        ("Cambricon Technologies", "Cambricon"),
        ("Antropic", "Anthropic"),
        ("Kimichat", "Kimi"),
    ],
)
def test_spellings_of_one_name_merge(names, surface, name):
    assert names.resolve(surface).name == name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("GPT-4", "GPT-4o"),
        ("GPT-4", "GPT-4 Turbo"),
        ("Llama 3", "Llama 3.1"),
        ("Llama 3.1 70B", "Llama 3.1 405B"),
        ("ChatGLM-6B", "ChatGLM3-6B"),
        ("GLM-4", "GLM-4V"),
        ("GLM-4", "GLM-4-Flash"),
        ("Grok-2", "Grok-3"),
    ],
)
def test_a_different_version_or_size_never_merges(names, a, b):
    assert names.resolve(a).name != names.resolve(b).name


def test_unknown_model_names_are_discovered_and_kept_apart_by_version(names):
    found = [m.entity.name for m in names.mentions("Yi-34B beats Yi-9B and Hunyuan-Large 2.0.")]
    assert found[:2] == ["Yi-34B", "Yi-9B"]


def test_descriptions_built_on_a_name_are_not_mentions(names):
    assert [m.surface for m in names.mentions("GPT-4-class models reach near-GPT-4o-level accuracy")] == []


def test_chips_and_platforms_are_typed(names):
    kinds = {m.surface: m.entity.type for m in names.mentions("On an A100 GPU, via GitHub, Ascend 910B")}
    assert kinds == {"A100": "chip", "GitHub": "platform", "Ascend 910B": "chip"}


def test_variants_after_a_name(names):
    assert names.variant_after("GLM-4 (Dense) |", 5) == ("Dense", 13)
    assert names.variant_after("GLM-4 MoE variant", 5)[0] == "MoE"
    assert names.variant_after("GLM-4 (Zhipu)", 5)[0] is None


def test_config_extends_the_registry(tmp_path):
    (tmp_path / "claimcheck.yaml").write_text("entities:\n  - {name: Acme AI, type: org, aliases: [Acme]}\n")
    names = registry(load_config(cwd=tmp_path))
    assert [m.entity.name for m in names.mentions("Acme raised money")] == ["Acme AI"]
