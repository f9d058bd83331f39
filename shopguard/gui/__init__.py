"""The PySide6 desktop app: a thin widgets layer over `shopguard.core` (docs/ARCHITECTURE.md)."""
