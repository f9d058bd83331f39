"""The one error every reader raises for a file that cannot be read as a statement at all."""


class UnreadableFile(ValueError):
    """The file cannot be read as a statement at all; the message says why, in plain words."""
