"""`shopguard check`: is this database whole, consistent and clean? One report, plain words.

- SQLite's integrity_check and foreign_key_check;
- the audit trail (`trail.verify`, with the owner's keys when a PIN is given);
- money invariants on every transaction, and each import's row count;
- a card-number scan of every text column of every table (the full check of `core.pan`);
- files readable by others (POSIX).
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from shopguard.core import pan
from shopguard.core.store import audit_head, trail
from shopguard.core.store.findings import Finding

# ISO 4217 codes in use (plus CNH, the offshore yuan some acquirers report).
CURRENCIES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNH CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK
SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS
VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())  # noqa: SIM905

# (code, SQL selecting offending transaction ids, English, Chinese) — {n} rows, {ids} examples.
_MONEY_RULES: tuple[tuple[str, str, str, str], ...] = (
    ("money.negative_amount", "amount_minor < 0",
     "{n} transaction(s) have a negative amount (amounts are stored as positive magnitudes)",
     "{n} 笔交易金额为负数（金额应以正数保存）"),
    ("money.net_exceeds", "amount_minor >= 0 AND net_minor IS NOT NULL AND"
     " abs(net_minor) > amount_minor + abs(COALESCE(fee_minor, 0))",
     "{n} transaction(s) have a net amount larger than the amount plus the fee",
     "{n} 笔交易的净额大于金额加手续费"),
    ("money.refund_positive", "type IN ('void', 'refund', 'reversal') AND status = 'success'"
     " AND net_minor > 0", "{n} void/refund row(s) add money to the settlement instead of taking it",
     "{n} 笔撤销/退款记录的净额为正（应为扣减）"),
    ("money.failed_moves_money", "status = 'failed' AND COALESCE(net_minor, 0) != 0",
     "{n} failed transaction(s) have a non-zero net amount",
     "{n} 笔失败交易的净额不为零"),
    ("money.refunded_range", "amount_minor >= 0 AND (refunded_minor < 0"
     " OR refunded_minor > amount_minor)",
     "{n} transaction(s) show more refunded than the amount (or a negative refund)",
     "{n} 笔交易的已退款金额超过交易金额（或为负数）"),
)


@dataclass
class Section:
    name: str
    en: str
    zh: str
    problems: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.en, "title_zh_CN": self.zh, "ok": self.ok,
                "problems": [p.to_json() for p in self.problems],
                "notes": [n.to_json() for n in self.notes]}


@dataclass
class CheckReport:
    sections: list[Section]

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sections)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checks": [s.to_json() for s in self.sections]}


def _examples(ids: list[Any]) -> str:
    shown = ", ".join(str(i) for i in ids[:5])
    return shown + (", …" if len(ids) > 5 else "")


def integrity(db: Database) -> Section:
    s = Section("integrity", "Database file", "数据库文件")
    rows = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        for line in rows[:20]:
            s.problems.append(Finding("db.integrity", f"the file is damaged: {line}",
                                      f"文件已损坏：{line}"))
    for table, rowid, parent, _fk in db.conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        s.problems.append(Finding("db.foreign_key",
                                  f"{table} row {rowid} points to a missing {parent} row",
                                  f"{table} 表第 {rowid} 行引用的 {parent} 记录不存在", rowid))
    return s


def audit_trail(db: Database, masters: dict[str, bytes] | None) -> Section:
    s = Section("audit", "Audit log", "审计记录")
    report = trail.verify(db, masters)
    s.problems, s.notes = report.problems, report.notes
    return s


def money(db: Database) -> Section:
    s = Section("money", "Amounts and imports", "金额与导入")
    for code, where, en, zh in _MONEY_RULES:
        ids = [r[0] for r in db.conn.execute(f"SELECT id FROM transactions WHERE {where}"
                                             " ORDER BY id LIMIT 1000")]
        if ids:
            s.problems.append(Finding(code, en.format(n=len(ids)) + f" (ids {_examples(ids)})",
                                      zh.format(n=len(ids)) + f"（编号 {_examples(ids)}）", ids[0]))
    for currency, n in db.conn.execute("SELECT currency, COUNT(*) FROM transactions"
                                       " GROUP BY currency"):
        if currency not in CURRENCIES:
            s.problems.append(Finding("money.unknown_currency",
                                      f"{n} transaction(s) in an unknown currency {currency!r}",
                                      f"{n} 笔交易的币种 {currency!r} 无法识别"))
    for import_id, name, imported, undone, stored in db.conn.execute(
            "SELECT i.id, i.file_name, i.imported, i.undone_at,"
            " (SELECT COUNT(*) FROM transactions t WHERE t.import_id = i.id) FROM imports i"):
        expected = 0 if undone else imported
        if stored != expected:
            s.problems.append(Finding(
                "imports.row_count", f"import {import_id} ({name}) recorded {expected} rows but"
                f" {stored} are stored", f"导入 {import_id}（{name}）记录了 {expected} 行，"
                f"实际保存 {stored} 行", import_id))
    return s


def _text_columns(db: Database) -> Iterator[tuple[str, str, list[str]]]:
    """(table, how to name a row, text columns) for every table."""
    for (table, sql) in db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall():
        info = db.conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        cols = [name for _cid, name, kind, *_ in info
                if kind.upper() in ("TEXT", "") or "CHAR" in kind.upper()]
        key = "rowid"
        if "WITHOUT ROWID" in (sql or "").upper():
            key = next((f'"{r[1]}"' for r in info if r[5] == 1), "NULL")
        if cols:
            yield table, key, cols


# Hashes, MACs, salts and keys (32+ lowercase hex digits) are full of digit runs; by chance one
# can look like a card number, so they are left out of the scan.
_HEX_TOKEN = re.compile(r"(?<![0-9a-z])[0-9a-f]{32,}(?![0-9a-z])")


def holds_card_number(value: str) -> bool:
    """True if a stored text holds a full card number or track data (the import's full check)."""
    if len(value) >= 32 and _HEX_TOKEN.search(value):
        value = _HEX_TOKEN.sub(" ", value)
    return pan.scrub_text(value)[1] > 0


def card_numbers(db: Database) -> Section:
    s = Section("cards", "Card numbers", "银行卡号")
    for table, key, cols in _text_columns(db):
        for col in cols:
            hits: list[Any] = []
            for rowid, value in db.conn.execute(
                    f'SELECT {key}, "{col}" FROM "{table}" WHERE length("{col}") >= 13'):
                if isinstance(value, str) and holds_card_number(value):
                    hits.append(rowid)
            if hits:
                s.problems.append(Finding(
                    "cards.full_number", f"{table}.{col}: {len(hits)} full card number(s) stored"
                    f" unmasked (rows {_examples(hits)})", f"{table}.{col}：有 {len(hits)} 个完整"
                    f"卡号未经遮盖（行 {_examples(hits)}）",
                    hits[0] if isinstance(hits[0], int) else None))
    return s


def permissions(db: Database) -> Section:
    s = Section("files", "File permissions", "文件权限")
    database = audit_head.db_file(db)
    if database is None or os.name != "posix":
        return s
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            mode = path.stat().st_mode
        except OSError:
            continue
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            s.notes.append(Finding("files.readable", f"{path} can be read by other users of this"
                                   f" computer (mode {stat.filemode(mode)}); chmod 600 it",
                                   f"{path} 可被本机其他用户读取（权限 {stat.filemode(mode)}）；"
                                   "请改为 600"))
    return s


_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("integrity", "Database file", "数据库文件"), ("audit", "Audit log", "审计记录"),
    ("money", "Amounts and imports", "金额与导入"), ("cards", "Card numbers", "银行卡号"),
    ("files", "File permissions", "文件权限"))


def run(db: Database, masters: dict[str, bytes] | None = None) -> CheckReport:
    checks = (integrity, lambda d: audit_trail(d, masters), money, card_numbers, permissions)
    sections = []
    for (name, en, zh), fn in zip(_SECTIONS, checks, strict=True):
        try:
            sections.append(fn(db))
        except sqlite3.DatabaseError as exc:  # a damaged file stops a check half-way
            sections.append(Section(name, en, zh, [Finding(
                "db.unreadable", f"could not be read to the end: {exc} (the file is damaged;"
                " restore a backup)", f"无法完整读取：{exc}（文件已损坏，请恢复备份）")]))
    return CheckReport(sections)
