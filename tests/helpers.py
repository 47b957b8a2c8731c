"""Small helpers for extraction tests."""

from __future__ import annotations

from claimcheck.config import Config
from claimcheck.extract import extract_text
from claimcheck.model import Claim


def read(text: str, config: Config) -> list[Claim]:
    return extract_text(text, "t.txt", config)


def facts(text: str, config: Config) -> set[tuple]:
    """(entity, variant, metric, period, value) of every claim, values rounded."""
    return {(c.entity, c.variant, c.metric, c.period, round(c.value, 6)) for c in read(text, config)}


def by_raw(text: str, config: Config) -> dict[str, Claim]:
    """Every claim by the figure as written (an earlier value's ``from`` dropped)."""
    return {c.raw.removeprefix("from "): c for c in read(text, config)}
