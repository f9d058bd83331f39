"""Closing a case resolves its alert, audited, in the core (issue 13 item 3): the alert shows
its case and the outcome, a re-scan keeps it resolved, and the CLI agrees."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.cli import main
from shopguard.core import clock
from shopguard.core.detection import alerts as core_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.importing import undo_import
from shopguard.core.procedures import cases
from shopguard.core.store import access, audit
from shopguard.core.workspace import connect
from tests.detection.helpers import add_import, sale

ROWS = [sale("2026-09-10T12:30:05", 5800, reference_no="091012300501", voucher_no="000101"),
        sale("2026-09-10T12:30:52", 5800, reference_no="091012305202", voucher_no="000102")]


@pytest.fixture
def alert_id(db: Database) -> int:
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    add_import(db, ROWS)
    scan(db)
    [alert] = core_alerts.list_alerts(db, rule="duplicate_swipe")
    assert alert.status == "open" and alert.case is None
    return alert.id


def test_an_open_case_shows_on_its_alert(db: Database, alert_id: int) -> None:
    case = cases.open_from_alert(db, alert_id, actor="王芳")
    alert = core_alerts.get_alert(db, alert_id)
    assert alert.status == "open"
    assert alert.case is not None
    assert (alert.case.id, alert.case.status, alert.case.outcome) == (case.id, "open", "")
    assert alert.to_json()["case"] == {"id": case.id, "status": "open", "outcome": None}


@pytest.mark.parametrize("outcome", ["voided", "adjusted"])
def test_closing_the_case_resolves_the_alert_audited(db: Database, alert_id: int,
                                                     outcome: str) -> None:
    case = cases.open_from_alert(db, alert_id, actor="王芳")
    cases.close(db, case.id, outcome, "王芳")
    alert = core_alerts.get_alert(db, alert_id)
    assert alert.status == "resolved"
    assert alert.case is not None and alert.case.status == "closed"
    assert alert.case.outcome == outcome
    assert alert.case.outcome_text("en") in ("Voided", "Adjusted by the acquirer")
    assert alert.case.outcome_text("zh_CN") in ("已撤销", "收单机构已调账")
    [entry] = [e for e in audit.entries(db) if e["action"] == "alert.resolve"]
    assert entry["subject"] == f"alert:{alert_id}" and entry["actor"] == "王芳"
    assert entry["before"] == {"status": "open"}
    assert entry["after"] == {"status": "resolved", "case_id": case.id, "outcome": outcome}
    assert audit.verify(db) == []
    scan(db)  # the data alone would say "open": the case's resolution stands
    scan(db, days=["2026-09-10"])
    assert core_alerts.get_alert(db, alert_id).status == "resolved"


def test_resolution_survives_undo_and_reimport(db: Database) -> None:
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    import_id = add_import(db, ROWS)
    scan(db)
    [alert] = core_alerts.list_alerts(db, rule="duplicate_swipe")
    case = cases.open_from_alert(db, alert.id)
    cases.close(db, case.id, "voided", "owner")
    undo_import(db, import_id)
    assert core_alerts.list_alerts(db) == []
    add_import(db, ROWS)
    scan(db)
    [again] = core_alerts.list_alerts(db, rule="duplicate_swipe")
    assert again.status == "resolved"
    assert again.case is not None and again.case.id == case.id


def test_closing_as_not_a_duplicate_dismisses_the_alert(db: Database, alert_id: int) -> None:
    access.set_owner_pin(db, "2468")
    case = cases.open_from_alert(db, alert_id, actor="李娜")
    cases.close(db, case.id, "not_duplicate", "李娜", pin="2468")
    alert = core_alerts.get_alert(db, alert_id)
    assert alert.status == "dismissed"
    [review] = core_alerts.reviews(db, alert_id)
    assert review["actor"] == "李娜" and review["action"] == "dismiss"
    assert f"#{case.id}" in review["reason"]
    scan(db)
    assert core_alerts.get_alert(db, alert_id).status == "dismissed"


def test_a_refused_close_leaves_the_alert_alone(db: Database, alert_id: int) -> None:
    access.set_owner_pin(db, "2468")
    case = cases.open_from_alert(db, alert_id)
    with pytest.raises(access.OwnerRequired):
        cases.close(db, case.id, "not_duplicate", "李娜", pin="0000")
    alert = core_alerts.get_alert(db, alert_id)
    assert alert.status == "open" and alert.case is not None and alert.case.status == "open"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, _ = capsys.readouterr()
    return code, out


def test_cli_alerts_agree(db_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = connect(db_path)
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    add_import(db, ROWS)
    scan(db)
    [alert] = core_alerts.list_alerts(db, rule="duplicate_swipe")
    db.close()
    now = ["--db", str(db_path), "--now", "2026-09-10T15:00:00"]
    code, out = run(capsys, *now, "case", "open", str(alert.id), "--json")
    assert code == 0
    case_id = json.loads(out)["case_id"]
    code, _ = run(capsys, *now, "case", "close", str(case_id), "--outcome", "voided")
    assert code == 0
    _, out = run(capsys, *now, "alerts", "--json")
    [shown] = [a for a in json.loads(out)["alerts"] if a["id"] == alert.id]
    assert shown["status"] == "resolved"
    assert shown["case"] == {"id": case_id, "status": "closed", "outcome": "voided"}
    _, out = run(capsys, *now, "alerts")
    assert f"case #{case_id}: closed, Voided" in out
    monkeypatch.setenv("SHOPGUARD_LANG", "zh_CN")
    _, out = run(capsys, *now, "alerts")
    assert f"案件 #{case_id}：已结案，已撤销" in out


def test_cases_closed_before_the_upgrade_resolve_their_alerts(db_path: Path) -> None:
    """A database whose cases were closed before alerts showed them (the tester's): the
    migration links them and resolves their alerts."""
    db = connect(db_path)
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    add_import(db, ROWS)
    scan(db)
    [alert] = core_alerts.list_alerts(db, rule="duplicate_swipe")
    case = cases.open_from_alert(db, alert.id)
    cases.close(db, case.id, "refunded", "王芳")
    with db.atomic():  # as it was: no link, the alert still open, the migration not applied
        db.conn.execute("DELETE FROM alert_cases")
        db.conn.execute("UPDATE alerts SET status = 'open'")
        db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_cases_on_their_alerts'")
    db.close()
    db = connect(db_path)
    again = core_alerts.get_alert(db, alert.id)
    assert again.status == "resolved"
    assert again.case is not None and (again.case.id, again.case.outcome) == (case.id,
                                                                              "refunded")
    assert audit.verify(db) == []
