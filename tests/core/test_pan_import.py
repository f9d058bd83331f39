"""Issue 11 item 7 end to end: card numbers in uncommon forms, planted in every cell of a
statement and in its file name, reach no table, no audit entry and no JSON unmasked."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core.workspace import connect
from tests.formats.contract import DATA

PANS = ["4111111111111111", "378282246310005", "6228480402564890018", "5555555555554444",
        "3530111333300000"]
FORMS = [
    lambda p: p.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    lambda p: ".".join(p[i:i + 4] for i in range(0, len(p), 4)),
    lambda p: "/".join(p[i:i + 4] for i in range(0, len(p), 4)),
    lambda p: "\u00a0".join(p[i:i + 4] for i in range(0, len(p), 4)),
    lambda p: "  ".join(p[i:i + 4] for i in range(0, len(p), 4)),
    lambda p: f"{p[:4]} {p[4:10]} {p[10:]}",  # Amex 4-6-5
    lambda p: f"备注 {p[:4]}-{p[4:8]}-{p[8:12]}-{p[12:]} 付",
]
TEXT_COLUMNS = ("merchant_id", "terminal_id", "card", "card_brand", "card_type", "reference_no",
                "voucher_no", "batch_no", "auth_code", "original_reference_no", "operator",
                "order_no", "description")


def _leaks(text: str | None) -> list[str]:
    digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text or ""))
    return [p for p in PANS if p in digits]


def _planted_statement(folder: Path) -> Path:
    """The Allinpay sample: rows 2-21 carry a card number form in every cell but the date,
    time, type and amounts; rows 22-26 in every cell at all (bad rows, kept verbatim)."""
    lines = (DATA / "allinpay.csv").read_bytes().decode("gbk").splitlines()
    keep = {3, 4, 12, 13, 14, 19, 20, 28}  # 交易时间 交易类型 金额 手续费 交易日期 原始/结算/实付金额
    n = 0
    for row in range(1, 26):
        cells = lines[row].split(",")
        for i in range(len(cells)):
            if row <= 20 and i in keep:
                continue
            cells[i] = FORMS[n % len(FORMS)](PANS[n % len(PANS)])
            n += 1
        lines[row] = ",".join(cells)
    path = folder / f"statement 4111 1111 1111 1111 {PANS[2]}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return path


def test_planted_card_numbers_are_masked_everywhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _planted_statement(tmp_path)
    db_path = tmp_path / "shop.db"
    code = main(["--db", str(db_path), "--create", "import", str(path), "--skip-bad-rows",
                 "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert _leaks(captured.out) == [] and _leaks(captured.err) == []
    result = json.loads(captured.out)["files"][0]
    assert result["status"] == "imported" and result["skipped_bad_rows"] == 5
    assert result["masked_pans"] >= 20 * 26
    assert "411111******1111" in result["path"] and "622848*********0018" in result["message"]

    db = connect(db_path)
    for column in TEXT_COLUMNS:
        for (value,) in db.conn.execute(f"SELECT {column} FROM transactions"):
            assert _leaks(value) == [], (column, value)
    for row in db.conn.execute("SELECT file_name, file_path FROM imports"):
        assert all(_leaks(v) == [] for v in row), row
    for row in db.conn.execute("SELECT subject, before, after FROM audit_log"):
        assert all(_leaks(v) == [] for v in row), row
    for row in db.conn.execute("SELECT value, raw FROM import_errors"):
        assert all(_leaks(v) == [] for v in row), row
    assert db.conn.execute("SELECT count(*) FROM import_errors").fetchone()[0] == 5
    db.close()

    assert main(["--db", str(db_path), "imports", "--json"]) == 0
    assert main(["--db", str(db_path), "transactions", "--csv"]) == 0
    assert main(["--db", str(db_path), "audit", "--json"]) == 0
    assert _leaks(capsys.readouterr().out) == []


def test_a_refused_file_named_with_a_card_number_is_masked_in_the_result(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "4111111111111111.csv"
    path.write_bytes(b"")
    code = main(["--db", str(tmp_path / "shop.db"), "--create", "import", str(path), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert _leaks(captured.out) == [] and _leaks(captured.err) == []
    assert json.loads(captured.out)["files"][0]["path"].endswith("411111******1111.csv")
