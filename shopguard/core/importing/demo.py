"""Demo data: a realistic Chinese restaurant's card terminals over a few months.

Everyday traffic (lunch and dinner peaks, busier weekends, repeat customers, same-day voids,
later refunds — some partial —, declines with a quick successful retry) plus planted cases of
every risk rule, so that every screen has something to show. The planted groups use the same
scenario names as the sample manifests in ``tests/data/*.truth.json``.

The data lands exactly like an import: one ``imports`` row ("demo data", format ``demo``),
natural keys, terminals, an audit entry, all in one transaction. A database that already holds
transactions is refused, so demo rows never mix with a real shop's.
"""

from __future__ import annotations

import hashlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.importing.parsing import NaturalKeys
from shopguard.core.models import TXN_COLUMNS, ParsedTxn
from shopguard.core.store import audit, settings

DEMO_FORMAT = "demo"
DEMO_FILE_NAME = "demo data"
MERCHANT_ID = "898310058120417"
CURRENCY = "CNY"
FEE_PPM = 6000  # 0.6 %

SHOP_SETTINGS: dict[str, Any] = {
    "shop_name": "川味小馆（静安店）",
    "currency": CURRENCY,
    "business_hours": "10:00-22:00",
    "industry_preset": "restaurant",
    "staff": ["王芳", "李娜", "张伟"],
    "per_txn_limit": 2_000_000,   # ¥20,000.00
    "daily_limit": 5_000_000,     # ¥50,000.00
    "fee_rate": FEE_PPM,
    "acquirer": "银联商务",
}

# terminal id, name, kind, acquirer, card brands it sees
TERMINALS: tuple[tuple[str, str, str, str], ...] = (
    ("10230001", "前台收银", "traditional_pos", "银联商务"),
    ("10230002", "包间 POS", "esign_pos", "银联商务"),
    ("QR000017", "扫码台卡", "qr_third_party", "通联支付"),
)
_CARD_BINS = (
    ("622848", "银联", "借记卡"), ("621700", "银联", "借记卡"), ("622588", "银联", "借记卡"),
    ("625807", "银联", "贷记卡"), ("436742", "VISA", "贷记卡"), ("518212", "MASTERCARD", "贷记卡"),
    ("622202", "银联", "借记卡"), ("628290", "银联", "贷记卡"),
)

Progress = Callable[[int, int], None]


class DemoError(RuntimeError):
    """Demo data cannot go into this database; the message says why."""


@dataclass
class Card:
    card: str
    brand: str
    kind: str


@dataclass
class DemoPlan:
    """What `generate_demo` stores: the rows, and the planted scenarios by reference number."""

    rows: list[ParsedTxn]
    planted: dict[str, list[list[str]]] = field(default_factory=dict)
    first_day: date | None = None
    last_day: date | None = None


@dataclass(frozen=True)
class Limits:
    per_txn: int
    daily: int
    round_min: int
    duplicate_minutes: int = 10


