"""claimcheck: a linter for the numbers in journalism."""

__version__ = "0.1.0"
