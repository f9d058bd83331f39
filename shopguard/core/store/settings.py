"""Shop settings, stored in the database so the CLI and the GUI agree.

Each key has a spec: a kind that parses and validates the text a user types, a default and
whether only the owner may change it. Values are stored as JSON in the `settings` table;
money is integer minor units, percentages are parts per million.
"""

from __future__ import annotations

import json
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from shopguard.core.money import MoneyError, format_major, parse_major
from shopguard.core.store import audit


class SettingError(ValueError):
    """A value was refused; the message says why."""


_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _parse_time(text: str) -> str:
    m = _HHMM.match(text.strip())
    if not m:
        raise SettingError(f"{text!r} is not a time like 09:00")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _parse_time_range(text: str) -> str:
    parts = re.split(r"\s*[-–~到至]\s*", text.strip())
    if len(parts) != 2:
        raise SettingError(f"{text!r} is not a range like 09:00-21:00")
    start, end = (_parse_time(p) for p in parts)
    if start == end:
        raise SettingError("business hours cannot start and end at the same time")
    return f"{start}-{end}"


def _parse_int(lo: int, hi: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise SettingError(f"{text!r} is not a whole number") from None
        if not lo <= value <= hi:
            raise SettingError(f"{value} is outside {lo}–{hi}")
        return value

    return parse


def _parse_money(text: str) -> int:
    try:
        value = parse_major(text)
    except MoneyError:
        raise SettingError(f"{text!r} is not an amount like 50000.00") from None
    if value <= 0:
        raise SettingError("the amount must be above zero")
    return value


def _parse_money_or_zero(text: str) -> int:
    """An amount where 0 means "none" (a fee cap, a fixed fee)."""
    try:
        value = parse_major(text)
    except MoneyError:
        raise SettingError(f"{text!r} is not an amount like 20.00 (0 for none)") from None
    if value < 0:
        raise SettingError("the amount cannot be negative")
    return value


def _parse_dates(text: str) -> list[str]:
    """Days like 2026-10-01, separated by commas or new lines (a JSON list works too)."""
    days = []
    for item in _parse_list(text):
        try:
            days.append(date.fromisoformat(item).isoformat())
        except ValueError:
            raise SettingError(f"{item!r} is not a date like 2026-10-01") from None
    return sorted(set(days))


def parse_percent_ppm(text: str) -> int:
    """``0.6%`` → 6000 parts per million; ``0.006`` (a fraction) is accepted too."""
    s = text.strip()
    is_percent = s.endswith("%")
    s = s.rstrip("%").strip()
    if not re.fullmatch(r"\d+(\.\d{1,4})?", s):
        raise SettingError(f"{text!r} is not a rate like 0.6%")
    whole, _, frac = s.partition(".")
    # value in 1e-6 of the unit typed (percent or fraction)
    micro = int(whole) * 1_000_000 + int(frac.ljust(6, "0")[:6] or "0")
    ppm = micro // 100 if is_percent else micro
    if not 0 <= ppm <= 100_000:
        raise SettingError(f"{text!r} is above 10%, which no card acquirer charges")
    return ppm


def format_percent(ppm: int) -> str:
    text = f"{ppm / 10_000:.4f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _parse_list(text: str) -> list[str]:
    s = text.strip()
    if s.startswith("["):
        try:
            items = json.loads(s)
        except json.JSONDecodeError as exc:
            raise SettingError(f"not a JSON list: {exc}") from None
        if not isinstance(items, list):
            raise SettingError("expected a list")
        return [str(i).strip() for i in items if str(i).strip()]
    return [p.strip() for p in re.split(r"[,，;；\n]", s) if p.strip()]


def _parse_json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise SettingError("expected a JSON object")
    return value


def _parse_timezone(text: str) -> str:
    s = text.strip()
    if not s:
        return ""
    try:
        zoneinfo.ZoneInfo(s)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SettingError(f"{text!r} is not a time zone like Asia/Shanghai") from None
    return s


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        s = text.strip()
        if s not in choices:
            raise SettingError(f"{text!r} is not one of: {', '.join(choices)}")
        return s

    return parse


def _text(text: str) -> str:
    return text.strip()


@dataclass(frozen=True)
class SettingSpec:
    key: str
    parse: Callable[[str], Any]
    default: Any
    kind: str = "text"  # text|int|money|percent|time|time_range|list|json|choice|timezone
    choices: tuple[str, ...] = ()
    owner_only: bool = True
    format: Callable[[Any], Any] = field(default=lambda v: v)


def _money_fmt(v: int) -> str:
    return format_major(v, "CNY")


INDUSTRY_PRESETS = ("general_retail", "restaurant", "jewelry_luxury")
TERMINAL_KINDS = ("traditional_pos", "esign_pos", "smart_pos", "qr_third_party", "international")
LANGUAGES = ("system", "zh_CN", "en")
PAYOUT_DAYS = ("every_day", "weekdays")
# Reconciliation: the names an acquirer's payouts carry in a bank statement (counterparty or
# summary, compared case-insensitively as parts of the text). Keys are acquirer keys; the
# owner may edit the lists and add acquirers (e.g. {"my bank": ["XX银行收单"]}).
ACQUIRER_NAMES_DEFAULT: dict[str, list[str]] = {
    "allinpay": ["通联支付", "Allinpay"],
    "chinaums": ["银联商务", "ChinaUMS"],
    "lakala": ["拉卡拉", "Lakala"],
    "tenpay": ["财付通", "Tenpay"],
    "alipay": ["支付宝", "Alipay"],
    "square": ["SQUARE INC", "SQUARE, INC"],
    "stripe": ["STRIPE"],
    "sumup": ["SUMUP"],
    "adyen": ["ADYEN"],
}

SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec("shop_name", _text, "", owner_only=True),
        SettingSpec("shop_contact", _text, ""),
        SettingSpec("currency", _choice("CNY", "USD", "EUR", "GBP", "HKD"), "CNY", "choice",
                    ("CNY", "USD", "EUR", "GBP", "HKD")),
        SettingSpec("timezone", _parse_timezone, "", "timezone"),
        SettingSpec("business_hours", _parse_time_range, "09:00-21:00", "time_range"),
        SettingSpec("off_hours_grace_minutes", _parse_int(0, 180), 15, "int"),
        SettingSpec("per_txn_limit", _parse_money, 5_000_000, "money", format=_money_fmt),
        SettingSpec("daily_limit", _parse_money, 10_000_000, "money", format=_money_fmt),
        SettingSpec("industry_preset", _choice(*INDUSTRY_PRESETS), "general_retail", "choice",
                    INDUSTRY_PRESETS),
        SettingSpec("duplicate_window_minutes", _parse_int(1, 24 * 60), 10, "int"),
        SettingSpec("burst_count", _parse_int(2, 100), 5, "int"),
        SettingSpec("burst_window_minutes", _parse_int(1, 24 * 60), 5, "int"),
        SettingSpec("split_window_minutes", _parse_int(1, 24 * 60), 30, "int"),
        SettingSpec("split_margin_percent", _parse_int(1, 50), 10, "int"),
        SettingSpec("decline_storm_count", _parse_int(2, 100), 3, "int"),
        SettingSpec("decline_storm_minutes", _parse_int(1, 24 * 60), 10, "int"),
        SettingSpec("round_amount_min", _parse_money, 100_000, "money", format=_money_fmt),
        SettingSpec("round_amount_days", _parse_int(2, 60), 3, "int"),
        SettingSpec("refund_window_days", _parse_int(1, 3650), 30, "int"),
        SettingSpec("refund_windows", _parse_json_object, {}, "json"),
        SettingSpec("cutoff_time", _parse_time, "23:00", "time"),
        SettingSpec("fee_rate", parse_percent_ppm, 6000, "percent", format=format_percent),
        SettingSpec("terminal_kind", _choice(*TERMINAL_KINDS), "traditional_pos", "choice",
                    TERMINAL_KINDS),
        SettingSpec("acquirer", _text, ""),
        SettingSpec("staff", _parse_list, [], "list"),
        SettingSpec("language", _choice(*LANGUAGES), "system", "choice", LANGUAGES,
                    owner_only=False),
        # Reconciliation: the fee contract (0 % rates = not entered yet: no fee check) ...
        SettingSpec("fee_debit_rate", parse_percent_ppm, 0, "percent", format=format_percent),
        SettingSpec("fee_credit_rate", parse_percent_ppm, 0, "percent", format=format_percent),
        SettingSpec("fee_debit_cap", _parse_money_or_zero, 0, "money", format=_money_fmt),
        SettingSpec("fee_fixed", _parse_money_or_zero, 0, "money", format=_money_fmt),
        # ... and when payouts arrive: trade day + delay, rolled to the next payout day.
        SettingSpec("payout_days", _choice(*PAYOUT_DAYS), "every_day", "choice", PAYOUT_DAYS),
        SettingSpec("payout_delay_days", _parse_int(0, 30), 1, "int"),
        SettingSpec("payout_late_days", _parse_int(1, 60), 7, "int"),
        SettingSpec("holidays", _parse_dates, [], "list"),
        # Per-acquirer schedule, e.g. {"square": {"payout_days": "weekdays",
        # "payout_delay_days": 1}}; acquirers not named use the two settings above.
        SettingSpec("acquirer_payouts", _parse_json_object, {}, "json"),
        SettingSpec("acquirer_names", _parse_json_object, ACQUIRER_NAMES_DEFAULT, "json"),
    ]
}

