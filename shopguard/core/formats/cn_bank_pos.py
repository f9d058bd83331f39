"""Chinese bank-acquirer POS detail (商户编号/终端编号/清算日期/交易日期时间/检索参考号 ...).

- GB18030 CSV with a preamble (商户名称：, 对账日期：, a blank line) and a final ``合计`` row;
  both are skipped (the header is found by content, the 合计 row parses to None).
- 交易日期时间 is ``MMddhhmmss`` without a year: the year is the one that puts the date
  nearest its 清算日期 (a 12-31 swipe settled on 01-02 belongs to the previous year).
- 交易状态 成功/失败: failed rows are included (status ``failed``; they settle nothing, so
  `settled_on` stays empty for them). `settled_on` is 清算日期.
- 清算手续费 and 清算入账金额 are signed (negative on 撤销/退货) and stored as they are.
- A void/refund names its sale only by 原系统跟踪号 + 原交易日期时间. The sale's 检索参考号
  is looked up among the earlier rows of the same file (same 终端编号, trace number and
  time) and becomes `original_reference_no`; when the sale is not in the file the link stays
  empty and `description` keeps the original's time and trace number for the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from shopguard.core.formats.allinpay import TYPES
from shopguard.core.formats.base import (
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    money,
    optional_money,
)
from shopguard.core.models import ParsedTxn
from shopguard.core.pan import normalize_card

STATUSES = {"成功": "success", "交易成功": "success", "失败": "failed", "交易失败": "failed"}
TOTAL_PREFIXES = ("合计", "总计")


def settle_date(text: str, column: str) -> date:
    """清算日期 ``yyyyMMdd`` (or ``yyyy-MM-dd``, with a midnight time when Excel made it a date)."""
    s = text.strip().split(" ")[0].split("T")[0].replace("-", "").replace("/", "")
    try:
        return datetime.strptime(s, "%Y%m%d").date()
    except ValueError:
        raise RowError(column, text, "not a date (expected yyyyMMdd)") from None


def month_day_time(text: str) -> str:
    """``MMddhhmmss`` digits; a number that lost its leading zero in Excel gets it back."""
    s = text.strip()
    return s.zfill(10) if s.isdigit() and len(s) == 9 else s


def with_year(mmddhhmmss: str, anchor: date, column: str) -> datetime:
    """The date-time ``MMddhhmmss`` in the year that puts it nearest to `anchor`."""
    s = month_day_time(mmddhhmmss)
    if len(s) != 10 or not s.isdigit():
        raise RowError(column, mmddhhmmss, "not a date and time (expected MMddhhmmss)")
    best: datetime | None = None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = datetime.strptime(f"{year}{s}", "%Y%m%d%H%M%S")
        except ValueError:
            continue  # 02-29 in a non-leap year, or a bad month/day/hour
        if best is None or abs((candidate.date() - anchor).days) < abs((best.date() - anchor).days):
            best = candidate
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
        card_i, ref_i, trace_i = c.need("交易卡号"), c.need("检索参考号"), c.need("系统跟踪号")
        amount_i, fee_i, net_i = c.need("交易金额"), c.find("清算手续费"), c.find("清算入账金额")
        orig_time_i, orig_trace_i = c.find("原交易日期时间"), c.find("原系统跟踪号")
        type_i, status_i = c.need("交易类型"), c.find("交易状态")
        width = max(merchant, terminal, settle_i, time_i, card_i, ref_i, trace_i, amount_i, type_i)
        # (terminal, trace number, MMddhhmmss) -> 检索参考号 of the rows seen so far
        seen: dict[tuple[str, str, str], str] = {}

        def parse(cells: list[str]) -> ParsedTxn | None:
            first = cells[0].strip() if cells else ""
            if first.startswith(TOTAL_PREFIXES):
                return None
            if len(cells) <= width:
                last = len(cells) - 1
                raise RowError(c.name(last), cells[last] if cells else "",
                               f"row ends after {len(cells)} of {len(c.header)} columns"
                               " (file cut short or damaged?)")
            kind = cells[type_i].strip()
            txn_type = TYPES.get(kind)
            if txn_type is None:
                ctx.note(f"交易类型 {kind!r} is not a known POS type: imported as 'other'")
                txn_type = "other"
            status_text = cell(cells, status_i) or "成功"
            status = STATUSES.get(status_text)
            if status is None:
                raise RowError(c.name(status_i or 0), status_text, "unknown 交易状态 (成功/失败)")
            settled = settle_date(cells[settle_i], c.name(settle_i))
            when = with_year(cells[time_i], settled, c.name(time_i))
            term, trace, ref = cells[terminal].strip(), cells[trace_i].strip(), cells[ref_i].strip()
            seen[(term, trace, month_day_time(cells[time_i]))] = ref
            original, description = "", ""
            orig_trace = cell(cells, orig_trace_i)
            orig_time = month_day_time(cell(cells, orig_time_i))
            if orig_trace or orig_time:
                original = seen.get((term, orig_trace, orig_time), "")
                if orig_time:
                    at = with_year(orig_time, when.date(), c.name(orig_time_i or 0))
                    description = f"原交易 {at.isoformat(sep=' ')} 系统跟踪号 {orig_trace}"
                else:
                    description = f"原交易 系统跟踪号 {orig_trace}"
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
                card=normalize_card(cells[card_i]),
                reference_no=ref,
                voucher_no=trace,
                original_reference_no=original,
                description=description,
            )

        return parse
