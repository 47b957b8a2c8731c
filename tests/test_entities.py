"""Entity names: aliases, discovery, rapidfuzz merging under version guards."""

from __future__ import annotations

import pytest

from claimcheck.config import load_config
from claimcheck.entities.registry import registry
from claimcheck.extract import Document, name_book, vocabulary
from claimcheck.extract import registry as extract_registry
from helpers import read


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


def test_a_name_listed_after_a_known_place_where_places_are_told_is_a_place(config):
    text = "Veridane Logistics is cutting teams in Hamburg and Zwolle. Zwolle and Kestrel Robotics agreed."
    book = name_book(Document(text), extract_registry(config), vocabulary(config))
    assert book.entities["Zwolle"].type == "place"
    text = "Veridane Logistics hired staff from Kestrel Robotics and Zwolle."
    book = name_book(Document(text), extract_registry(config), vocabulary(config))
    assert book.entities["Zwolle"].type != "place"


def _book(text, config):
    return name_book(Document(text), extract_registry(config), vocabulary(config))


def test_a_newsletters_shouted_name_is_the_name_in_its_ordinary_case_and_its_short_form(config):
    book = _book("QUILLFEATHER AI closed a round. Quillfeather then hired 40 people.", config)
    assert book.entities["QUILLFEATHER AI"].name == "Quillfeather AI"
    assert book.entities["Quillfeather"].name == "Quillfeather AI"


def test_places_joined_by_a_hyphen_and_a_publications_numbering_name_no_one(config):
    book = _book("The Cap Table - Issue 87\n\nIt valued the Munich-Shenzhen robot maker at $2bn.", config)
    assert book.entities["Munich-Shenzhen"].type == "place"
    assert "Issue 87" not in book.entities


def test_a_list_under_a_lead_in_is_whom_the_lead_in_speaks_of_not_its_source(config):
    text = (
        "Quillfeather AI has closed a $450 million Series C.\n\n"
        "The numbers behind it, per an investor deck seen by The Cap Table:\n\n"
        "- Paying business customers: 1,400\n- Employees: 260\n"
    )
    assert {c.entity for c in read(text, config)} == {"Quillfeather AI"}


def test_a_name_given_as_an_example_of_a_group_is_no_subject_of_later_figures(config):
    text = (
        "Carrowlake Inc said sales in its data centre unit, which supplies chips to cloud operators "
        "including Vellichor Cloud, rose 58% to $1.62 billion. Automotive revenue fell 7%."
    )
    assert {c.entity for c in read(text, config)} == {"Carrowlake"}


def test_a_name_listed_before_a_known_place_where_places_are_told_is_a_place(config):
    book = _book("Vellichor Cloud added capacity in Johor and Osaka. Its Johor and Osaka sites grew.", config)
    assert book.entities["Johor"].type == "place"


def test_a_registered_name_sharing_only_a_common_word_is_no_spelling_of_a_new_one(config):
    names = extract_registry(config)
    assert names.known("Jichuan Intelligence") is None  # not Baichuan
    assert names.known("Moonshot Al").name == "Moonshot AI"


def test_a_wires_slug_is_no_part_of_the_name_after_it_and_a_place_list_is_places(config):
    book = _book("EXCLUSIVE-Kestrel Robotics raises $40 mln\n\nKestrel Robotics is in talks.", config)
    assert "Kestrel Robotics" in book.entities and not any(k.startswith("EXCLUSIVE") for k in book.entities)
    book = _book(
        "It employs 260 people across London, Zwolle and Toronto. In Toronto, Vantorra AI grew.", config
    )
    assert book.entities["Zwolle"].type == "place"
    assert book.entities["Vantorra AI"].type == "org"


def test_a_common_word_right_before_the_organisation_word_ending_a_name_stays_in_it(config):
    book = _book("Corvane AI raised $450 million in a round led by Arcadia Growth Partners.", config)
    assert book.entities["Arcadia Growth Partners"].type == "org"
    assert (
        "Orrery Semiconductor Announces Financial"
        not in _book(
            "Orrery Semiconductor Announces Financial Results\n\nOrrery Semiconductor said revenue rose.",
            config,
        ).entities
    )


def test_a_name_told_among_the_divisions_is_a_part_with_its_short_forms(config):
    book = _book(
        "ROTTERDAM, July 24, 2025 - Quarnholt Freight posted higher revenue.\n\n"
        "Air Cargo, the biggest of the three divisions, generated €2.05bn. Contract Logistics grew "
        "revenue 7.3% to €1.90bn.\n",
        config,
    )
    assert {e.type for n, e in book.entities.items() if e.name == "Contract Logistics"} == {"part"}
