"""The monthly risk summary panel the Overview screen places in its `riskSummaryArea`.

Per terminal: level (low/medium/high) with the reasons, compared with the previous month
(`shopguard.core.detection.risk.summary`). Refreshes when alerts or transactions change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.detection import risk
from shopguard.core.store import Database
from shopguard.gui.context import AppContext

LEVEL_COLOR = {"high": QColor("#c62828"), "medium": QColor("#ef6c00"),
               "low": QColor("#2e7d32"), risk.UNSCANNED: QColor("#546e7a")}


class RiskSummaryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("riskSummaryPanel")
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("riskHeading")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("riskTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        ctx.changed.connect(self._changed)
        ctx.language_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes & (Changes.ALERTS | Changes.TRANSACTIONS):
            self.reload()

    def reload(self) -> None:
        lang = self.ctx.translations.language

        def work(db: Database, _op: Any) -> dict[str, Any]:
            return risk.summary(db, None, lang)

        self.ctx.ops.run(work, on_done=self._show)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Terminal"), self.tr("Transactions"), self.tr("Risk"),
            self.tr("Last month"), self.tr("Trend"), self.tr("Why")])
        if self.data:
            self._show(self.data)

    def _level(self, level: str) -> str:
        return {"low": self.tr("low"), "medium": self.tr("medium"),
                "high": self.tr("high"),
                risk.UNSCANNED: self.tr("not checked yet")}.get(level, level)

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        self.heading.setText(self.tr("Risk in {month} (compared with {prev}): {level}").format(
            month=data["month"], prev=data["previous_month"], level=self._level(data["level"])))
        trend = {"up": self.tr("worse"), "down": self.tr("better"), "same": self.tr("same"),
                 "unknown": "—"}
        self.table.setRowCount(len(data["terminals"]))
        for row, t in enumerate(data["terminals"]):
            values = [t["terminal_id"] or "-", f"{t['transactions']:,}", self._level(t["level"]),
                      self._level(t["previous"]["level"]), trend[t["trend"]],
                      "; ".join(t["reasons"])]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QBrush(LEVEL_COLOR[t["level"]]))
                self.table.setItem(row, col, item)
        for col in range(5):
            self.table.resizeColumnToContents(col)
        self.table.resizeRowsToContents()


def make_panel(ctx: AppContext) -> QWidget:
    return RiskSummaryPanel(ctx)
