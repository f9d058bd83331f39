"""The forward-moving keys that authenticate audit entries (see docs/SECURITY.md).

The owner has a random 32-byte *audit key* (wrapped by the owner PIN, `pin_record`). Each
time the owner's PIN is entered a new *epoch* starts: its first key is
HMAC(audit key, epoch number + random nonce). Every entry written afterwards — by the owner or
by staff — gets HMAC(current key, id + hash) and the key moves on to SHA-256 of itself; only
the current key is kept (`audit_key`). So someone who copies the database file learns the key
for the entries still to come, never one for an entry already written: changing or removing an
older entry breaks an HMAC that only the owner's audit key can recompute.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlite_utils import Database

from shopguard.core import clock


def key_id(master: bytes) -> str:
    """A public name for an owner audit key (says which key an epoch needs; reveals nothing)."""
    return hmac.new(master, b"shopguard audit key id", hashlib.sha256).hexdigest()[:16]


def epoch_key(master: bytes, epoch: int, nonce: str) -> bytes:
    return hmac.new(master, f"shopguard epoch|{epoch}|{nonce}".encode(), hashlib.sha256).digest()


def next_key(key: bytes) -> bytes:
    return hashlib.sha256(b"shopguard next|" + key).digest()


def entry_mac(key: bytes, entry_id: int, entry_hash: str) -> str:
    return hmac.new(key, f"{entry_id}|{entry_hash}".encode(), hashlib.sha256).hexdigest()


def proof(master: bytes, action: str, prev_hash: str) -> str:
    """What only the owner's audit key can write: binds an owner-PIN change to its place."""
    return hmac.new(master, f"shopguard proof|{action}|{prev_hash}".encode(),
                    hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Epoch:
    epoch: int
    key_id: str
    nonce: str
    started_at: str


def has_tables(db: Database) -> bool:
    """False while the security migration has not run yet (opening an older file)."""
    return db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                           " AND name = 'audit_key'").fetchone() is not None


def start_epoch(db: Database, master: bytes) -> int:
    """Begin a new run of keys from the owner's audit key (inside the caller's transaction)."""
    row = db.conn.execute("SELECT COALESCE(MAX(epoch), 0) FROM audit_epochs").fetchone()
    epoch = int(row[0]) + 1
    nonce = secrets.token_hex(16)
    db.conn.execute("INSERT INTO audit_epochs (epoch, key_id, nonce, started_at)"
                    " VALUES (?, ?, ?, ?)", (epoch, key_id(master), nonce, clock.now_iso()))
    db.conn.execute("INSERT INTO audit_key (id, epoch, key) VALUES (1, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET epoch = excluded.epoch, key = excluded.key",
                    (epoch, epoch_key(master, epoch, nonce).hex()))
    return epoch


def stop(db: Database) -> None:
    """Forget the current key (staff mode turned off): later entries carry no HMAC."""
    db.conn.execute("DELETE FROM audit_key")


def stamp(db: Database, entry_id: int, entry_hash: str) -> tuple[int, str] | None:
    """(epoch, HMAC) for a new entry, moving the key on; None when no key is running."""
    row = db.conn.execute("SELECT epoch, key FROM audit_key WHERE id = 1").fetchone()
    if row is None:
        return None
    epoch, key = int(row[0]), bytes.fromhex(row[1])
    db.conn.execute("UPDATE audit_key SET key = ? WHERE id = 1", (next_key(key).hex(),))
    return epoch, entry_mac(key, entry_id, entry_hash)


def current(db: Database) -> tuple[int, bytes] | None:
    row = db.conn.execute("SELECT epoch, key FROM audit_key WHERE id = 1").fetchone()
    return (int(row[0]), bytes.fromhex(row[1])) if row else None


def epochs(db: Database) -> dict[int, Epoch]:
    return {int(r[0]): Epoch(int(r[0]), r[1], r[2], r[3]) for r in db.conn.execute(
        "SELECT epoch, key_id, nonce, started_at FROM audit_epochs ORDER BY epoch")}
