"""The one exception type for problems a user can cause (exit code 2)."""


class ClaimcheckError(Exception):
    """Bad usage, unreadable or invalid input, or bad configuration.

    The CLI prints the message as one line on stderr and exits with 2; any
    other exception is a bug.
    """
