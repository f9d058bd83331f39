"""Bank account statements: the second kind of format (kind ``bank``), stored as bank lines.

A bank format finds its columns by name like a terminal-statement format, and its row parser
returns a `ParsedBankLine` (signed amount: money in is positive) instead of a transaction.
The importer stores bank lines in `bank_lines` with the same guarantees: one transaction
per file, idempotent re-import (content key plus an occurrence counter, so two identical
lines stay two), undo.

What every bank layout shares lives here: the column synonyms (also used by the catch-all
`bank_generic` layout), dates in the shapes banks write them, account masking, the
statement's own account number from the preamble, and the row parser built from a column
plan (`BankColumns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from shopguard.core.importing.formats.base import (
    Columns,
    HeaderError,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    normalize_header,
    short_row,
)
from shopguard.core.models import ParsedBankLine
from shopguard.core.money import MoneyError, parse_money

# field -> header names (compared after normalize_header). Order matters inside a field:
# the first name found wins (an account-currency amount before the transaction-currency one).
BANK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "booked_on": ("记账日期", "记账日", "入账日期", "postingdate", "postdate", "bookingdate",
                  "valuedate", "date", "交易日期", "交易日", "transactiondate"),
    "traded_on": ("交易日期", "交易日", "transactiondate"),
    "time": ("交易时间", "时间", "time"),
    "credit": ("记账金额(收入)", "交易金额(收入)", "收入金额", "收入", "贷方发生额", "贷方金额",
               "贷方", "存入金额", "存入", "credit", "creditamount", "credits", "deposits",
               "moneyin", "paidin"),
    "debit": ("记账金额(支出)", "交易金额(支出)", "支出金额", "支出", "借方发生额", "借方金额",
              "借方", "支取金额", "支取", "debit", "debitamount", "debits", "withdrawals",
              "moneyout", "paidout"),
    "amount": ("交易金额", "金额", "发生额", "记账金额", "amount", "transactionamount"),
    "balance": ("余额", "账户余额", "联机余额", "当前余额", "可用余额", "balance",
                "runningbal.", "runningbal", "runningbalance", "ledgerbalance"),
    "description": ("摘要", "交易摘要", "用途", "附言", "description", "memo",
                    "narrative", "transactiondescription"),
    "counterparty": ("对方户名", "对手信息", "对方名称", "对方账户名", "对方户名/账号名",
                     "收/付方名称", "交易对手", "payee", "payer", "counterparty", "name"),
    "counterparty_account": ("对方账户", "对方账号", "对方卡号", "对手账号", "收/付方账号",
                             "counterpartyaccount", "accountnumber"),
    "details": ("交易详情", "客户摘要", "交易地点", "交易场所", "备注", "reference", "details"),
    "currency": ("记账币种", "交易币种", "币种", "货币", "currency"),
}

# First cells of lines that are not movements: totals, disclaimers, balances, notes.
FOOTER_PREFIXES = ("合计", "人民币合计", "总计", "合计金额", "以上数据", "#", "共", "本页",
                   "total", "beginning balance", "ending balance", "opening balance",
                   "closing balance")

CURRENCY_WORDS = {"人民币": "CNY", "rmb": "CNY", "cny": "CNY", "美元": "USD", "usd": "USD",
                  "欧元": "EUR", "eur": "EUR", "港币": "HKD", "港元": "HKD", "hkd": "HKD",
                  "英镑": "GBP", "gbp": "GBP"}

_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%m/%d/%Y", "%Y.%m.%d", "%d.%m.%Y",
                 "%Y年%m月%d日", "%m/%d/%y")
_ACCOUNT_LABEL = re.compile(
    r"(?:卡号|账号|帐号|账户|account(?:number|no\.?)?)[:：]?\[?([0-9][0-9*xX\-]{7,}[0-9])",
    re.IGNORECASE)
_LONG_DIGITS = re.compile(r"\d{9,}")


@lru_cache(maxsize=4096)
def bank_date(text: str, column: str) -> str:
    """A booking date as ``YYYY-MM-DD`` (any time part dropped) or RowError."""
    s = text.strip()
    if len(s) >= 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit():
        s = s[:10]  # '2026-09-01' or '2026-09-01 00:00:00' (a date cell from Excel)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    raise RowError(column, text, "not a date")


def bank_time(text: str) -> str:
    """``HH:MM:SS`` from a time cell ('' when there is none or it is not a time)."""
    s = text.strip()
    if len(s) == 8 and s[2] == ":" and s[5] == ":" and (s[:2] + s[3:5] + s[6:]).isdigit():
        return s
    if len(s) == 6 and s.isdigit():
        return f"{s[:2]}:{s[2:4]}:{s[4:]}"
    return ""


def mask_account(text: str) -> str:
    """An account or card number as banks print it: first 4 and last 4 digits, stars between.

    Already-masked text (``1202***********9854``) is kept; so is text that is not an
    account number (no run of nine or more digits).
    """
    s = text.strip()
    if "*" in s:
        return s
    return _LONG_DIGITS.sub(lambda m: m.group()[:4] + "*" * (len(m.group()) - 8) + m.group()[-4:],
                            s)


def account_from_preamble(preamble: Sequence[Sequence[str]]) -> str:
    """The statement's own account (卡号:/账号:/Account), masked; '' when not given."""
    for row in preamble:
        text = "".join(c for c in row if c).replace(" ", "").replace("\u3000", "")
        m = _ACCOUNT_LABEL.search(text)
        if m:
            return mask_account(m.group(1))
    return ""


