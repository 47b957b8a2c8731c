"""What every command shares: the app, the options, one line on stderr for a user's mistake, main."""

import datetime as dt
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.readers.load import Batch, ReadOptions

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(command: F) -> F:
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
    # Rich help rendering imports rich's markdown, syntax and traceback modules: 100 ms of every
    # `--help`, twice Python's own start-up. Plain help says the same.
    rich_markup_mode=None,
    help="A linter for the numbers in journalism: numeric claims across articles, aligned and checked.",
)


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
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Read articles in this many worker processes (default: every core when there are more "
        "than a few articles to read).",
    ),
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


def config_for(path: Path | None, fx: list[str] | None) -> "Config":
    from claimcheck.config import load_config
    from claimcheck.rules import enabled

    config = load_config(path, fx=_rates(fx))
    enabled(config)  # a bad rule option stops every command, not only the first `check`
    return config


def read_options(date: str | None, fields: list[str] | None) -> "ReadOptions":
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


def read_batch(paths: list[str] | None, cfg: "Config", date: str | None, fields: list[str] | None) -> "Batch":
    """The articles, with every warning about what was passed over on stderr."""
    from claimcheck import api

    batch = api.read(paths or [], cfg, read_options(date, fields))
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
