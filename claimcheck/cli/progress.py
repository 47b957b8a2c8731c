"""A progress bar on stderr for long runs at a terminal: none in CI, for JSON, or off a terminal."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# A run shorter than this shows no bar at all.
AFTER_SECONDS = 2.0


def wanted(output: str) -> bool:
    """Whether a bar may be drawn: stderr is a terminal, not in CI, and the output is not JSON."""
    return sys.stderr.isatty() and not os.environ.get("CI") and output != "json"


@contextmanager
def bar(show: bool, what: str = "reading articles") -> Iterator[Callable[[int, int], None] | None]:
    """A ``(done, total)`` callback that draws a bar once the run has lasted ``AFTER_SECONDS``."""
    if not show:
        yield None
        return
    start = time.monotonic()
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "progress" not in state:
            if time.monotonic() - start < AFTER_SECONDS:
                return
            from rich.console import Console
            from rich.progress import Progress

            state["progress"] = Progress(console=Console(stderr=True), transient=True)
            state["progress"].start()
            state["task"] = state["progress"].add_task(what, total=total)
        state["progress"].update(state["task"], completed=done, total=total)

    try:
        yield update
    finally:
        if "progress" in state:
            state["progress"].stop()
