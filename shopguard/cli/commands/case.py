"""`shopguard case ...`: open, list, show, step, pause/resume, reassign, close, letter,
dispute; and `shopguard owner-pin set|clear`, `shopguard training`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core import clock
from shopguard.core.procedures import LETTER_KINDS as KINDS
from shopguard.core.procedures import (
    PATHS,
    CaseError,
    ProcedureError,
    cases,
    load_fields,
    placeholders,
    render,
    training,
    user_lang,
)
from shopguard.core.store import access, settings

# CLI option → step field (what a step may ask to enter).
STEP_OPTIONS = {"voucher": "new_voucher_no", "reference": "new_reference_no",
                "amount": "refund_amount", "ticket": "acquirer_ticket_no",
                "dispute_ref": "dispute_reference", "note": "note"}


def _pin(args: argparse.Namespace) -> str | None:
    return getattr(args, "pin", None) or os.environ.get("SHOPGUARD_OWNER_PIN") or None


def _case_json(case: cases.Case, lang: str) -> dict[str, Any]:
    proc = case.procedure()
    facts = placeholders(case.target(), case.deadline)
    return {
        "case_id": case.id, "path": case.path, "reason": case.reason_in(lang),
        "deadline": case.deadline, "status": case.status, "assignee": case.assignee,
        "overdue": case.overdue(clock.now()), "suggested_path": case.suggested_path,
        "alert_id": case.alert_id, "outcome": case.outcome,
        "transactions": [{"id": t.id, "reference_no": t.reference_no} for t in
                         case.transactions],
        "resolutions": [{"id": t.id, "type": t.type, "reference_no": t.reference_no}
                        for t in case.resolutions],
        "steps": [{"key": s.key, "title": s.title.get(lang),
                   "do": render(s.do.get(lang), facts),
                   "enter": list(s.enter),
                   "done_by": case.steps_done[s.key].done_by if s.key in case.steps_done
                   else None,
                   "done_at": case.steps_done[s.key].done_at if s.key in case.steps_done
                   else None} for s in proc.steps],
    }


def _print_case(case: cases.Case, lang: str, as_json: bool) -> None:
    data = _case_json(case, lang)
    if as_json:
        print_json(data)
        return
    late = "  OVERDUE" if data["overdue"] else ""
    print(f"case {case.id}: {case.path} ({case.status}), deadline "
          f"{(case.deadline or '-').replace('T', ' ')}{late}, assigned to {case.assignee}")
    print(f"why: {data['reason']}")
    for i, s in enumerate(data["steps"], 1):
        mark = f"done by {s['done_by']} at {s['done_at']}" if s["done_by"] else "to do"
        print(f"  {i}. [{s['key']}] {s['title']} ({mark})")


def _guard(fn: Any) -> Any:
    """Turn the core's refusals into plain one-line CLI errors."""

    def run(args: argparse.Namespace, db: Any) -> int:
        try:
            return int(fn(args, db))
        except (CaseError, ProcedureError, settings.SettingError) as exc:
            raise UserError(f"case: {exc}") from None
        except access.OwnerRequired as exc:
            raise UserError(f"refused: {exc}") from None

    return run


def _open(args: argparse.Namespace, db: Any) -> int:
    case = cases.open_from_alert(db, args.alert_id, actor=args.by, path=args.path)
    _print_case(case, user_lang(db), args.json)
    return 0


def _new(args: argparse.Namespace, db: Any) -> int:
    case = cases.open_case(db, args.txn, actor=args.by, path=args.path)
    _print_case(case, user_lang(db), args.json)
    return 0


def _list(args: argparse.Namespace, db: Any) -> int:
    now, lang = clock.now(), user_lang(db)
    cases.link_resolutions(db)
    found = cases.list_cases(db, args.status)
    if args.overdue:
        found = [c for c in found if c.overdue(now)]
    rows = [c.summary(now, lang) for c in found]
    if args.json:
        print_json({"cases": rows})
    else:
        print_table([{**r, "deadline": (r["deadline"] or "-").replace("T", " "),
                      "overdue": "OVERDUE" if r["overdue"] else "",
                      "steps": f"{r['steps_done']}/{r['steps_total']}",
                      "outcome": r["outcome"] or ""} for r in rows],
                    ["case_id", "path", "status", "deadline", "overdue", "assignee", "steps",
                     "outcome"])
    return 0


def _show(args: argparse.Namespace, db: Any) -> int:
    _print_case(cases.get_case(db, args.case_id), user_lang(db), args.json)
    return 0


def _step(args: argparse.Namespace, db: Any) -> int:
    values = {field: getattr(args, opt) for opt, field in STEP_OPTIONS.items()
              if getattr(args, opt)}
    case = cases.tick_step(db, args.case_id, args.step_key, args.by, values)
    for f in args.attach or []:
        case = cases.attach(db, args.case_id, Path(f), args.by, args.step_key)
    if args.json:
        print_json(_case_json(case, user_lang(db)))
    else:
        done = len(case.steps_done)
        print(f"case {case.id}: step {args.step_key} done by {args.by} "
              f"({done}/{len(case.procedure().steps)} steps)")
    return 0


def _simple(action: str) -> Any:
    def run(args: argparse.Namespace, db: Any) -> int:
        if action == "pause":
            case = cases.pause(db, args.case_id, args.by)
        elif action == "resume":
            case = cases.resume(db, args.case_id, args.by)
        else:
            case = cases.reassign(db, args.case_id, args.to, args.by)
        print(f"case {case.id}: {case.status}, assigned to {case.assignee}")
        return 0

    return run


