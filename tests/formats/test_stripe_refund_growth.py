"""A later Stripe export shows a refund on a charge imported earlier: the stored row follows."""

from __future__ import annotations

import csv
from pathlib import Path

from shopguard.core.importing import importer
from tests.formats.contract import DATA


def test_later_refund_updates_the_charge_row(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with open(DATA / "stripe.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    idx = {name: i for i, name in enumerate(header)}
    target = next(r for r in body if r[idx["status"]] == "Paid" and r[idx["amount_refunded"]] == "0.00")
    first = importer.import_file(db, DATA / "stripe.csv")
    assert first.ok

    target[idx["amount_refunded"]] = target[idx["amount"]]
    target[idx["status"]] = "Refunded"
    later = tmp_path / "stripe_later.csv"
    with open(later, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *body])
    second = importer.import_file(db, later)
    assert second.ok and second.imported == 0
    assert any("refund added" in n for n in second.notes)
    refunded, net, amount, fee = db.conn.execute(
        "SELECT refunded_minor, net_minor, amount_minor, fee_minor FROM transactions"
        " WHERE reference_no = ?", (target[idx["id"]],)).fetchone()
    assert refunded == amount
    assert net == amount - refunded - fee
