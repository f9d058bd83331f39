"""ShopGuard: statement import, duplicate-swipe detection and guided procedures for small shops."""

__version__ = "0.1.0"
