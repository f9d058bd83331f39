"""Hostile files against `shopguard import --json`: how long each takes to be refused, and how
much memory the process needs (issue 11 items 1-2; target: refused in seconds, under 300 MB).

Run: python bench/bench_hostile.py [CASE ...]    (default: every case in tests/hostile.py)

Each case runs in a fresh subprocess (so peak RSS is its own, parsing worker included) with a
5-minute cap; the output must be JSON in the result shape and the file refused.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import EXHAUSTING_CASES, REFUSED_CASES  # noqa: E402

RUN = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from shopguard.cli import main
t0 = time.perf_counter()
code = main(sys.argv[2:])
sys.stdout.flush()
print("\n@@" + json.dumps({"code": code, "seconds": time.perf_counter() - t0,
      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_case(name: str, build, folder: Path) -> str:  # type: ignore[no-untyped-def]
    made = time.perf_counter()
    path = build(folder)
    built = time.perf_counter() - made
    db = folder / f"{name}.db"
    args = ["--db", str(db), "import", str(path), "--json"]
    if "--create" in _cli_flags():
        args = ["--db", str(db), "--create", "import", str(path), "--json"]
    try:
        run = subprocess.run([sys.executable, "-c", RUN, str(ROOT), *args], capture_output=True,
                             text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return f"{name}: NOT REFUSED within 300 s"
    out, _, tail = run.stdout.rpartition("\n@@")
    if not tail:
        return f"{name}: crashed (exit {run.returncode}): {run.stderr.strip()[-300:]}"
    stats = json.loads(tail)
    try:
        files = json.loads(out)["files"]
        status, message = files[0]["status"], files[0]["message"]
    except (ValueError, KeyError, IndexError):
        status, message = "NO JSON", run.stderr.strip()[-200:]
    size = path.stat().st_size
    return (f"{name}: {status} in {stats['seconds']:.2f} s, peak {stats['peak_mb']:.0f} MB"
            f" (worker {stats['child_mb']:.0f} MB); file {size / 1e6:.1f} MB (built in"
            f" {built:.1f} s), exit {stats['code']}: {message[:150]}")


_FLAGS: list[str] = []


def _cli_flags() -> list[str]:
    if not _FLAGS:
        from shopguard.cli import build_parser

        _FLAGS.extend(a for action in build_parser()._actions for a in action.option_strings)
    return _FLAGS


def main() -> None:
    cases = {**REFUSED_CASES, **EXHAUSTING_CASES}
    chosen = sys.argv[1:] or list(cases)
    print(f"{len(chosen)} hostile files; each refused in a fresh process (limit 300 s)")
    for name in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            print(run_case(name, cases[name], Path(tmp)), flush=True)
    print(f"bench process peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
