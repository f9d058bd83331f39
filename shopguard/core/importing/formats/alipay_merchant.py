"""Alipay merchant 业务明细 (支付宝 trade bill, ``*_业务明细.csv``).

- GBK; ``#`` preamble and footer lines (账号, 起始日期, 交易合计/退款合计, 导出时间) are skipped;
  id cells carry a trailing tab (stripped on reading).
- 业务类型 交易 → sale, 退款 → refund. The file cannot tell a same-day void from a refund,
  so voids are imported as refunds (as the file shows them).
- A refund row repeats the sale's 支付宝交易号 (→ `original_reference_no`) and its 创建时间;
  its own id is 退款批次号/请求号 (→ `reference_no`) and its time is 完成时间 (when the
  refund happened). A sale's time is 创建时间.
- Amounts: 订单金额 (negative on refunds; stored as the magnitude). 服务费 is negative on a
  trade (charged) and positive on a refund (returned), so `fee_minor` = −服务费 and
  `net_minor` = 商家实收 + 服务费.
- Payer: the masked 对方账户 (``*华子(658***@163.com)``) goes in `card`; 门店编号 is the
  merchant id, 终端号 the terminal, 操作员 the operator, 商户订单号 the order number.
- Only completed business appears: every row is `success`.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core import notes
from shopguard.core.importing.formats.base import (
    UNKNOWN_TYPE,
    Columns,
    ParseContext,
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

TYPES = {"交易": "sale", "退款": "refund"}

REFUND_WITHOUT_ID = notes.define(
    "import.refund_without_id",
    "A refund without 退款批次号/请求号 was kept by its content (it has no refund number).",
    "有退款没有退款批次号/请求号，已按其内容保存。")


class AlipayMerchantFormat(StatementFormat):
    name = "alipay_merchant"
    label = "Alipay merchant 支付宝 业务明细"
    header_markers = ("支付宝交易号", "商户订单号", "业务类型", "创建时间", "完成时间", "终端号",
                      "对方账户", "订单金额（元）", "商家实收（元）", "退款批次号/请求号",
                      "服务费（元）")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        trade_id, order_i, kind_i = c.need("支付宝交易号"), c.find("商户订单号"), c.need("业务类型")
        goods, created, finished = c.find("商品名称"), c.need("创建时间"), c.need("完成时间")
        store, operator, terminal = c.find("门店编号"), c.find("操作员"), c.find("终端号")
        payer, amount_i = c.find("对方账户"), c.need("订单金额（元）")
        received, refund_id = c.find("商家实收（元）"), c.need("退款批次号/请求号")
        fee_i = c.find("服务费（元）")
        width = max(trade_id, kind_i, created, finished, amount_i, refund_id)

        def parse(cells: list[str]) -> ParsedTxn | None:
            if not cells or cells[0].lstrip().startswith("#"):
                return None
            if len(cells) <= width:
                raise short_row(cells, c)
            kind = cells[kind_i].strip()
            txn_type = TYPES.get(kind)
            if txn_type is None:
                ctx.note(UNKNOWN_TYPE, column="业务类型", value=kind)
                txn_type = "other"
            sale_id = cells[trade_id].strip()
            if txn_type == "refund":
                reference, original = cells[refund_id].strip(), sale_id
                when = iso_datetime(cells[finished] or cells[created], c.name(finished))
                if not reference:
                    ctx.note(REFUND_WITHOUT_ID)
            else:
                reference, original = sale_id, ""
                when = iso_datetime(cells[created] or cells[finished], c.name(created))
            service = optional_money(cells, fee_i, "服务费（元）")
            merchant_got = optional_money(cells, received, "商家实收（元）")
            net = None if merchant_got is None else merchant_got + (service or 0)
            return ParsedTxn(
                occurred_at=when,
                type=txn_type,
                status="success",
                amount_minor=abs(money(cells, amount_i, c.name(amount_i))),
                currency="CNY",
                fee_minor=None if service is None else -service,
                net_minor=net,
                merchant_id=cell(cells, store),
                terminal_id=cell(cells, terminal),
                card=normalize_card(cell(cells, payer)),
                reference_no=reference,
                original_reference_no=original,
                operator=cell(cells, operator),
                order_no=cell(cells, order_i),
                description=cell(cells, goods),
            )

        return parse
