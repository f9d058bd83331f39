"""Record a cardholder dispute / chargeback notice (the acquirer's letter or the processor's
e-mail) against a transaction, so the case follows the chargeback-response procedure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from shopguard.core import clock

# Duplicate-processing reason codes (reference: disputes-and-voids.md §2; UnionPay's code is
# from acquirer training material, so it is offered, not assumed).
COMMON_CODES = ("Visa 12.6.1", "Mastercard 4834", "UnionPay 4512 交易重复提交清算", "Amex P08",
                "Discover DP")


def tr(text: str) -> str:
    # lupdate files bare tr() calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


class DisputeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, transaction_id: int = 0):
        super().__init__(parent)
        self.setObjectName("disputeDialog")
        self.setWindowTitle(tr("Record a dispute notice"))
        form = QFormLayout(self)
        self.txn = QSpinBox()
        self.txn.setObjectName("disputeTxn")
        self.txn.setRange(1, 2**31 - 1)
        if transaction_id:
            self.txn.setValue(transaction_id)
        today = QDate.fromString(clock.now().date().isoformat(), "yyyy-MM-dd")
        self.received = QDateEdit(today)
        self.received.setObjectName("disputeReceived")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.has_deadline = QCheckBox(tr("The notice gives a deadline"))
        self.has_deadline.setObjectName("disputeHasDeadline")
        self.has_deadline.setChecked(True)
        self.respond_by = QDateEdit(today.addDays(7))
        self.respond_by.setObjectName("disputeRespondBy")
        self.respond_by.setCalendarPopup(True)
        self.respond_by.setDisplayFormat("yyyy-MM-dd")
        self.has_deadline.toggled.connect(self.respond_by.setEnabled)
        self.code = QComboBox()
        self.code.setObjectName("disputeCode")
        self.code.setEditable(True)
        self.code.addItems(["", *COMMON_CODES])
        self.note = QLineEdit()
        self.note.setObjectName("disputeNote")
        form.addRow(tr("Transaction id"), self.txn)
        form.addRow(tr("Notice received on"), self.received)
        form.addRow(self.has_deadline)
        form.addRow(tr("Answer by"), self.respond_by)
        form.addRow(tr("Reason code"), self.code)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        """Arguments for ``cases.record_dispute`` (besides db and actor)."""
        return {"transaction_id": self.txn.value(),
                "received_on": self.received.date().toString("yyyy-MM-dd"),
                "respond_by": (self.respond_by.date().toString("yyyy-MM-dd")
                               if self.has_deadline.isChecked() else None),
                "reason_code": self.code.currentText().strip(),
                "note": self.note.text().strip()}
