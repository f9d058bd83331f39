from typing import ClassVar

from tests.formats.contract import FormatContract, truth


class TestStripe(FormatContract):
    sample = "stripe.csv"
    format_name = "stripe"
    # `created` is UTC; the manifest's period is in the shop's zone.
    shop_settings: ClassVar[dict[str, str]] = {"timezone": truth("stripe.csv")["timezone"]}


class TestStripeDefaultExport(FormatContract):
    """The dashboard's default Payments export: 21 columns, no card, no mode."""

    sample = "stripe_default.csv"
    format_name = "stripe"
    shop_settings: ClassVar[dict[str, str]] = {
        "timezone": truth("stripe_default.csv")["timezone"]}


class TestStripeTestAndLiveMode(FormatContract):
    """Test-mode payments beside live ones: left out, counted, said."""

    sample = "stripe_mixed_mode.csv"
    format_name = "stripe"
    shop_settings: ClassVar[dict[str, str]] = {
        "timezone": truth("stripe_mixed_mode.csv")["timezone"]}
