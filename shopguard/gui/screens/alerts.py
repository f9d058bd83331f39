"""Alerts: review what the detection rules found, one alert at a time, from the keyboard.

Left: alerts grouped by rule and severity, with counts. Right: the plain-language
explanation, the evidence rows side by side (one column per transaction, the time gap
highlighted), and the review actions: Dismiss (with a reason), Confirm, Reopen and Start
procedure (asks the Cases screen to open a procedure for the alert). N/J and P/K move to the
next/previous alert. Every import scans its new days in the core (the import's own op); "Scan
now" scans whatever is still pending in the background.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.detection import Alert, ScanCancelled, ScanResult, scan_pending, texts
from shopguard.core.detection import alerts as core_alerts
from shopguard.core.money import format_money
from shopguard.core.store import Database, settings
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpCancelled, OpContext, OpHandle
from shopguard.gui.owner_pin import pin_if_needed
from shopguard.gui.screens import Screen

STATUS_FILTERS = ("open", "", "dismissed", "confirmed", "resolved")  # "" = all
GAP_COLOR = QColor("#ffe08a")
SEVERITY_COLOR = {"high": QColor("#c62828"), "medium": QColor("#ef6c00"),
                  "low": QColor("#546e7a")}
FIELDS = ("role", "time", "gap", "terminal", "card", "amount", "type", "status",
          "reference", "operator")


def load_alerts(db: Database, status: str) -> dict[str, Any]:
    """What the screen shows (runs in a worker thread)."""
    return {"alerts": core_alerts.list_alerts(db, status=status or None),
            "window_s": int(settings.get(db, "duplicate_window_minutes")) * 60}


def scan_new_imports(db: Database, op: OpContext) -> ScanResult:
    """The background scan after an import: only the days the new imports touched."""
    try:
        return scan_pending(db, progress=lambda d, t: op.progress(d, t), cancel=op.cancelled)
    except ScanCancelled:
        raise OpCancelled() from None


class AlertsScreen(Screen):
    key = "alerts"
    order = 40
    procedure_requested = Signal(int)  # alert id; the navigate signal carries the details

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.alerts: list[Alert] = []
        self.current: Alert | None = None
        self.window_s = 600
        self._want_id: int | None = None
        self._next_after: int | None = None
        self._scans: list[OpHandle] = []
        self._watched: QObject | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.status_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("scanButton")
        self.scan_button.clicked.connect(self.scan_now)
        self.summary = QLabel()
        self.summary.setObjectName("alertsSummary")
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.scan_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("alertTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        split.addWidget(self.tree)

        right = QWidget()
        rl = QVBoxLayout(right)
        self.title_label = QLabel()
        self.title_label.setObjectName("alertTitle")
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title_label.setFont(bold)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_label = QLabel()
        self.case_label.setObjectName("alertCase")
        self.case_label.setWordWrap(True)
        self.evidence = QTableWidget(len(FIELDS), 0)
        self.evidence.setObjectName("evidenceTable")
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence.horizontalHeader().setStretchLastSection(False)
        self.history = QLabel()
        self.history.setObjectName("reviewHistory")
        self.history.setWordWrap(True)

        actions = QHBoxLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reasonBox")
        self.reason.setEditable(True)
        self.reason.setMinimumWidth(220)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.clicked.connect(lambda: self.review("dismiss"))
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(lambda: self.review("confirm"))
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(lambda: self.review("reopen"))
        self.procedure_button = QPushButton()
        self.procedure_button.setObjectName("procedureButton")
        self.procedure_button.clicked.connect(self.start_procedure)
        self.reason_label = QLabel()
        actions.addWidget(self.reason_label)
        actions.addWidget(self.reason, 1)
        for b in (self.dismiss_button, self.confirm_button, self.reopen_button,
                  self.procedure_button):
            actions.addWidget(b)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("keysHint")

        rl.addWidget(self.title_label)
        rl.addWidget(self.explanation)
        rl.addWidget(self.case_label)
        rl.addWidget(self.evidence, 1)
        rl.addLayout(actions)
        rl.addWidget(self.message)
        rl.addWidget(self.history)
        rl.addWidget(self.keys_hint)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 760])
        layout.addWidget(split, 1)

        for keys, step in (("N", 1), ("J", 1), ("P", -1), ("K", -1)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=step: self.go(s))
        self.retranslate()
        self._show_alert(None)
        self.reload()

    # -- Screen protocol ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Alerts")

    def on_changes(self, changes: Changes) -> None:
        # An import scans its new days itself (core.workspace.import_file, in the import's
        # op), so here it is only a matter of showing what is stored.
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS | Changes.ALERTS
                      | Changes.SETTINGS | Changes.CASES):
            self.reload()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        status = filters.get("status")
        if status is not None and status in STATUS_FILTERS:
            self.status_filter.setCurrentIndex(STATUS_FILTERS.index(status))
        if "alert_id" in filters:
            self._want_id = int(filters["alert_id"])
            self.status_filter.setCurrentIndex(STATUS_FILTERS.index(""))
            self.reload()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Show:"))
        names = (self.tr("Open"), self.tr("All"), self.tr("Dismissed"), self.tr("Confirmed"),
                 self.tr("Resolved"))
        index = max(0, self.status_filter.currentIndex())
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItems(list(names))
        self.status_filter.setCurrentIndex(index)
        self.status_filter.blockSignals(False)
        self.scan_button.setText(self.tr("Scan now"))
        self.tree.setHeaderLabels([self.tr("Alert"), self.tr("Amount"), self.tr("Score"),
                                   self.tr("Status")])
        self.reason_label.setText(self.tr("Reason:"))
        text = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("two separate purchases"), self.tr("customer confirmed"),
                              self.tr("already voided at the terminal"),
                              self.tr("test transaction"), self.tr("charged twice by mistake")])
        self.reason.setCurrentText(text if text else self.reason.itemText(0))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.procedure_button.setText(self.tr("Start procedure"))
        self.keys_hint.setText(self.tr("Keys: N / J next, P / K previous"))
        self.evidence.setVerticalHeaderLabels([
            self.tr("Role"), self.tr("Time"), self.tr("Gap"), self.tr("Terminal"),
            self.tr("Card"), self.tr("Amount"), self.tr("Type"), self.tr("Status"),
            self.tr("Reference"), self.tr("Operator")])
        self._fill_tree()
        self._show_alert(self.current)

    # -- data --------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.translations.language

    def status(self) -> str:
        return STATUS_FILTERS[max(0, self.status_filter.currentIndex())]

    def reload(self) -> None:
        status = self.status()
        self.ctx.ops.run(lambda db, _op: load_alerts(db, status), on_done=self._loaded)

    def _loaded(self, data: dict[str, Any]) -> None:
        keep = self._want_id or (self.current.id if self.current else None)
        self._want_id = None
        self.alerts = data["alerts"]
        self.window_s = data["window_s"]
        self._fill_tree()
        item = self._item_for(keep) if keep is not None else None
        if item is None and keep is not None and self._next_after is not None:
            item = self._item_for(self._next_after)
        self._next_after = None
        if item is None:
            item = self._first_alert_item()
        if item is None:
            self._show_alert(None)
        else:
            self.tree.setCurrentItem(item)
            self._current_changed(item, None)

    def scan_in_background(self) -> None:
        handle = self.ctx.ops.run(scan_new_imports, write=True, changes=Changes.ALERTS,
                                  label=self.tr("Looking for duplicate swipes"),
                                  cancellable=True)
        self._scans = [h for h in self._scans if h in self.ctx.ops.running] + [handle]
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window cancels a background scan quietly (it writes nothing before its
        one transaction, so nothing is lost) and lets the short unlabelled writes queued
        behind it finish, instead of asking about them. A running import is left to the
        window's own question."""
        if event.type() == QEvent.Type.Close and self._scans:
            for handle in self._scans:
                handle.cancel()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                writes = [h for h in self.ctx.ops.running if h.write]
                if not writes or any(h.label and h not in self._scans for h in writes):
                    break
                self.ctx.ops.wait(50)
                QCoreApplication.processEvents()
            self._scans = []
        return False

    def scan_now(self) -> None:
        self.scan_in_background()

    # -- tree ----------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[tuple[str, str], list[Alert]] = {}
        order = {"high": 0, "medium": 1, "low": 2}
        for a in self.alerts:
            groups.setdefault((a.rule, a.severity), []).append(a)
        lang = self.lang
        for (rule, severity), items in sorted(groups.items(),
                                              key=lambda kv: (order[kv[0][1]], kv[0][0])):
            head = QTreeWidgetItem([
                f"{texts.rule_name(rule, lang)} · {texts.severity_name(severity, lang)}"
                f" ({len(items)})"])
            head.setForeground(0, QBrush(SEVERITY_COLOR[severity]))
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            f = head.font(0)
            f.setBold(True)
            head.setFont(0, f)
            for a in items:
                card = a.params.get("card", "")
                timed = any(t.time_known for t in a.transactions) or not a.transactions
                label = a.first_at[:16].replace("T", " ") if timed else a.first_at[:10]
                if card:
                    label += f"  ****{card}"
                amount = a.params.get("amount_minor") or a.params.get("total_minor") \
                    or a.params.get("refunded_minor")
                status = texts.status_name(a.status, lang)
                if a.case is not None:  # the alert's case: "resolved · #3"
                    status += f" · #{a.case.id}"
                child = QTreeWidgetItem([
                    label, format_money(int(amount), a.currency) if amount else "",
                    str(a.score), status])
                child.setData(0, Qt.ItemDataRole.UserRole, a.id)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                head.addChild(child)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self.tree.blockSignals(False)
        total = len(self.alerts)
        self.summary.setText(self.tr("{n} alerts").format(n=total))

    def _alert_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                items += [c for j in range(head.childCount()) if (c := head.child(j))]
        return items

    def _item_for(self, alert_id: int) -> QTreeWidgetItem | None:
        for item in self._alert_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == alert_id:
                return item
        return None

    def _first_alert_item(self) -> QTreeWidgetItem | None:
        items = self._alert_items()
        return items[0] if items else None

    def go(self, step: int) -> None:
        """Select the next (step=1) or previous (-1) alert, across groups."""
        items = self._alert_items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def _current_changed(self, item: QTreeWidgetItem | None, _prev: Any) -> None:
        alert_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        alert = next((a for a in self.alerts if a.id == alert_id), None)
        self._show_alert(alert)

    # -- detail ------------------------------------------------------------------------
    def _show_alert(self, alert: Alert | None) -> None:
        self.current = alert
        for b in (self.dismiss_button, self.confirm_button, self.procedure_button):
            b.setEnabled(alert is not None and alert.status in ("open", "resolved"))
        self.reopen_button.setEnabled(alert is not None
                                      and alert.status in ("dismissed", "confirmed"))
        closed_case = alert is not None and alert.case is not None and alert.case.status == "closed"
        self.procedure_button.setEnabled(alert is not None and alert.status != "dismissed"
                                         and not closed_case)
        self.case_label.setText(self._case_text(alert))
        self.case_label.setVisible(bool(self.case_label.text()))
        if alert is None:
            self.title_label.setText(self.tr("No alert selected"))
            self.explanation.setText(self.tr("Nothing to review here.") if not self.alerts
                                     else "")
            self.evidence.setColumnCount(0)
            self.history.setText("")
            return
        lang = self.lang
        self.title_label.setText(
            f"#{alert.id}  {texts.rule_name(alert.rule, lang)} · "
            f"{texts.severity_name(alert.severity, lang)} · {alert.score} · "
            f"{texts.status_name(alert.status, lang)}")
        self.title_label.setStyleSheet(f"color: {SEVERITY_COLOR[alert.severity].name()}")
        self.explanation.setText(alert.explanation(lang))
        self._fill_evidence(alert)
        self.ctx.ops.run(lambda db, _op: core_alerts.reviews(db, alert.id),
                         on_done=self._show_history)

    def _case_text(self, alert: Alert | None) -> str:
        """"Case #3 (open): the procedure is under way." / "Case #3 closed: Voided."."""
        case = alert.case if alert is not None else None
        if case is None:
            return ""
        if case.status == "closed":
            return self.tr("Case #{id} closed: {outcome}.").format(
                id=case.id, outcome=case.outcome_text(self.lang))
        return self.tr("Case #{id} is open: the procedure is under way (Start procedure "
                       "opens it).").format(id=case.id)

    def _fill_evidence(self, alert: Alert) -> None:
        rows = alert.transactions
        self.evidence.setColumnCount(len(rows))
        self.evidence.setHorizontalHeaderLabels([f"{i + 1}" for i in range(len(rows))])
        prev_at: str | None = None
        from datetime import datetime

        for col, t in enumerate(rows):
            gap_s: int | None = None
            if prev_at is not None and t.time_known:
                gap_s = int((datetime.fromisoformat(t.occurred_at)
                             - datetime.fromisoformat(prev_at)).total_seconds())
            prev_at = t.occurred_at if t.time_known else None  # no gap to an unknown time
            unknown = "" if t.time_known else self.tr("time unknown")
            time_text = (f"{t.occurred_at[:10]} ({unknown})" if unknown
                         else t.occurred_at.replace("T", " "))
            values = {
                "role": self._role(t.role), "time": time_text,
                "gap": ("+" + texts.gap_text(gap_s, self.lang)) if gap_s is not None else "",
                "terminal": t.terminal_id or t.merchant_id,
                "card": f"****{t.card[-4:]}" if t.card else "",
                "amount": format_money(t.amount_minor, t.currency),
                "type": self._role(t.type), "status": self._role(t.status),
                "reference": t.reference_no,
                "operator": t.operator,
            }
            for row, key in enumerate(FIELDS):
                item = QTableWidgetItem(values[key])
                if key == "gap" and gap_s is not None and 0 <= gap_s <= self.window_s:
                    item.setBackground(QBrush(GAP_COLOR))
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                if key == "amount":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.evidence.setItem(row, col, item)
        self.evidence.resizeColumnsToContents()

    def _role(self, role: str) -> str:
        names = {"original": self.tr("first charge"), "duplicate": self.tr("repeat charge"),
                 "void": self.tr("void"), "refund": self.tr("refund"),
                 "declined": self.tr("declined"), "success": self.tr("success"),
                 "sale": self.tr("sale"), "part": self.tr("part"), "swipe": self.tr("swipe"),
                 "failed": self.tr("failed"), "reversal": self.tr("reversal"),
                 "preauth": self.tr("pre-authorisation"),
                 "preauth_complete": self.tr("pre-authorisation completion"),
                 "other": self.tr("other")}
        return names.get(role, role)

    def _show_history(self, rows: list[dict[str, Any]]) -> None:
        lines = [self.tr("{at} {actor}: {action} — {reason}").format(
            at=r["at"].replace("T", " "), actor=r["actor"], action=r["action"],
            reason=r["reason"]) for r in rows]
        self.history.setText("\n".join(lines))

    # -- actions -------------------------------------------------------------------------
    def review(self, action: str) -> None:
        alert = self.current
        if alert is None:
            return
        reason = self.reason.currentText().strip()
        actor = self.ctx.actor
        pin = None
        if action == "dismiss":
            go_on, pin = pin_if_needed(self, self.ctx.read_db(), self.tr("Dismissing an alert"))
            if not go_on:
                return
        items = self._alert_items()
        current = self.tree.currentItem()
        if current in items and action != "reopen":
            index = items.index(current)
            following = items[index + 1] if index + 1 < len(items) else None
            self._next_after = (following.data(0, Qt.ItemDataRole.UserRole)
                                if following is not None else None)

        def work(db: Database, _op: OpContext) -> Alert:
            return core_alerts.review(db, alert.id, action, reason, actor=actor, pin=pin)

        def failed(exc: BaseException) -> None:
            # Refused (a wrong PIN, ...): the alert stays selected and every action with it.
            self._next_after = None
            self.message.setText(str(exc))

        self.message.setText("")
        # The alert stays current until the reload after the write: if it left the list
        # the reload goes on with the next one (`_next_after`); if the write was refused,
        # nothing changed and it is still there to act on.
        self._want_id = None
        self.ctx.ops.run(work, write=True, changes=Changes.ALERTS | Changes.AUDIT,
                         on_error=failed)

    def start_procedure(self) -> None:
        alert = self.current
        if alert is None:
            return
        self.procedure_requested.emit(alert.id)
        self.ctx.navigate.emit("cases", {
            "alert_id": alert.id, "rule": alert.rule,
            "ids": [t.id for t in alert.transactions]})


SCREEN = AlertsScreen
