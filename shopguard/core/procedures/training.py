"""Training mode: rehearse a procedure on a demo transaction; nothing in the shop's data
changes. A completed rehearsal is recorded per staff member with the date, so the owner sees
who has practised what and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures.data import PATHS, Procedure, resolve
from shopguard.core.procedures.facts import CaseError
from shopguard.core.store import audit


@dataclass(frozen=True)
class Rehearsal:
    procedure: Procedure
    facts: dict[str, str]  # the demo transaction, as step placeholders


def demo_facts(currency: str = "CNY") -> dict[str, str]:
    """A made-up charge (never a real card: the masked number is a test BIN)."""
    when = clock.now() - timedelta(minutes=20)
    symbol = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}.get(currency, "")
    return {"amount": f"{symbol}58.00", "date": when.strftime("%Y-%m-%d"),
            "time": when.strftime("%H:%M"), "terminal_id": "DEMO0001",
            "merchant_id": "DEMO00000000001", "voucher_no": "000123", "reference_no":
            "DEMO12345678", "batch_no": "000001", "auth_code": "A1B2C3",
            "card": "622848******0118", "deadline": (when + timedelta(hours=2)).strftime(
                "%Y-%m-%d %H:%M")}


def start(path: str, kind: str, processor: str = "") -> Rehearsal:
    if path not in PATHS:
        raise CaseError(f"unknown procedure {path!r}; choose one of {', '.join(PATHS)}")
    return Rehearsal(resolve(path, kind, processor), demo_facts())


def record(db: Database, staff: str, rehearsal: Rehearsal, steps_done: int) -> int:
    """Record a completed rehearsal (all steps ticked) for `staff`."""
    total = len(rehearsal.procedure.steps)
    if not staff.strip():
        raise CaseError("say who rehearsed")
    if steps_done < total:
        raise CaseError(f"the rehearsal is not complete ({steps_done} of {total} steps)")
    proc = rehearsal.procedure
    kind, _, processor = proc.variant.partition(".")
    with db.atomic():
        cur = db.conn.execute(
            "INSERT INTO rehearsals (staff, path, terminal_kind, processor, steps_done,"
            " completed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (staff.strip(), proc.path, kind, processor, steps_done, clock.now_iso()))
        audit.append(db, staff.strip(), "training.rehearsal", proc.path, None,
                     {"variant": proc.variant, "steps": steps_done})
    return int(cur.lastrowid or 0)


def history(db: Database) -> list[dict[str, Any]]:
    """Every recorded rehearsal, newest first."""
    cols = ("id", "staff", "path", "terminal_kind", "processor", "steps_done", "completed_at")
    return [dict(zip(cols, r, strict=True)) for r in db.conn.execute(
        f"SELECT {', '.join(cols)} FROM rehearsals ORDER BY completed_at DESC, id DESC")]


def last_by_staff(db: Database) -> dict[str, dict[str, str]]:
    """staff → path → date of the latest completed rehearsal (the owner's overview)."""
    out: dict[str, dict[str, str]] = {}
    for staff, path, at in db.conn.execute(
            "SELECT staff, path, MAX(completed_at) FROM rehearsals GROUP BY staff, path"):
        out.setdefault(staff, {})[path] = at[:10]
    return out
