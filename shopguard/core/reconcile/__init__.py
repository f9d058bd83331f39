"""Monthly reconciliation: statement vs. bank deposits, fees vs. the agreed rate (to come)."""

__all__: list[str] = []
