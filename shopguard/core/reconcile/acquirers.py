"""Who pays the shop, when, and under what name the payouts show in a bank statement.

- A transaction's acquirer: the owner's per-terminal choice (Settings, terminals table), else
  the one its statement layout belongs to (an Allinpay statement is Allinpay's), else the
  shop's default acquirer setting, else unknown ('').
- Names: the `acquirer_names` setting (built-in list, editable) maps acquirer keys to the
  names their credits carry (counterparty, summary); compared case-insensitively as parts of
  the bank line's text. An acquirer the owner names that is not in the list is its own name.
- Schedule: trade day + `payout_delay_days`, rolled to the next payout day; `payout_days`
  is ``every_day`` or ``weekdays`` (then weekends and the `holidays` setting roll over).
  International processors pay on business days by default; `acquirer_payouts` overrides
  both per acquirer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from shopguard.core.store import settings

# The acquirer each built-in statement layout belongs to. Layouts not listed (the bank-acquirer
# POS detail, column mappings) do not say: the terminal's or the shop's setting decides.
FORMAT_ACQUIRERS: dict[str, str] = {
    "allinpay": "allinpay",
    "square": "square",
    "stripe": "stripe",
    "sumup": "sumup",
    "adyen": "adyen",
    "wechat_merchant": "tenpay",
    "alipay_merchant": "alipay",
}
# Processors that pay on business days unless the owner says otherwise (reconciliation.md).
WEEKDAY_PAYERS = frozenset({"square", "stripe", "sumup", "adyen"})


@dataclass(frozen=True)
class Schedule:
    """When an acquirer pays: `delay_days` after the trade day, on `days` (every_day|weekdays)."""

    delay_days: int
    days: str
    holidays: frozenset[str] = frozenset()

    def is_payout_day(self, day: date) -> bool:
        if self.days != "weekdays":
            return True
        return day.weekday() < 5 and day.isoformat() not in self.holidays

    def payout_date(self, trade_day: date) -> date:
        """Trade day + delay, rolled forward to the next payout day."""
        return self.roll(trade_day + timedelta(days=self.delay_days))

    def roll(self, day: date) -> date:
        """`day` if money is paid out on it, else the next day that it is."""
        for _ in range(366):
            if self.is_payout_day(day):
                return day
            day += timedelta(days=1)
        return day  # a year of holidays: give up rolling


class Acquirers:
    """The shop's acquirer settings, read once per reconciliation."""

    def __init__(self, db: Database):
        raw: Any = settings.get(db, "acquirer_names")
        self.names: dict[str, list[str]] = {
            str(k): [str(n) for n in v] if isinstance(v, list) else [str(v)]
            for k, v in (raw.items() if isinstance(raw, dict) else [])}
        self._patterns = [(key, name.casefold()) for key, names in self.names.items()
                          for name in names if name.strip()]
        self.default = self.resolve(str(settings.get(db, "acquirer")))
        self._delay = int(settings.get(db, "payout_delay_days"))
        self._days = str(settings.get(db, "payout_days"))
        self._holidays = frozenset(str(d) for d in settings.get(db, "holidays") or [])
        overrides: Any = settings.get(db, "acquirer_payouts")
        self._overrides: dict[str, dict[str, Any]] = (
            {str(k): v for k, v in overrides.items() if isinstance(v, dict)}
            if isinstance(overrides, dict) else {})

    def resolve(self, text: str) -> str:
        """The acquirer key an owner-typed name means ('银联商务' -> 'chinaums'); the name itself
        when no listed acquirer matches; '' for no name."""
        s = text.strip()
        if not s:
            return ""
        if s in self.names:
            return s
        folded = s.casefold()
        for key, pattern in self._patterns:
            if pattern in folded or folded in pattern:
                return key
        return s

    def of(self, format_name: str, terminal_acquirer: str) -> str:
        """The acquirer of a transaction from its terminal's setting and its statement layout."""
        if terminal_acquirer.strip():
            return self.resolve(terminal_acquirer)
        return FORMAT_ACQUIRERS.get(format_name, self.default)

    def patterns(self, key: str) -> list[str]:
        """The folded names a credit of acquirer `key` carries."""
        found = [p for k, p in self._patterns if k == key]
        return found or ([key.casefold()] if key else [])

    def classify(self, counterparty: str, text: str) -> str:
        """The acquirer a bank line comes from: its counterparty first, then its summary and
        details; '' when it names none."""
        for haystack in (counterparty.casefold(), text.casefold()):
            if not haystack:
                continue
            for key, pattern in self._patterns:
                if pattern in haystack:
                    return key
        return ""

    def schedule(self, key: str) -> Schedule:
        override = self._overrides.get(key, {})
        default_days = "weekdays" if key in WEEKDAY_PAYERS else self._days
        days = str(override.get("payout_days") or default_days)
        delay = override.get("payout_delay_days", self._delay)
        try:
            delay = max(0, int(delay))
        except (TypeError, ValueError):
            delay = self._delay
        return Schedule(delay, days if days in ("every_day", "weekdays") else self._days,
                        self._holidays)
