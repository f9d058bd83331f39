from tests.formats.bank_contract import BankFormatContract


class TestCmbBank(BankFormatContract):
    sample = "reconcile/recon_cn_bank_pos_bank_cmb.csv"
    format_name = "bank_cmb"
