"""Every planted scenario in the sample manifests is found by the right rule; no control is
flagged as a duplicate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopguard.core.detection.alerts import Alert, list_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.importing.formats import registry
from shopguard.core.importing.importer import import_file
from shopguard.core.money import format_major
from shopguard.core.store import settings

DATA = Path(__file__).parents[1] / "data"
MANIFESTS = sorted(p for p in DATA.glob("*.truth.json")
                   if any(json.loads(p.read_text(encoding="utf-8")).get("planted", {}).values())
                   # files refused by design have their own tests (tests/core/test_import_hostile.py)
                   and json.loads(p.read_text(encoding="utf-8")).get("expect") != "refuse")

# planted scenario -> rules that may report it (and the status a duplicate must have)
EXPECT: dict[str, tuple[set[str], str | None]] = {
    "duplicate_swipe": ({"duplicate_swipe"}, "open"),
    "duplicate_voided": ({"duplicate_swipe"}, "resolved"),
    "duplicate_refunded": ({"duplicate_swipe"}, "resolved"),
    "burst": ({"burst"}, None),
    "per_txn_limit": ({"per_txn_limit"}, None),
    "daily_limit_and_split": ({"daily_limit", "split_sale"}, None),
    "off_hours": ({"off_hours"}, None),
    "refund_without_sale": ({"refund_without_sale"}, None),
    "refund_exceeds_sale": ({"refund_exceeds_sale"}, None),
    "decline_storm": ({"decline_storm"}, None),
    "round_amount": ({"round_amount"}, None),
}
CONTROLS = ("control_same_amount_diff_card", "control_same_card_far_apart")


@pytest.fixture(params=MANIFESTS, ids=lambda p: p.name.removesuffix(".truth.json"))
def scanned(request: pytest.FixtureRequest, db, tmp_path: Path):  # type: ignore[no-untyped-def]
    manifest = json.loads(request.param.read_text(encoding="utf-8"))
    assert registry.get(manifest["format"]) is not None, manifest["format"]
    currency = manifest["currency"]
    settings.set_value(db, "currency", currency)
    settings.set_value(db, "per_txn_limit",
                       format_major(manifest["limits"]["per_txn_minor"], currency))
    settings.set_value(db, "daily_limit", format_major(manifest["limits"]["daily_minor"], currency))
    result = import_file(db, DATA / manifest["file"], format_name=manifest["format"])
    assert result.status == "imported", result.message
    scan(db)
    return manifest, list_alerts(db)


def _refs(alert: Alert) -> set[str]:
    return {t.reference_no for t in alert.transactions}


def test_every_planted_group_is_found_by_the_right_rule(scanned) -> None:  # type: ignore[no-untyped-def]
    manifest, alerts = scanned
    missed = []
    for scenario, groups in manifest["planted"].items():
        if scenario in CONTROLS:
            continue
        rules, status = EXPECT[scenario]
        for group in groups:
            hits = [a for a in alerts if a.rule in rules and set(group) <= _refs(a)]
            if status:
                hits = [a for a in hits if a.status == status]
            if not hits:
                missed.append((scenario, group))
    assert missed == []


def test_no_control_is_flagged_as_a_duplicate(scanned) -> None:  # type: ignore[no-untyped-def]
    """With a card number, no control may be flagged at all. Adyen settlement files have no
    card column: a "different cards" control whose two sales share brand, amount and a
    one-minute gap is indistinguishable from a planted double swipe, so there it may appear
    only as a low-severity match that says the card is unknown."""
    manifest, alerts = scanned
    dups = [a for a in alerts if a.rule == "duplicate_swipe"]
    flagged = [(g, a) for c in CONTROLS for g in manifest["planted"].get(c, [])
               for a in dups if len(set(g) & _refs(a)) >= 2]
    card_known = [g for g, a in flagged if "no card number" not in a.explanation("en")]
    assert card_known == []
    assert all(a.severity == "low" for _, a in flagged)


def test_duplicates_found_are_the_planted_ones(scanned) -> None:  # type: ignore[no-untyped-def]
    """Crying wolf rarely: every duplicate alert is one of the planted duplicate groups."""
    manifest, alerts = scanned
    planted = [set(g) for s in ("duplicate_swipe", "duplicate_voided", "duplicate_refunded")
               for g in manifest["planted"].get(s, [])]
    extra = [a for a in alerts if a.rule == "duplicate_swipe"
             and not any(_refs(a) & g for g in planted)]
    # Files without a card number (Adyen) can only match by brand: such matches are allowed
    # but must say so and stay low.
    assert [sorted(_refs(a)) for a in extra if a.transactions and
            not (a.severity == "low" and "no card number" in a.explanation("en"))] == []
