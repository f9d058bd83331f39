"""Filtering, sorting and paging transactions in SQL (the Transactions screen and exports).

A `TxnFilter` compiles to a WHERE clause with parameters; `page` fetches one sorted page
(offset paging that walks from the far end when that is shorter, or keyset paging after a
known row), `count` and `totals` answer for the same filter. Nothing here loads more rows than
asked for, so a million-row table stays quick.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from shopguard.core.models import TxnStatus, TxnType
from shopguard.core.money import MoneyError, parse_money

# Columns a page returns, in this order.
COLUMNS: tuple[str, ...] = (
    "id", "occurred_at", "terminal_id", "card", "card_brand", "type", "status", "amount_minor",
    "fee_minor", "net_minor", "currency", "reference_no", "voucher_no", "batch_no", "auth_code",
    "original_reference_no", "operator", "order_no", "settled_on", "merchant_id", "description",
    "import_id", "source_line", "time_known",
)
COLUMN_INDEX = {c: i for i, c in enumerate(COLUMNS)}
SORTABLE = frozenset({
    "id", "occurred_at", "terminal_id", "card", "type", "status", "amount_minor", "fee_minor",
    "net_minor", "reference_no", "voucher_no", "operator", "order_no", "settled_on",
})
_NULLABLE = frozenset({"fee_minor", "net_minor", "settled_on"})
NAVIGATE_KEYS = ("from", "to", "terminal_id", "card", "operator", "type", "status", "ids")


class FilterError(ValueError):
    """A filter value makes no sense; the message names the field."""


@dataclass(frozen=True)
class TxnFilter:
    """What the user asked to see. Empty fields do not filter. `date_to` is exclusive."""

    date_from: str | None = None
    date_to: str | None = None
    terminal_id: str | None = None
    type: str | None = None
    status: str | None = None
    operator: str | None = None
    card: str | None = None
    card_last4: str | None = None
    search: str = ""
    ids: tuple[int, ...] | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def from_navigate(cls, filters: Mapping[str, Any]) -> TxnFilter:
        """The navigate filters of ARCHITECTURE.md (`from`, `to`, `terminal_id`, `card`, ...)."""
        unknown = sorted(set(filters) - set(NAVIGATE_KEYS))
        if unknown:
            raise FilterError(f"unknown filter(s): {', '.join(unknown)}")
        ids = filters.get("ids")
        f = cls(
            date_from=_opt(filters.get("from")), date_to=_opt(filters.get("to")),
            terminal_id=_opt(filters.get("terminal_id")), type=_opt(filters.get("type")),
            status=_opt(filters.get("status")), operator=_opt(filters.get("operator")),
            card=_opt(filters.get("card")),
            ids=None if ids is None else tuple(int(i) for i in ids),
        )
        f.validate()
        return f

    def with_(self, **changes: Any) -> TxnFilter:
        return replace(self, **changes)

    def validate(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                try:
                    datetime.fromisoformat(value)
                except ValueError:
                    raise FilterError(f"{name}: {value!r} is not a date or date-time") from None
        if self.type and self.type not in {t.value for t in TxnType}:
            raise FilterError(f"type: {self.type!r} is not a transaction type")
        if self.status and self.status not in {s.value for s in TxnStatus}:
            raise FilterError(f"status: {self.status!r} is not success or failed")
        if self.card_last4 and not (len(self.card_last4) == 4 and self.card_last4.isdigit()):
            raise FilterError(f"card last 4: {self.card_last4!r} is not four digits")

    def where(self) -> tuple[str, list[Any]]:
        """SQL after WHERE (``1`` when nothing filters) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("occurred_at >= ?")
            params.append(_iso(self.date_from))
        if self.date_to:
            clauses.append("occurred_at < ?")
            params.append(_iso(self.date_to))
        for col in ("terminal_id", "type", "status", "operator", "card"):
            value = getattr(self, col)
            if value:
                clauses.append(f"{col} = ?")
                params.append(value)
        if self.card_last4:
            clauses.append("substr(card, -4) = ?")
            params.append(self.card_last4)
        if self.ids is not None:
            # A few ids inline-bound; many go through a JSON array (one parameter).
            clauses.append("id IN (SELECT value FROM json_each(?))")
            params.append("[" + ",".join(str(int(i)) for i in self.ids) + "]")
        search = self.search.strip()
        if search:
            sql, sp = _search_clause(search)
            clauses.append(sql)
            params.extend(sp)
        return (" AND ".join(clauses) or "1"), params

    def is_empty(self) -> bool:
        return self == TxnFilter()


