from tests.formats.bank_contract import BankFormatContract


class TestIcbcBank(BankFormatContract):
    sample = "reconcile/recon_allinpay_bank_icbc.csv"
    format_name = "bank_icbc"
