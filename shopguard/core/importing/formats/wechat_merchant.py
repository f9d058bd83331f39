"""WeChat Pay merchant 交易账单 (微信支付 downloadbill, 27 columns; the 24-column variant too).

- UTF-8 with BOM; every data cell is protected by a leading backtick (stripped on reading).
- Footer: a ``总交易单数,…`` header line and the totals line after it; both are skipped.
- 交易状态: SUCCESS → sale, REFUND → refund, REVOKED → void (撤销, same day). A refund/void row
  repeats the sale's 微信订单号 (→ `original_reference_no`) and has its own id in 微信退款单号
  (→ `reference_no`); its amount is 退款金额 and its status follows 退款状态 (FAIL → failed).
- Amounts: a sale's is 应结订单金额, a refund's 退款金额 (what settles; coupons excluded).
- 手续费 has 5 decimals (``0.13000``) and is negative on refunds (the fee returned); more than
  2 significant decimals is refused rather than rounded.
- Payer: 用户标识 (the shopper's openid) goes in `card`; terminal: 设备号; 付款银行 (e.g.
  ``CCB_DEBIT``) in `card_type`; the shop is 特约商户号 when present, else 商户号.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core.importing.formats.base import (
    UNKNOWN_TYPE,
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    iso_datetime,
    money,
    optional_money,
    short_row,
)
from shopguard.core.models import ParsedTxn
from shopguard.core.pan import normalize_card

TYPES = {"SUCCESS": "sale", "REFUND": "refund", "REVOKED": "void"}
REFUND_STATUSES = {"SUCCESS": "success", "PROCESSING": "success", "CHANGE": "success",
                   "FAIL": "failed", "FAILED": "failed"}
FOOTER_FIRST_CELL = "总交易单数"


def _id(text: str) -> str:
    """WeChat writes ``0`` for an id that does not apply."""
    s = text.strip()
    return "" if s == "0" else s


class WechatMerchantFormat(StatementFormat):
    name = "wechat_merchant"
    label = "WeChat Pay merchant 微信支付 交易账单"
    header_markers = ("交易时间", "公众账号ID", "商户号", "设备号", "微信订单号", "商户订单号",
                      "用户标识", "交易状态", "微信退款单号", "退款金额", "手续费", "费率")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        time_i, merchant = c.need("交易时间"), c.need("商户号")
        sub_merchant = c.find("特约商户号", "子商户号")
        device, order_id = c.need("设备号"), c.need("微信订单号")
        merchant_order = c.find("商户订单号")
        payer, status_i, bank = c.need("用户标识"), c.need("交易状态"), c.find("付款银行")
        currency_i = c.find("货币种类")
        amount_i = c.need("应结订单金额", "总金额", "订单金额")
        refund_id, merchant_refund = c.need("微信退款单号"), c.find("商户退款单号")
        refund_amount, refund_status = c.need("退款金额"), c.find("退款状态")
        goods, fee_i = c.find("商品名称"), c.find("手续费")
        width = max(time_i, merchant, device, order_id, payer, status_i, amount_i, refund_id,
                    refund_amount)
        in_footer = False

        def parse(cells: list[str]) -> ParsedTxn | None:
            nonlocal in_footer
            if in_footer:
                return None
            if cells and cells[0].strip() == FOOTER_FIRST_CELL:
                in_footer = True
                return None
            if len(cells) <= width:
                raise short_row(cells, c)
            state = cells[status_i].strip().upper()
            txn_type = TYPES.get(state)
            if txn_type is None:
                ctx.note(UNKNOWN_TYPE, column="交易状态", value=state)
                txn_type = "other"
            fee = optional_money(cells, fee_i, "手续费")  # 5 decimals: only zeros after fen
            sale_id = _id(cells[order_id])
            if txn_type in ("refund", "void"):
                status = REFUND_STATUSES.get(cell(cells, refund_status).upper() or "SUCCESS")
                if status is None:
                    raise RowError(c.name(refund_status or 0), cell(cells, refund_status),
                                   "unknown 退款状态 (SUCCESS/PROCESSING/CHANGE/FAIL)")
                amount = abs(money(cells, refund_amount, c.name(refund_amount)))
                reference, original, own_id = _id(cells[refund_id]), sale_id, refund_id
                signed = -amount
                order = _id(cell(cells, merchant_refund)) or _id(cell(cells, merchant_order))
            else:
                status = "success"
                amount = abs(money(cells, amount_i, c.name(amount_i)))
                reference, original, own_id = sale_id, "", order_id
                signed = amount
                order = _id(cell(cells, merchant_order))
            if not reference:
                raise RowError(c.name(own_id), cells[own_id], "the row's own id is missing")
            if status != "success":
                net: int | None = 0
            else:
                net = None if fee is None else signed - fee
            return ParsedTxn(
                occurred_at=iso_datetime(cells[time_i], c.name(time_i)),
                type=txn_type,
                status=status,
                amount_minor=amount,
                currency=(cell(cells, currency_i) or ctx.currency).upper(),
                fee_minor=fee,
                net_minor=net,
                merchant_id=_id(cell(cells, sub_merchant)) or cells[merchant].strip(),
                terminal_id=_id(cells[device]),
                card=normalize_card(cells[payer]),
                card_type=cell(cells, bank),
                reference_no=reference,
                original_reference_no=original,
                order_no=order,
                description=cell(cells, goods),
            )

        return parse