def _opt(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _iso(value: str) -> str:
    """Dates compare as text: ``2026-09-01`` and ``2026-09-01 10:00`` become ISO with a T."""
    return value.replace(" ", "T")


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _search_clause(text: str) -> tuple[str, list[Any]]:
    """Reference/voucher/order number starting with the text, card last 4, or the amount.

    Every arm has an index (see `query_schema`), so SQLite answers the OR by index lookups
    instead of reading a million rows.
    """
    prefix = _glob_escape(text) + "*"
    arms = ["reference_no GLOB ?", "voucher_no = ?", "order_no GLOB ?",
            "(original_reference_no = ? AND original_reference_no != '')"]
    params: list[Any] = [prefix, text, prefix, text]
    digits = text.isdigit()
    if digits and len(text) == 4:
        arms.append("substr(card, -4) = ?")
        params.append(text)
    if not digits or len(text) <= 7:
        try:
            amount = parse_money(text)
        except MoneyError:
            amount = None
        if amount is not None and amount > 0:
            arms.append("amount_minor = ?")
            params.append(amount)
    return "(" + " OR ".join(arms) + ")", params


# Sort keys: the column, then time, then id — chosen so that an index delivers the order.
_SORT_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "occurred_at": ("occurred_at", "id"),
    "terminal_id": ("terminal_id", "occurred_at", "id"),
    "card": ("card", "occurred_at", "id"),
    "amount_minor": ("amount_minor", "id"),
    "reference_no": ("reference_no", "id"),
    "voucher_no": ("voucher_no", "id"),
    "order_no": ("order_no", "id"),
}
# Sorts an index delivers: deep pages by OFFSET or key are cheap. Others need one full sort.
INDEXED_SORTS = frozenset(_SORT_KEYS)


def sort_key(sort: str) -> tuple[str, ...]:
    if sort not in SORTABLE:
        raise FilterError(f"cannot sort by {sort!r}")
    return _SORT_KEYS.get(sort, (sort, "occurred_at", "id"))


def order_by(sort: str, descending: bool, reverse: bool = False) -> str:
    direction = "DESC" if descending != reverse else "ASC"
    return ", ".join(f"{c} {direction}" for c in sort_key(sort))


def count(db: Database, f: TxnFilter) -> int:
    where, params = f.where()
    return int(db.conn.execute(f"SELECT count(*) FROM transactions WHERE {where}",
                               params).fetchone()[0])


def page(db: Database, f: TxnFilter, sort: str = "occurred_at", descending: bool = False,
         offset: int = 0, limit: int = 200, total: int | None = None) -> list[tuple[Any, ...]]:
    """Rows `offset` … `offset+limit-1` of the sorted, filtered list (tuples of `COLUMNS`).

    Given `total` (the filter's count), a page in the far half is read from the other end
    with the order reversed, so that jumping to the bottom of a million rows is as quick as
    the top.
    """
    if offset < 0 or limit <= 0:
        return []
    where, params = f.where()
    cols = ", ".join(COLUMNS)
    if total is not None and offset > total // 2:
        if offset >= total:
            return []
        end = min(offset + limit, total)
        sql = (f"SELECT {cols} FROM transactions WHERE {where}"
               f" ORDER BY {order_by(sort, descending, reverse=True)} LIMIT ? OFFSET ?")
        rows = db.conn.execute(sql, [*params, end - offset, total - end]).fetchall()
        rows.reverse()
        return rows
    sql = (f"SELECT {cols} FROM transactions WHERE {where}"
           f" ORDER BY {order_by(sort, descending)} LIMIT ? OFFSET ?")
    return db.conn.execute(sql, [*params, limit, offset]).fetchall()


def keyset_supported(sort: str) -> bool:
    return sort in SORTABLE and sort not in _NULLABLE


