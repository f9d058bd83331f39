"""A database holding the imported Allinpay sample (1,401 rows, September 2026)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA


@pytest.fixture
def allinpay_db(db: Any, sample: Any) -> Any:
    from shopguard.core.importing.importer import import_file

    result = import_file(db, sample("allinpay.csv"))
    assert result.status == "imported", result.message
    return db


@pytest.fixture
def allinpay_truth() -> dict[str, Any]:
    return json.loads((DATA / "allinpay.csv.truth.json").read_text(encoding="utf-8"))


def all_rows(db: Any) -> list[dict[str, Any]]:
    from shopguard.core.store.transactions import iter_transactions

    return list(iter_transactions(db))


def db_file(db: Any) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
