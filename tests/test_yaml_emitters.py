"""The store is written by libyaml's emitter when PyYAML has it: the text must be the Python one's."""

from __future__ import annotations

import pytest
import yaml

from claimcheck import yamlfile

TRICKY = [
    "He said: \"it's 3.5% — 智谱 'AI'\" # not a comment",
    "yes",
    "0012",
    "  leading",
    "word " * 60,
    "a\nb\n",
    "a\tb\x07c",
    "⭐ and 😀",
    "a\x85b",
    "a\u2028b",
    "- x",
    "@x",
    "\ufeffx",
    "C:\\Users\\U2",
    "",
]


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
def test_dump_writes_what_the_python_emitter_writes(value: str) -> None:
    document = {"source": "articles/a.txt", "claims": [{"quote": value, "value": 1e21, "none": None}]}
    expected = yaml.dump(document, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=120)
    assert yamlfile.dump(document) == expected


def test_the_store_loader_is_the_c_one_when_pyyaml_has_it() -> None:
    assert yamlfile.safe_loader() is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