def page_after(db: Database, f: TxnFilter, sort: str, descending: bool,
               after: tuple[Any, ...], limit: int = 200) -> list[tuple[Any, ...]]:
    """The `limit` rows that follow row `after` (a row from `page`) in this order.

    Keyset paging: as quick deep down as on the first page (no OFFSET to skip over).
    Only for columns without NULLs (`keyset_supported`).
    """
    if not keyset_supported(sort):
        raise FilterError(f"cannot page by key on {sort!r}")
    where, params = f.where()
    keys = sort_key(sort)
    cmp = "<" if descending else ">"
    key_sql = f"({', '.join(keys)}) {cmp} ({', '.join('?' * len(keys))})"
    key_params = [after[COLUMN_INDEX[k]] for k in keys]
    sql = (f"SELECT {', '.join(COLUMNS)} FROM transactions WHERE ({where}) AND {key_sql}"
           f" ORDER BY {order_by(sort, descending)} LIMIT ?")
    return db.conn.execute(sql, [*params, *key_params, limit]).fetchall()


def ids(db: Database, f: TxnFilter, sort: str = "occurred_at",
        descending: bool = False) -> array[int]:
    """Every filtered id in order (8 bytes each): the id-list paging of Anki's browser."""
    where, params = f.where()
    cur = db.conn.execute(
        f"SELECT id FROM transactions WHERE {where} ORDER BY {order_by(sort, descending)}",
        params)
    out: array[int] = array("q")
    while True:
        chunk = cur.fetchmany(20_000)
        if not chunk:
            return out
        out.extend(r[0] for r in chunk)


def rows_by_id(db: Database, id_list: Sequence[int]) -> list[tuple[Any, ...]]:
    """The rows for these ids, in the order given (missing ids are skipped)."""
    if not id_list:
        return []
    found = {r[0]: r for r in db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM transactions"
        " WHERE id IN (SELECT value FROM json_each(?))",
        ("[" + ",".join(str(int(i)) for i in id_list) + "]",))}
    return [found[i] for i in id_list if i in found]


def iter_rows(db: Database, f: TxnFilter, sort: str = "occurred_at", descending: bool = False,
              batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    """Every filtered row in order, fetched in batches (exports)."""
    where, params = f.where()
    cur = db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM transactions WHERE {where}"
        f" ORDER BY {order_by(sort, descending)}", params)
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield from rows


@dataclass(frozen=True)
class Totals:
    """Sums for one currency over the filtered rows (successful rows only for money)."""

    currency: str
    count: int
    failed: int
    sales_minor: int
    voids_minor: int
    refunds_minor: int
    net_minor: int


def totals(db: Database, f: TxnFilter) -> list[Totals]:
    where, params = f.where()
    sql = (
        "SELECT currency, count(*), sum(status = 'failed'),"
        " coalesce(sum(CASE WHEN status = 'success' AND type IN ('sale', 'preauth_complete')"
        "   THEN amount_minor END), 0),"
        " coalesce(sum(CASE WHEN status = 'success' AND type = 'void' THEN amount_minor END), 0),"
        # refunds, including those folded into their charge row (Stripe's amount_refunded)
        " coalesce(sum(CASE WHEN status = 'success' AND type = 'refund' THEN amount_minor"
        "   WHEN status = 'success' THEN refunded_minor END), 0),"
        " coalesce(sum(CASE WHEN status = 'success' THEN coalesce(net_minor, CASE"
        "   WHEN type IN ('void', 'refund') THEN -amount_minor"
        "   WHEN type IN ('sale', 'preauth_complete') THEN amount_minor ELSE 0 END) END), 0)"
        f" FROM transactions WHERE {where} GROUP BY currency ORDER BY count(*) DESC"
    )
    # sum() over integers stays an integer in SQLite (it raises on overflow, never rounds).
    return [Totals(cur, int(n), int(failed), int(s), int(v), int(r), int(net))
            for cur, n, failed, s, v, r, net in db.conn.execute(sql, params)]


def distinct_values(db: Database, column: str, limit: int = 200) -> list[str]:
    """Values for a filter combo box (terminals, operators); uses an index where one exists."""
    if column not in {"terminal_id", "operator", "type", "status", "currency"}:
        raise FilterError(f"no value list for {column!r}")
    if column == "terminal_id":
        sql = ("SELECT terminal_id FROM terminals UNION SELECT DISTINCT terminal_id"
               " FROM transactions WHERE terminal_id != '' ORDER BY 1 LIMIT ?")
    else:
        sql = (f"SELECT DISTINCT {column} FROM transactions WHERE {column} != ''"
               f" ORDER BY 1 LIMIT ?")
    return [r[0] for r in db.conn.execute(sql, (limit,))]
