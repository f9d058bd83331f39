"""Wrong owner PINs lock PIN entry out for a growing time, remembered in the database.

Two wrong PINs in a row are free (typing slips); the third locks entry for 30 seconds, and
each further one doubles the wait, up to an hour: at most one guess an hour after ten wrong
ones. A right PIN clears the count. The time is the computer's wall clock, never `--now`
(which anyone can pass on the command line); a clock turned back keeps the lock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlite_utils import Database

FREE_TRIES = 2
FIRST_DELAY = 30
MAX_DELAY = 3600

wall_clock = time.time  # tests replace this; never the `--now` clock


def delay_after(failures: int) -> int:
    """Seconds PIN entry stays locked after `failures` wrong PINs in a row."""
    if failures <= FREE_TRIES:
        return 0
    return int(min(FIRST_DELAY * 2 ** (failures - FREE_TRIES - 1), MAX_DELAY))


def schedule(upto: int = 12) -> list[tuple[int, int]]:
    """(wrong PINs in a row, seconds locked) — for docs and the report."""
    return [(n, delay_after(n)) for n in range(1, upto + 1)]


@dataclass(frozen=True)
class Lockout:
    failures: int
    seconds_left: int
    until: float  # wall-clock time (epoch seconds)


def _row(db: Database) -> tuple[int, float, float]:
    row = db.conn.execute("SELECT failures, last_failure, locked_until FROM owner_pin_lockout"
                          " WHERE id = 1").fetchone()
    return (int(row[0]), float(row[1]), float(row[2])) if row else (0, 0.0, 0.0)


def failures(db: Database) -> int:
    return _row(db)[0]


def current(db: Database) -> Lockout | None:
    """The lock in force now, if any."""
    count, last, until = _row(db)
    now = wall_clock()
    if until <= 0 or count <= FREE_TRIES:
        return None
    if now < last:  # the clock was turned back: the lock runs again from now
        until = now + delay_after(count)
    if now >= until:
        return None
    return Lockout(count, max(1, int(until - now + 0.999)), until)


def record_failure(db: Database) -> Lockout | None:
    """Count one wrong PIN (inside the caller's transaction); the lock it starts, if any."""
    count = _row(db)[0] + 1
    now = wall_clock()
    delay = delay_after(count)
    db.conn.execute(
        "INSERT INTO owner_pin_lockout (id, failures, last_failure, locked_until)"
        " VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,"
        " last_failure = excluded.last_failure, locked_until = excluded.locked_until",
        (count, now, now + delay if delay else 0.0))
    return Lockout(count, delay, now + delay) if delay else None


def clear(db: Database) -> None:
    db.conn.execute("DELETE FROM owner_pin_lockout")
