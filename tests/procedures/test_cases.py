"""Cases: open, tick steps, pause/resume, reassign, attach, link a later void, close; audited."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures import cases
from shopguard.core.procedures.facts import CaseError
from shopguard.core.store import audit

from .conftest import AddTxn, make_alert


def _actions(db: Database) -> list[str]:
    return [e["action"] for e in audit.entries(db)]


def test_open_tick_close_a_void_case(db: Database, duplicate: list[int]) -> None:
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    case = cases.open_case(db, duplicate, actor="王芳")
    assert (case.path, case.status, case.assignee) == ("void", "open", "王芳")
    assert case.deadline == "2026-09-10T23:00:00"
    assert [t.id for t in case.transactions] == duplicate
    keys = [s.key for s in case.procedure().steps]
    assert keys[0] == "find_slip" and "void_on_terminal" in keys
    case = cases.tick_step(db, case.id, "void_on_terminal", "王芳",
                           {"new_voucher_no": "000103", "note": "customer present"})
    rec = case.steps_done["void_on_terminal"]
    assert (rec.done_by, rec.done_at) == ("王芳", "2026-09-10T15:00:00")
    assert rec.values == {"new_voucher_no": "000103", "note": "customer present"}
    case = cases.close(db, case.id, "voided", "王芳")
    assert (case.status, case.outcome, case.closed_by) == ("closed", "voided", "王芳")
    assert _actions(db)[-3:] == ["case.open", "case.step", "case.close"]
    assert audit.verify(db) == []


def test_a_step_refuses_fields_it_does_not_ask_for(db: Database, duplicate: list[int]) -> None:
    case = cases.open_case(db, duplicate)
    with pytest.raises(CaseError, match="takes note, not acquirer_ticket_no"):
        cases.tick_step(db, case.id, "tell_customer", "a", {"acquirer_ticket_no": "T1"})
    with pytest.raises(CaseError, match="has no step 'nope'"):
        cases.tick_step(db, case.id, "nope", "a")


def test_pause_resume_reassign(db: Database, duplicate: list[int]) -> None:
    case = cases.open_case(db, duplicate, actor="owner")
    cases.pause(db, case.id, "owner")
    with pytest.raises(CaseError, match="paused: resume it first"):
        cases.tick_step(db, case.id, "find_slip", "李娜")
    cases.resume(db, case.id, "owner")
    case = cases.reassign(db, case.id, "李娜", "owner")
    assert case.assignee == "李娜"
    cases.tick_step(db, case.id, "find_slip", "李娜")
    assert _actions(db)[-4:] == ["case.pause", "case.resume", "case.reassign", "case.step"]
    reassign = audit.entries(db)[-2]
    assert reassign["before"] == {"assignee": "owner"}
    assert reassign["after"] == {"assignee": "李娜"}


def test_a_later_imported_void_is_linked_by_original_reference(
        db: Database, duplicate: list[int], add_txn: AddTxn) -> None:
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    case = cases.open_case(db, duplicate)
    assert case.resolutions == []
    void = add_txn("2026-09-10T15:05:00", type="void", original_reference_no="091012305202")
    assert cases.link_resolutions(db) == {case.id: [void]}
    assert [t.id for t in cases.get_case(db, case.id).resolutions] == [void]
    assert cases.link_resolutions(db) == {}  # idempotent
    assert "case.link" in _actions(db)


def test_a_refund_is_linked_by_the_number_entered_in_a_step(
        db: Database, duplicate: list[int], add_txn: AddTxn) -> None:
    clock.set_now(datetime(2026, 9, 20, 9, 0))
    case = cases.open_case(db, duplicate)
    assert case.path == "refund"
    cases.tick_step(db, case.id, "refund_on_terminal", "owner",
                    {"new_reference_no": "092009000077", "refund_amount": "58.00"})
    refund = add_txn("2026-09-20T09:01:00", type="refund", reference_no="092009000077")
    assert cases.link_resolutions(db) == {case.id: [refund]}


def test_attachments_are_copied_into_the_data_dir(db: Database, duplicate: list[int],
                                                  tmp_path: Path) -> None:
    photo = tmp_path / "slip.jpg"
    photo.write_bytes(b"\xff\xd8fake jpeg")
    case = cases.open_case(db, duplicate)
    case = cases.attach(db, case.id, photo, "owner", "find_slip")
    stored = Path(case.attachments[0]["stored_path"])
    assert stored.read_bytes() == photo.read_bytes()
    assert stored.parent.name == f"case-{case.id}"
    photo.unlink()
    assert stored.exists()
    with pytest.raises(CaseError, match="no such file"):
        cases.attach(db, case.id, tmp_path / "missing.jpg", "owner")


def test_a_hand_chosen_path_keeps_the_suggestion(db: Database, duplicate: list[int]) -> None:
    clock.set_now(datetime(2026, 9, 20, 9, 0))
    case = cases.open_case(db, duplicate, path="acquirer_adjustment", actor="owner")
    assert (case.path, case.suggested_path) == ("acquirer_adjustment", "refund")
    assert case.reason["en"].startswith("Chosen by owner instead of refund")


def test_overdue_and_listing_order(db: Database, add_txn: AddTxn) -> None:
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    a = cases.open_case(db, [add_txn("2026-09-10T12:00:00")])  # void, due today 23:00
    b = cases.open_case(db, [add_txn("2026-09-01T12:00:00")])  # refund, due 2026-10-01
    c = cases.open_case(db, [add_txn("2026-07-01T12:00:00")])  # adjustment, no deadline
    cases.close(db, b.id, "refunded", "owner")
    assert [x.id for x in cases.list_cases(db)] == [a.id, c.id, b.id]
    assert [x.id for x in cases.list_cases(db, "closed")] == [b.id]
    assert not a.overdue(datetime(2026, 9, 10, 22, 59))
    assert a.overdue(datetime(2026, 9, 10, 23, 1))
    assert not cases.get_case(db, b.id).overdue(datetime(2027, 1, 1))


def test_unknown_transaction_and_outcome_are_clear_errors(db: Database,
                                                          duplicate: list[int]) -> None:
    with pytest.raises(CaseError, match="no transaction with id 999"):
        cases.open_case(db, [999])
    case = cases.open_case(db, duplicate)
    with pytest.raises(CaseError, match="unknown outcome 'won'"):
        cases.close(db, case.id, "won", "owner")


def test_open_from_alert_uses_the_alert_link_table(db: Database, duplicate: list[int]) -> None:
    with pytest.raises(CaseError, match=r"no alerts yet|no alert with id 1"):
        cases.open_from_alert(db, 1)
    make_alert(db, 7, duplicate)
    case = cases.open_from_alert(db, 7)
    assert case.alert_id == 7 and [t.id for t in case.transactions] == duplicate
    assert cases.open_from_alert(db, 7).id == case.id  # no second open case per alert


def test_a_dismissed_alert_opens_a_not_duplicate_case(db: Database,
                                                      duplicate: list[int]) -> None:
    make_alert(db, 8, duplicate, status="dismissed")
    assert cases.open_from_alert(db, 8).path == "not_duplicate"


def test_change_path_after_a_status_check(db: Database, add_txn: AddTxn) -> None:
    clock.set_now(datetime(2026, 9, 10, 12, 40))
    failed = add_txn("2026-09-10T12:30:05", status="failed", reference_no="091012300501")
    case = cases.open_case(db, [failed])
    assert case.path == "check_status"
    cases.tick_step(db, case.id, "do_not_reswipe", "王芳")
    # The statement later shows the attempt did go through.
    db.execute("UPDATE transactions SET status = 'success' WHERE id = ?", [failed])
    case = cases.change_path(db, case.id, "王芳")
    assert (case.path, case.deadline) == ("void", "2026-09-10T23:00:00")
    assert "do_not_reswipe" in case.steps_done  # history is kept
    case = cases.change_path(db, case.id, "owner", "refund")
    assert (case.path, case.suggested_path) == ("refund", "void")
    assert case.reason["en"].startswith("Chosen by owner instead of void")
    assert [e["action"] for e in audit.entries(db)][-2:] == ["case.path", "case.path"]
