"""The command line: parse options, call the API, pick a reporter, exit.

Exit codes: 0 ran with no finding at or above --fail-on; 1 ran and found some; 2 could not run
as asked (one line on stderr, never a traceback). Each module registers its commands on the one
``app``: ``read`` (extract, check), ``ci`` (diff, baseline), ``workbench`` (explain, claims,
entities, metrics, review, report).

These modules do not defer their annotations (no ``from __future__ import annotations``): typer
reads every command's parameters at each start, and evaluating them from strings, twice a command,
took more than half of what ``--help`` spends after its imports.
"""

import importlib

from claimcheck.cli.common import app, main, run

# The order commands register in is the order `claimcheck --help` lists them.
for _module in ("read", "ci", "workbench"):
    importlib.import_module(f"claimcheck.cli.{_module}")

__all__ = ["app", "main", "run"]
