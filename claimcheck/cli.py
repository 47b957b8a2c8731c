"""The command line: parse options, call the API, pick a reporter, exit.

Exit codes: 0 ran with no finding at or above --fail-on; 1 ran and found
some; 2 could not run as asked (one line on stderr, never a traceback).
"""

from __future__ import annotations

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

F = TypeVar("F", bound=Callable[..., Any])


def _user_errors(command: F) -> F:
    """A user's mistake is one line on stderr and exit 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimcheckError as exc:
            typer.echo(f"claimcheck: error: {exc}", err=True)
            raise typer.Exit(2) from None

    return cast(F, wrapper)


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="A linter for the numbers in journalism: numeric claims across articles, aligned and checked.",
)


class CheckFormat(enum.StrEnum):
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
        help="Files, directories (their .txt and .md files) or - for stdin. Default: the corpus in config."
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
NoStore = Annotated[bool, typer.Option("--no-store", help="Neither read nor write the claims store.")]
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

    return load_config(path, fx=_rates(fx))


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
) -> None:
    """Read the numeric claims of articles and write them to the claims store."""
    from claimcheck import api
    from claimcheck.report import EXTRACT_FORMATS

    cfg = _config(config, fx)
    folder = None if no_store else api.store_dir(cfg, store)
    results = api.extract(paths or [], cfg, store_to=folder, jobs=jobs)
    EXTRACT_FORMATS[output.value]([c for r in results for c in r.claims], sys.stdout)
    if folder is not None:
        typer.echo(f"claims store: {folder}", err=True)
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
    output: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.table,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on a finding this severe or more.")
    ] = FailOn.error,
    store: Store = None,
    no_store: NoStore = False,
    fx: Fx = None,
    config: ConfigPath = None,
    jobs: Jobs = 1,
) -> None:
    """Find the contradictions between articles' numbers."""
    from claimcheck import api, engine
    from claimcheck.report import CHECK_FORMATS

    cfg = _config(config, fx)
    result = api.check(
        paths or [], cfg, store_from=None if no_store else api.store_dir(cfg, store), jobs=jobs
    )
    CHECK_FORMATS[output.value](result, sys.stdout)
    raise typer.Exit(engine.exit_code(result.findings, fail_on.value))


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
