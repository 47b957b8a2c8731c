"""One writer at a time: the store's lock, held while ``extract`` reads and rewrites the store.

Two ``claimcheck extract`` runs on one store are serialised: the second says on
stderr that it waits, and gives up with one clear line if the first holds the
store longer than ``WAIT`` seconds. Holding the lock, a run also clears the
temporary files a killed run may have left (the store files themselves are
always whole: see ``files.write_atomic``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.yamlfile import shown

LOCK_NAME = ".claimcheck.lock"
TEMPORARY = ".*.yaml.*.tmp"
# Long enough for another run over a large archive to finish, short enough that a stuck one
# fails a CI job with a reason rather than at the job's own time limit.
WAIT = 900.0


@contextmanager
def locked(store: Path, wait: float = WAIT) -> Iterator[None]:
    """Hold the store's lock for the block; wait for another holder up to ``wait`` seconds."""
    from filelock import FileLock, Timeout

    try:
        store.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClaimcheckError(f"{shown(store)}: cannot create the claims store: {exc.strerror}") from None
    path = store / LOCK_NAME
    lock = FileLock(path)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            print(
                f"claimcheck: waiting for another claimcheck extract to finish with {shown(store)} "
                f"(lock {shown(path)})",
                file=sys.stderr,
                flush=True,
            )
            lock.acquire(timeout=wait)
    except Timeout:
        raise ClaimcheckError(
            f"{shown(store)}: another claimcheck extract has held the store for {wait:g} s "
            f"(lock {shown(path)}); run again when it has finished"
        ) from None
    except OSError as exc:
        raise ClaimcheckError(f"{shown(path)}: cannot lock the claims store: {exc.strerror}") from None
    try:
        clear_temporaries(store)
        yield
    finally:
        lock.release()


def clear_temporaries(store: Path) -> None:
    """Remove what killed runs left half-written: never a store file, only its temporary twin."""
    for leftover in store.rglob(TEMPORARY):
        leftover.unlink(missing_ok=True)