# Settings no command may show or set directly (set through their own functions).
PRIVATE_KEYS = frozenset({"owner_pin"})


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(SPECS)}") from None


def get(db: Database, key: str) -> Any:
    s = spec(key)
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else s.default


def get_all(db: Database) -> dict[str, Any]:
    stored = {k: json.loads(v) for k, v in db.conn.execute("SELECT key, value FROM settings")}
    return {k: stored.get(k, s.default) for k, s in SPECS.items()}


def display(key: str, value: Any) -> Any:
    """The value as a user reads and types it (``50000.00``, ``0.6%``)."""
    return spec(key).format(value)


def set_value(db: Database, key: str, text: str, actor: str = "owner") -> Any:
    """Parse, validate and store one setting from user text; audited. Returns the typed value."""
    s = spec(key)
    value = s.parse(text)
    _store(db, key, value, actor)
    return value


def store(db: Database, key: str, value: Any, actor: str = "owner") -> None:
    """Store an already-typed value (from the GUI's widgets), audited."""
    spec(key)
    _store(db, key, value, actor)


def _store(db: Database, key: str, value: Any, actor: str) -> None:
    with db.atomic():
        before = get(db, key)
        db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        if before != value:
            audit.append(db, actor, "setting.change", key, before, value)


def get_private(db: Database, key: str) -> Any:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def store_private(db: Database, key: str, value: Any, actor: str = "owner") -> None:
    """Store a value no listing shows (the owner PIN's salted hash); audited without the value."""
    if key not in PRIVATE_KEYS:
        raise SettingError(f"{key!r} is not a private setting")
    with db.atomic():
        db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
        audit.append(db, actor, "setting.change", key, None, "(changed)")


