from __future__ import annotations

import pytest

from shopguard.core.detection.scan import scan
from shopguard.core.store import settings
from tests.detection.helpers import add_import, alerts_of, sale


def test_jewelry_preset_lowers_limits_and_flags_more(db) -> None:
    add_import(db, [sale("2026-09-10T12:00:00", 3_000_000)])
    scan(db)
    assert alerts_of(db, "per_txn_limit") == []
    values = settings.apply_industry_preset(db, "jewelry_luxury", actor="owner")
    assert settings.get(db, "per_txn_limit") == values["per_txn_limit"] < 5_000_000
    assert settings.get(db, "industry_preset") == "jewelry_luxury"
    scan(db)
    assert len(alerts_of(db, "per_txn_limit")) == 1
    with pytest.raises(settings.SettingError):
        settings.apply_industry_preset(db, "casino")
