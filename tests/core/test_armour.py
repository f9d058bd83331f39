"""Excel armour (a leading backtick, ``="..."``, a trailing tab) is stripped however the cells
are quoted, on every reader path: the quote-free split, the csv path (bytes- or text-decoded)
and XLSX; and a statement re-saved with every cell quoted imports as the plain one did."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from shopguard.core.detection.alerts import list_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.importing.reading import table as table_module
from shopguard.core.importing.reading.table import Table, open_table
from shopguard.core.workspace import connect, import_file

DATA = Path(__file__).parents[1] / "data"

ARMOURS = {
    "none": lambda v: v,
    "backtick": lambda v: "`" + v,
    "formula": lambda v: f'="{v}"',
    "tab": lambda v: v + "\t",
}
# Cell values as statements hold them: ids, amounts, names with spaces, commas, quotes.
VALUES = st.text(alphabet='0123456789ab 收款,."', min_size=1, max_size=8).filter(
    lambda v: v.strip() == v and not v.startswith('="'))



@st.composite
def _tables(draw: st.DrawFn) -> list[list[tuple[str, str]]]:
    """Rows of one width: (value, armour) per cell."""
    width = draw(st.integers(2, 4))
    cell = st.tuples(VALUES, st.sampled_from(sorted(ARMOURS)))
    return draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=8))


TABLES = _tables()


def _write(rows: list[list[str]], style: str) -> str:
    """`rows` as CSV text in one of the ways spreadsheets and exporters quote cells."""
    if style in ("minimal", "all"):
        buffer = io.StringIO()
        quoting = csv.QUOTE_ALL if style == "all" else csv.QUOTE_MINIMAL
        csv.writer(buffer, quoting=quoting, lineterminator="\r\n").writerows(rows)
        return buffer.getvalue()
    # "raw": Excel's own way with ="...": the formula written bare, other cells as csv would
    lines = []
    for row in rows:
        cells = []
        for c in row:
            bare = c.startswith('="') and not any(ch in c[2:-1] for ch in ',"\r\n')
            needs = any(ch in c for ch in ',"\r\n') and not bare
            cells.append('"' + c.replace('"', '""') + '"' if needs else c)
        lines.append(",".join(cells))
    return "\r\n".join(lines) + "\r\n"


@given(rows=TABLES,
       style=st.sampled_from(["minimal", "all", "raw"]),
       encoding=st.sampled_from(["gbk", "utf-8-sig", "utf-16"]),
       chunk=st.sampled_from([16, 1 << 20]))
@settings(max_examples=300, deadline=None)
def test_armour_is_stripped_in_any_quoting_style(rows: list[list[tuple[str, str]]], style: str,
                                                  encoding: str, chunk: int) -> None:
    plain = [["h"] * len(rows[0])] + [[v for v, _ in row] for row in rows]
    armoured = [["h"] * len(rows[0])] + [[ARMOURS[a](v) for v, a in row] for row in rows]
    text = _write(armoured, style)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        path.write_bytes(text.encode(encoding))
        table = Table(path, "csv", encoding, ",", path.stat().st_size)
        with patch.object(table_module, "CHUNK_CHARS", chunk):
            got = [r.cells for r in table.rows()]
    assert got == plain, text


@given(rows=TABLES)
@settings(max_examples=40, deadline=None)
def test_armour_is_stripped_in_xlsx_text_cells(rows: list[list[tuple[str, str]]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for col, (v, a) in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col)
            cell.value = ARMOURS[a](v)
            cell.data_type = "s"  # text as a statement system writes it, never a formula
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.xlsx"
        wb.save(path)
        got = [r.cells for r in open_table(path).rows()]
    assert got == [[v for v, _ in row] for row in rows]


def test_the_two_forms_in_one_csv_line(tmp_path: Path) -> None:
    path = tmp_path / "forms.csv"
    path.write_text('参考号,终端号,金额\r\n="123456789012","`20947782",28.00\r\n'
                    '"=""000123456789""",`20947782,"1,028.00"\r\n', encoding="utf-8")
    assert [r.cells for r in open_table(path).rows()][1:] == [
        ["123456789012", "20947782", "28.00"], ["000123456789", "20947782", "1,028.00"]]


def _quoted_copy(src: Path, dst: Path, order: list[int] | None = None) -> Path:
    """The Allinpay sample as a spreadsheet re-saves it: every cell quoted (the backtick kept
    inside the quotes), UTF-8 with BOM, optionally with the columns in another order."""
    with open(src, encoding="gbk", newline="") as f_in:
        rows = list(csv.reader(f_in))
    if order is not None:
        rows = [[r[i] for i in order] for r in rows]
    with open(dst, "w", encoding="utf-8-sig", newline="") as f_out:
        csv.writer(f_out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return dst


def _stored(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    return db.conn.execute(
        "SELECT occurred_at, merchant_id, terminal_id, card, type, amount_minor, fee_minor,"
        " reference_no, voucher_no, batch_no, original_reference_no, order_no, natural_key"
        " FROM transactions ORDER BY natural_key").fetchall()


def test_plain_and_all_quoted_exports_of_one_month_are_stored_once(tmp_path: Path) -> None:
    plain = DATA / "allinpay.csv"
    width = len(plain.read_text(encoding="gbk").splitlines()[0].split(","))
    quoted = _quoted_copy(plain, tmp_path / "allinpay_quoted.csv")
    reordered = _quoted_copy(plain, tmp_path / "allinpay_reordered.csv",
                             list(reversed(range(width))))

    alone = connect(tmp_path / "plain.db")
    assert import_file(alone, plain).ok
    scan(alone)
    expected_rows = _stored(alone)
    expected_alerts = sorted((a.rule, a.status) for a in list_alerts(alone))
    assert not any(r[7].startswith("`") for r in expected_rows)

    for other in (quoted, reordered):
        fresh = connect(tmp_path / f"{other.stem}.db")
        result = import_file(fresh, other)
        assert result.ok, result.message
        assert _stored(fresh) == expected_rows  # no backtick in any id, the same keys
        scan(fresh)
        assert sorted((a.rule, a.status) for a in list_alerts(fresh)) == expected_alerts
        fresh.close()

    both = import_file(alone, quoted)
    assert (both.imported, both.already_present) == (0, len(expected_rows))
    scan(alone)
    assert sorted((a.rule, a.status) for a in list_alerts(alone)) == expected_alerts
    # voids and refunds still find their sales: no refund_without_sale beyond the planted one
    orphans = [a for a in list_alerts(alone) if a.rule == "refund_without_sale"]
    assert len(orphans) == sum(1 for rule, _ in expected_alerts if rule == "refund_without_sale")
    alone.close()
