"""The command line: parse options, call the API, pick a reporter, exit.

Exit codes: 0 ran with no finding at or above --fail-on; 1 ran and found
some; 2 could not run as asked (one line on stderr, never a traceback).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.api import ArticleClaims
    from claimcheck.config import Config
    from claimcheck.readers.load import Batch, ReadOptions

F = TypeVar("F", bound=Callable[..., Any])


def _user_errors(command: F) -> F:
    """A user's mistake is one line on stderr and exit 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimcheckError as exc:
            from claimcheck.report.terminal import printable

            typer.echo(f"claimcheck: error: {printable(str(exc))}", err=True)
            raise typer.Exit(2) from None

    return cast(F, wrapper)


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="A linter for the numbers in journalism: numeric claims across articles, aligned and checked.",
)


class CheckFormat(enum.StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    github = "github"
    sarif = "sarif"
    gitlab = "gitlab"
    junit = "junit"
    markdown = "markdown"


class DiffFormat(enum.StrEnum):
    table = "table"
    json = "json"


class ExtractFormat(enum.StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


class FailOn(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories (walked for .txt, .md, .html, .docx, .pdf, .json, .jsonl, .csv files) "
        "or - for stdin. Default: the corpus in config."
    ),
]
Date = Annotated[
    str | None,
    typer.Option("--date", help="The articles' date (YYYY-MM-DD), overriding what their files and text say."),
]
Fields = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Where a CMS export keeps a field: --field text=body --field date=published_at --field id=slug "
        "(also title, author; dotted names reach into objects).",
    ),
]
Fx = Annotated[
    list[str] | None, typer.Option("--fx", help="Fixed exchange rate, units per US dollar: --fx CNY=7.2")
]
ConfigPath = Annotated[
    Path | None, typer.Option("--config", help="Use this config file instead of the nearest claimcheck.yaml.")
]
Store = Annotated[
    Path | None, typer.Option("--store", help="Claims store folder (default: claims/ in the project).")
]
NoStore = Annotated[
    bool,
    typer.Option("--no-store", help="Neither read nor write the claims store (nor its extraction cache)."),
]
BaselineFile = Annotated[
    Path | None,
    typer.Option(
        "--baseline", help="The baseline of accepted findings (default: baseline.yaml in the store)."
    ),
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Read articles in this many worker processes.")
]


def _rates(pairs: list[str] | None) -> dict[str, float]:
    out = {}
    for pair in pairs or []:
        code, _, rate = pair.partition("=")
        try:
            out[code.strip().upper()] = float(rate)
        except ValueError:
            raise ClaimcheckError(f"--fx {pair}: expected CODE=RATE, as in --fx CNY=7.2") from None
        if out[code.strip().upper()] <= 0:
            raise ClaimcheckError(f"--fx {pair}: a rate must be positive")
    return out


def _config(path: Path | None, fx: list[str] | None) -> Config:
    from claimcheck.config import load_config
    from claimcheck.rules import enabled

    config = load_config(path, fx=_rates(fx))
    enabled(config)  # a bad rule option stops every command, not only the first `check`
    return config


def _options(date: str | None, fields: list[str] | None) -> ReadOptions:
    from claimcheck.readers.load import ReadOptions

    named = {}
    for pair in fields or []:
        key, sep, name = pair.partition("=")
        if not sep or not name.strip():
            raise ClaimcheckError(f"--field {pair}: expected FIELD=NAME, as in --field text=body")
        named[key.strip()] = name.strip()
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise ClaimcheckError(f"--date {date}: expected a date as YYYY-MM-DD") from None
    return ReadOptions(day, named)


def _read(paths: list[str] | None, cfg: Config, date: str | None, fields: list[str] | None) -> Batch:
    """The articles, with every warning about what was passed over on stderr."""
    from claimcheck import api

    batch = api.read(paths or [], cfg, _options(date, fields))
    for warning in batch.warnings:
        typer.echo(f"claimcheck: warning: {warning}", err=True)
    return batch


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """A linter for the numbers in journalism: numeric claims across articles, aligned and checked."""


