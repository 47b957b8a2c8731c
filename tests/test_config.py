"""Configuration: built-in defaults anywhere, claimcheck.yaml overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import load_config
from claimcheck.errors import ClaimcheckError
from claimcheck.rules import enabled


def write(folder: Path, text: str) -> None:
    (folder / "claimcheck.yaml").write_text(text)


def test_defaults_apply_with_no_config_file(tmp_path):
    config = load_config(cwd=tmp_path)
    assert config.path is None and config.store == "claims" and config.currency_symbols["¥"] == "CNY"
    assert [rule.id for rule, _ in enabled(config)] == [
        "arithmetic-conversion",
        "arithmetic-growth",
        "arithmetic-percent",
        "arithmetic-ratio",
        "arithmetic-total",
        "cross-source-mismatch",
        "prose-vs-table",
        "unreadable-article",
    ]


def test_the_nearest_config_in_a_parent_is_used(tmp_path):
    write(tmp_path, "store: reviews\n")
    (tmp_path / "sub").mkdir()
    config = load_config(cwd=tmp_path / "sub")
    assert config.store == "reviews" and config.root == tmp_path


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("stoer: x\n", "stoer"),
        ("fx: {uncertainty: high}\n", "fx.uncertainty"),
        ("corpus: articles\n", "corpus"),
        ("rules: {no-such-rule: {}}\n", "rules.no-such-rule"),
        ("fx: [1\n", "not valid YAML"),
        ("rules: {cross-source-mismatch: {severity: fatal}}\n", "rules.cross-source-mismatch.severity"),
        ("rules: {cross-source-mismatch: {tolerance: {mmlu: {relativ: 1}}}}\n", "tolerance.mmlu.relativ"),
    ],
)
def test_bad_config_names_the_key(tmp_path, text, key):
    write(tmp_path, text)
    with pytest.raises(ClaimcheckError, match=key.replace(".", r"\.")):
        enabled(load_config(cwd=tmp_path))


def test_rule_options_override_defaults_and_a_rule_can_be_disabled(tmp_path):
    write(tmp_path, "rules:\n  cross-source-mismatch:\n    tolerance: {mmlu: {absolute: 2.0}}\n")
    options = dict((r.id, o) for r, o in enabled(load_config(cwd=tmp_path)))["cross-source-mismatch"]
    assert (
        options["tolerance"]["mmlu"]["absolute"] == 2.0
        and options["tolerance"]["default"]["relative"] == 0.005
    )
    write(tmp_path, "rules:\n  cross-source-mismatch: disable\n")
    assert "cross-source-mismatch" not in [r.id for r, _ in enabled(load_config(cwd=tmp_path))]


def test_fx_flags_override_the_config(tmp_path):
    write(tmp_path, "fx: {rates: {CNY: 7.0}}\n")
    assert load_config(cwd=tmp_path, fx={"CNY": 7.2}).fx["rates"]["CNY"] == 7.2
