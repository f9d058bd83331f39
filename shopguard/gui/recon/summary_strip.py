"""The month's figures at the top of the Reconciliation screen, and the payout counts."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from shopguard.core.money import format_money
from shopguard.gui.recon.data import MonthView
from shopguard.gui.recon.fee_panel import rate_text
from shopguard.gui.recon.payout_model import status_names

FIGURES = ("expected", "received", "difference", "fees", "rate", "overcharge")
ALERT_COLOR = "#b3261e"


class SummaryStrip(QFrame):
    """Six figures (name above value) and a line counting payouts by status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reconSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view: MonthView | None = None
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for col, key in enumerate(FIGURES):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            value.setFont(font)
            grid.addWidget(name, 0, col)
            grid.addWidget(value, 1, col)
            grid.setColumnStretch(col, 1)
            self.names[key], self.values[key] = name, value
        outer.addLayout(grid)
        self.counts = QLabel()
        self.counts.setObjectName("payoutCounts")
        self.counts.setWordWrap(True)
        outer.addWidget(self.counts)
        self.retranslate()

    def set_view(self, view: MonthView) -> None:
        self.view = view
        cur = view.currency
        has = bool(view.month)
        texts = {
            "expected": format_money(view.expected_minor, cur),
            "received": format_money(view.received_minor, cur),
            "difference": format_money(view.difference_minor, cur),
            "fees": format_money(view.fees_minor, cur),
            "rate": rate_text(view.effective_rate),
            "overcharge": format_money(view.overcharge_minor, cur),
        }
        for key, value in self.values.items():
            value.setText(texts[key] if has else "—")
        for key, bad in (("difference", view.difference_minor != 0),
                         ("overcharge", view.overcharge_minor > 0)):
            self.values[key].setStyleSheet(f"color: {ALERT_COLOR};" if has and bad else "")
        self._counts()

    def _counts(self) -> None:
        view = self.view
        if view is None or not view.month:
            self.counts.setText("")
            return
        by_status = Counter(p.status for p in view.payouts)
        names = status_names()
        parts = [f"{names.get(s, s)} {n}" for s, n in sorted(
            by_status.items(), key=lambda kv: list(names).index(kv[0]) if kv[0] in names else 99)]
        explained = sum(1 for p in view.payouts if p.explained)
        text = self.tr("%n payout(s)", "", len(view.payouts))
        if parts:
            text += ": " + ", ".join(parts)
        if explained:
            text += " · " + self.tr("%n explained", "", explained)
        unexplained = sum(1 for c in view.credits if c.reason != "previous_period")
        text += " · " + self.tr("%n unexplained credit(s)", "", unexplained)
        self.counts.setText(text)

    def retranslate(self) -> None:
        names = {"expected": self.tr("Expected"), "received": self.tr("Received"),
                 "difference": self.tr("Difference"), "fees": self.tr("Fees"),
                 "rate": self.tr("Effective rate"), "overcharge": self.tr("Overcharged")}
        for key, label in self.names.items():
            label.setText(names[key])
        if self.view is not None:
            self.set_view(self.view)
