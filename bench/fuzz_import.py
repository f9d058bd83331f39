"""The long fuzz run (issue 11): mutated statements imported one by one; prints the files
tried, how they ended and every failure (there must be none).

Run: python bench/fuzz_import.py [FILES] [SEED]     (default 3,000 files, seed 11)

Each file is imported into one growing database in-process (every 25th through the parsing
worker); every 50th batch of files also goes through the CLI (`import A B C --json`) to check
that the JSON is printed with one result per file. A failure is: an exception, a refusal
without the result shape or with the importer's "internal error", a refused file that changed
the database, a full card number in a result, or a damaged database at the end.
"""

from __future__ import annotations

import collections
import contextlib
import io
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shopguard.cli import main as cli  # noqa: E402
from shopguard.core.workspace import connect, import_file  # noqa: E402
from tests.fuzzing import check_import, integrity_ok, mutants  # noqa: E402


def _cli_batch(db_path: Path, paths: list[Path]) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli(["--db", str(db_path), "import", *map(str, paths), "--json"])
    try:
        files = json.loads(out.getvalue())["files"]
    except (ValueError, KeyError) as exc:
        return [f"CLI batch: no JSON ({exc}): {out.getvalue()[:200]}"]
    problems = []
    if len(files) != len(paths):
        problems.append(f"CLI batch: {len(files)} results for {len(paths)} files")
    if code not in (0, 1):
        problems.append(f"CLI batch: exit {code}")
    return problems


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    rng = random.Random(seed)
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "fuzz.db"
        db = connect(db_path)
        batch: list[Path] = []
        for n, (name, data) in enumerate(itertools.islice(mutants(seed), total), start=1):
            path = folder / name
            path.write_bytes(data)
            status, problems = check_import(db, path, import_file,
                                            skip_bad_rows=rng.random() < 0.3,
                                            parse_in_worker=(n % 25 == 0))
            outcomes[status] += 1
            failures.extend(problems)
            batch.append(path)
            if n % 50 == 0:
                db.close()
                failures.extend(_cli_batch(db_path, batch[-5:]))
                db = connect(db_path)
                for old in batch:
                    old.unlink(missing_ok=True)
                batch.clear()
                print(f"{n:,} files: {dict(outcomes)}; failures {len(failures)};"
                      f" {time.perf_counter() - started:.0f} s", flush=True)
        db.close()
        intact = integrity_ok(db_path)
    print(f"files tried: {sum(outcomes.values()):,}; imported {outcomes['imported']:,},"
          f" refused {outcomes['refused']:,}, raised {outcomes['raised']:,};"
          f" failures: {len(failures)}; database integrity {'ok' if intact else 'DAMAGED'};"
          f" {time.perf_counter() - started:.0f} s")
    for failure in failures[:50]:
        print("  FAILURE", failure)
    sys.exit(1 if failures or not intact else 0)


if __name__ == "__main__":
    main()
