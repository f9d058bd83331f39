"""The Settings screen's "Reconciliation" group: the fee contract and the payout rules.

The Settings screen calls `add_group(screen, layout)` once and `retranslate(screen)` on a
language switch. The rows are ordinary setting rows of that screen (its own editors, the
core's parsers, its Save and Revert), so this module only chooses the keys and names them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from shopguard.core.store import SPECS

GROUP = "reconciliation"
KEYS = ("fee_debit_rate", "fee_credit_rate", "fee_debit_cap", "fee_fixed", "payout_days",
        "payout_delay_days", "acquirer_names")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReconSettings", text)


def keys() -> list[str]:
    """The reconciliation settings the core defines (all of `KEYS` once it has them)."""
    return [k for k in KEYS if k in SPECS]


def add_group(screen: Any, layout: QVBoxLayout) -> QGroupBox:
    """Add the group's box to the Settings screen's `layout`, rows made by the screen."""
    box = QGroupBox()
    box.setObjectName("reconciliationSettings")
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    hint = QLabel()
    hint.setObjectName("reconSettingsHint")
    hint.setWordWrap(True)
    form.addRow(hint)
    for key in keys():
        form.addRow(*screen._make_row(key))
    screen.boxes[GROUP] = box
    screen.recon_hint = hint
    layout.addWidget(box)
    return box


def names() -> dict[str, str]:
    return {
        "fee_debit_rate": tr("Debit card fee rate"),
        "fee_credit_rate": tr("Credit card fee rate"),
        "fee_debit_cap": tr("Debit card fee cap per sale (0 = none)"),
        "fee_fixed": tr("Fixed fee per sale"),
        "payout_days": tr("Payouts happen"),
        "payout_delay_days": tr("Payout delay (days after the sale; 0 = same day)"),
        "acquirer_names": tr("Acquirer names in the bank statement"),
    }


def choice_names() -> dict[str, str]:
    return {"every_day": tr("every day"), "weekdays": tr("on weekdays (weekends roll over)")}


def retranslate(screen: Any) -> None:
    box = screen.boxes.get(GROUP)
    if box is None:
        return
    box.setTitle(tr("Reconciliation"))
    screen.recon_hint.setText(tr(
        "The fee contract with your acquirer and when it pays into the bank. The month's "
        "reconciliation compares every sale's fee and every payout with these."))
    labels = names()
    choices = choice_names()
    for key in keys():
        screen.row_labels[key].setText(labels.get(key, key))
        editor = screen.editors[key]
        if hasattr(editor, "itemData"):
            for i in range(editor.count()):
                data = str(editor.itemData(i))
                editor.setItemText(i, choices.get(data, data))
