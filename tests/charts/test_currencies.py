"""Amounts are never added across currencies: a shop with CNY (Allinpay) and USD (Stripe)
statements for the same month gets charts, tooltips, CLI stats and bar clicks in one currency
at a time, the main one by default."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from shopguard.charts.draw import ChartDrawer
from shopguard.charts.export import new_figure
from shopguard.charts.labels import ChartLabels
from shopguard.core.insights.chartspec import ChartRequest, load_chart_data
from shopguard.core.insights.stats import main_currency
from shopguard.core.money import format_money
from shopguard.core.store import query
from shopguard.core.store import settings as shop_settings
from tests.charts.conftest import db_file
from tests.conftest import DATA


@pytest.fixture
def two_currencies(allinpay_db: Any, sample: Any) -> Any:
    from shopguard.core.importing.importer import import_file

    assert import_file(allinpay_db, sample("stripe.csv")).ok
    return allinpay_db


def _sum(db: Any, currency: str) -> int:
    return int(db.conn.execute(
        "SELECT sum(amount_minor) FROM transactions WHERE status = 'success' AND currency = ?",
        (currency,)).fetchone()[0])


def test_the_chart_shows_one_currency_the_main_one_by_default(two_currencies: Any) -> None:
    db = two_currencies
    data = load_chart_data(db, ChartRequest(by="month", kind="amount"))
    assert data.currency == "CNY" and set(data.currencies) == {"CNY", "USD"}
    assert data.series is not None
    assert data.series.total_amount_minor == _sum(db, "CNY")
    usd = load_chart_data(db, ChartRequest(by="month", kind="amount", currency="USD"))
    assert usd.currency == "USD" and usd.series is not None
    assert usd.series.total_amount_minor == _sum(db, "USD")
    # counts too: the chart says which rows it shows
    count = load_chart_data(db, ChartRequest(by="month", kind="count"))
    assert count.series is not None and count.series.total_count == db.conn.execute(
        "SELECT count(*) FROM transactions WHERE currency = 'CNY'").fetchone()[0]


def test_the_main_currency_is_the_setting_when_present_else_the_most_used(
        two_currencies: Any) -> None:
    db = two_currencies
    assert main_currency(db) == "CNY"
    shop_settings.set_value(db, "currency", "EUR", "owner")  # none of the data
    assert main_currency(db) == "CNY"  # 1,401 CNY rows against 1,365 USD


def test_tooltip_and_click_stay_in_the_currency(two_currencies: Any) -> None:
    db = two_currencies
    data = load_chart_data(db, ChartRequest(by="month", kind="amount"))
    drawer = ChartDrawer(new_figure())
    drawer.draw(data, ChartLabels("en"))
    assert data.series is not None
    i = max(range(len(data.series.buckets)), key=lambda k: data.series.buckets[k].count)
    b = data.series.buckets[i]
    hit = drawer.hit((drawer._starts[i] + drawer._ends[i]) / 2, 1.0)
    assert hit is not None
    cny = db.conn.execute(
        "SELECT sum(amount_minor) FROM transactions WHERE status = 'success' AND"
        " currency = 'CNY' AND occurred_at >= ? AND occurred_at < ?",
        (b.start.isoformat(), b.end.isoformat())).fetchone()[0]
    assert format_money(cny, "CNY") in hit.text and "$" not in hit.text
    assert hit.filters is not None and hit.filters["currency"] == "CNY"
    shown = query.count(db, query.TxnFilter.from_navigate(hit.filters))
    assert shown == b.count


def test_one_currency_needs_no_filter(allinpay_db: Any) -> None:
    data = load_chart_data(allinpay_db, ChartRequest(by="day"))
    assert data.currencies == ["CNY"] and data.request.filters.currency is None
    drawer = ChartDrawer(new_figure())
    drawer.draw(data, ChartLabels("en"))
    assert "currency" not in drawer.bucket_filters(0)


def test_cli_stats_per_currency(two_currencies: Any) -> None:
    db = two_currencies
    path = db_file(db)

    def stats(*extra: str) -> Any:
        out = subprocess.run([sys.executable, "-m", "shopguard", "--db", str(path), "stats",
                              "--by", "month", *extra], capture_output=True, text=True,
                             check=False)
        assert out.returncode == 0, out.stderr
        return out.stdout

    rows = json.loads(stats("--json"))
    assert sum(r["amount_minor"] for r in rows) == _sum(db, "CNY")
    assert {r["currency"] for r in rows} == {"CNY"}
    usd = json.loads(stats("--json", "--currency", "USD"))
    assert sum(r["amount_minor"] for r in usd) == _sum(db, "USD")
    text = stats("--currency", "USD")
    assert "$" in text and "¥" not in text
    assert "also in this period: CNY" in text


def test_sample_currencies_are_what_the_test_assumes() -> None:
    for name, currency in (("allinpay", "CNY"), ("stripe", "USD")):
        truth = json.loads((DATA / f"{name}.csv.truth.json").read_text(encoding="utf-8"))
        assert truth["currency"] == currency
