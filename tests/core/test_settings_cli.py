from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shopguard.core.store import audit, settings
from shopguard.core.store.settings import SettingError, format_percent, parse_percent_ppm


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db_path), "--create", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_defaults_and_typed_values(db) -> None:  # type: ignore[no-untyped-def]
    assert settings.get(db, "per_txn_limit") == 5_000_000
    settings.set_value(db, "per_txn_limit", "20000.00")
    assert settings.get(db, "per_txn_limit") == 2_000_000
    settings.set_value(db, "business_hours", "8:30 - 22:00")
    assert settings.business_hours(db) == ("08:30", "22:00")
    settings.set_value(db, "staff", "王芳, 李娜，张伟")
    assert settings.get(db, "staff") == ["王芳", "李娜", "张伟"]


@pytest.mark.parametrize(
    ("key", "value"),
    [("per_txn_limit", "lots"), ("per_txn_limit", "-5"), ("business_hours", "9-5pm"),
     ("fee_rate", "60%"), ("duplicate_window_minutes", "0"), ("currency", "XYZ"),
     ("timezone", "Mars/Olympus"), ("nosuchkey", "1")],
)
def test_bad_values_are_refused_with_a_reason(db, key: str, value: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SettingError) as err:
        settings.set_value(db, key, value)
    assert str(err.value)


def test_percent() -> None:
    assert parse_percent_ppm("0.6%") == 6000
    assert parse_percent_ppm("0.38%") == 3800
    assert parse_percent_ppm("0.006") == 6000
    assert format_percent(6000) == "0.6%"


def test_changes_are_audited(db) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(db, "daily_limit", "80000", actor="老板")
    entry = audit.entries(db)[-1]
    assert (entry["actor"], entry["action"], entry["subject"]) == ("老板", "setting.change",
                                                                   "daily_limit")
    assert (entry["before"], entry["after"]) == (10_000_000, 8_000_000)


def test_cli_settings_round_trip(db_path: Path) -> None:
    ok = _cli(db_path, "settings", "set", "per_txn_limit", "50000.00")
    assert ok.returncode == 0, ok.stderr
    shown = json.loads(_cli(db_path, "settings", "--json").stdout)
    assert shown["per_txn_limit"] == "50000.00"
    assert shown["business_hours"] == "09:00-21:00"
    assert shown["fee_rate"] == "0.6%"
    bad = _cli(db_path, "settings", "set", "fee_rate", "abc")
    assert bad.returncode == 1
    assert "fee_rate" in bad.stderr and "Traceback" not in bad.stderr
