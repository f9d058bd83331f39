from tests.formats.contract import FormatContract


class TestSquare(FormatContract):
    sample = "square.csv"
    format_name = "square"
