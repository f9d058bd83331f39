"""Staff mode: deleting data and dismissing alerts need the owner PIN (CLI and core)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from shopguard.core.detection import alerts
from shopguard.core.detection.scan import scan
from shopguard.core.importing import importer
from shopguard.core.store import access, audit
from tests.formats.contract import DATA


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db_path), "--create", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_undo_import_needs_the_owner_in_staff_mode(db) -> None:  # type: ignore[no-untyped-def]
    result = importer.import_file(db, DATA / "allinpay.csv")
    access.set_owner_pin(db, "246813")
    with pytest.raises(access.OwnerRequired):
        importer.undo_import(db, result.import_id or 0, actor="李娜")
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == result.imported
    assert audit.entries(db)[-1]["action"] == "access.denied"
    assert importer.undo_import(db, result.import_id or 0, pin="246813") == result.imported


def test_dismiss_needs_the_owner_but_confirm_does_not(db) -> None:  # type: ignore[no-untyped-def]
    importer.import_file(db, DATA / "allinpay.csv")
    scan(db)
    first, second = [a.id for a in alerts.list_alerts(db, status="open")][:2]
    access.set_owner_pin(db, "246813")
    with pytest.raises(access.OwnerRequired):
        alerts.review(db, first, "dismiss", "two separate purchases", actor="李娜")
    assert alerts.get_alert(db, first).status == "open"
    assert alerts.review(db, second, "confirm", "customer called", actor="李娜").status == "confirmed"
    assert alerts.review(db, first, "dismiss", "two separate purchases",
                         pin="246813").status == "dismissed"


def test_cli_refuses_without_the_pin(db_path: Path) -> None:
    assert _cli(db_path, "import", str(DATA / "allinpay.csv")).returncode == 0
    assert _cli(db_path, "owner-pin", "set", "246813").returncode == 0
    refused = _cli(db_path, "undo-import", "1")
    assert refused.returncode == 1
    assert "owner" in refused.stderr and "Traceback" not in refused.stderr
    ok = _cli(db_path, "undo-import", "1", "--pin", "246813")
    assert ok.returncode == 0, ok.stderr
