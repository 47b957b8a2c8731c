"""The rich console every terminal reporter of the workbench draws on."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is imported when something is drawn, not when the CLI starts
    from rich.console import Console


def console_for(out: TextIO) -> Console:
    """A console on ``out``: a terminal sets its own width, a pipe or file reads 140 wide and plain."""
    from rich.console import Console

    width = None if out.isatty() else 140
    return Console(file=out, soft_wrap=False, highlight=False, width=width)
