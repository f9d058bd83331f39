"""ShopGuard's core: importing, storage, detection, procedures and reports' data.

Nothing under this package may import Qt; `tests/core/test_architecture.py` enforces it.
"""
