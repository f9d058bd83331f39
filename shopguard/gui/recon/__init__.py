"""The Reconciliation screen's parts: payout table, fee panel, dialogs, settings group, PDF."""
