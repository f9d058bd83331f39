from tests.formats.contract import FormatContract


class TestAdyen(FormatContract):
    sample = "adyen.csv"
    format_name = "adyen"
