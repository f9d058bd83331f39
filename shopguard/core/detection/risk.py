"""Monthly risk summary per terminal: the periodic assessment acquirers expect.

Counts alerts by rule (dismissed ones do not count), turns them into a level with the
reasons behind it, and compares with the previous month. Transactions no scan has checked yet
(imported without one, or the scan was cancelled) are counted; a terminal with such rows and
no alerts is "unscanned", never "low": nothing was looked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.detection import texts
from shopguard.core.detection.scan import scanned_through

LEVELS = ("low", "medium", "high")
UNSCANNED = "unscanned"  # a level: transactions were not checked and nothing is known yet
_RANK = {UNSCANNED: 0, "low": 0, "medium": 1, "high": 2}
# Rules an acquirer treats as serious on their own once a person has confirmed them.
SERIOUS = frozenset({"split_sale", "refund_exceeds_sale", "refund_without_sale",
                     "per_txn_limit", "daily_limit"})
WEIGHT = {"high": 3, "medium": 2, "low": 1}
MEDIUM_POINTS, HIGH_POINTS = 5, 12
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class RiskError(ValueError):
    pass


@dataclass
class TerminalRisk:
    terminal_id: str
    merchant_id: str = ""
    transactions: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    open: int = 0
    unscanned: int = 0  # transactions no scan has checked yet
    points: int = 0
    level: str = "low"
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (en, zh_CN)


def previous_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def default_month(db: Database) -> str:
    """The latest month with transactions; the one before when the latest holds less than a
    week of days (a statement ending on the 1st); the current month on an empty database."""
    row = db.conn.execute("SELECT max(occurred_at) FROM transactions").fetchone()
    if not row or not row[0]:
        return clock.now().strftime("%Y-%m")
    month = str(row[0])[:7]
    days = db.conn.execute(
        "SELECT count(DISTINCT substr(occurred_at, 1, 10)) FROM transactions"
        " WHERE occurred_at >= ?", (f"{month}-01",)).fetchone()[0]
    prev = previous_month(month)
    has_prev = db.conn.execute("SELECT 1 FROM transactions WHERE occurred_at >= ?"
                               " AND occurred_at < ? LIMIT 1",
                               (f"{prev}-01", f"{month}-01")).fetchone()
    return prev if days < 7 and has_prev else month


def _month_risk(db: Database, month: str) -> dict[str, TerminalRisk]:
    start = f"{month}-01"
    y, m = int(month[:4]), int(month[5:7])
    end = date(y + (m == 12), m % 12 + 1, 1).isoformat()
    out: dict[str, TerminalRisk] = {}
    for term, merchant, n in db.conn.execute(
            "SELECT terminal_id, max(merchant_id), count(*) FROM transactions"
            " WHERE occurred_at >= ? AND occurred_at < ? GROUP BY terminal_id", (start, end)):
        out[term] = TerminalRisk(term, merchant, int(n))
    through = scanned_through(db)
    for term, n in db.conn.execute(
            "SELECT terminal_id, count(*) FROM transactions"
            " WHERE occurred_at >= ? AND occurred_at < ? AND import_id > ?"
            " GROUP BY terminal_id", (start, end, -1 if through is None else through)):
        out[term].unscanned = int(n)
    for term, merchant, rule, severity, status, n in db.conn.execute(
            "SELECT terminal_id, max(merchant_id), rule, severity, status, count(*) FROM alerts"
            " WHERE first_at >= ? AND first_at < ? AND status != 'dismissed'"
            " GROUP BY terminal_id, rule, severity, status", (start, end)):
        tr = out.setdefault(term, TerminalRisk(term, merchant))
        tr.counts[rule] = tr.counts.get(rule, 0) + n
        weight = 1 if status == "resolved" else WEIGHT[severity]
        tr.points += weight * n
        if status in ("open", "confirmed"):
            tr.open += n
        if status == "confirmed" and rule in SERIOUS:
            tr.level = "high"
    for tr in out.values():
        _grade(tr)
    return out


def _grade(tr: TerminalRisk) -> None:
    if tr.points >= HIGH_POINTS:
        tr.level = "high"
    elif tr.level != "high" and tr.points >= MEDIUM_POINTS:
        tr.level = "medium"
    for rule, n in sorted(tr.counts.items(), key=lambda kv: -kv[1]):
        tr.reasons.append((f"{n} × {texts.rule_name(rule, 'en')}",
                           f"{texts.rule_name(rule, 'zh_CN')} {n} 次"))
    if tr.open:
        tr.reasons.append((f"{tr.open} not reviewed or confirmed", f"{tr.open} 条未处理或已确认"))
    if tr.unscanned:
        tr.reasons.append((f"{tr.unscanned:,} transactions not checked yet (run a scan)",
                           f"{tr.unscanned:,} 笔交易尚未检查（请运行检查）"))
        if tr.level == "low":
            tr.level = UNSCANNED
    elif not tr.counts:
        tr.reasons.append(("no alerts this month", "本月没有提醒"))


def summary(db: Database, month: str | None = None, lang: str = "en") -> dict[str, Any]:
    """{month, previous_month, terminals: [...]}; see `shopguard risk --json`."""
    month = month or default_month(db)
    if not _MONTH.match(month):
        raise RiskError(f"{month!r} is not a month like 2026-09")
    prev_month = previous_month(month)
    cur, prev = _month_risk(db, month), _month_risk(db, prev_month)
    i = 1 if lang.startswith("zh") else 0
    terminals = []
    for term in sorted(cur):
        tr, pv = cur[term], prev.get(term)
        prev_level = pv.level if pv else "low"
        delta = _RANK[tr.level] - _RANK[prev_level]
        terminals.append({
            "terminal_id": tr.terminal_id, "merchant_id": tr.merchant_id,
            "transactions": tr.transactions, "unscanned": tr.unscanned,
            "counts": dict(sorted(tr.counts.items())),
            "level": tr.level, "reasons": [r[i] for r in tr.reasons],
            "previous": {"transactions": pv.transactions if pv else 0,
                         "counts": dict(sorted(pv.counts.items())) if pv else {},
                         "level": prev_level},
            "trend": ("unknown" if UNSCANNED in (tr.level, prev_level)
                      else "up" if delta > 0 else "down" if delta < 0 else "same"),
        })
    levels: list[str] = [str(t["level"]) for t in terminals]
    overall = max(levels, key=lambda level: _RANK[level], default="low")
    if overall == "low" and any(t["level"] == UNSCANNED for t in terminals):
        overall = UNSCANNED
    return {"month": month, "previous_month": prev_month, "level": overall,
            "terminals": terminals}