@app.command()
@_user_errors
def extract(
    paths: Paths = None,
    output: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.table,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = 1,
    date: Date = None,
    field: Fields = None,
) -> None:
    """Read the numeric claims of articles and write them to the claims store."""
    from claimcheck import api
    from claimcheck.report import EXTRACT_FORMATS

    cfg = _config(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    batch = _read(paths, cfg, date, field)
    for item in batch.unreadable:
        typer.echo(f"claimcheck: warning: {item.source}: cannot read this article: {item.reason}", err=True)
    if not batch.articles:
        raise ClaimcheckError("no article could be read")
    results = api.extract_batch(batch, cfg, store_to=folder, jobs=jobs, cached=not no_store)
    EXTRACT_FORMATS[output.value]([c for r in results for c in r.claims], sys.stdout)
    if folder is not None:
        from claimcheck.yamlfile import shown

        typer.echo(f"claims store: {shown(folder)}", err=True)
        for r in results:
            _say_what_reviews_did(r)


def _say_what_reviews_did(found: ArticleClaims) -> None:
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
@_user_errors
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
    jobs: Jobs = 1,
    date: Date = None,
    field: Fields = None,
) -> None:
    """Find the contradictions between articles' numbers (an article that cannot be read is an error)."""
    from claimcheck import api, ci, engine
    from claimcheck.report import CHECK_FORMATS, pick, records

    cfg = _config(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    verdict = ci.verdict(
        paths or [],
        cfg,
        store_from=folder,
        changed_since=changed_since,
        baseline_at=_baseline_at(baseline_file, folder),
        jobs=jobs,
        cached=not no_store,
        options=_options(date, field),
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


@app.command()
@_user_errors
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
    jobs: Jobs = 1,
) -> None:
    """Show the claims an edit added, removed and changed, and the findings it created or resolved.

    `diff REF`: the corpus against git's REF (committed, staged and unstaged edits).

    `diff OLD_FILE NEW_FILE`: two versions of one article, each against the rest of the corpus.

    A reformat or a moved paragraph changes nothing.
    """
    from claimcheck import api, ci
    from claimcheck.report.diff import FORMATS

    cfg = _config(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    options = {"store_from": folder, "jobs": jobs, "cached": not no_store}
    if second is None:
        found = ci.diff_since(first, [], cfg, **options)
    else:
        found = ci.diff_files(first, second, cfg, **options)
    FORMATS[output.value](found, sys.stdout)


@app.command()
@_user_errors
def baseline(
    paths: Paths = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop the entries no finding matches any more (and add none).")
    ] = False,
    baseline_file: BaselineFile = None,
    store: Store = None,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = 1,
) -> None:
    """Write today's findings to the baseline, so that `check` fails only on new ones.

    Entries are keyed by each finding's fingerprint (no line numbers), with a `reason` to fill in.

    Re-running adds new findings and keeps every reason; --prune drops the stale entries.
    """
    from claimcheck import api, ci
    from claimcheck.readers.sources import display
    from claimcheck.store import baseline as accepted

    cfg = _config(config, fx)
    folder = api.store_dir(cfg, store)
    at = baseline_file or accepted.path_in(folder)
    written, added, dropped = ci.update_baseline(
        paths or [], cfg, store_from=folder, at=at, prune=prune, jobs=jobs
    )
    change = f"{dropped} stale dropped" if prune else f"{added} added"
    typer.echo(f"{display(at, cfg.root)}: {len(written.entries)} findings ({change})", err=True)


# The fact-checker's commands (explain, claims, entities, metrics, review, report) live in their own
# module and register on `app` when it is imported.
from claimcheck import cli_workbench  # noqa: E402, F401


def main(argv: list[str] | None = None) -> int:
    """Run the app; bad usage is one line on stderr and exit 2 (typer would draw a box)."""
    try:
        code = app(args=argv, prog_name="claimcheck", standalone_mode=False)
    except typer.Abort:
        print("claimcheck: error: aborted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not hasattr(exc, "format_message"):
            raise
        message = exc.format_message()
        if message.lstrip().startswith("Usage:"):
            print(message)
        else:
            print(f"claimcheck: error: {message}", file=sys.stderr)
        return 2
    return code if isinstance(code, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
