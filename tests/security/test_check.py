"""Item 12: `shopguard check` finds each kind of damage, says it plainly, exits 1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core import workspace
from shopguard.core.detection import run_scan
from shopguard.core.store import check
from tests.conftest import DATA

PAN = "6228480402564890018"  # Luhn-valid UnionPay test number


@pytest.fixture
def shop(db_path: Path) -> Path:
    db = workspace.connect(db_path)
    for name in ("allinpay.csv", "stripe.csv"):
        workspace.import_file(db, DATA / name)
    run_scan(db)
    db.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db_path), "check", *args])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out


def tamper(db_path: Path, *sql: str) -> None:
    con = sqlite3.connect(str(db_path), isolation_level=None)
    for statement in sql:
        con.execute(statement)
    con.close()


def test_a_healthy_database_passes(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, shop)
    assert code == 0 and out.rstrip().endswith("Everything is in order.")
    code, out = run(capsys, shop, "--json")
    data = json.loads(out)
    assert data["ok"] and {c["name"] for c in data["checks"]} == {
        "integrity", "audit", "money", "cards", "files"}


def test_a_card_number_in_any_text_column_is_found(shop: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    tamper(shop,
           f"UPDATE transactions SET description = 'card {PAN} paid' WHERE id = 7",
           f"UPDATE imports SET file_name = 'stmt_{PAN}.csv' WHERE id = 1",
           f"UPDATE alerts SET explanation_en = 'see {PAN[:4]} {PAN[4:8]} {PAN[8:12]} "
           f"{PAN[12:16]} {PAN[16:]}' WHERE id = (SELECT MIN(id) FROM alerts)",
           f"INSERT INTO settings (key, value) VALUES ('note', '\"%B{PAN}^DOE/J^\"')")
    code, out = run(capsys, shop)
    assert code == 1
    assert "transactions.description: 1 full card number(s) stored unmasked (rows 7)" in out
    assert "imports.file_name: 1 full card number(s)" in out
    assert "alerts.explanation_en: 1 full card number(s)" in out
    assert "settings.value: 1 full card number(s) stored unmasked" in out
    assert PAN not in out  # the report itself never shows one


def test_money_invariants(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(shop,
           "UPDATE transactions SET amount_minor = -500 WHERE id = 3",
           "UPDATE transactions SET net_minor = 900 WHERE id = (SELECT MIN(id) FROM transactions"
           " WHERE type = 'refund')",
           "UPDATE transactions SET currency = 'XYZ' WHERE id = 4",
           "UPDATE transactions SET net_minor = amount_minor * 3 WHERE id = 5")
    code, out = run(capsys, shop, "--json")
    assert code == 1
    money = next(c for c in json.loads(out)["checks"] if c["name"] == "money")
    assert {p["code"] for p in money["problems"]} == {
        "money.negative_amount", "money.refund_positive", "money.unknown_currency",
        "money.net_exceeds"}
    code, out = run(capsys, shop)
    assert "a negative amount" in out and "unknown currency 'XYZ'" in out


def test_a_partial_import_and_a_dangling_row(shop: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    tamper(shop, "DELETE FROM transactions WHERE id IN (10, 11)",
           "INSERT INTO import_errors (import_id, line, message) VALUES (99, 1, 'x')")
    code, out = run(capsys, shop)
    assert code == 1
    assert "import 1 (allinpay.csv) recorded 1401 rows but 1399 are stored" in out
    assert "import_errors row" in out and "points to a missing imports row" in out


def test_audit_problems_are_part_of_the_check(shop: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    tamper(shop, "UPDATE audit_log SET actor = 'nobody' WHERE id = 1")
    code, out = run(capsys, shop)
    assert code == 1 and "Audit log: 1 problem(s)" in out
    assert "entry 1 was edited after it was written" in out


def test_a_damaged_file(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(str(shop))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name ="
                       " 'idx_transactions_occurred'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(shop.read_bytes())
    raw[(root - 1) * page: (root - 1) * page + 12] = b"\x07" * 12  # an index's page header
    shop.write_bytes(bytes(raw))
    code, out = run(capsys, shop)
    assert code == 1 and "the file is damaged" in out
    assert "Database file: 1 problem(s)" in out


def test_chinese_report(shop: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPGUARD_LANG", "zh_CN")
    tamper(shop, "UPDATE transactions SET amount_minor = -1 WHERE id = 3")
    code, out = run(capsys, shop)
    assert code == 1 and "金额与导入：1 个问题" in out
    assert "笔交易金额为负数" in out and "发现 1 个问题。" in out


def test_holds_card_number_is_the_import_check() -> None:
    assert check.holds_card_number(f"x {PAN} y")
    assert not check.holds_card_number("622848******0018")
    assert not check.holds_card_number("2026-09-01T12:00:00")
    # A hash that happens to hold a Luhn-valid digit run is not a card number.
    digest = "ab" + "4111111111111111" + "cd" * 23
    assert check.holds_card_number("4111111111111111")
    assert not check.holds_card_number(digest)
    assert not check.holds_card_number('{"hash": "' + digest + '"}')
