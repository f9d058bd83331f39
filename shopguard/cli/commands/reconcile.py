"""`shopguard reconcile`: a month's payouts against the bank, fees against the contract.

    shopguard reconcile YYYY-MM [--json [--with-ids]] [--pdf FILE] [--xlsx FILE] [--lang en|zh_CN]
    shopguard reconcile YYYY-MM --lines [--json]      the bank credits a match can pick
    shopguard reconcile match --payout ID [--payout ID ...] --line KEY [--note TEXT]
    shopguard reconcile unmatch --payout ID [--payout ID ...] --line KEY
    shopguard reconcile explain --subject SUBJECT --note TEXT   (empty note: remove)

Payout ids, bank line keys and subjects are printed by ``reconcile YYYY-MM --json``
(`payout_ids`, `bank_line_key`, `subject`) and ``--lines``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from shopguard.cli.errors import UsageError, UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core import reconcile
from shopguard.core.money import format_money
from shopguard.core.reconcile import MonthReconciliation, ReconcileError, texts

ACTIONS = ("match", "unmatch", "explain")


def _lang(args: argparse.Namespace) -> str:
    chosen = args.lang or os.environ.get("SHOPGUARD_LANG", "")
    return "zh_CN" if chosen.startswith("zh") else "en"


HEADERS = {
    "payout": "应结日期", "credit": "入账日期", "expected": "应到账", "received": "已到账",
    "difference": "差额", "status": "状态", "acquirer": "收单机构", "note": "说明",
    "date": "日期", "amount": "金额", "reason": "原因", "description": "摘要",
    "reference": "参考号", "time": "时间", "card": "卡类别", "charged": "实收手续费",
    "contract": "合同手续费", "key": "键",
}


def _table(rows: list[dict[str, str]], columns: list[str], lang: str) -> None:
    """print_table with the column names in the CLI's language."""
    if lang != "zh_CN":
        print_table(rows, columns)
        return
    print_table([{HEADERS[c]: r[c] for c in columns} for r in rows],
                [HEADERS[c] for c in columns])


def _percent(ppm: int | None) -> str:
    return "-" if ppm is None else f"{ppm / 10_000:.2f}%"


def _print_month(r: MonthReconciliation, lang: str) -> None:
    zh = lang == "zh_CN"
    cur = r.currency

    def money(minor: int | None) -> str:
        return "" if minor is None else format_money(minor, cur)

    print(f"{'对账' if zh else 'Reconciliation'} {r.month} ({cur})")
    print(f"  {'应到账' if zh else 'expected'} {money(r.expected_minor)}   "
          f"{'已到账' if zh else 'received'} {money(r.received_minor)}   "
          f"{'差额' if zh else 'difference'} {money(r.difference_minor)}")
    fc = r.fee_check
    print(f"  {'手续费' if zh else 'fees'} {money(r.fees_minor)}   "
          f"{'实际费率' if zh else 'effective rate'} {_percent(r.effective_rate_ppm)}   "
          f"{'多收手续费' if zh else 'overcharge'} {money(fc.overcharge_minor)}"
          f" ({len(fc.overcharged)} {'笔' if zh else 'sale(s)'})")
    print()
    _table([{
        "payout": ", ".join(d.settle_dates), "credit": d.credit_date or "",
        "expected": money(d.expected_minor), "received": money(d.received_minor),
        "difference": money(d.difference_minor) if d.difference_minor else "",
        "status": texts.status_name(d.status, lang) + (" *" if d.manual else ""),
        "acquirer": texts.acquirer_name(d.acquirer, lang), "note": d.explanation,
    } for d in r.deposits], ["payout", "credit", "expected", "received", "difference", "status",
                        "acquirer", "note"], lang)
    if r.unexplained_credits:
        print()
        print("未对应的收单入账：" if zh else "Acquirer credits not matched to a payout:")
        _table([{"date": c.date, "amount": money(c.amount_minor),
                 "reason": texts.reason_name(c.reason, lang), "description": c.description,
                 "note": c.explanation} for c in r.unexplained_credits],
               ["date", "amount", "reason", "description", "note"], lang)
    if fc.overcharged:
        print()
        print("多收手续费的交易：" if zh else "Sales charged above the contract:")
        _table([{"reference": s.reference_no, "time": s.occurred_at.replace("T", " "),
                 "amount": money(s.amount_minor), "card": texts.card_kind_name(s.card_kind, lang),
                 "charged": money(s.charged_minor), "contract": money(s.contract_minor)}
                for s in fc.overcharged],
               ["reference", "time", "amount", "card", "charged", "contract"], lang)
    for note in r.notes:
        print(f"{'注' if zh else 'note'}: {note.text(lang)}")


