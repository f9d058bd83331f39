"""Overview: the period covered, counts, totals by type, latest imports, and the risk summary.

The risk summary belongs to the detection work: if a module `shopguard.gui.risk_summary`
exists and defines ``make_panel(ctx) -> QWidget``, its panel is placed in the area named
`riskSummaryArea`; until then that area says what will appear there.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.importing import list_imports
from shopguard.core.money import format_money
from shopguard.core.store import Database, settings
from shopguard.gui.context import AppContext
from shopguard.gui.main_window import db_summary
from shopguard.gui.names import format_name, import_file_name
from shopguard.gui.ops import OpContext
from shopguard.gui.screens import Screen

RISK_PANEL_MODULE = "shopguard.gui.risk_summary"
TYPES = ("sale", "void", "refund", "preauth", "preauth_complete", "reversal", "other")


def overview_data(db: Database, _op: OpContext | None = None) -> dict[str, Any]:
    data = db_summary(db)
    data["currency"] = settings.get(db, "currency")
    data["shop_name"] = settings.get(db, "shop_name")
    data["by_type"] = [
        {"type": t, "currency": c, "count": n, "amount": a, "fees": f}
        for t, c, n, a, f in db.conn.execute(
            "SELECT type, currency, count(*), sum(amount_minor), sum(coalesce(fee_minor, 0))"
            " FROM transactions WHERE status = 'success' GROUP BY type, currency"
            " ORDER BY currency, type")
    ]
    data["failed"] = db.conn.execute(
        "SELECT count(*) FROM transactions WHERE status = 'failed'").fetchone()[0]
    data["imports_list"] = [i for i in list_imports(db) if i["undone_at"] is None][-5:][::-1]
    return data


class OverviewScreen(Screen):
    key = "overview"
    order = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.data: dict[str, Any] = {}
        # Everything scrolls, so a small screen never forces the window taller; the risk
        # summary comes first after the heading, so it is seen without scrolling.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("overviewScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.scroll_area.setWidget(inner)
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        # Hook for branch `detect`: the risk summary panel goes here.
        self.risk_area = QGroupBox()
        self.risk_area.setObjectName("riskSummaryArea")
        risk = QVBoxLayout(self.risk_area)
        self.risk_panel: QWidget | None = self._make_risk_panel()
        self.risk_placeholder = QLabel()
        self.risk_placeholder.setWordWrap(True)
        if self.risk_panel is not None:
            risk.addWidget(self.risk_panel)
            self.risk_placeholder.hide()
            self._fit_panel_tables(self.risk_panel)
        risk.addWidget(self.risk_placeholder)
        layout.addWidget(self.risk_area)

        self.facts_box = QGroupBox()
        facts = QGridLayout(self.facts_box)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, key in enumerate(("period", "transactions", "failed", "imports")):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(name, row, 0)
            facts.addWidget(value, row, 1)
            self.fact_labels[key] = (name, value)
        facts.setColumnStretch(1, 1)
        facts.setRowStretch(len(self.fact_labels), 1)

        self.totals_box = QGroupBox()
        totals = QVBoxLayout(self.totals_box)
        self.totals = QTableWidget(0, 5)
        self.totals.setObjectName("totalsTable")
        self.totals.verticalHeader().setVisible(False)
        self.totals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        totals.addWidget(self.totals)
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.facts_box, 2)
        side_by_side.addWidget(self.totals_box, 3)
        layout.addLayout(side_by_side)

        self.imports_box = QGroupBox()
        imports = QVBoxLayout(self.imports_box)
        self.imports = QTableWidget(0, 4)
        self.imports.setObjectName("latestImports")
        self.imports.verticalHeader().setVisible(False)
        self.imports.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        imports.addWidget(self.imports)
        layout.addWidget(self.imports_box)
        layout.addStretch(1)
        for table in (self.totals, self.imports):
            table.setFrameShape(QFrame.Shape.NoFrame)
        self.imports.horizontalHeader().setStretchLastSection(True)
        self.totals.horizontalHeader().setStretchLastSection(True)
        self.retranslate()
        self.reload()

    def _fit_panel_tables(self, panel: QWidget) -> None:
        """The risk panel's tables show all their rows (the page scrolls, not the table)."""
        for table in panel.findChildren(QTableWidget):
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.verticalHeader().sectionResized.connect(
                lambda *_a, t=table: self._fit_height(t))
            table.model().rowsInserted.connect(lambda *_a, t=table: self._fit_height(t))
            table.model().rowsRemoved.connect(lambda *_a, t=table: self._fit_height(t))

    def _make_risk_panel(self) -> QWidget | None:
        if importlib.util.find_spec(RISK_PANEL_MODULE) is None:
            return None
        module = importlib.import_module(RISK_PANEL_MODULE)
        panel: QWidget = module.make_panel(self.ctx)
        return panel

    def title(self) -> str:
        return self.tr("Overview")

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS | Changes.SETTINGS):
            self.reload()

    def reload(self) -> None:
        self.ctx.ops.run(overview_data, on_done=self._show)

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        self._render()

    def type_name(self, kind: str) -> str:
        names = {"sale": self.tr("Sales"), "void": self.tr("Voids"),
                 "refund": self.tr("Refunds"), "preauth": self.tr("Pre-authorisations"),
                 "preauth_complete": self.tr("Pre-auth completions"),
                 "reversal": self.tr("Reversals"), "other": self.tr("Other")}
        return names.get(kind, kind)

    def _render(self) -> None:
        d = self.data
        shop = d.get("shop_name") or ""
        self.heading.setText(shop or self.tr("Your shop at a glance"))
        if not d:
            return
        period = (self.tr("{first} to {last}").format(first=d["first_at"][:10],
                                                      last=d["last_at"][:10])
                  if d.get("first_at") else self.tr("no transactions yet"))
        self.fact_labels["period"][1].setText(period)
        self.fact_labels["transactions"][1].setText(f"{d['transactions']:,}")
        self.fact_labels["failed"][1].setText(f"{d['failed']:,}")
        self.fact_labels["imports"][1].setText(f"{d['imports']:,}")
        # One row per type and currency, the main currency first: never a sum across currencies.
        main = d.get("currency")
        rows = sorted(d["by_type"], key=lambda row: (row["currency"] != main, row["currency"],
                                                     TYPES.index(row["type"])
                                                     if row["type"] in TYPES else len(TYPES)))
        self.totals.setColumnHidden(1, len({row["currency"] for row in rows}) <= 1)
        self.totals.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [self.type_name(row["type"]), row["currency"], f"{row['count']:,}",
                     format_money(row["amount"] or 0, row["currency"]),
                     format_money(row["fees"] or 0, row["currency"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.totals.setItem(r, c, item)
        self.totals.resizeColumnsToContents()
        self._fit_height(self.totals)
        imports = d["imports_list"]
        self.imports.setRowCount(len(imports))
        for r, imp in enumerate(imports):
            cells = [imp["imported_at"].replace("T", " ")[:16],
                     import_file_name(imp["file_name"], imp["format"]), format_name(imp["format"]),
                     f"{imp['imported']:,}"]
            for c, text in enumerate(cells):
                self.imports.setItem(r, c, QTableWidgetItem(text))
        self.imports.resizeColumnsToContents()
        self._fit_height(self.imports)

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        header = table.horizontalHeader()
        height = header.sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(max(height, header.sizeHint().height() + 30))

    def retranslate(self) -> None:
        self.facts_box.setTitle(self.tr("Statements"))
        names = {"period": self.tr("Period covered"), "transactions": self.tr("Transactions"),
                 "failed": self.tr("Failed attempts"), "imports": self.tr("Imported files")}
        for key, (label, _value) in self.fact_labels.items():
            label.setText(names[key])
        self.totals_box.setTitle(self.tr("Totals of successful transactions"))
        self.totals.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Currency"), self.tr("Count"), self.tr("Amount"),
             self.tr("Fees")])
        self.risk_area.setTitle(self.tr("Risk summary"))
        self.risk_placeholder.setText(self.tr(
            "Duplicate swipes and other risk patterns will be summarised here once "
            "detection is installed."))
        self.imports_box.setTitle(self.tr("Latest imports"))
        self.imports.setHorizontalHeaderLabels(
            [self.tr("Imported at"), self.tr("File"), self.tr("Format"), self.tr("Rows added")])
        self._render()


SCREEN = OverviewScreen
