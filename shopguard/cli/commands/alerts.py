"""`shopguard scan`, `shopguard alerts`, `shopguard alert ID dismiss|confirm`, `shopguard risk`."""

from __future__ import annotations

import argparse
import os
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core.detection import alerts as alertsmod
from shopguard.core.detection import days_of_import, texts
from shopguard.core.detection import risk as riskmod
from shopguard.core.detection import run_scan as scan
from shopguard.core.store import access


def _print_alerts(items: list[alertsmod.Alert]) -> None:
    lang = texts.current_lang()
    if not items:
        print("没有提醒" if lang == "zh_CN" else "no alerts")
        return
    for a in items:
        print(f"#{a.id}  {texts.rule_name(a.rule, lang)}  "
              f"{texts.severity_name(a.severity, lang)}/{a.score}  "
              f"{texts.status_name(a.status, lang)}")
        print(f"    {a.explanation(lang)}")
        refs = ", ".join(t.reference_no or f"id {t.id}" for t in a.transactions)
        print(f"    {'参考号' if lang == 'zh_CN' else 'rows'}: {refs}")
        if a.case is not None:
            print(f"    {_case_text(a.case, lang)}")


def _case_text(case: alertsmod.AlertCase, lang: str) -> str:
    """'case #3: closed, Voided' / '案件 #3：已结案，已撤销' (the same words as the Alerts screen)."""
    if lang == "zh_CN":
        state = f"已结案，{case.outcome_text(lang)}" if case.status == "closed" else "处理中"
        return f"案件 #{case.id}：{state}"
    state = f"closed, {case.outcome_text(lang)}" if case.status == "closed" else "open"
    return f"case #{case.id}: {state}"


def _scan(args: argparse.Namespace, db: Any) -> int:
    days = days_of_import(db, args.import_id) if args.import_id is not None else None
    if days == []:
        raise UserError(f"scan: import {args.import_id} has no transactions")
    result = scan(db, days=days, actor=args.by)
    found = alertsmod.list_alerts(db, ids=result.alert_ids)
    if args.json:
        print_json({"alerts": [a.to_json() for a in found]})
    else:
        _print_alerts(found)
        print(f"{len(found)} alerts ({result.created} new, {result.updated} seen before, "
              f"{result.removed} no longer apply)")
    return 0


def _alerts(args: argparse.Namespace, db: Any) -> int:
    try:
        found = alertsmod.list_alerts(db, status=args.status)
    except alertsmod.AlertError as exc:
        raise UserError(f"alerts: {exc}") from None
    if args.json:
        print_json({"alerts": [a.to_json() for a in found]})
    else:
        _print_alerts(found)
    return 0


def _alert(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN")
    try:
        a = alertsmod.review(db, args.id, args.action, args.reason or "", actor=args.by, pin=pin)
    except (alertsmod.AlertError, access.OwnerRequired) as exc:
        raise UserError(f"alert {args.id}: {exc}") from None
    if args.json:
        print_json(a.to_json())
    else:
        _print_alerts([a])
    return 0


def _risk(args: argparse.Namespace, db: Any) -> int:
    lang = texts.current_lang()
    try:
        data = riskmod.summary(db, args.month, lang)
    except riskmod.RiskError as exc:
        raise UserError(f"risk: {exc}") from None
    if args.json:
        print_json(data)
        return 0
    print(f"{data['month']} (vs {data['previous_month']}): {data['level']}")
    rows = [{"terminal": t["terminal_id"] or "-", "txns": t["transactions"],
             "level": t["level"], "before": t["previous"]["level"], "trend": t["trend"],
             "reasons": "; ".join(t["reasons"])} for t in data["terminals"]]
    print_table(rows, ["terminal", "txns", "level", "before", "trend", "reasons"])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("scan", help="run the duplicate-swipe and risk rules, store alerts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--import-id", type=int, help="only the days this import touched")
    p.add_argument("--by", default="owner", help="who runs the scan (audit log)")
    p.set_defaults(handler=_scan)

    p = sub.add_parser("alerts", help="list alerts")
    p.add_argument("--status", choices=alertsmod.STATUSES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_alerts)

    p = sub.add_parser("alert", help="review one alert: alert ID dismiss|confirm --reason TEXT")
    p.add_argument("id", type=int)
    p.add_argument("action", choices=("dismiss", "confirm", "reopen"))
    p.add_argument("--reason", default="", help='why, e.g. "two separate purchases"')
    p.add_argument("--by", default="owner", help="who decides (audit log)")
    p.add_argument("--pin", help="owner PIN (staff mode); or set SHOPGUARD_OWNER_PIN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_alert)

    p = sub.add_parser("risk", help="monthly risk summary per terminal")
    p.add_argument("--month", help="YYYY-MM (default: the latest month with data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_risk)
