"""The background runner: writes off the UI thread, one at a time, results on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from shopguard.core.changes import Changes
from shopguard.core.store import settings
from shopguard.gui.ops import OpCancelled, error_text


def test_write_runs_off_the_ui_thread_and_emits_changed(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(db, op):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.get_ident()
        settings.set_value(db, "shop_name", "小店 Corner", actor="owner")
        return "done"

    def done(result: object) -> None:
        seen["done_thread"] = QThread.currentThread()
        seen["result"] = result

    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        ctx.ops.run(work, write=True, changes=Changes.SETTINGS, on_done=done)
    assert changed.args[0] == Changes.SETTINGS
    assert seen["thread"] != ui_thread
    assert seen["result"] == "done"
    assert seen["done_thread"] is ctx.thread()
    assert settings.get(ctx.read_db(), "shop_name") == "小店 Corner"


def test_writes_are_serialised(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    active = 0
    peak = 0
    lock = threading.Lock()

    def work(db, op):  # type: ignore[no-untyped-def]
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with lock:
            active -= 1

    handles = [ctx.ops.run(work, write=True) for _ in range(4)]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    assert peak == 1


def test_cancel_stops_the_op_without_error_or_done(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    calls: list[str] = []

    def work(db, op):  # type: ignore[no-untyped-def]
        started.set()
        for i in range(500):
            op.progress(i, 500, "working")
            op.check_cancelled()
            time.sleep(0.01)
        return "finished"

    handle = ctx.ops.run(work, write=True, cancellable=True, label="long",
                         on_done=lambda r: calls.append("done"),
                         on_error=lambda e: calls.append("error"))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.was_cancelled
    assert calls == []


def test_errors_reach_on_error_on_the_ui_thread(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def work(db, op):  # type: ignore[no-untyped-def]
        raise ValueError("row 3, column 金额: not an amount")

    handle = ctx.ops.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert [str(e) for e in errors] == ["row 3, column 金额: not an amount"]


def test_unhandled_error_shows_a_plain_dialog_without_card_numbers(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from shopguard.gui.ops import show_error

    shown: list[object] = []
    ctx.ops.show_error = lambda label, exc: shown.append(show_error(None, label, exc))

    def work(db, op):  # type: ignore[no-untyped-def]
        raise RuntimeError("card 6228480402564890018 refused")

    handle = ctx.ops.run(work, label="Testing")
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    box = shown[0]
    assert "6228480402564890018" not in box.informativeText()  # type: ignore[attr-defined]
    assert "0018" in box.informativeText()  # type: ignore[attr-defined]
    assert "Traceback" not in box.informativeText()  # type: ignore[attr-defined]
    box.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("exc,expected", [
    (ValueError("bad value"), "bad value"),
    (KeyError("x"), "'x'"),
    (ZeroDivisionError("division by zero"), "ZeroDivisionError: division by zero"),
    (OpCancelled(), "OpCancelled"),
])
def test_error_text(exc: BaseException, expected: str) -> None:
    assert error_text(exc) == expected


def test_results_for_a_closed_widget_or_context_are_dropped(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    handle = ctx.ops.run(lambda _db, _op: "late", on_done=lambda text: label.setText(text))
    label.deleteLater()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)  # no "already deleted" error escaped
    seen: list[str] = []
    ctx.ops.shutdown()
    late = ctx.ops.run(lambda _db, _op: "after", on_done=seen.append)
    qtbot.waitUntil(lambda: late.done, timeout=5000)
    assert seen == []
