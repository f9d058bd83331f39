"""`shopguard stats --by hour|day|week|month [--from DATE] [--to DATE] [--json]` and
`shopguard chart --by ... [--kind count|amount|heatmap] --out FILE`."""

from __future__ import annotations

import argparse
import locale
import os
from datetime import date
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core.insights import (
    BUCKETS,
    STACK_KEYS,
    ChartRequest,
    Filters,
    StatsError,
    load_chart_data,
    period_for,
    series,
)
from shopguard.core.insights import CHART_KINDS as KINDS
from shopguard.core.money import format_money
from shopguard.core.store import settings


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-01") from None


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(terminal_id=args.terminal, card_last4=args.card, operator=args.operator,
                   type=args.type, status=args.status)


def _stats(args: argparse.Namespace, db: Any) -> int:
    filters = _filters(args)
    try:
        period = period_for(db, args.date_from, args.date_to, filters)
        result = series(db, args.by, period, filters) if period else None
    except StatsError as exc:
        raise UserError(f"stats: {exc}") from None
    rows = result.to_json() if result else []
    if args.json:
        print_json(rows)
        return 0
    currency = str(settings.get(db, "currency"))
    shown = [{**r, "amount": format_money(r["amount_minor"], currency)} for r in rows]
    print_table(shown, ["bucket", "count", "amount", "failed", "voids", "refunds"])
    if result and result.time_unknown:
        print(f"({result.time_unknown} transaction(s) without a time of day are in no hour)")
    return 0


def cli_language(db: Any, requested: str | None) -> str:
    """``--lang``, else the shop's language setting, else the environment's locale."""
    if requested:
        return requested
    chosen = str(settings.get(db, "language"))
    if chosen != "system":
        return chosen
    env = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh_CN" if env.lower().startswith("zh") else "en"


def _chart(args: argparse.Namespace, db: Any) -> int:
    from shopguard.charts.draw import ChartDrawer
    from shopguard.charts.export import ExportError, export_figure, export_format, new_figure
    from shopguard.charts.fonts import register_cjk_font
    from shopguard.charts.labels import ChartLabels

    try:
        export_format(args.out)
        request = ChartRequest(by=args.by, kind=args.kind, date_from=args.date_from,
                               date_to=args.date_to, filters=_filters(args),
                               stack_by=args.stack)
        data = load_chart_data(db, request)
    except (StatsError, ExportError) as exc:
        raise UserError(f"chart: {exc}") from None
    register_cjk_font()
    figure = new_figure()
    ChartDrawer(figure).draw(data, ChartLabels(cli_language(db, args.lang)))
    try:
        path = export_figure(figure, args.out)
    except ExportError as exc:
        raise UserError(f"chart: {exc}") from None
    note = " (empty period)" if data.empty else ""
    print(f"wrote {path}{note}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", choices=BUCKETS, required=True, help="bucket size")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="inclusive")
    p.add_argument("--terminal", metavar="ID", help="only this terminal")
    p.add_argument("--card", metavar="LAST4", help="only cards ending in these four digits")
    p.add_argument("--operator", metavar="NAME")
    p.add_argument("--type", choices=("sale", "void", "refund", "preauth", "preauth_complete",
                                      "reversal", "other"))
    p.add_argument("--status", choices=("success", "failed"))


def register(sub: Any) -> None:
    p = sub.add_parser("stats", help="swipe counts and amounts per hour/day/week/month")
    _common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stats)

    c = sub.add_parser("chart", help="draw a swipe chart to a PNG, SVG or PDF file")
    _common(c)
    c.add_argument("--kind", choices=KINDS, default="count")
    c.add_argument("--stack", choices=STACK_KEYS, help="split bars by this field")
    c.add_argument("--lang", choices=("en", "zh_CN"), help="language of the chart's text")
    c.add_argument("--out", required=True, metavar="FILE", help=".png, .svg or .pdf")
    c.set_defaults(handler=_chart)
