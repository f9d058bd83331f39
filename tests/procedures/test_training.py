"""Training mode: a rehearsal changes nothing but its own record."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures import training
from shopguard.core.procedures.facts import CaseError


def _counts(db: Database) -> tuple[int, int]:
    return (db.conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0],
            db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0])


def test_a_completed_rehearsal_is_recorded_per_staff_with_the_date(db: Database) -> None:
    clock.set_now(datetime(2026, 9, 12, 10, 0))
    before = _counts(db)
    r = training.start("void", "smart_pos")
    assert r.facts["card"] == "622848******0118" and r.procedure.variant == "smart_pos"
    with pytest.raises(CaseError, match="not complete"):
        training.record(db, "李娜", r, 1)
    training.record(db, "李娜", r, len(r.procedure.steps))
    clock.set_now(datetime(2026, 9, 14, 10, 0))
    training.record(db, "王芳", training.start("refund", "international", "square"), 5)
    assert _counts(db) == before
    assert training.last_by_staff(db) == {"李娜": {"void": "2026-09-12"},
                                          "王芳": {"refund": "2026-09-14"}}
    hist = training.history(db)
    assert (hist[0]["staff"], hist[0]["terminal_kind"], hist[0]["processor"]) == (
        "王芳", "international", "square")