def _path(args: argparse.Namespace, db: Any) -> int:
    case = cases.change_path(db, args.case_id, args.by, args.to)
    _print_case(case, user_lang(db), args.json)
    return 0


def _close(args: argparse.Namespace, db: Any) -> int:
    case = cases.close(db, args.case_id, args.outcome, args.by, note=args.note or "",
                       pin=_pin(args))
    if args.json:
        print_json({"case_id": case.id, "status": case.status, "outcome": case.outcome})
    else:
        print(f"case {case.id}: closed as {case.outcome}")
    return 0


def _letter(args: argparse.Namespace, db: Any) -> int:
    from shopguard.core.procedures import build_letter
    from shopguard.gui.letters import write_pdf

    lang = args.lang or user_lang(db)
    letter = build_letter(db, args.case_id, lang=lang, kind=args.kind)
    out = write_pdf(letter, Path(args.out))
    print(f"case {args.case_id}: {letter.title} written to {out}")
    return 0


def _dispute(args: argparse.Namespace, db: Any) -> int:
    cases.record_dispute(db, args.txn_id, args.received, respond_by=args.respond_by,
                         reason_code=args.code or "", note=args.note or "", actor=args.by)
    print(f"transaction {args.txn_id}: dispute recorded; open a case to answer it")
    return 0


def _pin_set(args: argparse.Namespace, db: Any) -> int:
    access.set_owner_pin(db, args.new_pin, current_pin=_pin(args), actor=args.by)
    print("owner PIN set: staff mode is on")
    return 0


def _pin_clear(args: argparse.Namespace, db: Any) -> int:
    access.clear_owner_pin(db, _pin(args), actor=args.by)
    print("owner PIN removed: staff mode is off")
    return 0


def _training(args: argparse.Namespace, db: Any) -> int:
    rows = training.history(db)
    if args.json:
        print_json({"rehearsals": rows, "last_by_staff": training.last_by_staff(db)})
    else:
        print_table(rows, ["staff", "path", "terminal_kind", "processor", "completed_at"])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("case", help="guided void/refund/dispute cases")
    csub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    def add(name: str, fn: Any, help_: str, by: bool = True, json_: bool = True) -> Any:
        q = csub.add_parser(name, help=help_)
        if by:
            q.add_argument("--by", default="owner", help="who is doing this (audit log)")
        if json_:
            q.add_argument("--json", action="store_true")
        q.set_defaults(handler=_guard(fn))
        return q

    q = add("open", _open, "open a case from an alert")
    q.add_argument("alert_id", type=int)
    q.add_argument("--path", choices=PATHS, help="override ShopGuard's choice")
    q = add("new", _new, "open a case by hand for one or more transactions")
    q.add_argument("--txn", type=int, action="append", required=True, metavar="ID")
    q.add_argument("--path", choices=PATHS, help="override ShopGuard's choice")
    q = add("list", _list, "list cases (open first, by deadline)", by=False)
    q.add_argument("--status", choices=cases.STATUSES)
    q.add_argument("--overdue", action="store_true")
    q = add("show", _show, "show one case and its steps", by=False)
    q.add_argument("case_id", type=int)
    q = add("step", _step, "tick a step as done")
    q.add_argument("case_id", type=int)
    q.add_argument("step_key")
    fields = load_fields()
    for opt, field in STEP_OPTIONS.items():
        q.add_argument(f"--{opt.replace('_', '-')}", dest=opt, help=fields[field].en)
    q.add_argument("--attach", action="append", metavar="FILE", help="evidence file to keep")
    for name in ("pause", "resume", "reassign"):
        q = add(name, _simple(name), f"{name} a case", json_=False)
        q.add_argument("case_id", type=int)
        if name == "reassign":
            q.add_argument("--to", required=True, help="the new assignee")
    q = add("path", _path, "decide the procedure again from today's facts, or --to PATH")
    q.add_argument("case_id", type=int)
    q.add_argument("--to", choices=PATHS, help="switch to this procedure by hand")
    q = add("close", _close, "close a case with its outcome")
    q.add_argument("case_id", type=int)
    q.add_argument("--outcome", required=True, choices=cases.OUTCOMES)
    q.add_argument("--note")
    q.add_argument("--pin", help="owner PIN (or SHOPGUARD_OWNER_PIN) for owner-only outcomes")
    q = add("letter", _letter, "write the case letter as PDF", by=False, json_=False)
    q.add_argument("case_id", type=int)
    q.add_argument("--out", required=True, help="FILE.pdf")
    q.add_argument("--lang", choices=("en", "zh_CN"))
    q.add_argument("--kind", choices=KINDS)
    q = add("dispute", _dispute, "record a dispute/chargeback notice", json_=False)
    q.add_argument("txn_id", type=int)
    q.add_argument("--received", required=True, help="date the notice came, YYYY-MM-DD")
    q.add_argument("--respond-by", help="the notice's deadline, YYYY-MM-DD")
    q.add_argument("--code", help="reason code, e.g. 12.6.1, 4834, 4512")
    q.add_argument("--note")

    p = sub.add_parser("owner-pin", help="set or remove the owner PIN (staff mode)")
    psub = p.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    q = psub.add_parser("set", help="set or change the owner PIN; turns staff mode on")
    q.add_argument("new_pin")
    q.add_argument("--pin", help="the current PIN, when changing it")
    q.add_argument("--by", default="owner")
    q.set_defaults(handler=_guard(_pin_set))
    q = psub.add_parser("clear", help="remove the PIN; turns staff mode off")
    q.add_argument("--pin", help="the current PIN")
    q.add_argument("--by", default="owner")
    q.set_defaults(handler=_guard(_pin_clear))

    p = sub.add_parser("training", help="who has rehearsed which procedure, and when")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_training)
