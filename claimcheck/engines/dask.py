"""``check --engine dask``: extraction as a Dask bag over the articles, the rules as partials.

Each article is read by ``reading.complete`` on a worker, exactly as a local worker process reads
it; the groups of claims are cut into contiguous parts and the articles' facts likewise, each part
checked by ``engine.evaluate`` on a worker, and the partials are added up here by
``engine.assemble`` in their order, which gives the findings one pass over everything gives.
Needs the optional extra: ``pip install 'claimcheck[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck import engine, reading
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.arithmetic.facts import ArticleFacts
    from claimcheck.config import Config
    from claimcheck.match.groups import Group
    from claimcheck.model import Unreadable

T = TypeVar("T")
MISSING = "--engine dask: dask is not installed (pip install 'claimcheck[dask]')"


class DaskEngine:
    """The stages of ``check`` on the cluster a ``dask.distributed.Client`` is connected to."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def _parts(self) -> int:
        # A few parts a worker, so that a slow part does not leave the other workers idle.
        return 4 * max(1, len(self.client.scheduler_info().get("workers", {})))

    def read(self, jobs: list[reading.Job], config: Config, facts: bool) -> list[reading.Extracted]:
        """Each article read on the cluster, in order."""
        if not jobs:
            return []
        import dask.bag

        bag = dask.bag.from_sequence(jobs, npartitions=min(len(jobs), self._parts()))
        return list(self.client.compute(bag.map(reading.complete, config=config, facts=facts), sync=True))

    def evaluate(
        self,
        groups: list[Group],
        inside: Sequence[ArticleFacts],
        config: Config,
        unreadable: tuple[Unreadable, ...],
    ) -> list[engine.Partial]:
        """The rules over contiguous parts of the groups and the articles, one task a part."""
        parts = self._parts()
        futures = [
            # The unreadable articles go with the first part only: each is one finding.
            self.client.submit(engine.evaluate, g, i, config, unreadable if at == 0 else (), pure=False)
            for at, (g, i) in enumerate(zip(_cut(groups, parts), _cut(list(inside), parts), strict=True))
        ]
        return list(self.client.gather(futures))


def _cut(items: list[T], parts: int) -> list[list[T]]:
    """``items`` in ``parts`` contiguous runs of nearly equal length (some maybe empty)."""
    size, extra = divmod(len(items), parts)
    out, at = [], 0
    for n in range(parts):
        step = size + (1 if n < extra else 0)
        out.append(items[at : at + step])
        at += step
    return out


@contextmanager
def connected(scheduler: str | None) -> Iterator[DaskEngine]:
    """A Dask engine on the scheduler at ``scheduler``, else on a cluster started here for the run."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise ClaimcheckError(MISSING) from None
    try:
        client = Client(scheduler, timeout=30) if scheduler else Client(processes=True)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClaimcheckError(f"--scheduler {scheduler}: cannot connect: {exc}") from None
    try:
        yield DaskEngine(client)
    finally:
        client.close()
