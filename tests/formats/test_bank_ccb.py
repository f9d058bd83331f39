from tests.formats.bank_contract import BankFormatContract


class TestCcbBank(BankFormatContract):
    sample = "reconcile/recon_allinpay_bank_ccb.xls"
    format_name = "bank_ccb"
