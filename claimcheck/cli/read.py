"""``extract`` and ``check``: read articles into claims, and find what contradicts what."""

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimcheck.cli.common import (
    BaselineFile,
    ConfigPath,
    Date,
    Fields,
    Fx,
    Jobs,
    NoStore,
    Paths,
    Store,
    app,
    config_for,
    read_batch,
    read_options,
    user_errors,
)
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.api import ArticleClaims


class CheckFormat(enum.StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    github = "github"
    sarif = "sarif"
    gitlab = "gitlab"
    junit = "junit"
    markdown = "markdown"


class ExtractFormat(enum.StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


class EngineName(enum.StrEnum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    EngineName,
    typer.Option(
        "--engine",
        help="Where extraction and the rules run: local (worker processes here) or dask (a Dask "
        "cluster: pip install 'claimcheck[dask]').",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: the scheduler to run on (tcp://host:8786); default: a cluster "
        "started on this machine for the run.",
    ),
]


class FailOn(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


@app.command()
@user_errors
def extract(
    paths: Paths = None,
    output: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
    date: Date = None,
    field: Fields = None,
    coverage: Annotated[
        bool,
        typer.Option("--coverage", help="List every number that became no claim, with its place and reason."),
    ] = False,
) -> None:
    """Read the numeric claims of articles and write them to the claims store."""
    from claimcheck import api
    from claimcheck.report import EXTRACT_FORMATS
    from claimcheck.report.records import Extraction

    cfg = config_for(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    batch = read_batch(paths, cfg, date, field)
    for item in batch.unreadable:
        typer.echo(f"claimcheck: warning: {item.source}: cannot read this article: {item.reason}", err=True)
    if not batch.articles:
        raise ClaimcheckError("no article could be read")
    results = api.extract_batch(batch, cfg, store_to=folder, jobs=jobs, cached=not no_store)
    reading = {r.article.source: r.coverage for r in results if r.coverage is not None}
    found = Extraction([c for r in results for c in r.claims], reading, coverage)
    EXTRACT_FORMATS[output.value](found, sys.stdout)
    if folder is not None:
        from claimcheck.yamlfile import shown

        typer.echo(f"claims store: {shown(folder)}", err=True)
        for r in results:
            _say_what_reviews_did(r)


def _say_what_reviews_did(found: "ArticleClaims") -> None:
    """Reviews that followed a reworded sentence, and reviews that no longer match any claim (kept)."""
    for old, new in found.moved:
        typer.echo(f"{found.article.source}: review of {old} moved to {new} (same meaning)", err=True)
    for entry in found.orphaned:
        typer.echo(
            f"{found.article.source}: review of {entry.get('id')} ({entry.get('status')}) no longer matches "
            "any claim; kept under `orphaned:` (see `claimcheck review --list`)",
            err=True,
        )


@app.command()
@user_errors
def check(
    paths: Paths = None,
    output: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format. auto: github under GitHub Actions, else table (--output: by its suffix).",
        ),
    ] = CheckFormat.auto,
    output_file: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file; the terminal gets the table."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on a new finding this severe or more.")
    ] = FailOn.error,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Report findings about articles changed since this git ref; fail only on ones new since it.",
        ),
    ] = None,
    baseline_file: BaselineFile = None,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = None,
    date: Date = None,
    field: Fields = None,
    engine_name: EngineOption = EngineName.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Find the contradictions between articles' numbers (an article that cannot be read is an error)."""
    from claimcheck import api, ci, engine, engines
    from claimcheck.cli import progress
    from claimcheck.report import CHECK_FORMATS, pick, records

    cfg = config_for(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    with (
        engines.opened(engine_name.value, scheduler) as runner,
        progress.bar(progress.wanted(output.value)) as told,
    ):
        verdict = ci.verdict(
            paths or [],
            cfg,
            store_from=folder,
            changed_since=changed_since,
            baseline_at=_baseline_at(baseline_file, folder),
            jobs=jobs,
            cached=not no_store,
            options=read_options(date, field),
            progress=told,
            runner=runner,
        )
    for warning in verdict.warnings:
        typer.echo(f"claimcheck: warning: {warning}", err=True)
    report = records.build(verdict, cfg)
    chosen = pick(output.value, output_file)
    if output_file is not None:
        _write(output_file, lambda out: CHECK_FORMATS[chosen](report, out))
        chosen = "table"
    CHECK_FORMATS[chosen](report, sys.stdout)
    raise typer.Exit(engine.exit_code(verdict.result.findings, fail_on.value, verdict.accepted))


def _baseline_at(given: Path | None, folder: Path | None) -> Path | None:
    """The baseline to read: the one named (which must exist), else the store's when there is one."""
    from claimcheck.store import baseline

    if given is not None:
        if not given.is_file():
            raise ClaimcheckError(f"--baseline {given}: no such file (write one with `claimcheck baseline`)")
        return given
    default = baseline.path_in(folder) if folder is not None else None
    return default if default is not None and default.is_file() else None


def _write(path: Path, render: Callable[[Any], None]) -> None:
    """Render to a file, replaced whole; an unwritable path is a user error."""
    import io

    buffer = io.StringIO()
    render(buffer)
    try:
        path.write_text(buffer.getvalue(), encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"--output {path}: cannot write: {exc.strerror}") from None
