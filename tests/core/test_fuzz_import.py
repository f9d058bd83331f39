"""Issue 11 "must show": a fuzz run with a fixed budget — mutated statements (byte flips,
cuts, re-encodings, damaged zip and xlsx parts, huge numbers, long lines, card numbers) are
each imported or refused in the result shape, never with an internal error, and a refusal
leaves the database as it was. The long run is bench/fuzz_import.py."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from shopguard.core.workspace import connect, import_file
from tests.fuzzing import check_import, integrity_ok, mutants

FILES = 250  # about a minute on a shared 2-core machine


def test_mutated_statements_are_imported_or_refused_in_the_result_shape(tmp_path: Path) -> None:
    db_path = tmp_path / "fuzz.db"
    db = connect(db_path)
    rng = random.Random(5)
    problems: list[str] = []
    outcomes = {"imported": 0, "refused": 0, "raised": 0}
    for name, data in itertools.islice(mutants(seed=2026), FILES):
        path = tmp_path / name
        path.write_bytes(data)
        status, found = check_import(db, path, import_file, skip_bad_rows=rng.random() < 0.3,
                                     parse_in_worker=rng.random() < 0.02)
        problems.extend(found)
        outcomes[status] += 1
        path.unlink()
    db.close()
    assert problems == []
    assert integrity_ok(db_path)
    # The mutations are strong enough to refuse files and mild enough to let some through.
    assert outcomes["imported"] > 10 and outcomes["refused"] > 50, outcomes
