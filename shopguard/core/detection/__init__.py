"""Duplicate-swipe and risk detection: rules over the database, stored alerts, review."""

from shopguard.core.detection import alerts, risk, texts
from shopguard.core.detection.alerts import Alert
from shopguard.core.detection.scan import ScanCancelled, ScanResult, days_of_import, scan_pending
from shopguard.core.detection.scan import scan as run_scan
from shopguard.core.detection.texts import RULE_NAMES

__all__ = [
    "RULE_NAMES",
    "Alert",
    "ScanCancelled",
    "ScanResult",
    "alerts",
    "days_of_import",
    "risk",
    "run_scan",
    "scan_pending",
    "texts",
]
