"""Screens: one module per screen, each with ``SCREEN = <Screen subclass>``; found by pkgutil."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from shopguard.core.changes import Changes
from shopguard.gui.context import AppContext

log = logging.getLogger(__name__)


class Screen(QWidget):
    """Base of every screen. Subclasses set `key` and `order` and override what they need."""

    key: ClassVar[str] = ""
    order: ClassVar[int] = 1000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen_{self.key}")

    def title(self) -> str:
        """The translated name shown in the navigation."""
        return self.key

    def on_changes(self, changes: Changes) -> None:
        """Refresh what this screen shows if `changes` touches it."""

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show what `filters` selects (a `navigate` target)."""

    def retranslate(self) -> None:
        """Re-set every visible text after a runtime language switch."""


# Discovery errors (module name -> message), shown in the log instead of breaking the app.
discovery_errors: dict[str, str] = {}


def discover_screens() -> list[type[Screen]]:
    """Every `SCREEN` class in this package, ordered by `order`."""
    found: list[type[Screen]] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        name = f"{__name__}.{info.name}"
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            log.exception("screen module %s failed to import", name)
            discovery_errors[name] = f"{type(exc).__name__}: {exc}"
            continue
        cls = getattr(module, "SCREEN", None)
        if isinstance(cls, type) and issubclass(cls, Screen):
            found.append(cls)
    return sorted(found, key=lambda c: (c.order, c.key))
