"""Cases: opened from an alert or by hand, worked step by step, paused, reassigned, closed.

Every write runs in one transaction and is audited (``case.open``, ``case.step``,
``case.pause``, ``case.resume``, ``case.reassign``, ``case.attach``, ``case.link``,
``case.close``, ``case.dispute``). Steps are resolved from the procedure data each time, by
the case's path, terminal kind and processor.

A case opened from an alert is reported to detection (`detection.alerts.case_opened`), and
closing it resolves the alert (or, closed as not a duplicate, dismisses it) in the same
transaction, audited (`detection.alerts.case_closed`). Procedures use detection, never the
other way round.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.detection import alerts as detection_alerts
from shopguard.core.paths import data_dir
from shopguard.core.procedures.data import PATHS, Procedure, resolve
from shopguard.core.procedures.decision import Decision, decide
from shopguard.core.procedures.facts import (
    CaseError,
    Txn,
    alert_transaction_ids,
    load_txns,
    terminal_profile,
)
from shopguard.core.store import access, audit

OUTCOMES = ("voided", "refunded", "adjusted", "chargeback_won", "chargeback_lost",
            "not_duplicate")
# What closing with an outcome does to the case's alert: every outcome but one means the
# extra charge was dealt with; "not a duplicate" is the owner's dismissal.
ALERT_STATUS = {outcome: "resolved" for outcome in OUTCOMES} | {"not_duplicate": "dismissed"}
STATUSES = ("open", "paused", "closed")
_COLS = ("id", "opened_at", "opened_by", "alert_id", "path", "reason", "suggested_path",
         "deadline", "status", "assignee", "terminal_kind", "processor", "outcome",
         "closed_at", "closed_by", "close_note")


@dataclass
class StepRecord:
    key: str
    done_at: str
    done_by: str
    values: dict[str, str]


@dataclass
class Case:
    id: int
    opened_at: str
    opened_by: str
    alert_id: int | None
    path: str
    reason: dict[str, str]  # {"en": ..., "zh_CN": ...}
    suggested_path: str
    deadline: str | None
    status: str
    assignee: str
    terminal_kind: str
    processor: str
    outcome: str | None
    closed_at: str | None
    closed_by: str | None
    close_note: str
    transactions: list[Txn] = field(default_factory=list)
    resolutions: list[Txn] = field(default_factory=list)
    steps_done: dict[str, StepRecord] = field(default_factory=dict)
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def procedure(self) -> Procedure:
        return resolve(self.path, self.terminal_kind, self.processor)

    def overdue(self, now: datetime) -> bool:
        return (self.status != "closed" and self.deadline is not None
                and now > datetime.fromisoformat(self.deadline))

    def reason_in(self, lang: str) -> str:
        return self.reason["zh_CN" if lang.startswith("zh") else "en"]

    def target(self) -> Txn:
        """The transaction the procedure acts on (the extra charge)."""
        charged = [t for t in self.transactions if t.status == "success"
                   and t.type in ("sale", "preauth_complete")]
        return (charged or self.transactions)[-1]

    def summary(self, now: datetime, lang: str = "en") -> dict[str, Any]:
        return {"case_id": self.id, "path": self.path, "status": self.status,
                "deadline": self.deadline, "overdue": self.overdue(now),
                "assignee": self.assignee, "outcome": self.outcome,
                "reason": self.reason_in(lang),
                "transactions": [t.id for t in self.transactions],
                "steps_done": len(self.steps_done),
                "steps_total": len(self.procedure().steps)}


def _iso(d: datetime | None) -> str | None:
    return d.isoformat(timespec="seconds") if d else None


def _override_reason(actor: str, suggested: str, reason: dict[str, str]) -> dict[str, str]:
    return {"en": f"Chosen by {actor} instead of {suggested}. ShopGuard's view: " + reason["en"],
            "zh_CN": f"由 {actor} 选择，未采用建议的 {suggested}。ShopGuard 的判断："
                     + reason["zh_CN"]}


def open_case(db: Database, transaction_ids: list[int], *, actor: str = "owner",
              alert_id: int | None = None, alert_status: str = "", path: str | None = None,
              assignee: str = "") -> Case:
    """Open a case over these transactions; the path is decided unless one is given."""
    txns = load_txns(db, transaction_ids)
    kind, acquirer, processor = terminal_profile(db, txns[-1].terminal_id)
    now = clock.now()
    decision: Decision = decide(db, [t.id for t in txns], now, alert_status=alert_status,
                                acquirer=acquirer)
    reason = {"en": decision.reason.en, "zh_CN": decision.reason.zh_CN}
    chosen = decision.path
    if path and path != decision.path:
        if path not in PATHS:
            raise CaseError(f"unknown path {path!r}; choose one of {', '.join(PATHS)}")
        chosen = path
        reason = _override_reason(actor, decision.path, reason)
    resolve(chosen, kind, processor)  # fails early if the data cannot serve this case
    at = clock.now_iso()
    with db.atomic():
        cur = db.conn.execute(
            "INSERT INTO cases (opened_at, opened_by, alert_id, path, reason, suggested_path,"
            " deadline, status, assignee, terminal_kind, processor)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
            (at, actor, alert_id, chosen, json.dumps(reason, ensure_ascii=False),
             decision.path, _iso(decision.deadline), assignee or actor, kind, processor))
        case_id = int(cur.lastrowid or 0)
        db.conn.executemany(
            "INSERT INTO case_transactions (case_id, transaction_id, role, linked_at)"
            " VALUES (?, ?, 'subject', ?)", [(case_id, t.id, at) for t in txns])
        audit.append(db, actor, "case.open", f"case:{case_id}", None,
                     {"path": chosen, "suggested": decision.path, "alert_id": alert_id,
                      "transactions": [t.id for t in txns],
                      "deadline": _iso(decision.deadline)})
        if alert_id is not None:
            detection_alerts.case_opened(db, alert_id, case_id)
        _link_case(db, case_id, actor)
    return get_case(db, case_id)


def open_from_alert(db: Database, alert_id: int, *, actor: str = "owner",
                    path: str | None = None) -> Case:
    ids, status = alert_transaction_ids(db, alert_id)
    existing = db.conn.execute("SELECT id FROM cases WHERE alert_id = ? AND status != 'closed'",
                               (alert_id,)).fetchone()
    if existing:
        return get_case(db, int(existing[0]))
    return open_case(db, ids, actor=actor, alert_id=alert_id, alert_status=status, path=path)


def get_case(db: Database, case_id: int) -> Case:
    row = db.conn.execute(f"SELECT {', '.join(_COLS)} FROM cases WHERE id = ?",
                          (case_id,)).fetchone()
    if not row:
        raise CaseError(f"no case with id {case_id}")
    data = dict(zip(_COLS, row, strict=True))
    data["reason"] = json.loads(data["reason"])
    case = Case(**data)
    links = db.conn.execute("SELECT transaction_id, role FROM case_transactions WHERE case_id = ?"
                            " ORDER BY transaction_id", (case_id,)).fetchall()
    subj = [r[0] for r in links if r[1] == "subject"]
    res = [r[0] for r in links if r[1] == "resolution"]
    case.transactions = load_txns(db, subj) if subj else []
    case.resolutions = load_txns(db, res) if res else []
    for key, at, by, values in db.conn.execute(
            'SELECT step_key, done_at, done_by, "values" FROM case_steps WHERE case_id = ?'
            " ORDER BY id", (case_id,)):
        case.steps_done[key] = StepRecord(key, at, by, json.loads(values))
    case.attachments = [
        dict(zip(("id", "step_key", "original_name", "stored_path", "sha256", "added_at",
                  "added_by"), r, strict=True))
        for r in db.conn.execute(
            "SELECT id, step_key, original_name, stored_path, sha256, added_at, added_by"
            " FROM case_attachments WHERE case_id = ? ORDER BY id", (case_id,))]
    return case


def list_cases(db: Database, status: str | None = None) -> list[Case]:
    """Cases, open first by deadline (none last), then closed newest first (read only; call
    `link_resolutions` first to pick up newly imported voids/refunds)."""
    sql = "SELECT id FROM cases"
    params: list[Any] = []
    if status in ("open", "paused", "closed"):
        sql += " WHERE status = ?"
        params.append(status)
    sql += (" ORDER BY status = 'closed', CASE WHEN deadline IS NULL THEN 1 ELSE 0 END,"
            " deadline, id DESC")
    return [get_case(db, r[0]) for r in db.conn.execute(sql, params).fetchall()]


def _require_workable(case: Case) -> None:
    if case.status == "closed":
        raise CaseError(f"case {case.id} is closed")
    if case.status == "paused":
        raise CaseError(f"case {case.id} is paused: resume it first")


def tick_step(db: Database, case_id: int, step_key: str, by: str,
              values: dict[str, str] | None = None) -> Case:
    """Mark a step done by `by` now, with what they entered (fields of the step)."""
    case = get_case(db, case_id)
    _require_workable(case)
    if not by.strip():
        raise CaseError("say who did the step (--by NAME)")
    proc = case.procedure()
    try:
        step = proc.step(step_key)
    except KeyError:
        keys = ", ".join(s.key for s in proc.steps)
        raise CaseError(f"case {case_id} ({case.path}) has no step {step_key!r}; "
                        f"steps: {keys}") from None
    clean = {k: str(v).strip() for k, v in (values or {}).items() if str(v).strip()}
    unknown = [k for k in clean if k not in step.enter and k != "note"]  # a note is always ok
    if unknown:
        allowed = ", ".join(step.enter) or "nothing"
        raise CaseError(f"step {step_key!r} takes {allowed}, not {', '.join(unknown)}")
    before = case.steps_done.get(step_key)
    at = clock.now_iso()
    with db.atomic():
        db.conn.execute(
            'INSERT INTO case_steps (case_id, step_key, done_at, done_by, "values")'
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id, step_key) DO UPDATE SET"
            ' done_at = excluded.done_at, done_by = excluded.done_by, "values" = excluded."values"',
            (case_id, step_key, at, by.strip(), json.dumps(clean, ensure_ascii=False)))
        audit.append(db, by.strip(), "case.step", f"case:{case_id}:{step_key}",
                     before.__dict__ if before else None,
                     {"step": step_key, "values": clean, "at": at})
        _link_case(db, case_id, by.strip())
    return get_case(db, case_id)


def _set_fields(db: Database, case: Case, actor: str, action: str,
                changes: dict[str, Any]) -> Case:
    before = {k: getattr(case, k) for k in changes}
    sets = ", ".join(f"{k} = ?" for k in changes)
    with db.atomic():
        db.conn.execute(f"UPDATE cases SET {sets} WHERE id = ?", [*changes.values(), case.id])
        audit.append(db, actor, action, f"case:{case.id}", before, changes)
    return get_case(db, case.id)


def change_path(db: Database, case_id: int, actor: str, path: str | None = None) -> Case:
    """Decide the path again from today's facts (``path=None``) or switch to `path` by hand,
    e.g. after a status check found the charge did go through. Ticked steps are kept."""
    case = get_case(db, case_id)
    _require_workable(case)
    _kind, acquirer, _ = terminal_profile(db, case.transactions[-1].terminal_id)
    alert_status = ""
    if case.alert_id is not None:
        try:
            alert_status = alert_transaction_ids(db, case.alert_id)[1]
        except CaseError:
            alert_status = ""
    decision = decide(db, [t.id for t in case.transactions], clock.now(),
                      alert_status=alert_status, acquirer=acquirer)
    chosen = path or decision.path
    if chosen not in PATHS:
        raise CaseError(f"unknown path {chosen!r}; choose one of {', '.join(PATHS)}")
    resolve(chosen, case.terminal_kind, case.processor)
    reason = {"en": decision.reason.en, "zh_CN": decision.reason.zh_CN}
    if chosen != decision.path:
        reason = _override_reason(actor, decision.path, reason)
    return _set_fields(db, case, actor, "case.path",
                       {"path": chosen, "suggested_path": decision.path,
                        "reason": json.dumps(reason, ensure_ascii=False),
                        "deadline": _iso(decision.deadline)})


def pause(db: Database, case_id: int, actor: str) -> Case:
    case = get_case(db, case_id)
    _require_workable(case)
    return _set_fields(db, case, actor, "case.pause", {"status": "paused"})


def resume(db: Database, case_id: int, actor: str) -> Case:
    case = get_case(db, case_id)
    if case.status != "paused":
        raise CaseError(f"case {case_id} is {case.status}, not paused")
    return _set_fields(db, case, actor, "case.resume", {"status": "open"})


def reassign(db: Database, case_id: int, assignee: str, actor: str) -> Case:
    case = get_case(db, case_id)
    if case.status == "closed":
        raise CaseError(f"case {case_id} is closed")
    if not assignee.strip():
        raise CaseError("say who the case goes to")
    return _set_fields(db, case, actor, "case.reassign", {"assignee": assignee.strip()})


def close(db: Database, case_id: int, outcome: str, actor: str, *, note: str = "",
          pin: str | None = None) -> Case:
    """Close with an outcome; "not_duplicate" needs the owner (staff mode)."""
    if outcome not in OUTCOMES:
        raise CaseError(f"unknown outcome {outcome!r}; choose one of {', '.join(OUTCOMES)}")
    case = get_case(db, case_id)
    if case.status == "closed":
        raise CaseError(f"case {case_id} is already closed ({case.outcome})")
    if outcome == "not_duplicate":
        access.require_owner(db, pin, f"close case {case_id} as not a duplicate", actor)
    from shopguard.core.procedures.lang import user_lang
    from shopguard.core.procedures.letter import t as outcome_name  # (letter imports cases)

    names = {lang: outcome_name(outcome, lang) for lang in ("en", "zh_CN")}
    lang = user_lang(db)
    reason = note.strip() or (f"案件 #{case_id}：{names['zh_CN']}" if lang == "zh_CN"
                              else f"case #{case_id}: {names['en']}")
    with db.atomic():
        closed = _set_fields(db, case, actor, "case.close",
                             {"status": "closed", "outcome": outcome,
                              "closed_at": clock.now_iso(), "closed_by": actor,
                              "close_note": note})
        detection_alerts.case_closed(db, case_id, outcome, outcome_en=names["en"],
                                     outcome_zh=names["zh_CN"],
                                     alert_status=ALERT_STATUS[outcome], reason=reason,
                                     actor=actor)
    return closed


def attach(db: Database, case_id: int, file: Path, actor: str, step_key: str = "") -> Case:
    """Copy an evidence file (slip photo, scan) into the data dir and record it."""
    case = get_case(db, case_id)
    if not file.is_file():
        raise CaseError(f"{file}: no such file")
    if step_key:
        try:
            case.procedure().step(step_key)
        except KeyError:
            raise CaseError(f"case {case_id} has no step {step_key!r}") from None
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    target_dir = data_dir() / "attachments" / f"case-{case_id}"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{digest[:12]}-{file.name}"
    shutil.copy2(file, target)
    with db.atomic():
        db.conn.execute(
            "INSERT INTO case_attachments (case_id, step_key, original_name, stored_path,"
            " sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (case_id, step_key, file.name, str(target), digest, clock.now_iso(), actor))
        audit.append(db, actor, "case.attach", f"case:{case_id}:{step_key}", None,
                     {"file": file.name, "sha256": digest})
    return get_case(db, case_id)


def record_dispute(db: Database, transaction_id: int, received_on: str, *,
                   respond_by: str | None = None, reason_code: str = "", note: str = "",
                   actor: str = "owner") -> int:
    """Record a dispute / chargeback notice against a transaction (dates YYYY-MM-DD)."""
    load_txns(db, [transaction_id])
    for label, value in (("received", received_on), ("respond by", respond_by)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise CaseError(f"{label}: {value!r} is not a date like 2026-09-30") from None
    with db.atomic():
        cur = db.conn.execute(
            "INSERT INTO disputes (transaction_id, received_on, respond_by, reason_code, note,"
            " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (transaction_id, received_on, respond_by, reason_code, note, clock.now_iso(), actor))
        audit.append(db, actor, "case.dispute", f"transaction:{transaction_id}", None,
                     {"received_on": received_on, "respond_by": respond_by,
                      "reason_code": reason_code})
    return int(cur.lastrowid or 0)


def _link_case(db: Database, case_id: int, actor: str) -> list[int]:
    """Link void/refund rows that point at the case's charges (by original reference or
    voucher no.) or carry a number entered in a step. Runs inside the caller's transaction."""
    subjects = db.conn.execute(
        "SELECT t.id, t.reference_no, t.voucher_no FROM case_transactions ct"
        " JOIN transactions t ON t.id = ct.transaction_id"
        " WHERE ct.case_id = ? AND ct.role = 'subject'", (case_id,)).fetchall()
    keys = {k for _, ref, vou in subjects for k in (ref, vou) if k}
    entered: set[str] = set()
    for (values,) in db.conn.execute('SELECT "values" FROM case_steps WHERE case_id = ?',
                                     (case_id,)):
        v = json.loads(values)
        entered |= {v[k] for k in ("new_voucher_no", "new_reference_no") if v.get(k)}
    if not keys and not entered:
        return []
    k_marks, e_marks = ",".join("?" * len(keys)) or "NULL", ",".join("?" * len(entered)) or "NULL"
    rows = db.conn.execute(
        "SELECT id FROM transactions WHERE type IN ('void','refund') AND status = 'success'"
        f" AND (original_reference_no IN ({k_marks}) OR reference_no IN ({e_marks})"
        f" OR voucher_no IN ({e_marks}))"
        " AND id NOT IN (SELECT transaction_id FROM case_transactions WHERE case_id = ?)",
        [*keys, *entered, *entered, case_id]).fetchall()
    new = [r[0] for r in rows]
    if new:
        at = clock.now_iso()
        db.conn.executemany(
            "INSERT INTO case_transactions (case_id, transaction_id, role, linked_at)"
            " VALUES (?, ?, 'resolution', ?)", [(case_id, t, at) for t in new])
        audit.append(db, actor, "case.link", f"case:{case_id}", None, {"transactions": new})
    return new


def link_resolutions(db: Database, actor: str = "system") -> dict[int, list[int]]:
    """Link newly imported voids/refunds to every case not closed; call after an import."""
    linked: dict[int, list[int]] = {}
    with db.atomic():
        for (case_id,) in db.conn.execute(
                "SELECT id FROM cases WHERE status != 'closed'").fetchall():
            new = _link_case(db, case_id, actor)
            if new:
                linked[case_id] = new
    return linked