def currency_code(text: str, default: str) -> str:
    s = text.strip()
    if not s:
        return default
    return CURRENCY_WORDS.get(s.lower(), s.upper() if len(s) == 3 and s.isascii() else default)


def is_footer(first_cell: str) -> bool:
    return first_cell.strip().lower().startswith(FOOTER_PREFIXES)


@dataclass(frozen=True)
class BankColumns:
    """Which column holds what (indexes into the header); None: the file has no such column.

    Money comes either from one signed `amount` column or from a `credit`/`debit` pair.
    """

    booked_on: int
    amount: int | None = None
    credit: int | None = None
    debit: int | None = None
    traded_on: int | None = None
    time: int | None = None
    balance: int | None = None
    description: int | None = None
    counterparty: int | None = None
    counterparty_account: int | None = None
    details: int | None = None
    currency: int | None = None
    # Extra columns joined into `details` (e.g. ICBC's 交易场所 next to 交易详情).
    more_details: tuple[int, ...] = ()

    def required(self) -> int:
        """The last column a movement line must reach."""
        money = [i for i in (self.amount, self.credit, self.debit) if i is not None]
        return max([self.booked_on, *money])

    @classmethod
    def by_synonyms(cls, header: Sequence[str]) -> BankColumns | None:
        """The plan a header gives through BANK_SYNONYMS; None without a date and money."""
        c = Columns(header)
        found = {f: c.find(*names) for f, names in BANK_SYNONYMS.items()}
        booked = found["booked_on"]
        if booked is None:
            return None
        pair = found["credit"] is not None and found["debit"] is not None
        if not pair and found["amount"] is None:
            return None
        traded = found["traded_on"]
        return cls(
            booked_on=booked,
            amount=None if pair else found["amount"],
            credit=found["credit"] if pair else None,
            debit=found["debit"] if pair else None,
            traded_on=None if traded == booked else traded,
            time=found["time"],
            balance=found["balance"],
            description=found["description"],
            counterparty=found["counterparty"],
            counterparty_account=found["counterparty_account"],
            details=found["details"],
            currency=found["currency"],
        )


def header_fields(row: Sequence[str]) -> set[str]:
    """The bank fields a row's cells name (for detection)."""
    cells = {normalize_header(c) for c in row if c.strip()}
    return {f for f, names in BANK_SYNONYMS.items()
            if any(normalize_header(n) in cells for n in names)}


def line_parser(header: Sequence[str], plan: BankColumns, ctx: ParseContext, *,
                decimal_comma: bool = False) -> RowParser:
    """The row parser for a bank file laid out as `plan` says."""
    c = Columns(header)
    required = plan.required()
    account = account_from_preamble(ctx.preamble)
    default_currency = ctx.currency

    def text(cells: list[str], index: int | None) -> str:
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def amount(cells: list[str], index: int | None) -> int | None:
        value = text(cells, index)
        if not value or index is None:
            return None
        try:
            return parse_money(value, decimal_comma=decimal_comma)
        except MoneyError as exc:
            raise RowError(c.name(index), value, str(exc)) from None

    def parse(cells: list[str]) -> ParsedBankLine | None:
        first = cells[0] if cells else ""
        if is_footer(first):
            return None
        if len(cells) <= required:
            if not "".join(cells).strip():
                return None
            raise short_row(cells, c)
        if plan.amount is not None:
            value = amount(cells, plan.amount)
            if value is None:
                return None  # a balance or note line (e.g. 'Beginning balance as of ...')
        else:
            credit, debit = amount(cells, plan.credit), amount(cells, plan.debit)
            if credit is None and debit is None:
                return None
            value = (credit or 0) - abs(debit or 0)
        booked_name = c.name(plan.booked_on)
        traded = text(cells, plan.traded_on)
        details = [text(cells, plan.details)] + [text(cells, i) for i in plan.more_details]
        return ParsedBankLine(
            booked_on=bank_date(cells[plan.booked_on], booked_name),
            traded_on=bank_date(traded, c.name(plan.traded_on or 0)) if traded else None,
            time=bank_time(text(cells, plan.time)),
            amount_minor=value,
            currency=currency_code(text(cells, plan.currency), default_currency),
            balance_minor=amount(cells, plan.balance),
            description=text(cells, plan.description),
            counterparty=text(cells, plan.counterparty),
            counterparty_account=mask_account(text(cells, plan.counterparty_account)),
            details=" ".join(d for d in details if d),
            account=account,
        )

    return parse


class BankFormat(StatementFormat):
    """Base of the built-in bank layouts: `plan(header)` says where the columns are."""

    kind = "bank"

    def plan(self, header: Sequence[str]) -> BankColumns:
        """The column plan for this layout (default: by synonyms, then the markers must be there)."""
        plan = BankColumns.by_synonyms(header)
        if plan is None:
            raise HeaderError("no date and amount columns of a bank statement")
        return plan

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        return line_parser(header, self.plan(header), ctx)

