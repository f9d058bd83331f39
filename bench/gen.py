"""Synthetic statement rows for the scan benchmark (not a test).

Realistic enough to exercise the rules the way a busy shop would: ~20 terminals under two
merchant ids, a large card population with repeat customers, lunch and dinner peaks, voids,
refunds, declines with retries, and a handful of planted anomalies per day.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

COLUMNS = (
    "occurred_at", "settled_on", "merchant_id", "terminal_id", "card", "card_brand",
    "card_type", "type", "status", "amount_minor", "fee_minor", "net_minor", "currency",
    "reference_no", "voucher_no", "batch_no", "auth_code", "original_reference_no",
    "operator", "order_no", "description", "import_id", "source_line", "natural_key",
)
TERMINALS = [(f"8981000{m:08d}", f"{10230001 + t}") for m in (1, 2) for t in range(10)]
OPERATORS = ["王芳", "李娜", "张伟", "刘洋", "陈静", "01", "02"]
BINS = ["622848", "621700", "403391", "518212", "625807", "436742"]
# Hour-of-day weights: lunch and dinner peaks, nothing at night.
HOUR_W = [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 9, 14, 12, 7, 6, 6, 8, 13, 12, 8, 0, 0, 0]


class Gen:
    def __init__(self, seed: int = 7, cards: int = 200_000) -> None:
        self.rnd = random.Random(seed)
        self.cards = [f"{self.rnd.choice(BINS)}******{i % 10000:04d}" for i in range(cards)]
        self.ref = 100_000_000_000
        self.line = 0

    def _card(self) -> str:
        r = self.rnd
        # Repeat customers: a small core of cards takes a large share of swipes.
        if r.random() < 0.3:
            return self.cards[int(r.random() ** 3 * 2000)]
        return r.choice(self.cards)

    def _amount(self) -> int:
        r = self.rnd
        x = int(r.lognormvariate(4.0, 0.9) * 100)
        if r.random() < 0.45:
            x = max(100, x // 100 * 100)
        return max(1, min(x, 3_000_000))

    def _row(self, at: datetime, term: tuple[str, str], card: str, typ: str, status: str,
             amount: int, orig: str = "", operator: str = "") -> tuple:
        self.ref += self.rnd.randint(1, 999)
        self.line += 1
        ref = f"{self.ref:012d}"
        sign = -1 if typ in ("void", "refund") else 1
        fee = amount * 6 // 1000 * sign if status == "success" else 0
        net = (amount * sign - fee) if status == "success" else 0
        return (
            at.isoformat(timespec="seconds"), (at.date() + timedelta(days=1)).isoformat(),
            term[0], term[1], card, "UnionPay", "debit", typ, status, amount, fee, net, "CNY",
            ref, f"{self.line % 1_000_000:06d}", "000829", "", orig,
            operator or self.rnd.choice(OPERATORS), "", "", 1, self.line, f"bench:{ref}",
        )

    def day(self, d: date, n: int) -> Iterator[tuple]:
        """About `n` rows for day `d`, in time order per terminal, with planted anomalies."""
        r = self.rnd
        base = datetime(d.year, d.month, d.day)
        recent: list[tuple] = []
        for _ in range(n):
            hour = r.choices(range(24), HOUR_W)[0]
            at = base + timedelta(hours=hour, seconds=r.randrange(3600))
            term = r.choice(TERMINALS)
            card = self._card()
            amount = self._amount()
            k = r.random()
            if k < 0.010:  # decline then a retry 20–90 s later: not a duplicate
                yield self._row(at, term, card, "sale", "failed", amount)
                yield self._row(at + timedelta(seconds=r.randint(20, 90)), term, card,
                                "sale", "success", amount)
                continue
            row = self._row(at, term, card, "sale", "success", amount)
            yield row
            recent.append(row)
            if k < 0.018:  # same-day void of this sale
                yield self._row(at + timedelta(minutes=r.randint(1, 30)), term, card, "void",
                                "success", amount, orig=row[13])
            elif k < 0.026 and len(recent) > 50:  # refund of an earlier sale, maybe partial
                old = r.choice(recent[-50:])
                part = old[9] if r.random() < 0.6 else max(1, old[9] // 2)
                yield self._row(at, (old[2], old[3]), old[4], "refund", "success", part,
                                orig=old[13])
        for _ in range(3):  # planted double swipes, some voided
            at = base + timedelta(hours=r.randint(10, 19), seconds=r.randrange(3600))
            term, card, amount = r.choice(TERMINALS), self._card(), self._amount()
            yield self._row(at, term, card, "sale", "success", amount, operator="王芳")
            dup = self._row(at + timedelta(seconds=r.randint(5, 300)), term, card, "sale",
                            "success", amount, operator="王芳")
            yield dup
            if r.random() < 0.5:
                yield self._row(at + timedelta(minutes=20), term, card, "void", "success",
                                amount, orig=dup[13])
        # A burst, an off-hours sale and a split sale every few days.
        if d.toordinal() % 3 == 0:
            at = base + timedelta(hours=16)
            term, card = r.choice(TERMINALS), self._card()
            for i in range(6):
                yield self._row(at + timedelta(seconds=40 * i), term, card, "sale", "success",
                                self._amount())
            yield self._row(base + timedelta(hours=3, minutes=r.randint(0, 59)), term,
                            self._card(), "sale", "success", self._amount())
            for i in range(3):
                yield self._row(at + timedelta(minutes=40 + 5 * i), term, card, "sale",
                                "success", 4_700_000 + r.randint(0, 250_000))


def rows(n_total: int, start: date, days: int, seed: int = 7) -> Iterator[tuple]:
    g = Gen(seed)
    per_day = n_total // days
    for i in range(days):
        yield from g.day(start + timedelta(days=i), per_day - 20)
