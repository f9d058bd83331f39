"""The user's language for text built in core (letters, reasons): Settings, else the locale."""

from __future__ import annotations

import locale
import os

from sqlite_utils import Database

from shopguard.core.store import settings


def user_lang(db: Database) -> str:
    """'zh_CN' or 'en'."""
    chosen = str(settings.get(db, "language"))
    if chosen in ("zh_CN", "en"):
        return chosen
    name = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh_CN" if name.lower().startswith("zh") else "en"
