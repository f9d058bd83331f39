"""The owner's decisions: match by hand, take a match apart, explain — audited, and kept
through undoing and re-importing files and every re-run of the match."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.core import workspace
from shopguard.core.importing import undo_import
from shopguard.core.reconcile import (
    ReconcileError,
    explain,
    manual_match,
    reconcile_month,
    unmatch,
)
from shopguard.core.store import audit
from tests.reconcile.helpers import DATA, SHOPS, open_shop

SHOP = SHOPS["allinpay_icbc"]
MONTH = "2026-09"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    db = open_shop(tmp_path / "shop.db", SHOP, contract=False)
    yield db
    db.close()


def _deposit(db: Database, first_date: str):  # type: ignore[no-untyped-def]
    return next(d for d in reconcile_month(db, MONTH).deposits if d.settle_dates[0] == first_date)


def _reimport_everything(db: Database) -> None:
    """Undo both imports and import the files again: every row id changes."""
    for (import_id,) in db.conn.execute(
            "SELECT id FROM imports WHERE undone_at IS NULL").fetchall():
        undo_import(db, import_id)
    for name in (SHOP.statement, SHOP.bank):
        assert workspace.import_file(db, DATA / name).ok


def test_manual_match_pairs_a_missing_payout_and_survives_reimport(shop: Database) -> None:
    before = reconcile_month(shop, MONTH)
    missing = _deposit(shop, "2026-09-09")
    adjustment = next(c for c in before.unexplained_credits if c.reason == "unexplained")
    assert missing.status == "missing"
    manual_match(shop, missing.payout_ids, adjustment.bank_line_key, note="acquirer's call")

    def check() -> None:
        r = reconcile_month(shop, MONTH)
        d = next(x for x in r.deposits if x.settle_dates == ["2026-09-09"])
        assert (d.status, d.manual, d.received_minor, d.credit_date) == \
            ("short", True, 41932, "2026-09-08")
        assert adjustment.bank_line_key not in {c.bank_line_key for c in r.unexplained_credits}
        assert r.received_minor == before.received_minor + 41932

    check()
    _reimport_everything(shop)  # the rows are deleted and stored again
    check()
    entry = [e for e in audit.entries(shop) if e["action"] == "reconcile.match"][-1]
    assert entry["subject"] == adjustment.bank_line_key
    assert entry["after"] == {"payout_ids": missing.payout_ids, "note": "acquirer's call"}


def test_unmatch_takes_an_automatic_match_apart_for_good(shop: Database) -> None:
    d = _deposit(shop, "2026-09-02")
    assert d.status == "matched" and d.bank_line_key
    unmatch(shop, d.payout_ids, d.bank_line_key)
    for _ in range(2):
        r = reconcile_month(shop, MONTH)
        again = next(x for x in r.deposits if x.settle_dates == ["2026-09-02"])
        assert (again.status, again.received_minor) == ("missing", 0)
        freed = [c for c in r.unexplained_credits if c.bank_line_key == d.bank_line_key]
        assert [(c.amount_minor, c.reason) for c in freed] == [(d.expected_minor, "unexplained")]
        _reimport_everything(shop)
    # matching by hand again undoes the rejection
    manual_match(shop, d.payout_ids, d.bank_line_key)
    restored = _deposit(shop, "2026-09-02")
    assert (restored.status, restored.manual) == ("matched", True)
    actions = [e["action"] for e in audit.entries(shop) if e["action"].startswith("reconcile.")]
    assert actions == ["reconcile.unmatch", "reconcile.match"]


def test_a_merged_credit_can_be_split_by_hand(shop: Database) -> None:
    merged = _deposit(shop, "2026-09-25")
    assert merged.status == "merged" and len(merged.payout_ids) == 2
    unmatch(shop, merged.payout_ids[:1], merged.bank_line_key or "")
    r = reconcile_month(shop, MONTH)
    by_date = {d.settle_dates[0]: d for d in r.deposits}
    assert by_date["2026-09-25"].status == "missing"
    assert by_date["2026-09-26"].status == "missing"  # the credit is larger than the 26th alone
    manual_match(shop, merged.payout_ids[1:], merged.bank_line_key or "")
    d26 = _deposit(shop, "2026-09-26")
    assert (d26.status, d26.manual, d26.difference_minor) == \
        ("matched", True, merged.expected_minor - d26.expected_minor)


def test_explain_a_difference_and_take_it_back(shop: Database) -> None:
    short = _deposit(shop, "2026-09-17")
    credit = next(c for c in reconcile_month(shop, MONTH).unexplained_credits
                  if c.reason == "unexplained")
    explain(shop, short.subject, "  fee for the card reader rental  ")
    explain(shop, credit.subject, "chargeback reversal of 08-20")
    _reimport_everything(shop)
    r = reconcile_month(shop, MONTH)
    assert next(d for d in r.deposits if d.subject == short.subject).explanation == \
        "fee for the card reader rental"
    assert next(c for c in r.unexplained_credits if c.subject == credit.subject).explanation == \
        "chargeback reversal of 08-20"
    assert r.to_json()["deposits"][15]["explanation"] == "fee for the card reader rental"
    explain(shop, short.subject, "")
    assert _deposit(shop, "2026-09-17").explanation == ""
    entries = [e for e in audit.entries(shop) if e["action"] == "reconcile.explain"]
    assert [(e["before"], e["after"]) for e in entries] == [
        (None, "fee for the card reader rental"), (None, "chargeback reversal of 08-20"),
        ("fee for the card reader rental", None)]


def test_bad_requests_are_refused_in_plain_words(shop: Database) -> None:
    d = _deposit(shop, "2026-09-09")
    rent = shop.conn.execute(
        "SELECT natural_key FROM bank_lines WHERE amount_minor < 0").fetchone()[0]
    with pytest.raises(ReconcileError, match="no such bank line"):
        manual_match(shop, d.payout_ids, "2026-09-08|b|nothing|0")
    with pytest.raises(ReconcileError, match="only a credit"):
        manual_match(shop, d.payout_ids, rent)
    with pytest.raises(ReconcileError, match="not a payout id"):
        manual_match(shop, ["2026-09-09"], rent)
    with pytest.raises(ReconcileError, match="at least one payout"):
        unmatch(shop, [], rent)
    with pytest.raises(ReconcileError, match="not a deposit or credit"):
        explain(shop, "2026-09-09", "note")
    assert not [e for e in audit.entries(shop) if e["action"].startswith("reconcile.")]
