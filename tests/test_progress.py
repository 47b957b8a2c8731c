"""The progress bar: on stderr at a terminal only, never in CI or with JSON, and only for long runs."""

from __future__ import annotations

import sys

from claimcheck.cli import progress


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_no_bar_in_ci_with_json_or_off_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.delenv("CI", raising=False)
    assert progress.wanted("table")
    assert not progress.wanted("json")
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted("table")


def test_a_short_run_draws_nothing(capsys):
    with progress.bar(True) as told:
        assert told is not None
        told(1, 10)
    assert capsys.readouterr().err == ""


def test_no_bar_asked_gives_no_callback():
    with progress.bar(False) as told:
        assert told is None
