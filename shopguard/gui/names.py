"""Words the core stores as fixed English keys, said in the UI language when shown.

The audit log and the cases keep ``owner`` as the actor key and the demo import keeps
``demo data`` / ``demo`` as its file name and format; screens show them through these helpers
(and read a typed name back with `actor_key`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

OWNER = "owner"
DEMO_FORMAT = "demo"


def person(actor: str) -> str:
    """An actor or assignee as shown: the owner in the UI language, staff by their name."""
    if actor == OWNER:
        return QCoreApplication.translate("Names", "owner")
    if actor == "staff":
        return QCoreApplication.translate("Names", "staff")
    return actor


def actor_key(shown: str) -> str:
    """The stored actor for a name shown or typed (the translated owner word → ``owner``)."""
    text = shown.strip()
    if text in (OWNER, QCoreApplication.translate("Names", "owner")):
        return OWNER
    return text


def import_file_name(file_name: str, fmt: str) -> str:
    """An import's file name as shown (the demo import has no file: say what it is)."""
    if fmt == DEMO_FORMAT:
        return QCoreApplication.translate("Names", "demo data")
    return file_name


def format_name(fmt: str) -> str:
    """A statement format key as shown (format keys are proper names, except the demo's)."""
    if fmt == DEMO_FORMAT:
        return QCoreApplication.translate("Names", "demo")
    return fmt
