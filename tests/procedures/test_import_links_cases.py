"""Importing a later statement links its void/refund to the open case about the sale."""

from __future__ import annotations

from shopguard.core import workspace
from shopguard.core.importing import importer
from shopguard.core.procedures import cases
from tests.formats.contract import DATA


def test_import_of_a_later_statement_links_the_refund(db) -> None:  # type: ignore[no-untyped-def]
    importer.import_file(db, DATA / "hostile_overlap_a.csv")
    # find a sale of the first statement whose void/refund only the second one holds
    later = importer.import_file(db, DATA / "hostile_overlap_b.csv")
    assert later.ok
    sale_id, sale_ref = db.conn.execute(
        "SELECT s.id, s.reference_no FROM transactions s JOIN transactions r"
        " ON r.original_reference_no = s.reference_no AND r.type IN ('void', 'refund')"
        " WHERE s.import_id = 1 AND r.import_id = 2 LIMIT 1").fetchone()
    assert sale_ref
    importer.undo_import(db, 2)
    case = cases.open_case(db, [sale_id])
    assert case.resolutions == []
    again = workspace.import_file(db, DATA / "hostile_overlap_b.csv")
    assert any(f"#{case.id}" in n for n in again.notes), again.notes
    linked = cases.get_case(db, case.id).resolutions
    assert len(linked) == 1
    assert db.conn.execute("SELECT original_reference_no FROM transactions WHERE id = ?",
                           (linked[0].id,)).fetchone()[0] == sale_ref
