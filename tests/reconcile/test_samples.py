"""Every shop in tests/data/reconcile/ reconciled against its `.truth.json`.

Each planted discrepancy is found with its status and amounts, every other payout is matched
exactly, lines that are not card payouts are left alone, the fee overcharges are found, and
re-importing the bank statement changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlite_utils import Database

from shopguard.core import workspace
from shopguard.core.reconcile import MonthReconciliation, reconcile_month
from tests.reconcile.helpers import DATA, SHOPS, Shop, open_shop

MONTH = "2026-09"


@pytest.fixture(scope="module", params=sorted(SHOPS))
def shop(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, Database]]:
    spec = SHOPS[request.param]
    db = open_shop(tmp_path_factory.mktemp(request.param) / "shop.db", spec)
    yield spec, db
    db.close()


@pytest.fixture(scope="module")
def result(shop: tuple[Shop, Database]) -> MonthReconciliation:
    return reconcile_month(shop[1], MONTH)


def _deposit_rows(r: MonthReconciliation) -> list[dict[str, Any]]:
    keys = ("settle_dates", "credit_date", "expected_minor", "received_minor", "status")
    return [{k: d.to_json()[k] for k in keys} for d in r.deposits]


def test_every_deposit_as_the_truth_states(shop: tuple[Shop, Database],
                                           result: MonthReconciliation) -> None:
    truth = shop[0].bank_truth
    assert _deposit_rows(result) == truth["deposits"]
    assert result.currency == truth["currency"]


def test_summary(shop: tuple[Shop, Database], result: MonthReconciliation) -> None:
    summary = shop[0].bank_truth["summary"]
    assert result.expected_minor == summary["expected_minor"]
    assert result.received_minor == summary["received_for_period_minor"]
    assert result.difference_minor == summary["difference_minor"]
    data = result.to_json()
    assert data["difference_minor"] == summary["difference_minor"]


def test_each_planted_discrepancy(shop: tuple[Shop, Database],
                                  result: MonthReconciliation) -> None:
    planted = shop[0].bank_truth["planted"]
    by_date = {d.settle_dates[0]: d for d in result.deposits}
    for p in planted["missing_deposit"]:
        d = by_date[p["settle_date"]]
        assert (d.status, d.expected_minor, d.received_minor, d.credit_date) == \
            ("missing", p["expected_minor"], 0, None)
        assert d.difference_minor == -p["expected_minor"]
    for p in planted["short_deposit"]:
        d = by_date[p["settle_date"]]
        assert (d.status, d.expected_minor, d.received_minor) == \
            ("short", p["expected_minor"], p["received_minor"])
        assert d.difference_minor == p["received_minor"] - p["expected_minor"] < 0
    for p in planted["merged_deposit"]:
        d = by_date[p["settle_dates"][0]]
        assert (d.status, d.settle_dates, d.credit_date, d.received_minor, d.expected_minor) == \
            ("merged", p["settle_dates"], p["credit_date"], p["amount_minor"], p["amount_minor"])
    for p in planted["late_deposit"]:
        d = by_date[p["settle_date"]]
        assert (d.status, d.credit_date, d.received_minor, d.difference_minor) == \
            ("late", p["credit_date"], p["amount_minor"], 0)
    credits = {(c.date, c.amount_minor): c.reason for c in result.unexplained_credits}
    expected = {(p["date"], p["amount_minor"]): "unexplained"
                for p in planted["unexplained_credit"]}
    expected |= {(p["date"], p["amount_minor"]): "previous_period"
                 for p in planted["outside_period"]}
    assert credits == expected


def test_every_other_payout_matched_exactly(shop: tuple[Shop, Database],
                                            result: MonthReconciliation) -> None:
    planted = shop[0].bank_truth["planted"]
    special = {p["settle_date"] for kind in ("missing_deposit", "short_deposit", "late_deposit")
               for p in planted[kind]}
    special |= {d for p in planted["merged_deposit"] for d in p["settle_dates"]}
    others = [d for d in result.deposits if not set(d.settle_dates) & special]
    assert others and all(d.status == "matched" for d in others)
    assert all(d.credit_date == d.settle_dates[0] and d.difference_minor == 0 for d in others)
    assert all(d.bank_line_id is not None and d.transaction_ids for d in others)
    # each expected payout date of the truth is in exactly one deposit
    dates = [s for d in result.deposits for s in d.settle_dates]
    assert sorted(dates) == sorted(shop[0].bank_truth["expected_by_payout_date"])


def test_lines_that_are_not_card_payouts_are_untouched(shop: tuple[Shop, Database],
                                                       result: MonthReconciliation) -> None:
    spec, db = shop
    counterparty = spec.bank_truth["acquirer"]["counterparty"].casefold()
    used = {d.bank_line_id for d in result.deposits if d.bank_line_id is not None}
    used |= {c.bank_line_id for c in result.unexplained_credits}
    others = db.conn.execute(
        "SELECT id, amount_minor, description || ' ' || counterparty FROM bank_lines").fetchall()
    untouched = [(i, text) for i, _amount, text in others if counterparty not in text.casefold()]
    assert untouched  # rent, wages, utilities, cash deposits, WeChat Pay withdrawals ...
    assert [t for i, t in untouched if i in used] == []
    acquirer_credits = [i for i, amount, text in others
                        if counterparty in text.casefold() and amount > 0]
    assert len(acquirer_credits) == spec.bank_truth["acquirer"]["credits"]
    assert set(acquirer_credits) == used  # every acquirer credit is accounted for


def test_transactions_of_a_deposit_add_up(shop: tuple[Shop, Database],
                                          result: MonthReconciliation) -> None:
    db = shop[1]
    d = next(x for x in result.deposits if x.status == "matched")
    marks = ",".join("?" * len(d.transaction_ids))
    net = db.conn.execute(f"SELECT sum(net_minor) FROM transactions WHERE id IN ({marks})",
                          d.transaction_ids).fetchone()[0]
    assert net == d.expected_minor
    line = db.conn.execute("SELECT amount_minor, natural_key FROM bank_lines WHERE id = ?",
                           (d.bank_line_id,)).fetchone()
    assert line == (d.received_minor, d.bank_line_key)


def test_fee_overcharges(shop: tuple[Shop, Database], result: MonthReconciliation) -> None:
    """Allinpay says each card's kind: the truth's overcharges exactly. The bank-POS file does
    not (no 卡类别): a sale counts only above what either kind could cost, so debit sales
    charged past the cap (below the credit rate) cannot be told from credit sales. Square's
    ids in the truth are not the file's; its rate day is found by date and terminal, and a
    one-cent difference is within the rounding tolerance."""
    spec, db = shop
    fees = result.fee_check
    truth = spec.statement_truth["fee_overcharge"]
    found = {s.reference_no: s for s in fees.overcharged}
    assert all(s.charged_minor - s.contract_minor > 1 for s in fees.overcharged)
    assert fees.overcharge_minor == sum(s.overcharge_minor for s in fees.overcharged)
    if spec.statement.startswith("recon_allinpay"):
        assert set(found) == set(truth["rate_day"]["refs"]) | set(truth["cap_ignored"])
        assert fees.overcharge_minor == truth["overcharge_minor"]
        assert {found[r].contract_minor for r in truth["cap_ignored"]} == {2000}
    elif spec.statement.startswith("recon_cn_bank_pos"):
        assert set(found) == set(truth["rate_day"]["refs"])
        assert all(s.card_kind == "unknown" for s in fees.overcharged)
        assert not set(found) & set(truth["cap_ignored"])
    else:
        day = truth["rate_day"]["date"]
        assert {s.occurred_at[:10] for s in fees.overcharged} == {day}
        assert len({s.terminal_id for s in fees.overcharged}) == 1
        rows = db.conn.execute(
            "SELECT fee_minor - ((amount_minor * 26000 + 500000) / 1000000 + 10)"
            " FROM transactions WHERE type = 'sale' AND status = 'success'"
            " AND substr(occurred_at, 1, 10) = ? AND terminal_id = ?",
            (day, fees.overcharged[0].terminal_id)).fetchall()
        over = [r[0] for r in rows if r[0] > 0]
        assert sum(over) == truth["overcharge_minor"]  # the truth's total, every cent of it
        assert fees.overcharge_minor == sum(x for x in over if x > 1)
        assert len(fees.overcharged) == sum(1 for x in over if x > 1)
        # the totals still show every cent charged above the contract
        assert fees.charged_minor - fees.contract_minor == truth["overcharge_minor"]
    if not spec.statement.startswith("recon_square"):
        assert fees.charged_minor - fees.contract_minor == fees.overcharge_minor
    assert fees.checked_sales > 1000


def test_effective_rate_per_day_and_month(shop: tuple[Shop, Database],
                                          result: MonthReconciliation) -> None:
    days = result.fee_check.days
    assert len(days) == 30 and days[0].date == "2026-09-01"
    assert result.fees_minor == sum(d.fees_minor for d in days)
    assert result.sales_minor == sum(d.sales_minor for d in days)
    rate = result.effective_rate_ppm
    assert rate is not None and rate == round(result.fees_minor * 1_000_000 / result.sales_minor)
    assert all(d.effective_rate_ppm is not None for d in days)
    low, high = min(d.effective_rate_ppm or 0 for d in days), max(d.effective_rate_ppm or 0
                                                                  for d in days)
    assert low <= rate <= high


def test_reimporting_the_bank_statement_adds_nothing(shop: tuple[Shop, Database],
                                                     result: MonthReconciliation) -> None:
    spec, db = shop
    again = workspace.import_file(db, DATA / spec.bank)
    assert (again.imported, again.already_present) == (0, spec.bank_truth["rows"])
    assert reconcile_month(db, MONTH).to_json() == result.to_json()