class _Builder:
    """Makes rows with unique reference numbers; keeps the random source in one place."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[ParsedTxn] = []
        self._refs: set[str] = set()

    def ref(self) -> str:
        while True:
            r = "".join(self.rng.choices(string.digits, k=12))
            if r not in self._refs:
                self._refs.add(r)
                return r

    def add(self, at: datetime, terminal: str, card: Card, amount: int, *, type_: str = "sale",
            status: str = "success", operator: str = "", original: ParsedTxn | None = None,
            order_no: str = "") -> ParsedTxn:
        fee = (amount * FEE_PPM + 500_000) // 1_000_000
        if status != "success":
            fee_minor, net = 0, 0
        elif type_ == "sale":
            fee_minor, net = fee, amount - fee
        else:  # void / refund: the fee comes back, the money goes out
            fee_minor, net = -fee, -(amount - fee)
        txn = ParsedTxn(
            occurred_at=at.isoformat(timespec="seconds"),
            type=type_,
            status=status,
            amount_minor=amount,
            currency=CURRENCY,
            fee_minor=fee_minor,
            net_minor=net,
            settled_on=(at.date() + timedelta(days=1)).isoformat() if status == "success"
            else None,
            merchant_id=MERCHANT_ID,
            terminal_id=terminal,
            card=card.card,
            card_brand=card.brand,
            card_type=card.kind,
            reference_no=self.ref(),
            auth_code="".join(self.rng.choices(string.digits, k=6)) if status == "success"
            else "",
            original_reference_no=original.reference_no if original else "",
            operator=operator,
            order_no=order_no,
        )
        self.rows.append(txn)
        return txn


def _make_cards(rng: random.Random, n: int) -> list[Card]:
    cards = []
    for _ in range(n):
        bin_, brand, kind = rng.choice(_CARD_BINS)
        cards.append(Card(f"{bin_}******{rng.randrange(10_000):04d}", brand, kind))
    return cards


def _make_payers(rng: random.Random, n: int) -> list[Card]:
    alphabet = string.ascii_letters + string.digits
    payers = []
    for _ in range(n):
        if rng.random() < 0.6:
            payers.append(Card("oX" + "".join(rng.choices(alphabet, k=26)), "微信支付", ""))
        else:
            payers.append(Card("2088" + "".join(rng.choices(string.digits, k=12)), "支付宝", ""))
    return payers


def _meal_time(rng: random.Random, day: date) -> datetime:
    """A moment in business hours, peaking at lunch and dinner."""
    r = rng.random()
    if r < 0.42:
        minutes = rng.gauss(12.5 * 60, 45)
    elif r < 0.88:
        minutes = rng.gauss(18.75 * 60, 55)
    else:
        minutes = rng.uniform(10.25 * 60, 21.5 * 60)
    minutes = min(max(minutes, 10 * 60 + 5), 21 * 60 + 50)
    return datetime.combine(day, datetime.min.time()) + timedelta(
        minutes=minutes, seconds=rng.randrange(60))


def _bill(rng: random.Random) -> int:
    """A restaurant bill in fen: mostly ¥40–¥600, whole yuan or jiao."""
    yuan = min(rng.lognormvariate(4.9, 0.6), 3000)
    fen = int(yuan * 100)
    return max(fen - fen % (100 if rng.random() < 0.6 else 10), 1800)


_WEEKDAY_FACTOR = (0.75, 0.85, 0.9, 0.95, 1.2, 1.5, 1.4)  # Monday … Sunday


def build_demo(first_day: date, days: int, seed: int, limits: Limits) -> DemoPlan:
    """Build every demo row in memory (deterministic for the arguments)."""
    rng = random.Random(seed)
    b = _Builder(rng)
    cards = _make_cards(rng, 900)
    payers = _make_payers(rng, 500)
    everyday, reserved = cards[:700], cards[700:]  # planted cases get cards of their own
    regulars = everyday[:60]
    staff = SHOP_SETTINGS["staff"]
    sales: list[ParsedTxn] = []

    def customer(qr: bool) -> Card:
        if qr:
            return rng.choice(payers[:80] if rng.random() < 0.3 else payers)
        return rng.choice(regulars if rng.random() < 0.3 else everyday)

    for d in range(days):
        day = first_day + timedelta(days=d)
        n = int(rng.gauss(70, 8) * _WEEKDAY_FACTOR[day.weekday()])
        for _ in range(max(n, 10)):
            at = _meal_time(rng, day)
            r = rng.random()
            terminal = TERMINALS[0 if r < 0.55 else 1 if r < 0.7 else 2][0]
            card = customer(terminal.startswith("QR"))
            op = staff[0] if at.hour < 15 else rng.choice(staff[1:])
            amount = _bill(rng)
            if rng.random() < 0.025:  # declined, retried successfully 20–90 s later
                b.add(at, terminal, card, amount, status="failed", operator=op)
                at += timedelta(seconds=rng.randint(20, 90))
            sale = b.add(at, terminal, card, amount, operator=op)
            sales.append(sale)
            if rng.random() < 0.012:  # wrong amount keyed: voided within minutes
                b.add(at + timedelta(minutes=rng.randint(1, 25)), terminal, card, amount,
                      type_="void", operator=op, original=sale)
            elif rng.random() < 0.006 and d < days - 2:  # refund days later, maybe partial
                later = at + timedelta(days=rng.randint(1, min(20, days - d - 1)),
                                       minutes=rng.randint(0, 120))
                partial = max(amount // 100 * rng.randint(20, 70), 100)
                part = amount if rng.random() < 0.5 else partial
                b.add(_in_hours(later), terminal, card, part, type_="refund", operator=staff[0],
                      original=sale)

    planted = _plant(b, rng, first_day, days, limits, reserved, staff)
    b.rows.sort(key=lambda t: (t.occurred_at, t.reference_no))
    _number(b.rows)
    return DemoPlan(b.rows, planted, first_day, first_day + timedelta(days=days - 1))


def _in_hours(at: datetime) -> datetime:
    if at.hour >= 21:
        return at.replace(hour=20)
    if at.hour < 10:
        return at.replace(hour=11)
    return at


def _number(rows: list[ParsedTxn]) -> None:
    """Voucher numbers run per terminal; the batch changes daily (as on a real POS)."""
    voucher: dict[str, int] = {}
    batch: dict[str, tuple[str, int]] = {}
    for t in rows:
        v = voucher.get(t.terminal_id, 0) + 1
        voucher[t.terminal_id] = v
        t.voucher_no = f"{v % 1_000_000:06d}"
        day = t.occurred_at[:10]
        last_day, n = batch.get(t.terminal_id, ("", 0))
        if day != last_day:
            n += 1
            batch[t.terminal_id] = (day, n)
        t.batch_no = f"{n:06d}"
        if t.terminal_id.startswith("QR"):
            t.order_no = f"SG{t.occurred_at[:10].replace('-', '')}{t.reference_no[-8:]}"


def _plant(b: _Builder, rng: random.Random, first: date, days: int, limits: Limits,
           pool: list[Card], staff: list[str]) -> dict[str, list[list[str]]]:
    """Every risk rule's case at least once, plus the two look-alikes that must not be flagged."""
    planted: dict[str, list[list[str]]] = {}
    cards = iter(pool)
    pos, room = TERMINALS[0][0], TERMINALS[1][0]

    def day(i: int, hh: int, mm: int, ss: int = 0) -> datetime:
        d = first + timedelta(days=min(max(i, 0), days - 1))
        return datetime.combine(d, datetime.min.time()).replace(hour=hh, minute=mm, second=ss)

    def put(rule: str, rows: list[ParsedTxn]) -> None:
        planted.setdefault(rule, []).append([t.reference_no for t in rows])

    spread = [int(days * f) for f in (0.08, 0.2, 0.33, 0.47, 0.6, 0.72, 0.85, 0.95)]
    # duplicate swipes: the same card and amount twice, seconds to minutes apart. Dated from
    # the end of the period (yesterday), so the day after it every procedure can be seen: the
    # last one came after yesterday's 23:00 cut-off (still in today's clearing day: void),
    # recent ones are inside the refund window, the oldest need the acquirer.
    late = (days - 1, 23, 18)
    for i, (d, hh, mm) in enumerate(((spread[0], 12, 10), (spread[2], 12, 11),
                                     (days - 20, 12, 12), (days - 6, 12, 13), late)):
        c, amt = next(cards), 8800 + 1350 * i + rng.randrange(0, 100, 10)
        first_sale = b.add(day(d, hh, mm, 5), pos if (d, hh, mm) != late else room, c, amt,
                           operator=staff[0] if (d, hh, mm) != late else staff[1])
        gap = (35, 95, 160, 410, 47)[i]
        second = b.add(day(d, hh, mm, 5) + timedelta(seconds=gap), first_sale.terminal_id, c,
                       amt, operator=first_sale.operator)
        put("duplicate_swipe", [first_sale, second])
    for i, d in enumerate(spread[5:7]):  # noticed: voided the same day
        c, amt = next(cards), 15600 + 2200 * i
        s1 = b.add(day(d, 19, 2 + i), room, c, amt, operator=staff[1])
        s2 = b.add(day(d, 19, 3 + i, 10), room, c, amt, operator=staff[1])
        v = b.add(day(d, 19, 40 + i), room, c, amt, type_="void", operator=staff[1], original=s2)
        put("duplicate_voided", [s1, s2, v])
    d = spread[1] + 1  # noticed later: refunded two days on
    c, amt = next(cards), 23800
    s1 = b.add(day(d, 18, 31), pos, c, amt, operator=staff[2])
    s2 = b.add(day(d, 18, 32, 20), pos, c, amt, operator=staff[2])
    r = b.add(day(d + 2, 14, 5), pos, c, amt, type_="refund", operator=staff[0], original=s2)
    put("duplicate_refunded", [s1, s2, r])

    # look-alikes: two coffees on different cards; a regular coming back for dinner
    for d in spread[2:4]:
        s1 = b.add(day(d, 12, 44, 10), pos, next(cards), 3800, operator=staff[0])
        s2 = b.add(day(d, 12, 44, 31), pos, next(cards), 3800, operator=staff[0])
        put("control_same_amount_diff_card", [s1, s2])
        c = next(cards)
        s1 = b.add(day(d, 11, 58), pos, c, 6600, operator=staff[0])
        s2 = b.add(day(d, 18, 47), pos, c, 6600, operator=staff[1])
        put("control_same_card_far_apart", [s1, s2])

    # burst: one card six times in four minutes
    c = next(cards)
    start = day(spread[4], 20, 12)
    put("burst", [b.add(start + timedelta(seconds=40 * k), room, c, 12000 + 730 * k,
                        operator=staff[2]) for k in range(6)])

    # per-transaction limit: a banquet above the limit
    for d, pct in ((spread[3] + 2, 118), (spread[6] + 1, 135)):
        amt = limits.per_txn * pct // 100 // 100 * 100
        put("per_txn_limit", [b.add(day(d, 19, 26), room, next(cards), amt, operator=staff[1])])

    # split sale: three swipes just under the limit within minutes (also a daily-limit breach)
    c = next(cards)
    parts = [limits.per_txn * p // 1000 // 100 * 100 for p in (965, 948, 972)]
    if sum(parts) <= limits.daily:
        parts.append(limits.per_txn * 955 // 1000 // 100 * 100)
    put("daily_limit_and_split", [
        b.add(day(spread[5] + 1, 20, 5 + 4 * k), room, c, amt, operator=staff[2])
        for k, amt in enumerate(parts)])
    # daily limit only: large spend through the day, each sale well below the limit
    c = next(cards)
    each = limits.per_txn * 6 // 10 // 100 * 100
    n = limits.daily // each + 1
    opening = day(spread[2] + 3, 10, 30)
    put("daily_limit", [
        b.add(opening + timedelta(minutes=k * 660 // n), pos, c, each, operator=staff[k % 3])
        for k in range(n)])

    # off-hours: a sale at 02:13 and one at 23:47
    put("off_hours", [b.add(day(spread[1] + 4, 2, 13, 40), pos, next(cards), 45600)])
    put("off_hours", [b.add(day(spread[6] + 3, 23, 47, 2), room, next(cards), 31800)])

    # refunds without a sale on record, and a refund larger than its sale
    ghost = ParsedTxn("", "sale", "success", 0, CURRENCY, reference_no=b.ref())
    put("refund_without_sale", [b.add(day(spread[2] + 1, 15, 20), pos, next(cards), 56000,
                                      type_="refund", operator=staff[0], original=ghost)])
    c = next(cards)
    s = b.add(day(spread[4] + 2, 13, 2), pos, c, 18800, operator=staff[0])
    r = b.add(day(spread[4] + 5, 14, 30), pos, c, 28800, type_="refund", operator=staff[0],
              original=s)
    put("refund_exceeds_sale", [s, r])
    c = next(cards)
    s = b.add(day(spread[7] - 6, 12, 30), room, c, 42000, operator=staff[1])
    r1 = b.add(day(spread[7] - 4, 15, 0), room, c, 30000, type_="refund", operator=staff[0],
               original=s)
    r2 = b.add(day(spread[7] - 2, 16, 10), room, c, 20000, type_="refund", operator=staff[0],
               original=s)
    put("refund_exceeds_sale", [s, r1, r2])

    # decline storm: four declines in six minutes, then it goes through
    c = next(cards)
    at = day(spread[5] - 2, 19, 33)
    storm = [b.add(at + timedelta(seconds=90 * k), pos, c, 68800, status="failed",
                   operator=staff[1]) for k in range(4)]
    storm.append(b.add(at + timedelta(seconds=400), pos, c, 68800, operator=staff[1]))
    put("decline_storm", storm)

    # round amounts: whole thousands on one card on three different days
    c = next(cards)
    base = max(limits.round_min, 100_000)
    put("round_amount", [
        b.add(day(spread[3] + 2 * k, 15, 5 + k), pos, c, base * m, operator=staff[0])
        for k, m in enumerate((2, 3, 2))])
    return planted


_INSERT_SQL = (
    f"INSERT INTO transactions ({', '.join(TXN_COLUMNS)}, import_id, source_line, natural_key)"
    f" VALUES ({', '.join('?' * (len(TXN_COLUMNS) + 3))})"
)


def demo_limits(db: Database) -> Limits:
    return Limits(per_txn=int(settings.get(db, "per_txn_limit")),
                  daily=int(settings.get(db, "daily_limit")),
                  round_min=int(settings.get(db, "round_amount_min")),
                  duplicate_minutes=int(settings.get(db, "duplicate_window_minutes")))


def generate_demo(db: Database, months: int = 3, seed: int = 7,
                  progress: Progress | None = None, actor: str = "owner",
                  end: date | None = None) -> int:
    """Fill an empty database with demo data; return the number of transactions stored.

    The period ends yesterday (by `clock.now()`, or `end` inclusive). Raises DemoError when
    the database already holds transactions.
    """
    if not 1 <= months <= 36:
        raise DemoError(f"months must be between 1 and 36, not {months}")
    existing = db.conn.execute(
        "SELECT id FROM imports WHERE format = ? AND undone_at IS NULL", (DEMO_FORMAT,)
    ).fetchone()
    if existing:
        raise DemoError(f"demo data is already in this database (import #{existing[0]}); undo "
                        "that import first to generate it again")
    count = db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    if count:
        raise DemoError(f"this database already holds {count} transactions; demo data only goes"
                        " into an empty database (open a new file)")
    last = end or (clock.now().date() - timedelta(days=1))
    days = round(months * 30.44)
    first = last - timedelta(days=days - 1)
    with db.atomic():
        stored = {k for (k,) in db.conn.execute("SELECT key FROM settings")}
        for key, value in SHOP_SETTINGS.items():
            if key not in stored:
                settings.store(db, key, value, actor)
        plan = build_demo(first, days, seed, demo_limits(db))
        digest = hashlib.sha256(f"demo|{seed}|{first}|{days}".encode()).hexdigest()
        cur = db.conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, format, encoding, imported_at,"
            " rows_read, imported, first_at, last_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
            (DEMO_FILE_NAME, f"demo:seed={seed},months={months}", digest, DEMO_FORMAT,
             clock.now_iso(), len(plan.rows), len(plan.rows), plan.rows[0].occurred_at,
             plan.rows[-1].occurred_at),
        )
        import_id = int(cur.lastrowid or 0)
        total = len(plan.rows)
        natural_key = NaturalKeys()
        for start in range(0, total, 2000):
            chunk = plan.rows[start:start + 2000]
            db.conn.executemany(_INSERT_SQL, [
                (*(getattr(t, c) for c in TXN_COLUMNS), import_id, start + i + 1,
                 natural_key(t)) for i, t in enumerate(chunk)])
            if progress is not None:
                progress(start + len(chunk), total)
        db.conn.executemany(
            "INSERT INTO terminals (terminal_id, merchant_id, name, kind, acquirer)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(terminal_id) DO NOTHING",
            [(tid, MERCHANT_ID, name, kind, acq) for tid, name, kind, acq in TERMINALS])
        audit.append(db, actor, "import.demo", DEMO_FILE_NAME, None, {
            "import_id": import_id, "seed": seed, "months": months, "rows": total,
            "first_day": first.isoformat(), "last_day": last.isoformat()})
    return total
