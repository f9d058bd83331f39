"""`shopguard reconcile`: the JSON contract of issue 14, human output, decisions, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopguard.cli import main
from tests.reconcile.helpers import SHOPS, open_shop

ISSUE_KEYS = ["month", "currency", "expected_minor", "received_minor", "difference_minor",
              "fees_minor", "effective_rate", "deposits", "unexplained_credits", "fee_check"]
DEPOSIT_KEYS = ["settle_dates", "credit_date", "expected_minor", "received_minor",
                "difference_minor", "status"]
CREDIT_KEYS = ["date", "amount_minor", "description", "reason"]
FEE_KEYS = ["charged_minor", "contract_minor", "overcharge_minor", "overcharged"]
OVERCHARGED_KEYS = ["reference_no", "occurred_at", "charged_minor", "contract_minor"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("cli") / "shop.db"
    open_shop(path, SHOPS["allinpay_icbc"]).close()
    yield path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_issues_shape(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(shop), "reconcile", "2026-09", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data)[:len(ISSUE_KEYS)] == ISSUE_KEYS
    assert (data["month"], data["currency"]) == ("2026-09", "CNY")
    assert data["difference_minor"] == data["received_minor"] - data["expected_minor"] == -443112
    assert 0 < data["effective_rate"] < 0.01
    assert all(list(d)[:len(DEPOSIT_KEYS)] == DEPOSIT_KEYS for d in data["deposits"])
    assert {d["status"] for d in data["deposits"]} == {"matched", "late", "merged", "short",
                                                       "missing"}
    assert all(list(c)[:len(CREDIT_KEYS)] == CREDIT_KEYS for c in data["unexplained_credits"])
    assert list(data["fee_check"])[:len(FEE_KEYS)] == FEE_KEYS
    over = data["fee_check"]["overcharged"]
    assert len(over) == 9 and all(list(o)[:len(OVERCHARGED_KEYS)] == OVERCHARGED_KEYS
                                  for o in over)
    assert data["fee_check"]["overcharge_minor"] == 16125
    assert "transaction_ids" not in data["deposits"][0]  # a summary: ids only when asked
    code, out, _ = run(capsys, "--db", str(shop), "reconcile", "2026-09", "--json", "--with-ids")
    with_ids = json.loads(out)["deposits"]
    assert all(d["transaction_ids"] for d in with_ids)
    assert sum(len(d["transaction_ids"]) for d in with_ids) == 1759  # every row of the month


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Reconciliation 2026-09", "missing", "merged", "previous period", "debit"]),
    ("zh_CN", ["对账 2026-09", "未到账", "合并到账", "上期款项", "借记卡", "应结日期"]),
])
def test_human_output_in_both_languages(shop: Path, capsys: pytest.CaptureFixture[str],
                                        lang: str, words: list[str]) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "reconcile", "2026-09", "--lang", lang)
    assert code == 0
    for word in words:
        assert word in out
    assert "-¥4,431.12" in out


def test_decisions_from_the_command_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "shop.db"
    open_shop(db_path, SHOPS["allinpay_icbc"], contract=False).close()
    db = str(db_path)
    data = json.loads(run(capsys, "--db", db, "reconcile", "2026-09", "--json")[1])
    missing = next(d for d in data["deposits"] if d["status"] == "missing")
    lines = json.loads(run(capsys, "--db", db, "reconcile", "2026-09", "--lines", "--json")[1])
    adjustment = next(ln for ln in lines["lines"] if ln["description"] == "差错调整")
    assert adjustment["acquirer"] == "allinpay" and adjustment["amount_minor"] == 41932
    code, out, _ = run(capsys, "--db", db, "reconcile", "match", "--payout",
                       missing["payout_ids"][0], "--line", adjustment["key"], "--note", "ok")
    assert code == 0 and "matched" in out
    code, out, _ = run(capsys, "--db", db, "reconcile", "explain", "--subject",
                       missing["subject"], "--note", "the acquirer paid it as an adjustment")
    assert code == 0
    after = json.loads(run(capsys, "--db", db, "reconcile", "2026-09", "--json")[1])
    d = next(x for x in after["deposits"] if x["subject"] == missing["subject"])
    assert (d["status"], d["manual"], d["explanation"]) == \
        ("short", True, "the acquirer paid it as an adjustment")
    code, _, _ = run(capsys, "--db", db, "reconcile", "unmatch", "--payout",
                     missing["payout_ids"][0], "--line", adjustment["key"])
    assert code == 0
    again = json.loads(run(capsys, "--db", db, "reconcile", "2026-09", "--json")[1])
    assert next(x for x in again["deposits"]
                if x["subject"] == missing["subject"])["status"] == "missing"


def test_errors_are_plain_lines(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(shop), "reconcile", "2026-9")
    assert (code, err.strip()) == (1, "reconcile: '2026-9' is not a month like 2026-09")
    code, _, err = run(capsys, "--db", str(shop), "reconcile", "match", "--line", "x")
    assert code == 2 and "--payout" in err
    code, _, err = run(capsys, "--db", str(shop), "reconcile", "match", "--payout",
                       "allinpay|1|CNY|2026-09-09", "--line", "nothing")
    assert (code, err.strip()) == (1, "reconcile: no such bank line (was its import undone?)")
    assert "Traceback" not in err


def test_month_end_report_files_from_the_command_line(qapp: object, shop: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """(`qapp` first: the PDF is printed by Qt, and a widget test after this one needs the
    QApplication pytest-qt makes, not the bare one the command would start.)"""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    xlsx, pdf = tmp_path / "month.xlsx", tmp_path / "month.pdf"
    code, out, err = run(capsys, "--db", str(shop), "reconcile", "2026-09", "--xlsx", str(xlsx),
                         "--pdf", str(pdf), "--lang", "en")
    assert (code, err) == (0, ""), err
    assert f"written: {xlsx}" in out and f"written: {pdf}" in out
    cells = [str(c) for ws in load_workbook(xlsx, read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert any("-4431.12" in c or "-4,431.12" in c for c in cells), cells[:40]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "4,431.12" in text.replace("\t", " ")
    code, _, err = run(capsys, "--db", str(shop), "reconcile", "2026-09", "--xlsx",
                       str(tmp_path / "missing" / "x.xlsx"))
    assert code == 1 and err.startswith("reconcile: ") and "does not exist" in err
