"""Tables for the owner PIN lock-out and the authenticated audit trail (set `shopguard.security`).

See docs/SECURITY.md for the design: every audit entry carries an HMAC with a key that moves
forward after each entry (`audit_key` holds only the current one); each run of keys (an
"epoch") starts from the owner's audit key, which only the owner PIN unwraps.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopguard.security")


@migrations()
def m001_audit_keys_and_pin_lockout(db: Database) -> None:
    # NULL epoch/mac: written before any owner PIN (or after staff mode was turned off).
    db.execute("ALTER TABLE audit_log ADD COLUMN epoch INTEGER")
    db.execute("ALTER TABLE audit_log ADD COLUMN mac TEXT")
    db.execute(
        """
        CREATE TABLE audit_epochs (
            epoch INTEGER PRIMARY KEY,
            key_id TEXT NOT NULL,
            nonce TEXT NOT NULL,
            started_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE audit_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            epoch INTEGER NOT NULL,
            key TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE owner_pin_lockout (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            failures INTEGER NOT NULL,
            last_failure REAL NOT NULL,
            locked_until REAL NOT NULL
        )"""
    )
    # Records of owner PINs the owner removed (turning staff mode off), so that the entries
    # written under them can still be checked with that PIN later.
    db.execute(
        """
        CREATE TABLE owner_pin_history (
            key_id TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            retired_at TEXT NOT NULL
        )"""
    )
