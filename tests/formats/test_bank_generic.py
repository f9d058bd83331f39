from typing import ClassVar

from tests.formats.bank_contract import BankFormatContract


class TestGenericBank(BankFormatContract):
    """The Square shop's US bank export: Date,Description,Amount,Running Bal."""

    sample = "reconcile/recon_square_bank_bank_en.csv"
    format_name = "bank_generic"
    # the file names no currency: the shop's is used
    shop_settings: ClassVar[dict[str, str]] = {"currency": "USD"}
    names_account = False
