"""The CLI contract: scan/alerts/alert/risk, JSON shapes as in the issue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core.workspace import connect
from tests.detection.helpers import add_import, sale


@pytest.fixture
def shop(db_path: Path) -> Path:
    db = connect(db_path)
    add_import(db, [sale("2026-09-12T12:13:24", 28800, reference_no="A1", operator="王芳"),
                    sale("2026-09-12T12:13:59", 28800, reference_no="A2", operator="王芳"),
                    sale("2026-09-12T03:00:00", 1000, reference_no="N1")])
    db.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_scan_json_shape(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "scan", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["alerts"]
    by_rule = {a["rule"]: a for a in data["alerts"]}
    assert set(by_rule) == {"duplicate_swipe", "off_hours"}
    dup = by_rule["duplicate_swipe"]
    assert list(dup) == ["id", "rule", "severity", "score", "status", "explanation",
                         "transactions", "case"]
    assert dup["case"] is None  # no case worked for it yet
    assert [t["reference_no"] for t in dup["transactions"]] == ["A1", "A2"]
    assert all(set(t) == {"id", "reference_no"} for t in dup["transactions"])
    assert "35 seconds apart on terminal 10230001, operator 王芳" in dup["explanation"]


def test_alerts_status_filter_and_review(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(shop), "scan")
    _, out, _ = run(capsys, "--db", str(shop), "alerts", "--json")
    ids = {a["rule"]: a["id"] for a in json.loads(out)["alerts"]}
    code, out, _ = run(capsys, "--db", str(shop), "alert", str(ids["duplicate_swipe"]),
                       "dismiss", "--reason", "two separate purchases", "--by", "王芳")
    assert code == 0 and "dismissed" in out
    run(capsys, "--db", str(shop), "scan")
    _, out, _ = run(capsys, "--db", str(shop), "alerts", "--status", "dismissed", "--json")
    assert [a["id"] for a in json.loads(out)["alerts"]] == [ids["duplicate_swipe"]]
    _, out, _ = run(capsys, "--db", str(shop), "alerts", "--status", "open", "--json")
    assert [a["rule"] for a in json.loads(out)["alerts"]] == ["off_hours"]


def test_bad_input_is_a_plain_message(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(shop), "alert", "42", "confirm", "--reason", "x")
    assert code == 1 and err.strip() == "alert 42: no alert with id 42"
    code, _, err = run(capsys, "--db", str(shop), "risk", "--month", "2026-13")
    assert code == 1 and "not a month" in err and "Traceback" not in err


def test_chinese_output(shop: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPGUARD_LANG", "zh_CN")
    _, out, _ = run(capsys, "--db", str(shop), "scan", "--json")
    texts = [a["explanation"] for a in json.loads(out)["alerts"]]
    assert any("同一张卡 ****1234" in t and "相隔 35 秒" in t for t in texts)


def test_risk_json(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(shop), "scan")
    code, out, _ = run(capsys, "--db", str(shop), "risk", "--month", "2026-09", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["month"], data["previous_month"]) == ("2026-09", "2026-08")
    [term] = data["terminals"]
    assert term["terminal_id"] == "10230001" and term["transactions"] == 3
    assert term["counts"] == {"duplicate_swipe": 1, "off_hours": 1}
    assert term["level"] == "medium" and term["trend"] == "up"
    assert term["previous"] == {"transactions": 0, "counts": {}, "level": "low"}


def test_risk_default_month_skips_a_stub_month(db_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = connect(db_path)
    add_import(db, [sale(f"2026-09-{d:02d}T12:00:00", 1000, card=f"621700******{d:04d}")
                    for d in range(1, 29)] + [sale("2026-10-01T12:00:00", 1000)])
    db.close()
    _, out, _ = run(capsys, "--db", str(db_path), "--create", "risk", "--json")
    assert json.loads(out)["month"] == "2026-09"
