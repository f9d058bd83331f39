"""The owner's decisions: match by hand, take a match apart, explain a difference. Audited.

Decisions name payouts and bank lines by their stable keys (see `model`), so they outlive
undoing and re-importing files and every re-run of the automatic match. A decision about a
payout or a line that no longer exists is kept and simply does nothing until it is back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.store import audit


class ReconcileError(ValueError):
    """A reconciliation request cannot be done; the message says why in plain words."""


@dataclass
class Decisions:
    """Everything the owner decided, as read before a match run."""

    matches: dict[str, list[str]] = field(default_factory=dict)   # bank line key -> payout ids
    rejections: set[tuple[str, str]] = field(default_factory=set)  # (payout id, bank line key)
    notes: dict[str, str] = field(default_factory=dict)           # subject -> note


def load_decisions(db: Database) -> Decisions:
    conn = db.conn
    d = Decisions()
    for key, ids in conn.execute("SELECT bank_line_key, payout_ids FROM reconcile_matches"):
        d.matches[key] = list(json.loads(ids))
    d.rejections = {(p, k) for p, k in conn.execute(
        "SELECT payout_id, bank_line_key FROM reconcile_rejections")}
    d.notes = dict(conn.execute("SELECT subject, note FROM reconcile_notes"))
    return d


def _check_keys(payout_ids: Sequence[str], bank_line_key: str) -> list[str]:
    ids = [p for p in dict.fromkeys(payout_ids) if p]
    if not ids:
        raise ReconcileError("name at least one payout to match")
    if not bank_line_key:
        raise ReconcileError("name the bank line to match")
    bad = [p for p in ids if p.count("|") != 3]
    if bad:
        raise ReconcileError(f"not a payout id: {bad[0]!r} (expected acquirer|merchant|currency|date)")
    return ids


def manual_match(db: Database, payout_ids: Sequence[str], bank_line_key: str, *,
                 actor: str = "owner", note: str = "") -> None:
    """Pair the bank line `bank_line_key` with the payouts `payout_ids` (audited).

    The payouts leave any other manual match they were in, and earlier rejections of these
    pairs are dropped. The bank line must exist and be a credit.
    """
    ids = _check_keys(payout_ids, bank_line_key)
    conn = db.conn
    line = conn.execute("SELECT amount_minor FROM bank_lines WHERE natural_key = ?",
                        (bank_line_key,)).fetchone()
    if line is None:
        raise ReconcileError("no such bank line (was its import undone?)")
    if line[0] <= 0:
        raise ReconcileError("only a credit (money in) can pay a payout")
    now = clock.now_iso()
    with db.atomic():
        before = conn.execute("SELECT payout_ids FROM reconcile_matches WHERE bank_line_key = ?",
                              (bank_line_key,)).fetchone()
        for other_key, other_ids in conn.execute(
                "SELECT bank_line_key, payout_ids FROM reconcile_matches"
                " WHERE bank_line_key != ?", (bank_line_key,)).fetchall():
            kept = [p for p in json.loads(other_ids) if p not in ids]
            if not kept:
                conn.execute("DELETE FROM reconcile_matches WHERE bank_line_key = ?", (other_key,))
            elif len(kept) != len(json.loads(other_ids)):
                conn.execute("UPDATE reconcile_matches SET payout_ids = ? WHERE bank_line_key = ?",
                             (json.dumps(kept), other_key))
        conn.execute(
            "INSERT INTO reconcile_matches (bank_line_key, payout_ids, note, actor, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(bank_line_key) DO UPDATE SET"
            " payout_ids = excluded.payout_ids, note = excluded.note, actor = excluded.actor,"
            " created_at = excluded.created_at",
            (bank_line_key, json.dumps(ids), note.strip(), actor, now))
        conn.executemany(
            "DELETE FROM reconcile_rejections WHERE payout_id = ? AND bank_line_key = ?",
            [(p, bank_line_key) for p in ids])
        audit.append(db, actor, "reconcile.match", bank_line_key,
                     None if before is None else {"payout_ids": json.loads(before[0])},
                     {"payout_ids": ids, "note": note.strip()})


def unmatch(db: Database, payout_ids: Sequence[str], bank_line_key: str, *,
            actor: str = "owner") -> None:
    """Take the pairing of `bank_line_key` with `payout_ids` apart (audited).

    A manual match is removed, and each pair is remembered as rejected so that the automatic
    match does not make it again: the payouts then show as missing (or find another credit)
    and the line as an unexplained credit, until matched by hand.
    """
    ids = _check_keys(payout_ids, bank_line_key)
    conn = db.conn
    now = clock.now_iso()
    with db.atomic():
        row = conn.execute("SELECT payout_ids FROM reconcile_matches WHERE bank_line_key = ?",
                           (bank_line_key,)).fetchone()
        if row is not None:
            kept = [p for p in json.loads(row[0]) if p not in ids]
            if kept:
                conn.execute("UPDATE reconcile_matches SET payout_ids = ? WHERE bank_line_key = ?",
                             (json.dumps(kept), bank_line_key))
            else:
                conn.execute("DELETE FROM reconcile_matches WHERE bank_line_key = ?",
                             (bank_line_key,))
        conn.executemany(
            "INSERT OR IGNORE INTO reconcile_rejections (payout_id, bank_line_key, actor,"
            " created_at) VALUES (?, ?, ?, ?)", [(p, bank_line_key, actor, now) for p in ids])
        audit.append(db, actor, "reconcile.unmatch", bank_line_key,
                     {"payout_ids": ids}, None)


def explain(db: Database, subject: str, note: str, *, actor: str = "owner") -> None:
    """Attach the owner's note to a deposit or a credit (`Deposit.subject` / `Credit.subject`).

    An empty note removes the explanation. Audited with the note before and after.
    """
    if not subject.startswith(("payout:", "bank:")) or len(subject) < 8:
        raise ReconcileError(f"{subject!r} is not a deposit or credit to explain"
                             " (expected payout:<id> or bank:<key>)")
    text = note.strip()
    conn = db.conn
    with db.atomic():
        row = conn.execute("SELECT note FROM reconcile_notes WHERE subject = ?",
                           (subject,)).fetchone()
        before = None if row is None else row[0]
        if text:
            conn.execute(
                "INSERT INTO reconcile_notes (subject, note, actor, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(subject) DO UPDATE SET note = excluded.note, actor = excluded.actor,"
                " updated_at = excluded.updated_at", (subject, text, actor, clock.now_iso()))
        else:
            conn.execute("DELETE FROM reconcile_notes WHERE subject = ?", (subject,))
        if before != (text or None):
            audit.append(db, actor, "reconcile.explain", subject, before, text or None)
