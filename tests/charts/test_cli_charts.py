"""`shopguard stats --json` and `shopguard chart --out FILE` through the real CLI entry."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from shopguard.cli import main
from tests.charts.conftest import all_rows, db_file

KEYS = {"bucket", "count", "amount_minor", "failed", "voids", "refunds", "currency"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("by", ["hour", "day", "week", "month"])
def test_stats_json_sums_equal_the_transactions(allinpay_db: Any, by: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = str(db_file(allinpay_db))
    code, out, _ = _run(capsys, "--db", path, "stats", "--by", by, "--from", "2026-09-07",
                        "--to", "2026-09-20", "--json")
    assert code == 0
    buckets = json.loads(out)
    assert all(set(b) == KEYS for b in buckets)
    rows = [r for r in all_rows(allinpay_db) if "2026-09-07" <= r["occurred_at"][:10]
            <= "2026-09-20"]
    assert sum(b["count"] for b in buckets) == len(rows)
    assert sum(b["amount_minor"] for b in buckets) == sum(
        r["amount_minor"] for r in rows if r["status"] == "success")
    assert sum(b["voids"] for b in buckets) == sum(r["type"] == "void" for r in rows)
    assert sum(b["refunds"] for b in buckets) == sum(r["type"] == "refund" for r in rows)
    assert sum(b["failed"] for b in buckets) == sum(r["status"] == "failed" for r in rows)
    if by == "day":
        assert [b["bucket"] for b in buckets][:2] == ["2026-09-07", "2026-09-08"]
        assert len(buckets) == 14


def test_stats_on_an_empty_database_is_an_empty_list(db_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "--create", "stats", "--by", "day", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_stats_table_for_humans(allinpay_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(db_file(allinpay_db)), "stats", "--by", "month")
    assert code == 0
    assert out.splitlines()[0].split() == ["bucket", "count", "amount", "failed", "voids",
                                           "refunds"]
    assert "2026-09" in out and "¥" in out


def test_bad_dates_are_plain_messages(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "--create", "stats", "--by", "day", "--from", "9/1")
    assert code == 2 and "'9/1' is not a date like 2026-09-01" in err
    code, _, err = _run(capsys, "--db", str(db_path), "--create", "stats", "--by", "day", "--from",
                        "2026-09-05", "--to", "2026-09-01")
    assert code == 1 and "before it starts" in err and "Traceback" not in err


@pytest.mark.parametrize("kind", ["count", "amount", "heatmap"])
@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_chart_export_writes_a_valid_file(allinpay_db: Any, tmp_path: Path, kind: str, ext: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"chart.{ext}"
    code, text, err = _run(capsys, "--db", str(db_file(allinpay_db)), "chart", "--by", "day",
                           "--kind", kind, "--lang", "zh_CN", "--out", str(out))
    assert code == 0, err
    assert f"wrote {out}" in text and "empty" not in text
    data = out.read_bytes()
    if ext == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    elif ext == "svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        assert len(list(root.iter())) > 100  # bars, ticks and text, not an empty frame
    else:
        assert data[:5] == b"%PDF-"
        assert len(PdfReader(out).pages) == 1


def test_chart_says_when_the_period_is_empty(allinpay_db: Any, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "empty.svg"
    code, text, _ = _run(capsys, "--db", str(db_file(allinpay_db)), "chart", "--by", "day",
                         "--from", "2025-01-01", "--to", "2025-01-31", "--lang", "en",
                         "--out", str(out))
    assert code == 0 and "(empty period)" in text
    svg = out.read_text(encoding="utf-8")
    assert "No transactions in this period" in svg  # svg.fonttype 'path' keeps it as a comment


def test_chart_refuses_an_unknown_extension(db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "--create", "chart", "--by", "day",
                        "--out", str(tmp_path / "chart.jpg"))
    assert code == 1 and "use .png, .svg or .pdf" in err
    assert not (tmp_path / "chart.jpg").exists()
