from typing import ClassVar

from tests.formats.contract import FormatContract, truth


class TestStripe(FormatContract):
    sample = "stripe.csv"
    format_name = "stripe"
    # `created` is UTC; the manifest's period is in the shop's zone.
    shop_settings: ClassVar[dict[str, str]] = {"timezone": truth("stripe.csv")["timezone"]}
