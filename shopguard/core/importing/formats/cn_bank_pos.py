"""Chinese bank-acquirer POS detail (商户编号/终端编号/清算日期/交易日期时间/检索参考号 ...).

- GB18030 CSV with a preamble (商户名称：, 对账日期：, a blank line) and a final ``合计`` row;
  both are skipped (the header is found by content, the 合计 row parses to None).
- 交易日期时间 is ``MMddhhmmss`` without a year: the year is the one that puts the date
  nearest its 清算日期 (a 12-31 swipe settled on 01-02 belongs to the previous year).
- 交易状态 成功/失败: failed rows are included (status ``failed``; they settle nothing, so
  `settled_on` stays empty for them). `settled_on` is 清算日期.
- 清算手续费 and 清算入账金额 are signed (negative on 撤销/退货) and stored as they are.
- A void/refund names its sale only by 原系统跟踪号 + 原交易日期时间, which the row keeps in
  `description` (``原交易 2026-09-02 18:29:09 系统跟踪号 205134``). Once the file is stored,
  `after_import` looks the sale up among all stored rows (this file or an earlier statement:
  same merchant, terminal, trace number and time) and puts its 检索参考号 in
  `original_reference_no`; a later import of the sale's statement completes the link too.
  Until the sale is found the link stays empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from shopguard.core.importing.formats.allinpay import TYPES
from shopguard.core.importing.formats.base import (
    UNKNOWN_TYPE,
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    money,
    optional_money,
    short_row,
)
from shopguard.core.models import ParsedTxn
from shopguard.core.pan import normalize_card

STATUSES = {"成功": "success", "交易成功": "success", "失败": "failed", "交易失败": "failed"}
TOTAL_PREFIXES = ("合计", "总计")
ORIGINAL_PREFIX, TRACE_LABEL = "原交易 ", " 系统跟踪号 "

# Link unlinked voids/refunds of this layout to their sale by the original's trace number and
# time kept in `description` (positions in characters: '原交易 ' is 4, ' 系统跟踪号 ' is 7).
_LINK_SQL = """
UPDATE transactions AS t SET original_reference_no = (
    SELECT s.reference_no FROM transactions s
    WHERE s.terminal_id = t.terminal_id AND s.merchant_id = t.merchant_id
      AND s.occurred_at = replace(substr(t.description, 5, 19), ' ', 'T')
      AND s.voucher_no = substr(t.description, 31) AND s.id != t.id
      AND s.type NOT IN ('void', 'refund')
    ORDER BY s.status = 'success' DESC, s.id LIMIT 1)
WHERE t.original_reference_no = '' AND t.type IN ('void', 'refund')
  AND t.description GLOB '原交易 [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] *'
  AND t.import_id IN (SELECT id FROM imports WHERE format IN ('cn_bank_pos', 'cn_bank_pos_xlsx'))
  AND EXISTS (
    SELECT 1 FROM transactions s
    WHERE s.terminal_id = t.terminal_id AND s.merchant_id = t.merchant_id
      AND s.occurred_at = replace(substr(t.description, 5, 19), ' ', 'T')
      AND s.voucher_no = substr(t.description, 31) AND s.id != t.id
      AND s.type NOT IN ('void', 'refund'))
