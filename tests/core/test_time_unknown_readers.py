"""Every reader of a time of day treats a row without one (Square's 2018 export) as
"time unknown": day figures keep it, hour figures and the heatmap leave it out (and say how
many), listings, exports and letters show the date with "time unknown", never 00:00."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from shopguard.core.detection.alerts import list_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.insights import stats
from shopguard.core.procedures.cases import open_from_alert
from shopguard.core.procedures.letter import build_letter
from shopguard.core.store import query, settings
from shopguard.core.store.export import export_csv
from shopguard.core.workspace import import_file
from tests.detection.helpers import add_import, sale

DATA = Path(__file__).parents[1] / "data"
DECEMBER = stats.Period(datetime(2018, 12, 1), datetime(2019, 1, 1))


@pytest.fixture
def old_square(db: Any) -> Any:
    settings.set_value(db, "currency", "USD")
    assert import_file(db, DATA / "square_2018.csv").ok
    add_import(db, [sale("2018-12-14T10:05:00", 1234, currency="USD")])  # one timed row
    return db


def test_day_buckets_keep_them_hour_buckets_and_heatmap_leave_them_out(old_square: Any) -> None:
    by_day = {b.bucket: b.count for b in stats.series(old_square, "day", DECEMBER).buckets}
    assert by_day["2018-12-14"] == 5  # four without a time, one at 10:05
    assert by_day["2018-12-13"] == 0  # nothing slips into the day before
    by_hour = stats.series(old_square, "hour", DECEMBER)
    assert by_hour.total_count == 1 and by_hour.time_unknown == 16
    counts = {b.bucket: b.count for b in by_hour.buckets if b.count}
    assert list(counts.values()) == [1] and next(iter(counts)).endswith("10:00")
    heat = stats.heatmap(old_square, DECEMBER)
    assert heat.total_count == 1 and heat.time_unknown == 16
    assert sum(row[0] for row in heat.counts) == 0  # not at midnight


def test_listings_and_exports_say_time_unknown(old_square: Any, tmp_path: Path) -> None:
    rows = query.page(old_square, query.TxnFilter(date_from="2018-12-27",
                                                  date_to="2018-12-28"), limit=10)
    (row,) = rows
    assert row[query.COLUMN_INDEX["time_known"]] == 0
    out = tmp_path / "export.csv"
    export_csv(old_square, query.TxnFilter(date_from="2018-12-14", date_to="2018-12-15"), out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        times = sorted(r["occurred_at"] for r in csv.DictReader(fh))
    assert times == ["2018-12-14"] * 4 + ["2018-12-14T10:05:00"]


def test_cli_listing_says_time_unknown(old_square: Any, db_path: Path) -> None:
    old_square.close()
    run = [sys.executable, "-m", "shopguard", "--db", str(db_path), "transactions",
           "--from", "2018-12-27", "--to", "2018-12-27"]
    text = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120).stdout
    assert text.startswith("2018-12-27 (time unknown)") and "00:00" not in text
    listed = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True,
                                       check=True, timeout=120).stdout)
    assert [(r["occurred_at"], r["time_known"]) for r in listed] == [
        ("2018-12-27T00:00:00", 0)]


def test_the_letter_for_a_dateless_duplicate_gives_no_time(old_square: Any) -> None:
    scan(old_square)
    (dup,) = list_alerts(old_square, rule="duplicate_swipe")
    case = open_from_alert(old_square, dup.id)
    for lang, unknown in (("en", "(time unknown)"), ("zh_CN", "（时间未知）")):
        letter = build_letter(old_square, case.id, lang=lang)
        assert all(r.time.endswith(unknown) for r in letter.rows), letter.rows
        text = " ".join(letter.happened)
        assert "00:00" not in text and ("no time of day" in text or "没有具体时间" in text)
