"""Large statements are parsed in a worker process: same rows, same refusals, clean cancel."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path
from typing import Any

import pytest

from shopguard.core.importing import importer, parse_worker
from shopguard.core.importing.formats.allinpay import AllinpayFormat
from shopguard.core.importing.formats.base import ParseContext
from shopguard.core.importing.parsing import ParseJob, parse_batches
from shopguard.core.importing.reading.table import open_table
from shopguard.core.workspace import connect
from tests.formats.contract import DATA, truth

ROOT = Path(__file__).resolve().parents[2]
STORED = ("occurred_at, settled_on, merchant_id, terminal_id, card, card_type, type, status,"
          " amount_minor, fee_minor, net_minor, currency, reference_no, voucher_no, batch_no,"
          " original_reference_no, order_no, description, source_line, natural_key")


@pytest.fixture(scope="module")
def big_statement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20,000 rows in the Allinpay layout (GBK, backtick armour), from the benchmark's generator."""
    sys.path.insert(0, str(ROOT))
    from bench._allinpay_gen import generate

    return generate(tmp_path_factory.mktemp("big") / "allinpay_20k.csv", 20_000)


def _stored(db: Any) -> list[tuple[Any, ...]]:
    return db.conn.execute(f"SELECT {STORED} FROM transactions ORDER BY source_line").fetchall()


def _job(path: Path, batch_rows: int) -> ParseJob:
    table = open_table(path)
    rows = table.rows()
    header = next(rows)
    rows.close()
    return ParseJob(table, AllinpayFormat(), header.line, header.cells, ParseContext(), 1,
                    batch_rows=batch_rows)


def test_worker_batches_equal_in_process_batches(big_statement: Path) -> None:
    here = list(parse_batches(_job(big_statement, 3000)))
    there = list(parse_worker.batches_in_worker(_job(big_statement, 3000)))
    assert len(here) == len(there) > 3
    assert [b.rows for b in here] == [b.rows for b in there]
    assert [(b.rows_read, b.bad_rows, b.last) for b in here] == \
        [(b.rows_read, b.bad_rows, b.last) for b in there]
    assert there[-1].rows_read == 20_000 and there[-1].last
    assert multiprocessing.active_children() == []


def test_import_through_the_worker_stores_what_in_process_stores(tmp_path: Path,
                                                                 big_statement: Path) -> None:
    results, stored = [], []
    for in_worker in (True, False):
        db = connect(tmp_path / f"worker_{in_worker}.db")
        result = importer.import_file(db, big_statement, parse_in_worker=in_worker)
        assert result.ok, result.message
        results.append((result.rows_read, result.imported, result.masked_pans, result.first_at,
                        result.last_at, result.notes))
        stored.append(_stored(db))
        terminals = db.conn.execute("SELECT count(*) FROM terminals").fetchone()[0]
        assert terminals == 20
        db.close()
    assert results[0] == results[1]
    assert results[0][1] == 20_000
    assert stored[0] == stored[1]


def test_sample_statement_through_the_worker_matches_its_truth(db: Any) -> None:
    manifest = truth("hostile_full_pan.csv")
    result = importer.import_file(db, DATA / "hostile_full_pan.csv", parse_in_worker=True)
    assert result.ok, result.message
    assert result.imported == manifest["rows"]
    assert result.masked_pans == 3
    total = db.conn.execute(
        "SELECT sum(amount_minor) FROM transactions WHERE type = 'sale'").fetchone()[0]
    assert total == manifest["sum_minor_success_by_type"]["sale"]


def test_bad_rows_are_refused_the_same_way_in_the_worker(db: Any) -> None:
    here = importer.import_file(db, DATA / "hostile_bad_amount.csv", parse_in_worker=False)
    there = importer.import_file(db, DATA / "hostile_bad_amount.csv", parse_in_worker=True)
    assert here.status == there.status == "refused"
    assert [e.to_json() for e in here.errors] == [e.to_json() for e in there.errors]
    assert there.errors and there.errors[0].line > 1 and there.errors[0].column
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_cancel_stops_the_worker_and_stores_nothing(db: Any, big_statement: Path) -> None:
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(db, big_statement, parse_in_worker=True, cancel=lambda: True)
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert multiprocessing.active_children() == []


def test_bad_bytes_found_by_the_worker_name_the_line(db: Any, tmp_path: Path,
                                                     big_statement: Path) -> None:
    data = big_statement.read_bytes().split(b"\r\n")
    data[15_000] = data[15_000].replace("鲜果".encode("gbk"), b"\xff\xff", 1)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\r\n".join(data))
    result = importer.import_file(db, broken, parse_in_worker=True)
    assert result.status == "refused"
    assert "line 15001" in result.message and "not valid gb18030" in result.message
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_no_worker_means_parsing_in_process(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(job: ParseJob) -> Any:
        raise parse_worker.WorkerUnavailable("no processes here")
        yield  # pragma: no cover - makes this a generator like the real one

    monkeypatch.setattr(importer, "batches_in_worker", unavailable)
    result = importer.import_file(db, DATA / "allinpay.csv", parse_in_worker=True)
    assert result.ok, result.message
    assert result.imported == truth("allinpay.csv")["rows"]


def test_size_decides_when_not_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHOPGUARD_PARSE_WORKER", raising=False)
    assert importer._use_worker(importer.WORKER_MIN_ROWS, None)
    assert not importer._use_worker(importer.WORKER_MIN_ROWS - 1, None)
    monkeypatch.setenv("SHOPGUARD_PARSE_WORKER", "0")
    assert not importer._use_worker(10**7, None)
    assert importer._use_worker(10, True)


def test_the_store_builds_the_same_natural_keys_as_natural_keys(db: Any) -> None:
    """Reference-keyed rows get their key from SQL; it must equal NaturalKeys' (demo data, and
    every database imported before, used that)."""
    from shopguard.core.importing.parsing import NaturalKeys
    from shopguard.core.models import TXN_COLUMNS, ParsedTxn

    for name in ("allinpay.csv", "square.csv", "hostile_formula.csv"):
        assert importer.import_file(db, DATA / name).ok
    rows = db.conn.execute(
        f"SELECT {', '.join(TXN_COLUMNS)}, natural_key FROM transactions").fetchall()
    keys = NaturalKeys()
    with_reference = [r for r in rows if r[TXN_COLUMNS.index("reference_no")]]
    assert len(with_reference) > 1000
    for row in with_reference:
        txn = ParsedTxn(**dict(zip(TXN_COLUMNS, row[:-1], strict=True)))
        assert row[-1] == keys(txn)
