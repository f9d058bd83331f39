"""Errors the CLI turns into plain messages and exit codes (never a traceback)."""


class UserError(Exception):
    """Something the user can fix; printed as plain lines, exit 1."""

    exit_code = 1


class UsageError(UserError):
    """The command line itself is wrong; exit 2."""

    exit_code = 2
