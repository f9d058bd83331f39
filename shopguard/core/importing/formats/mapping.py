"""Column mappings: importing any POS export (Lakala, 银联商务, ...) by naming its columns.

The header row is found by content (the first row where most cells are known header names);
each column is matched against a table of Chinese and English synonyms; date/time columns are
told apart by their values. When time, amount and a card/payer or reference column all match
without ambiguity the file imports without questions. Mappings are saved as JSON files (one
per name) that users can share.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from shopguard.core.files import open_atomically
from shopguard.core.importing.formats.base import (
    HEADER_SCAN_ROWS,
    TIME_UNKNOWN,
    HeaderError,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    normalize_header,
)
from shopguard.core.models import ParsedTxn
from shopguard.core.money import MoneyError, parse_money
from shopguard.core.pan import normalize_card

# field -> header synonyms (compared after normalize_header: no spaces, ASCII brackets, lower)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "datetime": ("交易日期时间", "交易时间", "日期时间", "交易发生时间", "创建时间", "付款时间",
                 "datetime", "date/time", "transactiontime", "transactiondatetime", "createdat",
                 "created", "timestamp"),
    "date": ("交易日期", "日期", "date", "transactiondate"),
    "time": ("时间", "time"),
    "amount": ("交易金额", "金额", "交易金额(元)", "金额(元)", "交易金额(分)", "金额(分)",
               "消费金额", "订单金额", "amount", "transactionamount", "gross", "grossamount",
               "total"),
    "fee": ("手续费", "手续费(元)", "手续费(分)", "清算手续费", "商户手续费", "fee", "fees",
            "commission"),
    "net": ("结算金额", "结算金额(元)", "结算金额(分)", "清算入账金额", "入账金额", "清算净额",
            "清算金额", "net", "netamount", "netpayout"),
    "card": ("卡号", "交易卡号", "银行卡号", "卡号/账号", "付款卡号", "cardnumber", "card",
             "cardno", "pan", "maskedpan", "付款账号", "用户标识", "payer", "payerid"),
    "reference_no": ("参考号", "检索参考号", "系统参考号", "交易参考号", "拉卡拉流水号",
                     "交易流水号", "referenceno", "referencenumber", "rrn", "reference",
                     "transactionid", "交易号"),
    "voucher_no": ("凭证号", "系统跟踪号", "流水号", "跟踪号", "凭证号(流水号)", "voucherno",
                   "traceno", "tracenumber", "stan", "voucher"),
    "batch_no": ("批次号", "交易批次号", "batch", "batchno", "batchnumber"),
    "terminal_id": ("终端号", "终端编号", "终端", "终端代码", "设备号", "terminal", "terminalid",
                    "tid"),
    "merchant_id": ("商户号", "商户编号", "商户代码", "merchant", "merchantid", "mid"),
    "type": ("交易类型", "类型", "业务类型", "交易种类", "type", "transactiontype"),
    "status": ("交易状态", "状态", "交易结果", "status", "result"),
    "auth_code": ("授权码", "授权号", "authcode", "authorizationcode", "approvalcode"),
    "operator": ("操作员", "收银员", "员工", "操作员号", "operator", "staff", "cashier",
                 "employee"),
    "order_no": ("订单号", "商户订单号", "交易单号", "orderno", "order", "orderid"),
    "original_reference_no": ("原参考号", "原检索参考号", "原交易参考号", "原交易单",
                              "originalreference", "originalreferenceno"),
    "settled_on": ("清算日期", "结算日期", "入账日期", "settlementdate", "settledon"),
    "currency": ("币种", "货币", "货币种类", "交易币种", "currency"),
    "description": ("备注", "商品名称", "摘要", "商户备注", "description", "memo", "note"),
    "card_type": ("卡类别", "卡类型", "卡种", "cardtype"),
}
# field -> (English, Chinese) name shown to a shop owner (never the internal field name)
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "datetime": ("Date and time", "日期时间"), "date": ("Date", "日期"), "time": ("Time", "时间"),
    "amount": ("Amount", "金额"), "fee": ("Fee", "手续费"), "net": ("Net (settled)", "结算金额"),
    "card": ("Card number / payer", "卡号/付款人"), "reference_no": ("Reference no.", "参考号"),
    "voucher_no": ("Voucher / trace no.", "凭证号"), "batch_no": ("Batch no.", "批次号"),
    "terminal_id": ("Terminal ID", "终端号"), "merchant_id": ("Merchant ID", "商户号"),
    "type": ("Transaction type", "交易类型"), "status": ("Status", "交易状态"),
    "auth_code": ("Authorisation code", "授权码"), "operator": ("Operator", "操作员"),
    "order_no": ("Order no.", "订单号"), "original_reference_no": ("Original reference no.",
                                                                 "原参考号"),
    "settled_on": ("Settlement date", "清算日期"), "currency": ("Currency", "币种"),
    "description": ("Description", "备注"), "card_type": ("Card type", "卡类别"),
}


def field_name(field_key: str, lang: str = "en") -> str:
    names = FIELD_NAMES.get(field_key)
    return names[1 if lang.startswith("zh") else 0] if names else field_key


REQUIRED_HELP = "a date/time column, an amount column, and a card (or payer) or reference column"

TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("预授权完成撤销", "void"), ("预授权撤销", "void"), ("预授权完成", "preauth_complete"),
    ("预授权", "preauth"), ("消费撤销", "void"), ("撤销", "void"), ("冲正", "reversal"),
    ("退货", "refund"), ("退款", "refund"), ("消费", "sale"), ("支付", "sale"), ("收款", "sale"),
    ("refund", "refund"), ("void", "void"), ("cancel", "void"), ("reversal", "reversal"),
    ("preauth", "preauth"), ("sale", "sale"), ("payment", "sale"), ("charge", "sale"),
    ("purchase", "sale"), ("jy", "sale"),
)
FAILED_WORDS = ("失败", "拒绝", "未成功", "fail", "declin", "reject", "error", "错误")

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d.%m.%Y", "%m/%d/%Y", "%Y年%m月%d日")
TIME_FORMATS = ("%H:%M:%S", "%H%M%S", "%H:%M")
DATETIME_FORMATS = (
    *(f"{d} {t}" for d in DATE_FORMATS for t in TIME_FORMATS),
    "%Y%m%d%H%M%S", "%Y-%m-%dT%H:%M:%S", "%m%d%H%M%S", "%d.%m.%Y, %H:%M",
)


class MappingError(HeaderError):
    """A mapping cannot be loaded, saved or used; the message says why."""


@dataclass
class ColumnMapping:
    """Which header holds which field, plus how to read dates and amounts."""

    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field -> header text
    datetime_format: str = ""  # strptime format for the datetime column (or date + " " + time)
    date_format: str = ""
    time_format: str = ""
    decimal_comma: bool = False
    amounts_in_minor_units: bool = False
    currency: str = ""
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        mapping = cls(**known)
        unknown = set(mapping.columns) - set(SYNONYMS)
        if unknown:
            raise MappingError(f"mapping {mapping.name!r}: unknown field(s) {sorted(unknown)}")
        return mapping

    def missing_required(self) -> list[str]:
        c = self.columns
        missing = []
        if "datetime" not in c and "date" not in c:
            missing.append("date/time")
        if "amount" not in c:
            missing.append("amount")
        if not ({"card", "reference_no"} & set(c)):
            missing.append("card or reference")
        return missing


@dataclass
class MappingGuess:
    mapping: ColumnMapping | None
    header_index: int | None
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    unmatched_headers: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return (self.mapping is not None and not self.mapping.missing_required()
                and not any(f in self.ambiguous for f in ("datetime", "date", "amount", "card",
                                                          "reference_no")))

    def describe(self, lang: str = "en") -> str:
        """What each matched column was taken as, in the user's words: "Amount ← 金额, ..."."""
        if self.mapping is None:
            return "（没有匹配的列）" if lang.startswith("zh") else "(nothing matched)"
        sep = "，" if lang.startswith("zh") else ", "
        return sep.join(f"{field_name(f, lang)} ← {h}" for f, h in self.mapping.columns.items())

    def problem_text(self) -> str:
        if self.mapping is None or self.header_index is None:
            found = (" The file's columns: " + ", ".join(self.unmatched_headers) + "."
                     if self.unmatched_headers else "")
            return (f"No header row with recognisable column names; ShopGuard needs"
                    f" {REQUIRED_HELP}.{found}")
        parts = []
        missing = self.mapping.missing_required()
        if missing:
            parts.append("no column found for: " + ", ".join(missing))
        for f, headers in self.ambiguous.items():
            parts.append(f"{f} could be any of {', '.join(headers)}")
        if self.unmatched_headers:
            parts.append("unmatched columns: " + ", ".join(self.unmatched_headers))
        return "Column mapping: " + "; ".join(parts) + "."


