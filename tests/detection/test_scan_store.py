"""Stored alerts: stable across re-scans, review decisions kept, undo of an import."""

from __future__ import annotations

import pytest

from shopguard.core.detection import alerts
from shopguard.core.detection.scan import ScanCancelled, days_of_import, scan
from shopguard.core.store import audit
from tests.detection.helpers import add_import, sale

DUP = [sale("2026-09-12T12:13:24", 28800, reference_no="A1"),
       sale("2026-09-12T12:13:59", 28800, reference_no="A2")]


def _count(db) -> int:
    return int(db.conn.execute("SELECT count(*) FROM alerts").fetchone()[0])


def test_rescan_creates_no_duplicates(db) -> None:
    add_import(db, DUP)
    first = scan(db)
    second = scan(db)
    assert (first.created, second.created, second.updated) == (1, 0, 1)
    assert _count(db) == 1


def test_dismissed_stays_dismissed_and_is_audited(db) -> None:
    add_import(db, DUP)
    scan(db)
    [a] = alerts.list_alerts(db)
    alerts.review(db, a.id, "dismiss", "two separate purchases", actor="王芳")
    scan(db)
    scan(db, days=["2026-09-12"])
    [b] = alerts.list_alerts(db)
    assert (b.id, b.status) == (a.id, "dismissed")
    [entry] = [e for e in audit.entries(db) if e["action"] == "alert.dismiss"]
    assert entry["actor"] == "王芳" and entry["after"]["reason"] == "two separate purchases"
    assert alerts.reviews(db, a.id)[0]["status_after"] == "dismissed"
    assert audit.verify(db) == []


def test_review_needs_a_reason_and_a_real_alert(db) -> None:
    add_import(db, DUP)
    scan(db)
    [a] = alerts.list_alerts(db)
    with pytest.raises(alerts.AlertError, match="needs a reason"):
        alerts.review(db, a.id, "confirm", "  ")
    with pytest.raises(alerts.AlertError, match="no alert with id 999"):
        alerts.review(db, 999, "confirm", "x")


def test_undo_import_drops_its_alerts_and_decision_returns(db) -> None:
    import_id = add_import(db, DUP)
    scan(db)
    [a] = alerts.list_alerts(db)
    alerts.review(db, a.id, "confirm", "customer called", actor="owner")
    with db.atomic():
        db.conn.execute("DELETE FROM imports WHERE id = ?", (import_id,))
    assert _count(db) == 0  # the cascade took the links, the trigger took the alert
    add_import(db, DUP)
    scan(db)
    [b] = alerts.list_alerts(db)
    assert b.status == "confirmed"  # the decision is keyed by fingerprint


def test_stale_open_alert_goes_when_rule_no_longer_matches(db) -> None:
    from shopguard.core.store import settings

    add_import(db, [sale("2026-09-12T12:00:00", 5800), sale("2026-09-12T12:08:00", 5800)])
    scan(db)
    assert _count(db) == 1
    settings.set_value(db, "duplicate_window_minutes", "5")
    result = scan(db)
    assert (result.removed, _count(db)) == (1, 0)


def test_incremental_scan_covers_the_import_days_only(db) -> None:
    add_import(db, DUP)
    later = add_import(db, [sale("2026-09-20T12:00:00", 1000, reference_no="C1"),
                            sale("2026-09-20T12:00:30", 1000, reference_no="C2")])
    assert days_of_import(db, later) == ["2026-09-20"]
    result = scan(db, days=days_of_import(db, later))
    assert result.created == 1
    [a] = alerts.list_alerts(db)
    assert {t.reference_no for t in a.transactions} == {"C1", "C2"}


def test_incremental_window_crosses_midnight(db) -> None:
    add_import(db, [sale("2026-09-20T23:58:00", 1000, reference_no="N1")])
    later = add_import(db, [sale("2026-09-21T00:01:00", 1000, reference_no="N2")])
    scan(db, days=days_of_import(db, later))
    [a] = alerts.list_alerts(db, rule="duplicate_swipe")
    assert {t.reference_no for t in a.transactions} == {"N1", "N2"}


def test_cancel_writes_nothing_and_progress_reports(db) -> None:
    add_import(db, DUP)
    with pytest.raises(ScanCancelled):
        scan(db, cancel=lambda: True)
    assert _count(db) == 0
    seen: list[tuple[int, int]] = []
    scan(db, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 5


def test_scan_pending_covers_new_imports_only(db) -> None:
    from shopguard.core.detection.scan import scan_pending

    add_import(db, DUP)
    first = scan_pending(db)  # never scanned: everything
    assert first.created == 1 and first.days is None
    assert scan_pending(db).days is None and scan_pending(db).created == 0
    add_import(db, [sale("2026-09-20T12:00:00", 1000), sale("2026-09-20T12:00:30", 1000)])
    second = scan_pending(db)
    assert second.created == 1 and second.days == ("2026-09-19", "2026-09-22")
