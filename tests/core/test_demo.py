"""Demo data: deterministic, consistent, masked, planted cases present, refuses a second run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from shopguard.core import clock
from shopguard.core.importing.demo import DemoError, Limits, build_demo, generate_demo
from shopguard.core.importing.importer import undo_import
from shopguard.core.pan import is_pan
from shopguard.core.store import audit, settings

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(per_txn=2_000_000, daily=5_000_000, round_min=100_000)


def _fingerprint(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    return db.conn.execute(
        "SELECT occurred_at, terminal_id, card, type, status, amount_minor, reference_no"
        " FROM transactions ORDER BY id").fetchall()


def test_same_seed_same_data(tmp_path: Path) -> None:
    from shopguard.core.workspace import connect

    clock.set_now(datetime(2026, 11, 27, 9, 0))
    a, b, c = (connect(tmp_path / f"{n}.db") for n in "abc")
    assert generate_demo(a, months=1, seed=7) == generate_demo(b, months=1, seed=7)
    generate_demo(c, months=1, seed=8)
    assert _fingerprint(a) == _fingerprint(b)
    assert _fingerprint(a) != _fingerprint(c)


def test_rows_are_consistent(db) -> None:  # type: ignore[no-untyped-def]
    clock.set_now(datetime(2026, 11, 27, 9, 0))
    n = generate_demo(db, months=2)
    conn = db.conn
    assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == n
    imp = conn.execute("SELECT imported, rows_read, format, first_at, last_at FROM imports"
                       ).fetchone()
    assert imp[:3] == (n, n, "demo")
    assert imp[4][:10] == "2026-11-26"  # ends yesterday
    # net = amount - fee on successful sales, the negative of that on voids/refunds, 0 on failed
    bad = conn.execute(
        "SELECT count(*) FROM transactions WHERE NOT ("
        " (status = 'failed' AND net_minor = 0 AND fee_minor = 0) OR"
        " (status = 'success' AND type = 'sale' AND net_minor = amount_minor - fee_minor) OR"
        " (status = 'success' AND type IN ('void','refund')"
        "  AND net_minor = -(amount_minor + fee_minor)))").fetchone()[0]
    assert bad == 0
    # every void equals its sale, same day; refunds point at a sale (except the planted ghost)
    voids = conn.execute(
        "SELECT v.amount_minor, s.amount_minor, substr(v.occurred_at,1,10),"
        " substr(s.occurred_at,1,10) FROM transactions v JOIN transactions s"
        " ON s.reference_no = v.original_reference_no WHERE v.type = 'void'").fetchall()
    assert voids and all(a == b and d1 == d2 for a, b, d1, d2 in voids)
    assert conn.execute("SELECT count(*) FROM transactions WHERE type = 'void'").fetchone()[0] \
        == len(voids)
    orphans = conn.execute(
        "SELECT count(*) FROM transactions r WHERE type = 'refund' AND NOT EXISTS"
        " (SELECT 1 FROM transactions s WHERE s.reference_no = r.original_reference_no)"
    ).fetchone()[0]
    assert orphans == 1
    assert conn.execute("SELECT count(DISTINCT reference_no) FROM transactions").fetchone()[0] == n
    # lunch and dinner are the peaks
    hours = dict(conn.execute("SELECT substr(occurred_at,12,2), count(*) FROM transactions"
                              " GROUP BY 1").fetchall())
    assert hours["12"] > 3 * hours["15"] and hours["18"] > 3 * hours["15"]
    assert {r[0] for r in conn.execute("SELECT kind FROM terminals")} >= {
        "traditional_pos", "qr_third_party"}
    assert settings.get(db, "shop_name") and settings.get(db, "currency") == "CNY"
    assert "王芳" in settings.get(db, "staff")


def test_no_full_pan_anywhere(db) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, months=1)
    long_digits = re.compile(r"\d{13,19}")
    for (card, ref, order) in db.conn.execute(
            "SELECT card, reference_no, order_no FROM transactions"):
        for value in (card, ref, order):
            for m in long_digits.findall(value):
                assert not is_pan(m), value
        assert "*" in card or not card[:1].isdigit() or card.startswith("2088")


def test_second_run_refused_then_allowed_after_undo(db) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, months=1)
    with pytest.raises(DemoError, match="already in this database"):
        generate_demo(db, months=1)
    undo_import(db, 1)
    assert generate_demo(db, months=1) > 0
    assert not audit.verify(db)
    actions = [e["action"] for e in audit.entries(db)]
    assert actions.count("import.demo") == 2


def test_refuses_a_real_shops_database(db, sample) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.importing.importer import import_file

    assert import_file(db, sample("allinpay.csv")).ok
    with pytest.raises(DemoError, match="only goes into an empty database"):
        generate_demo(db)


def test_existing_settings_are_kept(db) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(db, "shop_name", "My shop")
    generate_demo(db, months=1)
    assert settings.get(db, "shop_name") == "My shop"


def test_every_rule_is_planted() -> None:
    plan = build_demo(date(2026, 9, 1), 91, 7, LIMITS)
    by_ref = {t.reference_no: t for t in plan.rows}
    expected = {"duplicate_swipe", "duplicate_voided", "duplicate_refunded", "burst",
                "per_txn_limit", "daily_limit", "daily_limit_and_split", "off_hours",
                "refund_without_sale", "refund_exceeds_sale", "decline_storm", "round_amount",
                "control_same_amount_diff_card", "control_same_card_far_apart"}
    assert set(plan.planted) == expected
    for groups in plan.planted.values():
        for group in groups:
            assert all(ref in by_ref for ref in group)
    for a, b in (g[:2] for g in plan.planted["duplicate_swipe"]):
        ta, tb = by_ref[a], by_ref[b]
        assert (ta.card, ta.amount_minor, ta.terminal_id) == (tb.card, tb.amount_minor,
                                                             tb.terminal_id)
        gap = datetime.fromisoformat(tb.occurred_at) - datetime.fromisoformat(ta.occurred_at)
        assert 0 < gap.total_seconds() < LIMITS.duplicate_minutes * 60
    (split,) = plan.planted["daily_limit_and_split"]
    amounts = [by_ref[r].amount_minor for r in split]
    assert all(0.9 * LIMITS.per_txn < a < LIMITS.per_txn for a in amounts)
    assert sum(amounts) > LIMITS.daily
    daily = [by_ref[r].amount_minor for r in plan.planted["daily_limit"][0]]
    assert sum(daily) > LIMITS.daily and max(daily) < LIMITS.per_txn
    assert all(by_ref[g[0]].amount_minor > LIMITS.per_txn for g in plan.planted["per_txn_limit"])
    storm = [by_ref[r] for r in plan.planted["decline_storm"][0]]
    assert [t.status for t in storm] == ["failed"] * 4 + ["success"]
    hours = {by_ref[g[0]].occurred_at[11:13] for g in plan.planted["off_hours"]}
    assert hours == {"02", "23"}


def test_cli_demo_json_and_refusal(tmp_path: Path) -> None:
    db_file = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "shopguard", "--db", str(db_file), "--create", "--now",
           "2026-11-27T09:00", "demo", "--months", "1", "--json"]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert out["transactions"] > 1000 and out["last_at"].startswith("2026-11-26")
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert again.returncode == 1
    assert again.stderr.strip().startswith("demo: demo data is already in this database")
    assert "Traceback" not in again.stderr


@pytest.mark.parametrize("months", [1, 3])
def test_demo_duplicates_show_the_void_refund_and_adjustment_paths(db, months: int) -> None:  # type: ignore[no-untyped-def]
    """Dated relative to today: on the day after it ends, one duplicate can still be voided
    (after yesterday's cut-off), recent ones refunded, and (over three months) old ones need
    the acquirer."""
    from shopguard.core.detection import alerts, run_scan
    from shopguard.core.procedures.decision import decide

    now = datetime(2026, 11, 27, 9, 0)
    clock.set_now(now)
    generate_demo(db, months=months)
    run_scan(db)
    paths = {decide(db, [t.id for t in a.transactions], now).path
             for a in alerts.list_alerts(db, status="open") if a.rule == "duplicate_swipe"}
    assert {"void", "refund"} <= paths
    if months == 3:
        assert "acquirer_adjustment" in paths
