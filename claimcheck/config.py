"""Configuration: built-in defaults shipped in the package, overridden by claimcheck.yaml."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from claimcheck import yamlfile
from claimcheck.errors import ClaimcheckError
from claimcheck.schema import Choice, ListOf, MapOf, Num, SchemaError, Struct, Text, validate

CONFIG_NAME = "claimcheck.yaml"
T = TypeVar("T")
_BUILT: dict[tuple[str, str], Any] = {}

_ENTITY = Struct(
    {"name": str, "type": Choice(("org", "model", "chip", "platform")), "aliases": ListOf(str), "org": str},
    required=("name", "type"),
)
_METRIC = Struct(
    {
        "label": str,
        "unit": Choice(("USD", "USD/Mtok", "points", "count", "tokens", "%")),
        "kind": Choice(("money", "price", "score", "count", "tokens", "percent")),
        "about": ListOf(Choice(("org", "model", "market"))),
        "min": Num(),
        "max": Num(),
        "keywords": ListOf(str),
        "qualifiers": ListOf(str),
        "names": ListOf(str),
        "moving": bool,
        "per_period": bool,
    }
)
# A suppression for a plain-text article, which has no comment syntax (see triage/suppressions.py).
_SUPPRESSION = Struct(
    {"source": str, "rule": str, "line": int, "entity": str, "metric": str, "reason": str},
    required=("source",),
)
USER_SCHEMA = Struct(
    {
        "corpus": ListOf(str),
        "store": str,
        "currency_symbols": MapOf(str),
        "fx": Struct({"date": Text(), "uncertainty": Num(0), "rates": MapOf(Num(0, positive=True))}),
        "entities": ListOf(_ENTITY),
        "families": MapOf(ListOf(str)),
        "variants": MapOf(str),
        "metrics": MapOf(_METRIC),
        "rules": MapOf(object),
        "suppressions": ListOf(_SUPPRESSION),
    }
)


@dataclass(frozen=True)
class Config:
    """Everything the pipeline reads besides the articles; plain, picklable data."""

    root: Path
    path: Path | None
    corpus: tuple[str, ...]
    store: str
    currency_symbols: dict[str, str]
    fx: dict[str, Any]
    entities: dict[str, Any]
    metrics: dict[str, Any]
    rules: dict[str, Any]
    fingerprint: str = field(default="", compare=False)
    suppressions: tuple[dict[str, Any], ...] = ()


@cache
def builtin(name: str) -> Any:
    """A YAML file shipped in ``claimcheck/data`` or ``claimcheck/rules``."""
    package, _, file = name.rpartition("/")
    text = resources.files(f"claimcheck.{package or 'data'}").joinpath(file).read_text(encoding="utf-8")
    return yamlfile.parse(text, name)


def find_config(start: Path) -> Path | None:
    """The nearest claimcheck.yaml in ``start`` or a parent directory."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(
    path: Path | None = None, *, cwd: Path | None = None, fx: dict[str, float] | None = None
) -> Config:
    """Built-in defaults, then ``path`` (or the nearest claimcheck.yaml), then ``fx`` overrides."""
    cwd = cwd or Path.cwd()
    path = path or find_config(cwd)
    user: dict[str, Any] = {}
    if path is not None:
        text, document = yamlfile.read(path, "config")
        try:
            user = validate({} if document is None else document, USER_SCHEMA)
            _check_date(user.get("fx", {}).get("date"))
        except SchemaError as exc:
            raise yamlfile.located(exc, text, yamlfile.shown(path)) from None
    root = path.parent.resolve() if path else project_root(cwd)
    return _merge(user, root=root, path=path, fx_overrides=fx or {})


def _check_date(date: str | None) -> None:
    if date is None or date == "latest":
        return
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise SchemaError(("fx", "date"), f"expected latest or YYYY-MM-DD, got {date!r}") from None


def config_error(config: Config, error: SchemaError) -> ClaimcheckError:
    """An error in options validated after loading (rule options) as ``file:line: key: problem``."""
    if config.path is None:
        return error
    try:
        text = config.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return error
    return yamlfile.located(error, text, yamlfile.shown(config.path))


def project_root(cwd: Path) -> Path:
    """Where paths are relative to with no claimcheck.yaml: the git work tree's root, else ``cwd``."""
    cwd = cwd.resolve()
    return next((folder for folder in (cwd, *cwd.parents) if (folder / ".git").exists()), cwd)


def _merge(user: dict[str, Any], *, root: Path, path: Path | None, fx_overrides: dict[str, float]) -> Config:
    defaults = builtin("defaults.yaml")
    registry = builtin("entities.yaml")
    vocabulary = builtin("metrics.yaml")
    fx_conf = {**defaults["fx"], **user.get("fx", {})}
    fx_conf["rates"] = {**fx_conf.get("rates", {}), **user.get("fx", {}).get("rates", {}), **fx_overrides}
    entities = {
        "entities": registry["entities"] + user.get("entities", []),
        "families": {**registry["families"], **user.get("families", {})},
        "variants": {**registry["variants"], **user.get("variants", {})},
    }
    metrics = {k: dict(v) for k, v in vocabulary["metrics"].items()}
    for metric_id, spec in user.get("metrics", {}).items():
        merged = {**metrics.get(metric_id, {}), **spec}
        merged["keywords"] = metrics.get(metric_id, {}).get("keywords", []) + spec.get("keywords", [])
        metrics[metric_id] = merged
    config = Config(
        root=root,
        path=path,
        corpus=tuple(user.get("corpus", defaults["corpus"])),
        store=user.get("store", defaults["store"]),
        currency_symbols={**defaults["currency_symbols"], **user.get("currency_symbols", {})},
        fx=fx_conf,
        entities=entities,
        metrics={"metrics": metrics, "filler": vocabulary["filler"]},
        rules=user.get("rules", {}),
        suppressions=tuple(user.get("suppressions", [])),
    )
    digest = hashlib.sha1(
        json.dumps(
            [config.currency_symbols, fx_conf, entities, config.metrics, config.rules],
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()
    return Config(**{**config.__dict__, "fingerprint": digest})


def per_config(name: str, config: Config, build: Callable[[Config], T]) -> T:
    """``build(config)``, computed once per process for each distinct config."""
    key = (name, config.fingerprint)
    if key not in _BUILT:
        _BUILT[key] = build(config)
    return _BUILT[key]
