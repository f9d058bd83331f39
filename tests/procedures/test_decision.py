"""The decision tree, one test per path, each at a fixed `now`."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlite_utils import Database

from shopguard.core.procedures.cases import record_dispute
from shopguard.core.procedures.decision import clearing_day_end, decide
from shopguard.core.store import settings

from .conftest import AddTxn


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_same_day_before_cutoff_is_a_void(db: Database, duplicate: list[int]) -> None:
    d = decide(db, duplicate, at("2026-09-10T15:00:00"))
    assert d.path == "void"
    assert d.deadline == at("2026-09-10T23:00:00")
    assert d.target_id == duplicate[1]
    assert "23:00" in d.reason.en and "撤销" in d.reason.zh_CN


def test_after_the_cutoff_the_same_day_is_a_refund(db: Database, duplicate: list[int]) -> None:
    d = decide(db, duplicate, at("2026-09-10T23:30:00"))
    assert d.path == "refund"
    assert d.deadline == at("2026-10-10T23:59:59")


def test_a_charge_after_the_cutoff_belongs_to_the_next_clearing_day(
        db: Database, add_txn: AddTxn) -> None:
    late = add_txn("2026-09-10T23:30:00")
    d = decide(db, [late], at("2026-09-11T10:00:00"))
    assert (d.path, d.deadline) == ("void", at("2026-09-11T23:00:00"))
    assert clearing_day_end(at("2026-09-10T22:59:59"), at("2000-01-01T23:00").time()) == at(
        "2026-09-10T23:00:00")


def test_the_cutoff_is_a_setting(db: Database, duplicate: list[int]) -> None:
    settings.set_value(db, "cutoff_time", "12:00")
    d = decide(db, duplicate, at("2026-09-10T15:00:00"))
    assert (d.path, d.deadline) == ("void", at("2026-09-11T12:00:00"))


def test_settled_within_the_window_is_a_refund(db: Database, duplicate: list[int]) -> None:
    d = decide(db, duplicate, at("2026-09-20T09:00:00"))
    assert d.path == "refund"
    assert "30" in d.reason.en and "2026-10-10" in d.reason.en


def test_outside_the_window_asks_the_acquirer(db: Database, duplicate: list[int]) -> None:
    d = decide(db, duplicate, at("2026-10-11T09:00:00"))
    assert d.path == "acquirer_adjustment"
    assert d.deadline is None
    assert "调账" in d.reason.zh_CN


def test_per_acquirer_refund_window_overrides_the_default(
        db: Database, duplicate: list[int]) -> None:
    settings.set_value(db, "refund_windows", '{"Lakala": 15}')
    now = at("2026-09-30T09:00:00")
    assert decide(db, duplicate, now, acquirer="Other").path == "refund"
    d = decide(db, duplicate, now, acquirer="lakala")
    assert d.path == "acquirer_adjustment"
    assert "15 days" in d.reason.en


def test_a_recorded_chargeback_means_answer_it(db: Database, duplicate: list[int]) -> None:
    record_dispute(db, duplicate[1], "2026-10-01", respond_by="2026-10-08",
                   reason_code="Visa 12.6.1")
    d = decide(db, duplicate, at("2026-10-02T09:00:00"))
    assert d.path == "chargeback_response"
    assert d.deadline == at("2026-10-08T23:59:59")
    assert "Do not also refund" in d.reason.en and "12.6.1" in d.reason.en


def test_a_chargeback_without_a_deadline_says_the_deadline_is_assumed(
        db: Database, duplicate: list[int]) -> None:
    record_dispute(db, duplicate[0], "2026-10-01")
    d = decide(db, duplicate, at("2026-10-02T09:00:00"))
    assert d.deadline == at("2026-10-08T23:59:59")
    assert "check the notice" in d.reason.en


def test_only_failed_attempts_means_check_the_status(db: Database, add_txn: AddTxn) -> None:
    failed = add_txn("2026-09-10T12:30:05", status="failed")
    d = decide(db, [failed], at("2026-09-10T12:40:00"))
    assert d.path == "check_status"
    assert d.deadline == at("2026-09-10T23:00:00")
    assert "Do not swipe again" in d.reason.en


def test_a_reversal_means_check_the_status(db: Database, add_txn: AddTxn) -> None:
    sale = add_txn("2026-09-10T12:30:05", reference_no="091012300501")
    add_txn("2026-09-10T12:31:00", type="reversal", original_reference_no="091012300501")
    assert decide(db, [sale], at("2026-09-10T12:40:00")).path == "check_status"


def test_an_already_voided_charge_says_so(db: Database, duplicate: list[int],
                                          add_txn: AddTxn) -> None:
    add_txn("2026-09-10T13:00:00", type="void", original_reference_no="091012305202")
    d = decide(db, duplicate, at("2026-09-12T09:00:00"))
    assert (d.path, d.already) == ("void", "voided")


def test_a_partial_refund_does_not_count_as_done(db: Database, duplicate: list[int],
                                                 add_txn: AddTxn) -> None:
    add_txn("2026-09-12T13:00:00", type="refund", amount_minor=1000,
            original_reference_no="091012305202")
    d = decide(db, duplicate, at("2026-09-13T09:00:00"))
    assert (d.path, d.already) == ("refund", "")


def test_a_dismissed_alert_is_not_a_duplicate(db: Database, duplicate: list[int]) -> None:
    d = decide(db, duplicate, at("2026-09-10T15:00:00"), alert_status="dismissed")
    assert d.path == "not_duplicate"


def test_a_refund_folded_into_the_charge_row_counts(db: Database, duplicate: list[int]) -> None:
    """Stripe shows a refund only as amount_refunded on the charge (column refunded_minor)."""
    if "refunded_minor" not in {c.name for c in db["transactions"].columns}:
        pytest.skip("refunded_minor arrives with main's m002")
    db.execute("UPDATE transactions SET refunded_minor = 5800 WHERE id = ?", [duplicate[1]])
    d = decide(db, duplicate, at("2026-09-12T09:00:00"))
    assert (d.path, d.already) == ("refund", "refunded")
