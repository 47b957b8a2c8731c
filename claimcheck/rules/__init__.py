"""Rules: each module here that defines ``RULE`` is a rule; there is no list to keep."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Any

from claimcheck.config import Config, builtin, config_error
from claimcheck.rules.base import Rule
from claimcheck.schema import SchemaError, validate


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule shipped in this package, by id."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if isinstance(rule, Rule):
            found[rule.id] = rule
    return found


def enabled(config: Config) -> list[tuple[Rule, dict[str, Any]]]:
    """Rules to run with their options: defaults, then claimcheck.yaml (``disable`` turns one off).

    A bad option is one line naming the config file, the line and the key.
    """
    try:
        return _enabled(config)
    except SchemaError as exc:
        raise config_error(config, exc) from None


def _enabled(config: Config) -> list[tuple[Rule, dict[str, Any]]]:
    defaults = builtin("rules/defaults.yaml") or {}
    rules = all_rules()
    for rule_id in config.rules:
        if rule_id not in rules:
            raise SchemaError(("rules", rule_id), f"unknown rule (known rules: {', '.join(sorted(rules))})")
    out = []
    for rule_id, rule in sorted(rules.items()):
        user = config.rules.get(rule_id, {})
        if user == "disable":
            continue
        if not isinstance(user, dict):
            raise SchemaError(("rules", rule_id), "expected a mapping of options or 'disable'")
        options = _merge(defaults.get(rule_id, {}), user)
        out.append((rule, validate(options, rule.options, ("rules", rule_id))))
    return out


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        merged[key] = (
            _merge(merged[key], value)
            if isinstance(value, dict) and isinstance(merged.get(key), dict)
            else value
        )
    return merged
