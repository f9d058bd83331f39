"""Transaction query: filters compile to SQL, paging agrees in every mode, indexes are used."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from shopguard.core.importing.demo import generate_demo
from shopguard.core.store import export, query
from shopguard.core.store.query import FilterError, TxnFilter

END = date(2026, 10, 31)


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    generate_demo(db, months=1, seed=11, end=END)
    return db


def _ids(db, where: str, params: tuple = (), order: str = "occurred_at, id") -> list[int]:  # type: ignore[no-untyped-def,type-arg]
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM transactions WHERE {where} ORDER BY {order}", params)]


CASES = [
    (TxnFilter(), "1", ()),
    (TxnFilter(date_from="2026-10-10", date_to="2026-10-12"),
     "occurred_at >= '2026-10-10' AND occurred_at < '2026-10-12'", ()),
    (TxnFilter(date_from="2026-10-10 12:00"), "occurred_at >= '2026-10-10T12:00'", ()),
    (TxnFilter(terminal_id="QR000017", status="success"),
     "terminal_id = 'QR000017' AND status = 'success'", ()),
    (TxnFilter(type="void"), "type = 'void'", ()),
    (TxnFilter(operator="李娜", type="sale"), "operator = '李娜' AND type = 'sale'", ()),
    (TxnFilter(search="88.00"), "amount_minor = 8800", ()),
    (TxnFilter(ids=(3, 5, 8, 10_000_000)), "id IN (3, 5, 8)", ()),
]


@pytest.mark.parametrize("f, where, params", CASES)
def test_count_and_pages_match_sql(demo_db, f, where, params) -> None:  # type: ignore[no-untyped-def]
    expected = _ids(demo_db, where, params)
    assert query.count(demo_db, f) == len(expected)
    got = [r[0] for off in range(0, len(expected), 97)
           for r in query.page(demo_db, f, offset=off, limit=97)]
    assert got == expected
    # the far half is read backwards: same rows
    total = len(expected)
    got_rev = [r[0] for off in range(0, total, 97)
               for r in query.page(demo_db, f, offset=off, limit=97, total=total)]
    assert got_rev == expected
    assert list(query.ids(demo_db, f)) == expected


@pytest.mark.parametrize("sort", sorted(query.SORTABLE))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_consistently(demo_db, sort: str, descending: bool) -> None:  # type: ignore[no-untyped-def]
    f = TxnFilter(date_from="2026-10-20")
    order = query.order_by(sort, descending)
    expected = _ids(demo_db, "occurred_at >= '2026-10-20'", order=order)
    total = len(expected)
    by_offset = [r[0] for off in range(0, total, 50)
                 for r in query.page(demo_db, f, sort, descending, off, 50, total=total)]
    assert by_offset == expected
    assert list(query.ids(demo_db, f, sort, descending)) == expected
    if query.keyset_supported(sort):
        rows = query.page(demo_db, f, sort, descending, 0, 50)
        by_key = [r[0] for r in rows]
        while rows:
            rows = query.page_after(demo_db, f, sort, descending, rows[-1], 50)
            by_key.extend(r[0] for r in rows)
        assert by_key == expected


def test_search_reference_prefix_voucher_last4(demo_db) -> None:  # type: ignore[no-untyped-def]
    ref, voucher, card = demo_db.conn.execute(
        "SELECT reference_no, voucher_no, card FROM transactions WHERE card LIKE '%*%'"
        " LIMIT 1 OFFSET 100").fetchone()
    assert ref in {r[query.COLUMN_INDEX["reference_no"]]
                   for r in query.page(demo_db, TxnFilter(search=ref[:9]))}
    assert query.count(demo_db, TxnFilter(search=voucher)) >= 1
    last4 = card[-4:]
    assert query.count(demo_db, TxnFilter(card_last4=last4)) == len(
        _ids(demo_db, "card LIKE ?", ("%" + last4,)))
    assert query.count(demo_db, TxnFilter(search="no such thing [*?")) == 0


def test_totals_match_sql(demo_db) -> None:  # type: ignore[no-untyped-def]
    f = TxnFilter(date_from="2026-10-05", date_to="2026-10-25")
    (t,) = query.totals(demo_db, f)
    w = "occurred_at >= '2026-10-05' AND occurred_at < '2026-10-25'"
    one = lambda sql: demo_db.conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    assert t.count == one(f"SELECT count(*) FROM transactions WHERE {w}")
    assert t.failed == one(f"SELECT count(*) FROM transactions WHERE {w} AND status='failed'")
    assert t.sales_minor == one(f"SELECT sum(amount_minor) FROM transactions WHERE {w}"
                                " AND status='success' AND type='sale'")
    assert t.refunds_minor == one(f"SELECT sum(amount_minor) FROM transactions WHERE {w}"
                                  " AND status='success' AND type='refund'")
    assert t.net_minor == one(f"SELECT sum(net_minor) FROM transactions WHERE {w}"
                              " AND status='success'")
    assert isinstance(t.net_minor, int) and t.currency == "CNY"


def _plan(db, f: TxnFilter, sort: str = "occurred_at") -> str:  # type: ignore[no-untyped-def]
    where, params = f.where()
    rows = db.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM transactions WHERE {where}"
        f" ORDER BY {query.order_by(sort, False)} LIMIT 200", params).fetchall()
    return " | ".join(r[-1] for r in rows)


def test_query_plans_use_indexes(demo_db) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(demo_db, TxnFilter(search="1234"))
    assert "SCAN transactions" not in plan.replace("USING INDEX", "")  # or-by-index union
    for name in ("reference", "voucher", "order", "card_last4", "amount", "original_reference"):
        assert f"idx_transactions_{name}" in plan, plan
    assert "idx_transactions_terminal" in _plan(
        demo_db, TxnFilter(terminal_id="10230001", date_from="2026-10-01"))
    assert "TEMP B-TREE" not in _plan(demo_db, TxnFilter(), "amount_minor")
    assert "TEMP B-TREE" not in _plan(demo_db, TxnFilter(), "occurred_at")


def test_navigate_filters_and_errors() -> None:
    f = TxnFilter.from_navigate({"from": "2026-09-01T10:00:00", "to": "2026-09-01T11:00:00",
                                 "terminal_id": "10230001", "ids": ["4", 5]})
    assert f.date_from == "2026-09-01T10:00:00" and f.ids == (4, 5)
    with pytest.raises(FilterError, match="unknown filter"):
        TxnFilter.from_navigate({"colour": "red"})
    with pytest.raises(FilterError, match="date_from"):
        TxnFilter.from_navigate({"from": "yesterday"})
    with pytest.raises(FilterError, match="type"):
        TxnFilter.from_navigate({"type": "chargeback"})
    with pytest.raises(FilterError, match="sort"):
        query.order_by("natural_key; DROP TABLE x", False)


def test_export_neutralises_formulas_and_cancels_cleanly(db, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.importing.importer import import_file

    assert import_file(db, sample("hostile_formula.csv")).ok
    db.conn.execute("UPDATE transactions SET operator = '=HYPERLINK(\"x\")' WHERE id = 1")
    out = tmp_path / "x.csv"
    n = export.export_csv(db, TxnFilter(), out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n == query.count(db, TxnFilter())
    assert rows[0]["operator"].startswith("'=")
    with pytest.raises(export.ExportCancelled):
        export.export_xlsx(db, TxnFilter(), tmp_path / "y.xlsx", cancel=lambda: True)
    assert not (tmp_path / "y.xlsx").exists() and not list(tmp_path.glob(".*.tmp"))


def test_lookups_by_original_reference_use_the_partial_index(demo_db) -> None:  # type: ignore[no-untyped-def]
    size = demo_db.conn.execute(
        "SELECT count(*) FROM transactions WHERE original_reference_no != ''").fetchone()[0]
    assert 0 < size < demo_db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] / 10
    for sql in ("SELECT id FROM transactions WHERE (original_reference_no = ?"
                " AND original_reference_no != '')",
                "SELECT 1 FROM transactions WHERE type = 'reversal' AND original_reference_no = ?"
                " AND original_reference_no != ''"):
        plan = " | ".join(r[-1] for r in demo_db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",)))
        assert "idx_transactions_original_reference" in plan, plan
