"""Where ``check`` runs its two heavy stages: here (worker processes on this machine), or on Dask.

Extraction is a map over articles (``reading.complete``) and the rules are partials over groups
and articles (``engine.evaluate``) that ``engine.assemble`` adds up, so an engine only says where
those pure functions run; the findings are the same wherever they ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.arithmetic.facts import ArticleFacts
    from claimcheck.config import Config
    from claimcheck.engine import Partial
    from claimcheck.match.groups import Group
    from claimcheck.model import Unreadable
    from claimcheck.reading import Extracted, Job

NAMES = ("local", "dask")


class Engine(Protocol):
    """Runs the stages somewhere else than in this process."""

    def read(self, jobs: list[Job], config: Config, facts: bool) -> Iterable[Extracted]:
        """Each job completed (``reading.complete``), in order."""
        ...

    def evaluate(
        self,
        groups: list[Group],
        inside: Sequence[ArticleFacts],
        config: Config,
        unreadable: tuple[Unreadable, ...],
    ) -> list[Partial]:
        """``engine.evaluate`` over parts of the groups and articles, the parts in order."""
        ...


@contextmanager
def opened(name: str, scheduler: str | None) -> Iterator[Engine | None]:
    """The engine called ``name`` (None: this machine's worker processes), closed at the end.

    ``scheduler`` is a Dask scheduler's address; without it Dask starts a cluster on this machine.
    """
    if name not in NAMES:
        raise ClaimcheckError(f"--engine {name}: unknown engine (known: {', '.join(NAMES)})")
    if name == "local":
        if scheduler is not None:
            raise ClaimcheckError("--scheduler is for --engine dask")
        yield None
        return
    from claimcheck.engines.dask import connected

    with connected(scheduler) as engine:
        yield engine
