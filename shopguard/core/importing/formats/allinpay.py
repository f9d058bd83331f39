"""Allinpay 通联收银宝 POS 对账单 (34 columns, GBK, ids protected by a leading backtick).

- 交易类型: 消费 → sale, 消费撤销 → void, 退货 → refund (预授权/冲正 families mapped too).
- No status column: the file lists only successful transactions.
- 手续费 and 结算金额 are negative on 撤销/退货 (fee returned, money taken back).
- 原交易单 holds the original's 交易单号, which in every file seen is ``yymmdd`` + its 参考号;
  the 参考号 part becomes `original_reference_no` so voids/refunds link to their sale.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core.importing.formats.base import (
    Columns,
    ParseContext,
    RowParser,
    StatementFormat,
    iso_datetime,
    money,
    optional_money,
    short_row,
)
from shopguard.core.models import ParsedTxn
from shopguard.core.pan import normalize_card

TYPES = {
    "消费": "sale",
    "消费撤销": "void",
    "撤销": "void",
    "退货": "refund",
    "预授权": "preauth",
    "预授权完成": "preauth_complete",
    "预授权撤销": "void",
    "预授权完成撤销": "void",
    "冲正": "reversal",
}


def original_reference(order_id: str) -> str:
    """参考号 of the original from its 交易单号 (``yymmdd`` + 12-digit 参考号)."""
    s = order_id.strip()
    return s[6:] if len(s) == 18 and s.isdigit() else s


class AllinpayFormat(StatementFormat):
    name = "allinpay"
    label = "Allinpay 通联 POS statement"
    header_markers = ("商户号", "终端号", "交易时间", "交易类型", "凭证号", "参考号", "卡号",
                      "交易金额", "手续费", "交易日期", "结算金额")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        merchant, terminal = c.need("商户号"), c.need("终端号")
        time_i, date_i, type_i = c.need("交易时间"), c.need("交易日期"), c.need("交易类型")
        batch, voucher, ref = c.need("交易批次号"), c.need("凭证号"), c.need("参考号")
        # The reference (参考号) identifies the row; a file without 卡号 still reads.
        card_i, card_type = c.find("卡号"), c.find("卡类别")
        amount_i, fee_i, net_i = c.need("交易金额"), c.find("手续费"), c.find("结算金额")
        order_i, remark_i, orig_i = c.find("订单号"), c.find("商户备注"), c.find("原交易单")
        required = max(merchant, terminal, time_i, date_i, type_i, batch, voucher, ref,
                       card_i or 0, amount_i)
        optional = [i for i in (card_type, fee_i, net_i, order_i, remark_i, orig_i) if i is not None]
        full = max([required, *optional])
        date_name, amount_name = c.name(date_i), c.name(amount_i)
        currency = "CNY"

        def parse(cells: list[str]) -> ParsedTxn | None:
            if len(cells) <= full:
                if len(cells) <= required:
                    if cells and cells[0].strip().startswith(("合计", "总计")):
                        return None
                    raise short_row(cells, c)
                cells = cells + [""] * (full + 1 - len(cells))  # optional columns cut off
            kind = cells[type_i].strip()
            txn_type = TYPES.get(kind)
            if txn_type is None:
                if cells[0].strip().startswith(("合计", "总计")):
                    return None
                txn_type = "other"
            occurred = iso_datetime(f"{cells[date_i].strip()} {cells[time_i].strip()}",
                                    date_name)
            return ParsedTxn(
                occurred_at=occurred,
                type=txn_type,
                status="success",
                amount_minor=abs(money(cells, amount_i, amount_name)),
                currency=currency,
                fee_minor=optional_money(cells, fee_i, "手续费"),
                net_minor=optional_money(cells, net_i, "结算金额"),
                merchant_id=cells[merchant].strip(),
                terminal_id=cells[terminal].strip(),
                card="" if card_i is None else normalize_card(cells[card_i]),
                card_type="" if card_type is None else cells[card_type].strip(),
                reference_no=cells[ref].strip(),
                voucher_no=cells[voucher].strip(),
                batch_no=cells[batch].strip(),
                original_reference_no="" if orig_i is None else original_reference(cells[orig_i]),
                order_no="" if order_i is None else cells[order_i].strip(),
                description="" if remark_i is None else cells[remark_i].strip(),
            )

        return parse