def _field_for(header: str) -> str | None:
    h = normalize_header(header)
    for f, names in SYNONYMS.items():
        if h in (normalize_header(n) for n in names):
            return f
    return None


def _find_header(rows: Sequence[Sequence[str]]) -> int | None:
    best, best_hits = None, 2  # need at least 3 known names
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        hits = sum(1 for c in row if c.strip() and _field_for(c))
        if hits > best_hits:
            best, best_hits = i, hits
    return best


_WIDTHS = {"%Y": 4, "%m": 2, "%d": 2, "%H": 2, "%M": 2, "%S": 2}


def _likely_header(rows: Sequence[Sequence[str]]) -> list[str]:
    """The cells of the first row that looks like a header (text, several columns)."""
    for row in rows[:HEADER_SCAN_ROWS]:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) >= 2 and sum(1 for c in cells if re.search(r"[^\d\W]", c)) == len(cells):
            return cells
    return []


def _fits(values: list[str], fmt: str) -> bool:
    """Every value parses with `fmt`; digit-only formats must match their exact width
    (strptime alone reads "20260901" as %m%d%H%M%S: month 2, day 02, ...)."""
    compact = re.fullmatch(r"(%[YmdHMS])+", fmt)
    width = sum(_WIDTHS[fmt[i:i + 2]] for i in range(0, len(fmt), 2)) if compact else 0
    try:
        for v in values:
            if width and len(v) != width:
                return False
            datetime.strptime(v, fmt)
    except ValueError:
        return False
    return bool(values)


