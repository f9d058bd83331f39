"""Settings: every shop setting (stored in the database, so the CLI agrees), terminals, language.

Each value is parsed with the core's own parser as it is typed; a refused value shows the
core's reason (`SettingError`) under the field and is not saved.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.store import SPECS, TERMINAL_KINDS, Database, SettingError, access, settings
from shopguard.gui import owner_pin
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext
from shopguard.gui.recon import recon_settings
from shopguard.gui.screens import Screen

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shop", ("shop_name", "shop_contact", "language", "currency", "timezone", "business_hours",
              "industry_preset", "staff")),
    ("limits", ("per_txn_limit", "daily_limit", "fee_rate", "refund_window_days",
                "refund_windows", "cutoff_time", "terminal_kind", "acquirer")),
    ("detection", ("duplicate_window_minutes", "off_hours_grace_minutes", "burst_count",
                   "burst_window_minutes", "split_window_minutes", "split_margin_percent",
                   "decline_storm_count", "decline_storm_minutes", "round_amount_min",
                   "round_amount_days")),
)


def text_of(key: str, value: Any) -> str:
    """A stored value as the user types it."""
    shown = settings.display(key, value)
    if isinstance(shown, list):
        return ", ".join(str(v) for v in shown)
    if isinstance(shown, dict):
        return json.dumps(shown, ensure_ascii=False)
    return str(shown)


def load_settings(db: Database, _op: OpContext | None = None) -> dict[str, Any]:
    terminals = [dict(zip(("terminal_id", "merchant_id", "name", "kind", "acquirer"), r,
                          strict=True))
                 for r in db.conn.execute("SELECT terminal_id, merchant_id, name, kind, acquirer"
                                          " FROM terminals ORDER BY terminal_id")]
    return {"values": settings.get_all(db), "terminals": terminals}


def save_settings(db: Database, values: dict[str, Any], terminals: list[dict[str, str]],
                  actor: str) -> None:
    """Store typed values and terminal details in one transaction (each change audited)."""
    from shopguard.core.store import audit

    with db.atomic():
        for key, value in values.items():
            settings.store(db, key, value, actor)
        for t in terminals:
            before = db.conn.execute(
                "SELECT name, kind, acquirer FROM terminals WHERE terminal_id = ?",
                (t["terminal_id"],)).fetchone()
            after = (t["name"], t["kind"], t["acquirer"])
            if before is not None and tuple(before) != after:
                db.conn.execute("UPDATE terminals SET name = ?, kind = ?, acquirer = ?"
                                " WHERE terminal_id = ?", (*after, t["terminal_id"]))
                audit.append(db, actor, "terminal.change", t["terminal_id"],
                             dict(zip(("name", "kind", "acquirer"), before, strict=True)),
                             dict(zip(("name", "kind", "acquirer"), after, strict=True)))


class SettingsScreen(Screen):
    key = "settings"
    order = 80

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.values: dict[str, Any] = {}
        self.terminals: list[dict[str, str]] = []
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for group, keys in GROUPS:
            box = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for key in keys:
                form.addRow(*self._make_row(key))
            self.boxes[group] = box
            layout.addWidget(box)
        recon_settings.add_group(self, layout)

        self.terminals_box = QGroupBox()
        tlayout = QVBoxLayout(self.terminals_box)
        self.terminals_table = QTableWidget(0, 5)
        self.terminals_table.setObjectName("terminalsTable")
        self.terminals_table.verticalHeader().setVisible(False)
        self.terminals_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.terminals_table.horizontalHeader().setStretchLastSection(True)
        self.terminals_table.setMinimumHeight(140)
        self.terminals_hint = QLabel()
        self.terminals_hint.setWordWrap(True)
        tlayout.addWidget(self.terminals_hint)
        tlayout.addWidget(self.terminals_table)
        layout.addWidget(self.terminals_box)
        layout.addWidget(self._make_pin_box())
        layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.reload)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        self.retranslate()
        self.reload()

    # -- owner PIN / staff mode ----------------------------------------------------------
    def _make_pin_box(self) -> QGroupBox:
        self.pin_box = QGroupBox()
        row = QHBoxLayout(self.pin_box)
        self.pin_state = QLabel()
        self.pin_state.setObjectName("pinState")
        self.pin_state.setWordWrap(True)
        self.set_pin_button = QPushButton()
        self.set_pin_button.setObjectName("setPin")
        self.set_pin_button.clicked.connect(self.set_pin)
        self.clear_pin_button = QPushButton()
        self.clear_pin_button.setObjectName("clearPin")
        self.clear_pin_button.clicked.connect(self.clear_pin)
        row.addWidget(self.pin_state, 1)
        row.addWidget(self.set_pin_button)
        row.addWidget(self.clear_pin_button)
        return self.pin_box

    def _show_pin_state(self) -> None:
        on = access.staff_mode(self.ctx.read_db())
        self.pin_state.setText(self.tr(
            "Staff mode is on: changing settings, deleting data, dismissing alerts and closing a "
            "case as not a duplicate need the owner PIN.") if on else self.tr(
            "Staff mode is off: anyone at this computer can change everything. Set an owner PIN "
            "to turn it on."))
        self.clear_pin_button.setEnabled(on)

    def set_pin(self) -> None:
        db = self.ctx.read_db()
        current = None
        if access.staff_mode(db):
            current = owner_pin.ask_pin(self, self.tr("Changing the owner PIN"))
            if current is None:
                return
        new = owner_pin.ask_new_pin(self)
        if new is None:
            return
        actor = self.ctx.actor

        def work(wdb: Database, _op: OpContext) -> None:
            access.set_owner_pin(wdb, new, current_pin=current, actor=actor)

        self.ctx.ops.run(work, write=True, changes=Changes.SETTINGS | Changes.AUDIT,
                         on_done=lambda _r: self._pin_done(self.tr("Owner PIN set.")),
                         on_error=lambda exc: self.status.setText(str(exc)))

    def clear_pin(self) -> None:
        pin = owner_pin.ask_pin(self, self.tr("Turning staff mode off"))
        if pin is None:
            return
        actor = self.ctx.actor

        def work(wdb: Database, _op: OpContext) -> None:
            access.clear_owner_pin(wdb, pin, actor=actor)

        self.ctx.ops.run(work, write=True, changes=Changes.SETTINGS | Changes.AUDIT,
                         on_done=lambda _r: self._pin_done(self.tr("Staff mode is off.")),
                         on_error=lambda exc: self.status.setText(str(exc)))

    def _pin_done(self, message: str) -> None:
        self.status.setText(message)
        self._show_pin_state()

    def _make_row(self, key: str) -> tuple[QLabel, QWidget]:
        spec = SPECS[key]
        label = QLabel()
        self.row_labels[key] = label
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        editor: QLineEdit | QComboBox
        if spec.kind == "choice":
            editor = QComboBox()
            for choice in spec.choices:
                editor.addItem(choice, choice)
            editor.currentIndexChanged.connect(lambda _i, k=key: self.check(k))
        else:
            editor = QLineEdit()
            editor.textEdited.connect(lambda _t, k=key: self.check(k))
        editor.setObjectName(f"setting_{key}")
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        v.addWidget(editor)
        v.addWidget(error)
        self.editors[key] = editor
        self.errors[key] = error
        return label, holder

    # -- values ------------------------------------------------------------------------------

    def editor_text(self, key: str) -> str:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        return editor.text()

    def set_editor_text(self, key: str, text: str) -> None:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(text)))
        else:
            editor.setText(text)
        self.check(key)

    def check(self, key: str) -> Any:
        """Parse the field with the core's parser; show the reason if it is refused."""
        try:
            value = SPECS[key].parse(self.editor_text(key))
        except SettingError as exc:
            self.errors[key].setText(str(exc))
            self.errors[key].show()
            return None
        self.errors[key].hide()
        return value

    def changed_values(self) -> tuple[dict[str, Any], list[str]]:
        """(typed values that differ from the stored ones, keys with refused text)."""
        changed: dict[str, Any] = {}
        bad: list[str] = []
        for key in self.editors:
            try:
                value = SPECS[key].parse(self.editor_text(key))
            except SettingError:
                bad.append(key)
                self.check(key)
                continue
            if value != self.values.get(key):
                changed[key] = value
        return changed, bad

    def terminal_rows(self) -> list[dict[str, str]]:
        rows = []
        for r in range(self.terminals_table.rowCount()):
            kind = self.terminals_table.cellWidget(r, 3)
            rows.append({
                "terminal_id": self._cell(r, 0),
                "name": self._cell(r, 2).strip(),
                "kind": str(kind.currentData()) if isinstance(kind, QComboBox) else "",
                "acquirer": self._cell(r, 4).strip(),
            })
        return rows

    def _cell(self, row: int, col: int) -> str:
        item = self.terminals_table.item(row, col)
        return item.text() if item is not None else ""

    def reload(self) -> None:
        self.ctx.ops.run(load_settings, on_done=self._show)

    def _show(self, data: dict[str, Any]) -> None:
        self.values = data["values"]
        self.terminals = data["terminals"]
        for key in self.editors:
            self.set_editor_text(key, text_of(key, self.values[key]))
        table = self.terminals_table
        table.setRowCount(len(self.terminals))
        for r, t in enumerate(self.terminals):
            for c, col in enumerate(("terminal_id", "merchant_id", "name")):
                item = QTableWidgetItem(t[col])
                if col != "name":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
            kind = QComboBox()
            for k in TERMINAL_KINDS:
                kind.addItem(self.kind_name(k), k)
            kind.setCurrentIndex(max(0, kind.findData(t["kind"])))
            table.setCellWidget(r, 3, kind)
            table.setItem(r, 4, QTableWidgetItem(t["acquirer"]))
        table.resizeColumnsToContents()
        self.status.setText("")

    def save(self) -> None:
        changed, bad = self.changed_values()
        if bad:
            self.status.setText(self.tr("Not saved: fix the fields marked in red."))
            return
        terminals = [t for t, old in zip(self.terminal_rows(), self.terminals, strict=False)
                     if (t["name"], t["kind"], t["acquirer"])
                     != (old["name"], old["kind"], old["acquirer"])]
        if not changed and not terminals:
            self.status.setText(self.tr("Nothing changed."))
            return
        actor = self.ctx.actor
        language = changed.get("language")
        owner_only = bool(terminals) or any(SPECS[k].owner_only for k in changed)
        pin = None
        if owner_only:
            go_on, pin = owner_pin.pin_if_needed(self, self.ctx.read_db(),
                                                 self.tr("Changing settings"))
            if not go_on:
                return

        def work(db: Database, _op: OpContext) -> None:
            if owner_only:
                access.require_owner(db, pin, "change settings", actor)
            save_settings(db, changed, terminals, actor)

        def done(_result: None) -> None:
            self.status.setText(self.tr("Saved."))
            if language is not None:
                self.ctx.set_language(str(language))
            self.reload()

        self.ctx.ops.run(work, write=True, changes=Changes.SETTINGS | Changes.AUDIT,
                         label=self.tr("Saving settings"), on_done=done,
                         on_error=lambda exc: self.status.setText(str(exc)))

    # -- texts -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Settings")

    def kind_name(self, kind: str) -> str:
        return {"traditional_pos": self.tr("Traditional POS"),
                "esign_pos": self.tr("Electronic-signature POS"),
                "smart_pos": self.tr("Smart POS"),
                "qr_third_party": self.tr("QR code / third-party"),
                "international": self.tr("International acquirer")}.get(kind, kind)

    def setting_names(self) -> dict[str, str]:
        return {
            "shop_name": self.tr("Shop name"), "shop_contact": self.tr("Contact"),
            "language": self.tr("Language"), "currency": self.tr("Currency"),
            "timezone": self.tr("Time zone (empty: this computer's)"),
            "business_hours": self.tr("Business hours"),
            "industry_preset": self.tr("Industry preset"), "staff": self.tr("Staff names"),
            "per_txn_limit": self.tr("Per-transaction limit"),
            "daily_limit": self.tr("Daily limit"), "fee_rate": self.tr("Agreed fee rate"),
            "refund_window_days": self.tr("Refund window (days)"),
            "refund_windows": self.tr("Refund window per acquirer (JSON)"),
            "cutoff_time": self.tr("Daily settlement cut-off"),
            "terminal_kind": self.tr("Default terminal kind"),
            "acquirer": self.tr("Default acquirer"),
            "duplicate_window_minutes": self.tr("Duplicate-swipe window (minutes)"),
            "off_hours_grace_minutes": self.tr("Off-hours grace (minutes)"),
            "burst_count": self.tr("Burst: swipes"),
            "burst_window_minutes": self.tr("Burst: within minutes"),
            "split_window_minutes": self.tr("Split sale: within minutes"),
            "split_margin_percent": self.tr("Split sale: margin under limit (%)"),
            "decline_storm_count": self.tr("Decline storm: declines"),
            "decline_storm_minutes": self.tr("Decline storm: within minutes"),
            "round_amount_min": self.tr("Round amounts from"),
            "round_amount_days": self.tr("Round amounts: on days"),
        }

    def choice_names(self) -> dict[str, str]:
        return {"system": self.tr("Follow the system"), "zh_CN": "简体中文", "en": "English",
                "general_retail": self.tr("General retail"),
                "restaurant": self.tr("Restaurant"),
                "jewelry_luxury": self.tr("Jewellery / luxury (lower thresholds)")}

    def retranslate(self) -> None:
        names = self.setting_names()
        for key, label in self.row_labels.items():
            label.setText(names.get(key, key))
        choices = self.choice_names()
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                for i in range(editor.count()):
                    data = str(editor.itemData(i))
                    text = self.kind_name(data) if key == "terminal_kind" else choices.get(
                        data, data)
                    editor.setItemText(i, text)
        self.boxes["shop"].setTitle(self.tr("Shop"))
        self.boxes["limits"].setTitle(self.tr("Limits, fees and refunds"))
        self.boxes["detection"].setTitle(self.tr("Risk detection thresholds"))
        recon_settings.retranslate(self)
        self.terminals_box.setTitle(self.tr("Terminals"))
        self.terminals_hint.setText(self.tr(
            "Terminals appear here after their first import. The kind decides how voids and "
            "refunds are done on it."))
        self.terminals_table.setHorizontalHeaderLabels([
            self.tr("Terminal ID"), self.tr("Merchant ID"), self.tr("Name"), self.tr("Kind"),
            self.tr("Acquirer")])
        for r in range(self.terminals_table.rowCount()):
            kind = self.terminals_table.cellWidget(r, 3)
            if isinstance(kind, QComboBox):
                for i in range(kind.count()):
                    kind.setItemText(i, self.kind_name(str(kind.itemData(i))))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.pin_box.setTitle(self.tr("Owner PIN (staff mode)"))
        self.set_pin_button.setText(self.tr("Set or change PIN…"))
        self.clear_pin_button.setText(self.tr("Turn staff mode off…"))
        self._show_pin_state()

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.SETTINGS | Changes.IMPORTS):
            self.reload()


SCREEN = SettingsScreen
