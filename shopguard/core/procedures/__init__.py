"""Guided procedures (void, refund, adjustment, dispute), their decision, cases and letters.

No Qt here: the wizard and the letter rendering live in ``shopguard.gui``.
"""

from shopguard.core.procedures import cases, training
from shopguard.core.procedures.data import (
    PATHS,
    ProcedureError,
    Step,
    load_all,
    load_fields,
    processor_for,
    render,
)
from shopguard.core.procedures.facts import CaseError, placeholders
from shopguard.core.procedures.lang import user_lang
from shopguard.core.procedures.letter import KINDS as LETTER_KINDS
from shopguard.core.procedures.letter import Letter, build_letter
from shopguard.core.procedures.letter import t as letter_text

__all__ = [
    "LETTER_KINDS",
    "PATHS",
    "CaseError",
    "Letter",
    "ProcedureError",
    "Step",
    "build_letter",
    "cases",
    "letter_text",
    "load_all",
    "load_fields",
    "placeholders",
    "processor_for",
    "render",
    "training",
    "user_lang",
]
