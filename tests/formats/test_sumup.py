from tests.formats.contract import FormatContract


class TestSumUp(FormatContract):
    sample = "sumup.csv"
    format_name = "sumup"