def _first_fitting(values: list[str], formats: Sequence[str]) -> str:
    return next((f for f in formats if _fits(values, f)), "")


def guess_mapping(rows: Sequence[Sequence[str]]) -> MappingGuess:
    """Guess a mapping from the file's first rows (header found by content)."""
    header_index = _find_header(rows)
    if header_index is None:
        likely = _likely_header(rows)
        return MappingGuess(None, None, unmatched_headers=likely)
    header = [h.strip() for h in rows[header_index]]
    samples = [r for r in rows[header_index + 1:] if len(r) >= len(header) // 2][:20]
    by_field: dict[str, list[str]] = {}
    unmatched = []
    for h in header:
        if not h:
            continue
        f = _field_for(h)
        if f is None:
            unmatched.append(h)
        else:
            by_field.setdefault(f, []).append(h)
    mapping = ColumnMapping()
    ambiguous = {}
    for f, headers in by_field.items():
        if len(headers) == 1:
            mapping.columns[f] = headers[0]
        else:
            ambiguous[f] = headers

    def values(h: str) -> list[str]:
        i = header.index(h)
        return [r[i].strip() for r in samples if i < len(r) and r[i].strip()]

    _settle_datetime_columns(mapping, values)
    if any("(分)" in h for h in (mapping.columns.get("amount", ""),)):
        mapping.amounts_in_minor_units = True
    amount_values = values(mapping.columns["amount"]) if "amount" in mapping.columns else []
    mapping.decimal_comma = bool(amount_values) and all(
        re.fullmatch(r"-?[\d.]*\d,\d{1,2}", v) for v in amount_values)
    return MappingGuess(mapping, header_index, ambiguous, unmatched)


def _settle_datetime_columns(mapping: ColumnMapping, values: Any) -> None:
    """Tell date-only, time-only and date-time columns apart by their values."""
    cols = mapping.columns
    for f in ("datetime", "date", "time"):
        h = cols.get(f)
        if not h:
            continue
        vals = values(h)
        if (fmt := _first_fitting(vals, DATETIME_FORMATS)) and f != "time":
            cols.pop(f)
            cols["datetime"] = h
            mapping.datetime_format = fmt
        elif fmt := _first_fitting(vals, TIME_FORMATS):
            cols.pop(f)
            cols["time"] = h
            mapping.time_format = fmt
        elif fmt := _first_fitting(vals, DATE_FORMATS):
            cols.pop(f)
            cols["date"] = h
            mapping.date_format = fmt
    if "datetime" in cols and ("date" in cols or "time" in cols):
        cols.pop("date", None)
        cols.pop("time", None)
    if "date" in cols and "time" in cols:
        mapping.datetime_format = f"{mapping.date_format} {mapping.time_format}"


def classify_type(text: str, amount_negative: bool) -> str:
    t = text.strip().lower()
    for word, kind in TYPE_WORDS:
        if word in t:
            return kind
    if not t:
        return "refund" if amount_negative else "sale"
    return "other"


def classify_status(text: str) -> str:
    t = text.strip().lower()
    return "failed" if any(w in t for w in FAILED_WORDS) else "success"


class MappedFormat(StatementFormat):
    """A statement read through a ColumnMapping instead of a built-in layout."""

    name = "mapped"
    label = "Column mapping"
    extensions = ()

    def __init__(self, mapping: ColumnMapping):
        self.mapping = mapping
        self.name = f"mapping:{mapping.name}" if mapping.name else "mapping"  # type: ignore[misc]
        self.header_markers = tuple(mapping.columns.values())  # type: ignore[misc]

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        m = self.mapping
        missing = m.missing_required()
        if missing:
            raise MappingError(f"the mapping has no column for: {', '.join(missing)}")
        norm = [normalize_header(h) for h in header]
        idx: dict[str, int] = {}
        for f, h in m.columns.items():
            try:
                idx[f] = norm.index(normalize_header(h))
            except ValueError:
                raise MappingError(f"column {h!r} (for {f}) is not in this file") from None
        names = {f: header[i] for f, i in idx.items()}
        currency = m.currency or ctx.currency
        places = 0 if m.amounts_in_minor_units else 2
        dt_fmt = m.datetime_format
        year_from_settlement = dt_fmt == "%m%d%H%M%S"
        # A date column and nothing giving the time of day: the time is unknown, not midnight.
        date_only = "datetime" not in idx and "time" not in idx
        if date_only:
            dt_fmt = m.date_format

        def get(cells: list[str], f: str) -> str:
            i = idx.get(f)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def amount(cells: list[str], f: str) -> int | None:
            text = get(cells, f)
            if not text:
                return None
            try:
                return parse_money(text, decimal_comma=m.decimal_comma, places=places)
            except MoneyError as exc:
                raise RowError(names[f], text, str(exc)) from None

        def when(cells: list[str]) -> str:
            if "datetime" in idx:
                text, col = get(cells, "datetime"), names["datetime"]
            else:
                text = f"{get(cells, 'date')} {get(cells, 'time')}".strip()
                col = names.get("date", "")
            try:
                if year_from_settlement:
                    settle = get(cells, "settled_on") or "1900"
                    value = datetime.strptime(f"{settle[:4]}{text}", "%Y%m%d%H%M%S")
                else:
                    value = datetime.strptime(text, dt_fmt) if dt_fmt else datetime.fromisoformat(
                        text)
            except ValueError:
                raise RowError(col, text, "not a date" if date_only else "not a date and time"
                               ) from None
            if date_only:
                ctx.count(TIME_UNKNOWN)
            return value.isoformat(timespec="seconds")

        width = max(idx.values())

        def parse(cells: list[str]) -> ParsedTxn | None:
            first = cells[0].strip() if cells else ""
            if first.startswith(("合计", "总计", "#", "共")):
                return None
            if len(cells) <= width:
                raise RowError(header[min(len(cells), len(header) - 1)], "",
                               f"row has {len(cells)} of {len(header)} columns")
            value = amount(cells, "amount")
            if value is None:
                raise RowError(names["amount"], "", "amount is empty")
            return ParsedTxn(
                occurred_at=when(cells),
                type=classify_type(get(cells, "type"), value < 0),
                status=classify_status(get(cells, "status")),
                amount_minor=abs(value),
                currency=(get(cells, "currency") or currency).upper(),
                fee_minor=amount(cells, "fee"),
                net_minor=amount(cells, "net"),
                settled_on=_iso_date(get(cells, "settled_on")),
                merchant_id=get(cells, "merchant_id"),
                terminal_id=get(cells, "terminal_id"),
                card=normalize_card(get(cells, "card")),
                card_type=get(cells, "card_type"),
                reference_no=get(cells, "reference_no"),
                voucher_no=get(cells, "voucher_no"),
                batch_no=get(cells, "batch_no"),
                auth_code=get(cells, "auth_code"),
                original_reference_no=get(cells, "original_reference_no"),
                operator=get(cells, "operator"),
                order_no=get(cells, "order_no"),
                description=get(cells, "description"),
                time_known=not date_only,
            )

        return parse


def _iso_date(text: str) -> str | None:
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# -- saved mappings -------------------------------------------------------------------------

_SAFE_NAME = re.compile(r"^[\w\-. \u4e00-\u9fff]{1,60}$")


def _mapping_path(directory: Path, name: str) -> Path:
    if not _SAFE_NAME.match(name) or name.startswith("."):
        raise MappingError(f"{name!r} is not a usable mapping name (letters, digits, - _ . space)")
    return directory / f"{name}.json"


def save_mapping(directory: Path, mapping: ColumnMapping) -> Path:
    if not mapping.name:
        raise MappingError("a mapping needs a name to be saved")
    missing = mapping.missing_required()
    if missing:
        raise MappingError(f"mapping {mapping.name!r} has no column for: {', '.join(missing)}")
    directory.mkdir(parents=True, exist_ok=True)
    path = _mapping_path(directory, mapping.name)
    with open_atomically(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2))
    return path


def load_mapping(directory: Path, name: str) -> ColumnMapping:
    path = _mapping_path(directory, name)
    if not path.exists():
        known = ", ".join(list_mappings(directory)) or "none saved yet"
        raise MappingError(f"no saved mapping named {name!r} (saved: {known})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MappingError(f"{path.name}: not a readable mapping file ({exc})") from None
    return ColumnMapping.from_json({**data, "name": name})


def list_mappings(directory: Path) -> list[str]:
    if not directory.exists():
        return []
    return sorted(p.stem for p in directory.glob("*.json"))
