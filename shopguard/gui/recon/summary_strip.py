"""The month's figures at the top of the Reconciliation screen, and the payout counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from shopguard.core.money import format_money
from shopguard.core.reconcile import STATUSES, MonthReconciliation, texts
from shopguard.gui.recon.fee_panel import rate_text

FIGURES = ("expected", "received", "difference", "fees", "rate", "overcharge")
ALERT_COLOR = "#b3261e"


class SummaryStrip(QFrame):
    """Six figures (name above value) and a line counting payouts by status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reconSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rec: MonthReconciliation | None = None
        self.lang = "en"
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

    def set_month(self, rec: MonthReconciliation | None, lang: str) -> None:
        self.rec, self.lang = rec, lang
        if rec is None:
            for value in self.values.values():
                value.setText("—")
                value.setStyleSheet("")
            self.counts.setText("")
            return
        cur = rec.currency
        shown = {
            "expected": format_money(rec.expected_minor, cur),
            "received": format_money(rec.received_minor, cur),
            "difference": format_money(rec.difference_minor, cur),
            "fees": format_money(rec.fees_minor, cur),
            "rate": rate_text(rec.effective_rate),
            "overcharge": format_money(rec.fee_check.overcharge_minor, cur),
        }
        for key, value in self.values.items():
            value.setText(shown[key])
        # Colour only repeats what the figure says (a negative difference, an overcharge).
        for key, bad in (("difference", rec.difference_minor != 0),
                         ("overcharge", rec.fee_check.overcharge_minor > 0)):
            self.values[key].setStyleSheet(f"color: {ALERT_COLOR};" if bad else "")
        self.counts.setText(self.counts_text(rec))

    def counts_text(self, rec: MonthReconciliation) -> str:
        """'31 payouts: matched 26, late 1, … · 1 explained · 1 unexplained credit'."""
        counts = rec.status_counts()
        parts = [f"{texts.status_name(s, self.lang)} {counts[s]}"
                 for s in reversed(STATUSES) if counts.get(s)]
        text = self.tr("%n payout(s)", "", len(rec.deposits))
        if parts:
            text = self.tr("{payouts}: {statuses}").format(
                payouts=text, statuses=self.tr(", ").join(parts))
        explained = sum(1 for d in rec.deposits if d.explanation)
        if explained:
            text += " · " + self.tr("%n explained", "", explained)
        unexplained = sum(1 for c in rec.unexplained_credits if c.reason == "unexplained")
        text += " · " + self.tr("%n unexplained credit(s)", "", unexplained)
        return text

    def retranslate(self) -> None:
        names = {"expected": self.tr("Expected"), "received": self.tr("Received"),
                 "difference": self.tr("Difference"), "fees": self.tr("Fees"),
                 "rate": self.tr("Effective rate"), "overcharge": self.tr("Overcharged")}
        for key, label in self.names.items():
            label.setText(names[key])
        self.set_month(self.rec, self.lang)
