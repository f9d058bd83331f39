from tests.formats.contract import FormatContract


class TestSquare(FormatContract):
    sample = "square.csv"
    format_name = "square"


class TestSquare2018(FormatContract):
    """The older 44-column export: dates without times, ``"$1,149.00 "``, no ids."""

    sample = "square_2018.csv"
    format_name = "square"
