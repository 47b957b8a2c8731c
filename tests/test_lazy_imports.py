"""Start-up stays cheap: the command line, and its --help, load none of the heavy libraries.

Each check runs in a new interpreter and looks at sys.modules, never at a clock: which modules
are loaded says the same on a slow machine as on a fast one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What a plain `--help` has no use for: the unit registry, the exchange rates, rich's rendering,
# YAML, the schema models, Chinese numerals, Dask, and the reader itself.
HEAVY = (
    "pint",
    "currency_converter",
    "rich",
    "typer.rich_utils",
    "yaml",
    "pydantic",
    "cn2an",
    "dask",
    "distributed",
    "claimcheck.api",
    "claimcheck.extract",
)


def _loaded(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    ("code", "allowed"),
    [
        ("import claimcheck.cli", ()),
        ("from claimcheck.cli import main\nmain(['--help'])", ()),
        # typer itself reads a command's option types with pydantic.
        ("from claimcheck.cli import main\nmain(['check', '--help'])", ("pydantic",)),
    ],
    ids=["import", "help", "check-help"],
)
def test_the_command_line_loads_no_heavy_module(code: str, allowed: tuple[str, ...]) -> None:
    loaded = _loaded(code)
    assert [name for name in HEAVY if name in loaded and name not in allowed] == []


def test_reading_english_leaves_chinese_numerals_unloaded() -> None:
    code = (
        "from claimcheck.config import load_config\n"
        "from claimcheck.extract import extract_text\n"
        "extract_text('Acme earned $3 billion in 2025.', 'a', load_config())"
    )
    assert "cn2an" not in _loaded(code)
