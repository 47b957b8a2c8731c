"""``diff`` and ``baseline``: what an edit changed, and today's findings accepted."""

import enum
import sys
from typing import Annotated

import typer

from claimcheck.cli.common import (
    BaselineFile,
    ConfigPath,
    Fx,
    Jobs,
    NoStore,
    Paths,
    Store,
    app,
    config_for,
    user_errors,
)


class DiffFormat(enum.StrEnum):
    table = "table"
    json = "json"


@app.command()
@user_errors
def diff(
    first: Annotated[
        str, typer.Argument(metavar="REF|OLD_FILE", help="A git ref, or the earlier version of an article.")
    ],
    second: Annotated[
        str | None,
        typer.Argument(metavar="NEW_FILE", help="The later version of the article OLD_FILE was."),
    ] = None,
    output: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """Show the claims an edit added, removed and changed, and the findings it created or resolved.

    `diff REF`: the corpus against git's REF (committed, staged and unstaged edits).

    `diff OLD_FILE NEW_FILE`: two versions of one article, each against the rest of the corpus.

    A reformat or a moved paragraph changes nothing.
    """
    from claimcheck import api, ci
    from claimcheck.report.diff import FORMATS

    cfg = config_for(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    options = {"store_from": folder, "jobs": jobs, "cached": not no_store}
    if second is None:
        found = ci.diff_since(first, [], cfg, **options)
    else:
        found = ci.diff_files(first, second, cfg, **options)
    FORMATS[output.value](found, sys.stdout)


@app.command()
@user_errors
def baseline(
    paths: Paths = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop the entries no finding matches any more (and add none).")
    ] = False,
    baseline_file: BaselineFile = None,
    store: Store = None,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
) -> None:
    """Write today's findings to the baseline, so that `check` fails only on new ones.

    Entries are keyed by each finding's fingerprint (no line numbers), with a `reason` to fill in.

    Re-running adds new findings and keeps every reason; --prune drops the stale entries.
    """
    from claimcheck import api, ci
    from claimcheck.readers.sources import display
    from claimcheck.store import baseline as accepted

    cfg = config_for(config, fx)
    folder = api.store_dir(cfg, store)
    at = baseline_file or accepted.path_in(folder)
    written, added, dropped = ci.update_baseline(
        paths or [], cfg, store_from=folder, at=at, prune=prune, jobs=jobs
    )
    change = f"{dropped} stale dropped" if prune else f"{added} added"
    typer.echo(f"{display(at, cfg.root)}: {len(written.entries)} findings ({change})", err=True)
