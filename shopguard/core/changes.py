"""What a write changed, so that GUI screens refresh only what they show (Anki's OpChanges)."""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    TRANSACTIONS = auto()
    IMPORTS = auto()
    SETTINGS = auto()
    ALERTS = auto()
    CASES = auto()
    AUDIT = auto()
    RECONCILE = auto()  # manual matches and explanations (bank lines come with IMPORTS)
    ALL = TRANSACTIONS | IMPORTS | SETTINGS | ALERTS | CASES | AUDIT | RECONCILE