def business_hours(db: Database) -> tuple[str, str]:
    start, end = str(get(db, "business_hours")).split("-")
    return start, end


# Limits an industry preset applies (minor units). Acquirers set lower limits for high-risk
# merchant categories such as jewelry (MCC 5944/5094); the figures are starting points the
# owner should replace with the ones in their acquirer agreement.
PRESET_VALUES: dict[str, dict[str, Any]] = {
    "general_retail": {"per_txn_limit": 5_000_000, "daily_limit": 10_000_000,
                       "round_amount_min": 100_000},
    "restaurant": {"per_txn_limit": 5_000_000, "daily_limit": 10_000_000,
                   "round_amount_min": 100_000},
    "jewelry_luxury": {"per_txn_limit": 2_000_000, "daily_limit": 5_000_000,
                       "round_amount_min": 500_000},
}


def apply_industry_preset(db: Database, preset: str, actor: str = "owner") -> dict[str, Any]:
    """Store `industry_preset` and the limits it implies (each change audited)."""
    if preset not in PRESET_VALUES:
        raise SettingError(f"{preset!r} is not one of: {', '.join(PRESET_VALUES)}")
    values = {"industry_preset": preset, **PRESET_VALUES[preset]}
    with db.atomic():
        for key, value in values.items():
            _store(db, key, value, actor)
    return values
