"""What one owner-PIN guess costs at the shipped scrypt parameters (and at the candidates),
timed on this machine; the baseline is the old cost (n=2^14, r=8, p=1) measured in the same run.

    python -m bench.bench_pin_cost [--rounds 7]

Also prints what that means for someone guessing offline with a copy of the database, and the
lock-out schedule that applies to guesses through ShopGuard itself.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopguard.core.store import lockout, pin_record

CANDIDATES = {
    "old (v1)": pin_record.LEGACY,
    "n=2^15 r=8 p=1": {"n": 2**15, "r": 8, "p": 1},
    "shipped": pin_record.CURRENT,
    "n=2^16 r=8 p=1": {"n": 2**16, "r": 8, "p": 1},
}


def guess_seconds(params: dict[str, int], rounds: int) -> float:
    salt = os.urandom(16)
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        pin_record.derive(f"{i:06d}", salt, dklen=64, **params)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    measured = {name: guess_seconds(p, args.rounds) for name, p in CANDIDATES.items()}
    base = measured["old (v1)"]
    for name, seconds in measured.items():
        params = CANDIDATES[name]
        mib = 128 * params["n"] * params["r"] / 2**20
        print(f"{name:16s} {seconds * 1000:7.0f} ms a guess  ({seconds / base:4.1f}x the old cost,"
              f" {mib:.0f} MiB)")
    shipped = measured["shipped"]
    for digits in (4, 6, 8):
        days = 10**digits * shipped / 86400
        print(f"offline, one core of this machine: all {digits}-digit PINs in {days:,.1f} days")
    print("through ShopGuard (lock-out): " + ", ".join(
        f"{n} wrong: {d}s" for n, d in lockout.schedule(11)))
    hours = 10**6 / 1  # one guess an hour once locked at the cap
    print(f"  after the cap, one guess an hour: all 6-digit PINs in {hours / 24 / 365:,.0f} years")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