def _write_reports(args: argparse.Namespace, db: Any, lang: str) -> list[str]:
    """The month-end report as XLSX (core) and PDF (printed by Qt, in the GUI package)."""
    if not (args.xlsx or args.pdf):
        return []
    report = reconcile.report.month_report(db, args.what)
    written = []
    try:
        if args.xlsx:
            written.append(str(reconcile.report.write_month_report_xlsx(
                report, Path(args.xlsx), lang)))
        if args.pdf:
            from shopguard.gui.recon.report_pdf import write_month_report_pdf

            written.append(str(write_month_report_pdf(report, Path(args.pdf), lang)))
    except (reconcile.report.ReportError, OSError) as exc:
        raise UserError(f"reconcile: {exc}") from None
    return written


def _month(args: argparse.Namespace, db: Any) -> int:
    lang = _lang(args)
    if args.lines:
        lines = reconcile.bank_lines(db, args.what)
        if args.json:
            print_json({"month": args.what, "lines": [ln.to_json() for ln in lines]})
        else:
            _table([{"date": ln.date, "amount": format_money(ln.amount_minor, ln.currency),
                     "acquirer": texts.acquirer_name(ln.acquirer, lang) if ln.acquirer else "",
                     "description": " ".join(
                         p for p in (ln.description, ln.counterparty, ln.details) if p),
                     "key": ln.key} for ln in lines],
                   ["date", "amount", "acquirer", "description", "key"], lang)
        return 0
    result = reconcile.reconcile_month(db, args.what, with_transaction_ids=args.with_ids)
    written = _write_reports(args, db, lang)
    if args.json:
        print_json(result.to_json())
    else:
        _print_month(result, lang)
        for path in written:
            print(f"{'已写入' if lang == 'zh_CN' else 'written'}: {path}")
    return 0


def _decision(args: argparse.Namespace, db: Any) -> int:
    if args.what == "explain":
        if not args.subject or args.note is None:
            raise UsageError("reconcile explain: give --subject SUBJECT and --note TEXT")
        reconcile.explain(db, args.subject, args.note, actor=args.by)
        print(f"{args.subject}: " + ("explanation saved" if args.note.strip()
                                     else "explanation removed"))
        return 0
    if not args.payout or not args.line:
        raise UsageError(f"reconcile {args.what}: give --payout ID (one or more) and --line KEY")
    if args.what == "match":
        reconcile.manual_match(db, args.payout, args.line, actor=args.by, note=args.note or "")
        print(f"matched {', '.join(args.payout)} with bank line {args.line}")
    else:
        reconcile.unmatch(db, args.payout, args.line, actor=args.by)
        print(f"unmatched {', '.join(args.payout)} from bank line {args.line}")
    return 0


def _reconcile(args: argparse.Namespace, db: Any) -> int:
    try:
        if args.what in ACTIONS:
            return _decision(args, db)
        return _month(args, db)
    except ReconcileError as exc:
        raise UserError(f"reconcile: {exc}") from None


def register(sub: Any) -> None:
    p = sub.add_parser(
        "reconcile", help="reconcile a month: payouts against the bank, fees against the contract",
        description="reconcile YYYY-MM [--json] [--pdf FILE] [--xlsx FILE] | "
                    "reconcile match|unmatch --payout ID --line KEY | "
                    "reconcile explain --subject S --note TEXT")
    p.add_argument("what", metavar="YYYY-MM|match|unmatch|explain",
                   help="the month to reconcile, or a decision to record")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE", help="also write the month-end report as PDF")
    p.add_argument("--xlsx", metavar="FILE", help="also write the month-end report as XLSX")
    p.add_argument("--lang", choices=("en", "zh_CN"),
                   help="language of the text and reports (default: SHOPGUARD_LANG, else en)")
    p.add_argument("--with-ids", action="store_true",
                   help="--json: list each deposit's transaction ids (for drill-down)")
    p.add_argument("--lines", action="store_true",
                   help="list the month's bank credits (with the keys a match takes)")
    p.add_argument("--payout", action="append", metavar="ID",
                   help="match/unmatch: a payout id (repeat for a merged credit)")
    p.add_argument("--line", metavar="KEY", help="match/unmatch: the bank line's key")
    p.add_argument("--subject", help="explain: the deposit's or credit's subject")
    p.add_argument("--note", help="match/explain: the owner's note")
    p.add_argument("--by", default="owner", help="who decides (audit log)")
    p.set_defaults(handler=_reconcile)
