"""Guided procedures (void, refund, adjustment, dispute), their decision, cases and letters.

No Qt here: the wizard and the letter rendering live in ``shopguard.gui``.
"""
