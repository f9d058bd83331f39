"""A problem found by a check, in plain English and Chinese (audit verification, `check`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


def cli_lang() -> str:
    """The command line's language: English unless SHOPGUARD_LANG says zh_CN."""
    return "zh_CN" if os.environ.get("SHOPGUARD_LANG", "").startswith("zh") else "en"


@dataclass(frozen=True)
class Finding:
    code: str          # stable, for scripts and tests: "audit.edited", "money.negative_amount"
    en: str
    zh: str
    entry_id: int | None = None  # the audit entry (or row) it is about, when there is one

    @property
    def message(self) -> str:
        return self.en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else self.en

    def __str__(self) -> str:
        return self.en

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "id": self.entry_id, "message": self.en,
                "message_zh_CN": self.zh}
