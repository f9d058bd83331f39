"""A reader that crashes the process is run in a child: the crash refuses the file instead of
ending ShopGuard. `data/calamine_abort.xls` is a mutated .xls the fuzz run found: calamine
(Rust) asks for 4 GiB while opening it and aborts the whole process."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from shopguard.core.importing import UnreadableFile
from shopguard.core.importing.reading.sandbox import run_sandboxed
from shopguard.core.workspace import connect, import_file

CRASHER = Path(__file__).parent / "data" / "calamine_abort.xls"


def _allocate(n: int) -> int:
    return len(bytearray(n))


def test_a_native_crash_in_the_child_is_a_refusal() -> None:
    with pytest.raises(UnreadableFile, match="the reader stopped on this file"):
        run_sandboxed(os.abort, what="the test file", timeout=60)


def test_a_reader_that_hangs_is_stopped() -> None:
    with pytest.raises(UnreadableFile, match="took more than 1 s"):
        run_sandboxed(time.sleep, 30, what="the test file", timeout=1)


@pytest.mark.skipif(sys.platform == "win32", reason="no address-space limit on Windows")
def test_the_child_may_not_take_gigabytes() -> None:
    with pytest.raises(UnreadableFile, match="more memory than any statement"):
        run_sandboxed(_allocate, 4 << 30, what="the test file", timeout=60)
    assert run_sandboxed(_allocate, 1 << 20, what="the test file", timeout=60) == 1 << 20


def test_the_xls_that_aborted_calamine_is_refused(tmp_path: Path) -> None:
    db = connect(tmp_path / "shop.db")
    result = import_file(db, CRASHER)
    assert result.status == "refused"
    assert "the .xls workbook: the reader stopped on this file" in result.message
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    db.close()


def test_a_real_xls_still_imports(tmp_path: Path) -> None:
    from tests.formats.contract import DATA

    db = connect(tmp_path / "shop.db")
    result = import_file(db, DATA / "reconcile" / "recon_allinpay_bank_ccb.xls")
    assert result.status == "imported" and result.imported > 0, result.message
    db.close()