"""


@lru_cache(maxsize=1024)
def settle_date(text: str, column: str) -> date:
    """清算日期 ``yyyyMMdd`` (or ``yyyy-MM-dd``, with a midnight time when Excel made it a date)."""
    s = text.strip().split(" ")[0].split("T")[0].replace("-", "").replace("/", "")
    try:
        if len(s) != 8 or not s.isdigit():
            raise ValueError(s)
        return date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        raise RowError(column, text, "not a date (expected yyyyMMdd)") from None


def month_day_time(text: str) -> str:
    """``MMddhhmmss`` digits; a number that lost its leading zero in Excel gets it back."""
    s = text.strip()
    return s.zfill(10) if s.isdigit() and len(s) == 9 else s


def with_year(mmddhhmmss: str, anchor: date, column: str) -> datetime:
    """The date-time ``MMddhhmmss`` in the year that puts it nearest to `anchor`."""
    s = month_day_time(mmddhhmmss)
    if len(s) != 10 or not s.isdecimal():  # isdigit() would let "²" through to int()
        raise RowError(column, mmddhhmmss, "not a date and time (expected MMddhhmmss)")
    parts = int(s[:2]), int(s[2:4]), int(s[4:6]), int(s[6:8]), int(s[8:])
    best: datetime | None = None
    best_distance = 0
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = datetime(year, *parts)
        except ValueError:
            continue  # 02-29 in a non-leap year, or a bad month/day/hour
        distance = abs((candidate.date() - anchor).days)
        if best is None or distance < best_distance:
            best, best_distance = candidate, distance
        if distance < 182:  # any other year is further away
            break
    if best is None:
        raise RowError(column, mmddhhmmss, "not a date and time (expected MMddhhmmss)")
    return best


class CnBankPosFormat(StatementFormat):
    name = "cn_bank_pos"
    label = "Bank-acquirer POS detail 银行收单 POS 交易明细 (CSV)"
    header_markers = ("商户编号", "终端编号", "清算日期", "交易日期时间", "交易卡号",
                      "检索参考号", "系统跟踪号", "交易金额", "清算手续费", "清算入账金额",
                      "交易类型", "交易状态")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        merchant, terminal = c.need("商户编号"), c.need("终端编号")
        settle_i, time_i = c.need("清算日期"), c.need("交易日期时间")
        # The reference identifies the row; a file without the card column still reads.
        card_i, ref_i, trace_i = c.find("交易卡号"), c.need("检索参考号"), c.need("系统跟踪号")
        amount_i, fee_i, net_i = c.need("交易金额"), c.find("清算手续费"), c.find("清算入账金额")
        orig_time_i, orig_trace_i = c.find("原交易日期时间"), c.find("原系统跟踪号")
        type_i, status_i = c.need("交易类型"), c.find("交易状态")
        width = max(merchant, terminal, settle_i, time_i, card_i or 0, ref_i, trace_i, amount_i,
                    type_i)

        def parse(cells: list[str]) -> ParsedTxn | None:
            first = cells[0].strip() if cells else ""
            if first.startswith(TOTAL_PREFIXES):
                return None
            if len(cells) <= width:
                raise short_row(cells, c)
            kind = cells[type_i].strip()
            txn_type = TYPES.get(kind)
            if txn_type is None:
                ctx.note(UNKNOWN_TYPE, column="交易类型", value=kind)
                txn_type = "other"
            status_text = cell(cells, status_i) or "成功"
            status = STATUSES.get(status_text)
            if status is None:
                raise RowError(c.name(status_i or 0), status_text, "unknown 交易状态 (成功/失败)")
            settled = settle_date(cells[settle_i], c.name(settle_i))
            when = with_year(cells[time_i], settled, c.name(time_i))
            term, trace, ref = cells[terminal].strip(), cells[trace_i].strip(), cells[ref_i].strip()
            description = ""
            orig_trace, orig_time = cell(cells, orig_trace_i), cell(cells, orig_time_i)
            if orig_trace and orig_time:
                at = with_year(orig_time, when.date(), c.name(orig_time_i or 0))
                description = f"{ORIGINAL_PREFIX}{at.isoformat(sep=' ')}{TRACE_LABEL}{orig_trace}"
            elif orig_trace:
                description = f"{ORIGINAL_PREFIX.strip()}{TRACE_LABEL}{orig_trace}"
            return ParsedTxn(
                occurred_at=when.isoformat(timespec="seconds"),
                type=txn_type,
                status=status,
                amount_minor=abs(money(cells, amount_i, c.name(amount_i))),
                currency="CNY",
                fee_minor=optional_money(cells, fee_i, "清算手续费"),
                net_minor=optional_money(cells, net_i, "清算入账金额"),
                settled_on=settled.isoformat() if status == "success" else None,
                merchant_id=cells[merchant].strip(),
                terminal_id=term,
                card="" if card_i is None else normalize_card(cells[card_i]),
                reference_no=ref,
                voucher_no=trace,
                description=description,
            )

        return parse

    def after_import(self, conn: sqlite3.Connection, import_id: int) -> None:
        """Link voids/refunds to their sales across every stored statement of this layout."""
        conn.execute(_LINK_SQL)
