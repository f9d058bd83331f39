"""Security tests: a cheap scrypt cost (the real one is checked where it matters) and a
wall clock the tests move by hand (the PIN lock-out never reads `--now`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from shopguard.core.store import lockout, pin_record

SHIPPED_COST = dict(pin_record.CURRENT)


class WallClock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pin_record, "CURRENT", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> Iterator[WallClock]:
    clock = WallClock()
    monkeypatch.setattr(lockout, "wall_clock", clock)
    yield clock
