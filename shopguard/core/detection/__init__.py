"""Duplicate-swipe and risk detection: rules over the database, stored alerts, review.

Kept import-free on purpose: `shopguard.core.db.schema` imports `detection.schema`, so this
package must not import the database layer at import time. Use `detection.scan`,
`detection.alerts` and `detection.risk` directly.
"""
