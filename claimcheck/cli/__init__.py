"""The command line: parse options, call the API, pick a reporter, exit.

Exit codes: 0 ran with no finding at or above --fail-on; 1 ran and found some; 2 could not run
as asked (one line on stderr, never a traceback). Each module registers its commands on the one
``app``: ``read`` (extract, check), ``ci`` (diff, baseline), ``workbench`` (explain, claims,
entities, metrics, review, report).
"""

from claimcheck.cli import ci, read, workbench
from claimcheck.cli.common import app, main, run

__all__ = ["app", "ci", "main", "read", "run", "workbench"]
