"""Reconciliation rules on small synthetic shops (real database, real bank CSV import)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.core.reconcile import ReconcileError, reconcile_month
from shopguard.core.reconcile.acquirers import Schedule
from shopguard.core.store import settings
from tests.reconcile.helpers import add_statement, import_bank

MID = "898206058129854"


def sale(day: str, amount: int, fee: int = 0, **kw: object) -> dict[str, object]:
    return {"occurred_at": f"{day}T12:00:00", "amount_minor": amount, "fee_minor": fee, **kw}


def statuses(db: Database, month: str = "2026-09") -> list[tuple[list[str], str | None, str]]:
    return [(d.settle_dates, d.credit_date, d.status)
            for d in reconcile_month(db, month).deposits]


# -- payout days ---------------------------------------------------------------------------

def test_weekday_schedule_rolls_weekends_and_holidays() -> None:
    weekdays = Schedule(1, "weekdays", frozenset({"2026-10-05"}))
    assert weekdays.payout_date(date(2026, 9, 3)) == date(2026, 9, 4)    # Thu -> Fri
    assert weekdays.payout_date(date(2026, 9, 4)) == date(2026, 9, 7)    # Fri -> Mon
    assert weekdays.payout_date(date(2026, 9, 5)) == date(2026, 9, 7)    # Sat -> Mon
    assert weekdays.payout_date(date(2026, 10, 2)) == date(2026, 10, 6)  # Fri -> Mon holiday -> Tue
    assert weekdays.roll(date(2026, 9, 6)) == date(2026, 9, 7)           # a Sunday settle date
    every_day = Schedule(1, "every_day", frozenset({"2026-10-05"}))
    assert every_day.payout_date(date(2026, 9, 4)) == date(2026, 9, 5)
    assert Schedule(0, "every_day").payout_date(date(2026, 9, 4)) == date(2026, 9, 4)  # D0


def test_settings_choose_the_schedule_per_acquirer(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-04", 10000)])  # a Friday
    assert [d.settle_dates for d in reconcile_month(db, "2026-09").deposits] == [["2026-09-05"]]
    settings.set_value(db, "payout_days", "weekdays")
    assert [d.settle_dates for d in reconcile_month(db, "2026-09").deposits] == [["2026-09-07"]]
    settings.set_value(db, "acquirer_payouts",
                       '{"allinpay": {"payout_days": "every_day", "payout_delay_days": 0}}')
    assert [d.settle_dates for d in reconcile_month(db, "2026-09").deposits] == [["2026-09-04"]]


def test_settlement_date_from_the_statement_wins(db: Database, tmp_path: Path) -> None:
    add_statement(db, "cn_bank_pos", [sale("2026-09-01", 10000, settled_on="2026-09-03")])
    assert [d.settle_dates for d in reconcile_month(db, "2026-09").deposits] == [["2026-09-03"]]


# -- which credits count ------------------------------------------------------------------------

def test_another_acquirers_credit_is_not_this_acquirers_payout(db: Database,
                                                               tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000)])
    import_bank(db, tmp_path, [("20260902", "财付通 微信提现", "100.00"),
                               ("20260902", "现金存入", "100.00")])
    r = reconcile_month(db, "2026-09")
    assert statuses(db) == [(["2026-09-02"], None, "missing")]
    assert r.unexplained_credits == []  # WeChat Pay's withdrawal and the cash are not Allinpay's


def test_a_small_adjustment_on_a_missing_payouts_day_is_not_a_short_payout(
        db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000)])
    import_bank(db, tmp_path, [("20260902", "通联支付 差错调整", "3.00")])
    r = reconcile_month(db, "2026-09")
    assert [(d.status, d.received_minor) for d in r.deposits] == [("missing", 0)]
    assert [(c.amount_minor, c.reason) for c in r.unexplained_credits] == [(300, "unexplained")]
    import_bank(db, tmp_path, [("20260902", "通联支付 清算资金", "60.00")], "more.csv")
    assert [(d.status, d.received_minor) for d in reconcile_month(db, "2026-09").deposits] == \
        [("short", 6000)]


def test_merchant_numbers_keep_two_merchants_of_one_acquirer_apart(db: Database,
                                                                   tmp_path: Path) -> None:
    other = "898206058120000"
    add_statement(db, "allinpay", [sale("2026-09-01", 10000),
                                   sale("2026-09-01", 10000, merchant_id=other)])
    import_bank(db, tmp_path, [("20260902", f"通联支付 清算资金 {other}", "100.00")])
    by_merchant = {d.merchant_id: d.status for d in reconcile_month(db, "2026-09").deposits}
    assert by_merchant == {other: "matched", MID: "missing"}


def test_unknown_acquirer_is_learned_from_merchant_numbers_or_noted(db: Database,
                                                                    tmp_path: Path) -> None:
    add_statement(db, "cn_bank_pos", [sale("2026-09-01", 10000, settled_on="2026-09-02")])
    r = reconcile_month(db, "2026-09")
    assert [n.code for n in r.notes] == ["reconcile.no_bank", "reconcile.unknown_acquirer",
                                         "reconcile.no_fee_contract"]
    assert r.notes[1].text("zh_CN").startswith(f"商户 {MID}：")
    assert r.to_json()["notes"][1]["zh_CN"] == r.notes[1].text("zh_CN")
    import_bank(db, tmp_path, [("20260902", f"银联商务 清算资金 {MID}", "100.00"),
                               ("20260905", "银联商务 差错调整", "1.00")])
    r = reconcile_month(db, "2026-09")
    assert [(d.status, d.acquirer) for d in r.deposits] == [("matched", "chinaums")]
    assert [(c.amount_minor, c.reason) for c in r.unexplained_credits] == [(100, "unexplained")]
    assert "reconcile.unknown_acquirer" not in {n.code for n in r.notes}


def test_default_acquirer_setting_names_who_pays(db: Database, tmp_path: Path) -> None:
    add_statement(db, "cn_bank_pos", [sale("2026-09-01", 10000, settled_on="2026-09-02")])
    import_bank(db, tmp_path, [("20260902", "拉卡拉 结算", "100.00")])
    assert statuses(db) == [(["2026-09-02"], None, "missing")]
    settings.set_value(db, "acquirer", "拉卡拉")
    assert statuses(db) == [(["2026-09-02"], "2026-09-02", "matched")]


def test_a_terminal_can_have_its_own_acquirer(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000, terminal_id="T1"),
                                   sale("2026-09-01", 20000, terminal_id="T2")])
    db.conn.execute("INSERT INTO terminals (terminal_id, merchant_id, acquirer)"
                    " VALUES ('T2', ?, '拉卡拉')", (MID,))
    import_bank(db, tmp_path, [("20260902", "通联支付 清算资金", "100.00"),
                               ("20260902", "拉卡拉 结算", "200.00")])
    r = reconcile_month(db, "2026-09")
    assert sorted((d.acquirer, d.status, d.expected_minor) for d in r.deposits) == [
        ("allinpay", "matched", 10000), ("lakala", "matched", 20000)]


def test_owner_edits_the_names_a_payout_carries(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000)])
    import_bank(db, tmp_path, [("20260902", "TL-PAY SETTLEMENT", "100.00")])
    assert statuses(db)[0][2] == "missing"
    names = dict(settings.get(db, "acquirer_names"))
    names["allinpay"] = [*names["allinpay"], "TL-PAY"]
    settings.store(db, "acquirer_names", names)
    assert statuses(db)[0][2] == "matched"


# -- the month's edges ----------------------------------------------------------------------------

def test_previous_months_payouts_are_recognised_not_unexplained(db: Database,
                                                                tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-08-30", 5000), sale("2026-08-31", 7000),
                                   sale("2026-09-01", 10000)])
    # Aug 30's payout arrives late on Sep 2 together with Sep 1's; Aug 31's on time.
    import_bank(db, tmp_path, [("20260901", "通联支付 清算资金", "70.00"),
                               ("20260902", "通联支付 清算资金", "50.00"),
                               ("20260902", "通联支付 清算资金", "100.00")])
    r = reconcile_month(db, "2026-09")
    assert [(d.settle_dates, d.status) for d in r.deposits] == [(["2026-09-02"], "matched")]
    assert sorted((c.date, c.amount_minor, c.reason) for c in r.unexplained_credits) == [
        ("2026-09-01", 7000, "previous_period"), ("2026-09-02", 5000, "previous_period")]
    assert r.expected_minor == r.received_minor == 10000


def test_a_late_payout_across_month_end_counts_once(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-30", 10000), sale("2026-10-01", 20000)])
    import_bank(db, tmp_path, [("20261002", "通联支付 清算资金", "200.00"),
                               ("20261003", "通联支付 清算资金", "100.00")])
    assert statuses(db, "2026-09") == [(["2026-10-01"], "2026-10-03", "late")]
    october = reconcile_month(db, "2026-10")
    assert [(d.settle_dates, d.status) for d in october.deposits] == [(["2026-10-02"], "matched")]
    assert [(c.date, c.reason) for c in october.unexplained_credits] == [
        ("2026-10-03", "previous_period")]


def test_net_of_voids_refunds_and_returned_fees(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [
        sale("2026-09-01", 10000, 50), sale("2026-09-01", 4000, 20),
        sale("2026-09-01", 4000, -20, type="void"), sale("2026-09-01", 1000, -5, type="refund"),
        sale("2026-09-01", 999, 9, status="failed")])
    d = reconcile_month(db, "2026-09").deposits[0]
    assert d.expected_minor == (10000 - 50) + (4000 - 20) - (4000 - 20) - (1000 - 5)
    assert (d.sales_minor, d.fees_minor) == (14000, 45)
    assert len(d.transaction_ids) == 4


def test_no_transactions_no_bank_and_a_bad_month(db: Database) -> None:
    r = reconcile_month(db, "2026-09")
    assert (r.deposits, r.expected_minor, r.effective_rate) == ([], 0, None)
    assert [n.code for n in r.notes] == ["reconcile.no_transactions"]
    add_statement(db, "allinpay", [sale("2026-09-01", 10000)])
    assert "reconcile.no_bank" in {n.code for n in reconcile_month(db, "2026-09").notes}
    for bad in ("2026-13", "2026-9", "September", ""):
        with pytest.raises(ReconcileError, match="not a month"):
            reconcile_month(db, bad)


def test_bank_statement_ending_early_is_noted(db: Database, tmp_path: Path) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000), sale("2026-09-10", 10000)])
    import_bank(db, tmp_path, [("20260902", "通联支付 清算资金", "100.00")])
    r = reconcile_month(db, "2026-09")
    assert [str(n) for n in r.notes if n.code == "reconcile.bank_ends"] == [
        "The bank statement ends on 2026-09-02: 1 payout(s) due after that show as missing"
        " until a later statement is imported."]


# -- fees -----------------------------------------------------------------------------------------

def test_fee_contract_debit_cap_fixed_fee_and_unknown_kind(db: Database) -> None:
    settings.set_value(db, "fee_debit_rate", "0.5%")
    settings.set_value(db, "fee_credit_rate", "0.6%")
    settings.set_value(db, "fee_debit_cap", "20.00")
    settings.set_value(db, "fee_fixed", "0.10")
    add_statement(db, "allinpay", [
        sale("2026-09-01", 1000000, 2010, card_type="借记卡", reference_no="capped"),
        sale("2026-09-01", 1000000, 5010, card_type="借记卡", reference_no="cap-ignored"),
        sale("2026-09-01", 10000, 70, card_type="贷记卡", reference_no="credit-ok"),
        sale("2026-09-01", 10000, 71, card_type="贷记卡", reference_no="one-cent-over"),
        sale("2026-09-01", 10000, 72, card_type="credit", reference_no="two-cents-over"),
        sale("2026-09-01", 1000000, 6010, card_type="", reference_no="unknown-credit-rate"),
        sale("2026-09-01", 1000000, 6100, card_type="", reference_no="unknown-above-both"),
        sale("2026-09-01", 10000, None, reference_no="no-fee"),
    ])
    fc = reconcile_month(db, "2026-09").fee_check
    assert [(s.reference_no, s.card_kind, s.charged_minor, s.contract_minor)
            for s in fc.overcharged] == [("cap-ignored", "debit", 5010, 2010),
                                         ("two-cents-over", "credit", 72, 70),
                                         ("unknown-above-both", "unknown", 6100, 6010)]
    assert fc.overcharge_minor == 3000 + 2 + 90
    assert (fc.checked_sales, fc.sales_without_fee) == (7, 1)


def test_without_a_contract_no_sale_is_judged(db: Database) -> None:
    add_statement(db, "allinpay", [sale("2026-09-01", 10000, 5000)])
    r = reconcile_month(db, "2026-09")
    assert (r.fee_check.overcharged, r.fee_check.contract.configured) == ([], False)
    assert "reconcile.no_fee_contract" in {n.code for n in r.notes}
    assert r.fees_minor == 5000 and r.effective_rate == 0.5
