"""Generate a large statement in the Allinpay layout (GBK) for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

HEADER = ("商户号,门店名称,终端号,交易时间,交易类型,交易批次号,凭证号,参考号,卡号,卡类别,发卡行机构代码,"
          "发卡行名称,交易金额,手续费,交易日期,交易单号,订单号,商户备注,对接应用号,原始金额,结算金额,产品类型,"
          "分期贴息,交易完成时间,持卡人姓名,持卡人身份证,分期数,优惠金额,实付金额,原交易单,渠道交易类型,"
          "出金方账户名称,门店编号,交易完成日期")


def generate(path: Path, rows: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    terminals = [f"{rng.randrange(10**7, 10**8)}" for _ in range(20)]
    cards = [f"{rng.choice(['622848', '621700', '403391', '518212'])}******{rng.randrange(10000):04d}"
             for _ in range(50000)]
    with open(path, "w", encoding="gbk", newline="") as f:
        f.write(HEADER + "\r\n")
        for i in range(rows):
            day = 1 + (i * 365 // rows)
            month, dom = 1 + (day - 1) // 31 % 12, 1 + (day - 1) % 28
            date = f"2026-{month:02d}-{dom:02d}"
            time = f"{9 + i % 12:02d}:{i % 60:02d}:{(i * 7) % 60:02d}"
            ref = f"{rng.randrange(10**12):012d}"
            amount = rng.randrange(100, 50000)
            fee = amount * 6 // 1000
            kind = "消费" if i % 50 else "退货"
            f.write(
                f"`898990258124666,鲜果时光（广州天河店）,`{terminals[i % 20]},{time},{kind},`000829,"
                f"`{i % 999999:06d},`{ref},{cards[rng.randrange(50000)]},借记卡,01030000,中国农业银行,"
                f"{amount // 100}.{amount % 100:02d},{fee // 100}.{fee % 100:02d},{date},"
                f"`{date[2:4]}{date[5:7]}{date[8:10]}{ref},`P{i:014d},,00940547,"
                f"{amount // 100}.{amount % 100:02d},{(amount - fee) // 100}.{(amount - fee) % 100:02d},"
                f"银行卡,,{time},,,,0.00,{amount // 100}.{amount % 100:02d},,{kind},,053629,{date}\r\n"
            )
    return path
