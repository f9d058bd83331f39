from tests.formats.contract import FormatContract


class TestAllinpay(FormatContract):
    sample = "allinpay.csv"
    format_name = "allinpay"
