"""The owner-PIN lock-out said plainly in both languages, and Settings → Backups working."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shopguard.core.store import access, audit, backup
from shopguard.gui import owner_pin
from shopguard.gui.context import AppContext
from shopguard.gui.screens.settings import SettingsScreen
from tests.conftest import DATA

PIN = "246813"


def _screen(ctx: AppContext, qtbot) -> SettingsScreen:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: bool(screen.values) and bool(screen.backups_box.summary),
                    timeout=5000)
    return screen


def _lock_out(ctx: AppContext) -> access.Lockout:
    db = ctx.read_db()
    access.set_owner_pin(db, PIN)
    for _ in range(3):
        access.check_pin(db, "000000", "李娜")
    lock = access.lockout_state(db)
    assert lock is not None
    return lock


def test_a_locked_pin_is_said_plainly_and_not_asked(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lock = _lock_out(ctx)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: pytest.fail("no PIN is asked while entry is locked"))
    screen = _screen(ctx, qtbot)
    assert owner_pin.pin_if_needed(screen, ctx.read_db(), "Changing settings") == (False, None)
    assert len(shown) == 1
    assert "3 wrong owner PINs in a row, so PIN entry is locked for" in shown[0]
    assert "every further wrong PIN doubles the wait" in shown[0]
    # The Settings box says it too, under the staff-mode text.
    assert screen.pin_warning.isVisibleTo(screen)
    assert "PIN entry is locked" in screen.pin_warning.text()
    ctx.set_language("zh_CN")
    screen.retranslate()  # the main window calls it on language_changed
    assert "店主密码已连续输错 3 次，密码输入锁定" in screen.pin_warning.text()
    box = owner_pin.locked_box(screen, lock)
    assert box.windowTitle() == "店主密码已锁定" and "秒" in box.text()
    assert box.text().isascii() is False and "PIN" not in box.text()


def test_a_wrong_pin_says_how_many_tries_are_left(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    access.set_owner_pin(ctx.read_db(), PIN)
    said: list[str] = []
    monkeypatch.setattr(owner_pin.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(owner_pin, "ask_pin", lambda *_a: "111111")
    screen = _screen(ctx, qtbot)
    assert owner_pin.verified_pin(screen, ctx.read_db(), "Undoing an import") is None
    assert said == ["That is not the owner's PIN. 2 more wrong PIN(s) lock PIN entry for a while."]
    denied = [e for e in audit.entries(ctx.read_db()) if e["action"] == "access.denied"]
    assert len(denied) == 1


def test_a_short_pin_from_before_is_flagged(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    import json

    db = ctx.read_db()
    access.set_owner_pin(db, PIN)
    rec = json.loads(db.conn.execute("SELECT value FROM settings WHERE key='owner_pin'"
                                     ).fetchone()[0])
    rec["short"] = True
    db.conn.execute("UPDATE settings SET value = ? WHERE key = 'owner_pin'", (json.dumps(rec),))
    screen = _screen(ctx, qtbot)
    assert "fewer than 6 digits" in screen.pin_warning.text()


def test_back_up_now_and_restore(ctx: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                 db_path: Path) -> None:
    from shopguard.core import workspace

    db = ctx.read_db()
    workspace.import_file(db, DATA / "allinpay.csv")
    screen = _screen(ctx, qtbot)
    panel = screen.backups_box
    assert panel.last_label.text() == "No backup has been made yet."
    with qtbot.waitSignal(ctx.changed, timeout=10000):
        panel.backup_button.click()
    qtbot.waitUntil(lambda: panel.last_label.text().startswith("Last backup: "), timeout=5000)
    made = backup.auto_backups(db_path.parent / "backups", db_path.stem)
    assert len(made) == 1 and str(made[0]) in panel.last_label.text()
    assert "Backed up to" in panel.message.text()

    db.conn.execute("DELETE FROM transactions WHERE id <= 100")  # records lost
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(ctx.changed, timeout=20000):
        panel.restore_file(made[0])
    assert asked and "Everything changed since then is replaced by the backup" in asked[0]
    qtbot.waitUntil(lambda: "Restored." in panel.message.text(), timeout=10000)
    assert ctx.read_db().conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0] == 1401
    assert list(db_path.parent.glob("shop.before-restore-*.db"))


def test_restore_refuses_a_file_that_is_not_a_backup(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    bogus = tmp_path / "photo.db"
    bogus.write_bytes(b"\x89PNG" + b"\0" * 4000)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    screen = _screen(ctx, qtbot)
    screen.backups_box.restore_file(bogus)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "not a ShopGuard backup" in said[0]


def test_backups_panel_in_chinese(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(ctx, qtbot)
    ctx.set_language("zh_CN")
    panel = screen.backups_box
    assert panel.title() == "备份"
    assert panel.backup_button.text() == "立即备份" and panel.restore_button.text() == "恢复…"
    assert panel.last_label.text() == "尚未做过备份。"
    assert "每天自动备份一次" in panel.auto_label.text()


def test_the_app_backs_up_daily_and_keeps_the_head_file(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                        db_path: Path) -> None:
    from shopguard.core import workspace
    from shopguard.core.changes import Changes
    from shopguard.core.store import audit_head
    from shopguard.gui import safekeeping

    workspace.import_file(ctx.read_db(), DATA / "allinpay.csv")
    keeper = safekeeping.install(ctx, first_delay_ms=0)
    qtbot.waitUntil(lambda: bool(backup.auto_backups(db_path.parent / "backups", "shop")),
                    timeout=10000)
    assert keeper.timer.isActive()
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=10000)
    keeper.backup_if_due()  # the hourly check: today's backup exists, nothing more
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=10000)
    assert len(backup.auto_backups(db_path.parent / "backups", "shop")) == 1
    audit.append(ctx.read_db(), "owner", "test.write")
    ctx.changed.emit(Changes.AUDIT)
    saved = audit_head.read(audit_head.head_path(db_path))
    assert saved is not None and saved["count"] == audit.head(ctx.read_db()).count


def test_checking_the_pin_while_a_long_write_runs_says_so(ctx: AppContext, qtbot,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          db_path: Path) -> None:
    import sqlite3

    access.set_owner_pin(ctx.read_db(), PIN)
    said: list[str] = []
    monkeypatch.setattr(owner_pin.QMessageBox, "information",
                        lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(owner_pin, "ask_pin", lambda *_a: PIN)
    writer = sqlite3.connect(str(db_path), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    try:
        ctx.read_db().conn.execute("PRAGMA busy_timeout = 100")
        assert owner_pin.verified_pin(None, ctx.read_db(), "Undoing an import") is None  # type: ignore[arg-type]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert said and "saving something else right now" in said[0]
