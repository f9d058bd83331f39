"""A handful of SIGKILLs at random points of imports, undos, scans, backups and restores; the
database must come back whole every time (bench/bench_kill.py runs many more)."""

from __future__ import annotations

import os
import random

from tests.conftest import DATA
from tests.security import kill_harness


def test_killed_writes_leave_the_database_whole(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    seed = int(os.environ.get("SHOPGUARD_KILL_SEED", random.randrange(1 << 30)))
    bench = kill_harness.prepare(tmp_path_factory.mktemp("kill"), 8_000, DATA / "sumup.csv")
    outcomes = kill_harness.run(bench, kills=6, seed=seed)
    failures = [f"{o.operation} killed after {o.delay:.2f}s: {p}"
                for o in outcomes for p in o.problems]
    assert not failures, f"seed {seed}: " + "; ".join(failures)
    # At least some kills must land mid-operation, or this test could not fail.
    assert sum(o.killed for o in outcomes) >= 3, (seed, [(o.operation, o.delay) for o in outcomes])
