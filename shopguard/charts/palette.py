"""Colour-blind-safe colours (Okabe & Ito, 2008) for layers, overlays and alert rules."""

from __future__ import annotations

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000")
SINGLE = "#0072B2"  # one series: blue
OTHER = "#999999"  # the "other" stack layer
LIMIT = "#D55E00"  # vermillion limit lines
LARGEST = "#000000"
BUSINESS_HOURS = "#F0E442"  # pale yellow shading (drawn with low alpha)
HEATMAP_CMAP = "cividis"  # perceptually uniform and readable with colour-vision deficiency

# Fixed colours for the detection rules, so a rule keeps its colour from chart to chart.
RULE_COLOURS = {
    "duplicate_swipe": "#D55E00",
    "burst": "#CC79A7",
    "per_txn_limit": "#E69F00",
    "daily_limit": "#E69F00",
    "split_sale": "#009E73",
    "off_hours": "#56B4E9",
    "decline_storm": "#000000",
    "round_amount": "#0072B2",
    "refund_without_sale": "#CC79A7",
    "refund_exceeds_sale": "#009E73",
}
RULE_MARKERS = {"duplicate_swipe": "v", "burst": "^", "per_txn_limit": "D", "daily_limit": "*",
                "split_sale": "s", "off_hours": "o", "decline_storm": "X", "round_amount": "P",
                "refund_without_sale": "h", "refund_exceeds_sale": "p"}


def layer_colour(index: int, key: str, other_key: str) -> str:
    return OTHER if key == other_key else OKABE_ITO[index % len(OKABE_ITO)]


def rule_colour(rule: str) -> str:
    return RULE_COLOURS.get(rule, OKABE_ITO[sum(map(ord, rule)) % len(OKABE_ITO)])


def rule_marker(rule: str) -> str:
    return RULE_MARKERS.get(rule, "o")
