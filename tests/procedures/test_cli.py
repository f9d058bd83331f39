"""The `case`, `audit`, `owner-pin` and `training` commands, run in-process with a fixed --now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.cli import main

from .conftest import AddTxn, make_alert


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "--create", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def alert(db: Database, duplicate: list[int]) -> int:
    """Alert 5 over the duplicate pair, in the detection tables as assumed (see facts.py)."""
    make_alert(db, 5, duplicate)
    return 5


@pytest.mark.parametrize(("now", "path", "deadline"), [
    ("2026-09-10T15:00", "void", "2026-09-10T23:00:00"),
    ("2026-09-20T09:00", "refund", "2026-10-10T23:59:59"),
    ("2026-10-20T09:00", "acquirer_adjustment", None),
])
def test_case_open_json_per_path(capsys: pytest.CaptureFixture[str], db_path: Path,
                                 alert: int, now: str, path: str, deadline: str | None) -> None:
    code, out, _ = run(capsys, db_path, "--now", now, "case", "open", str(alert), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"case_id", "path", "reason", "deadline", "steps"} <= set(data)
    assert (data["path"], data["deadline"]) == (path, deadline)
    assert data["steps"] and all({"key", "title"} <= set(s) for s in data["steps"])


def test_case_open_with_a_chargeback(capsys: pytest.CaptureFixture[str], db_path: Path,
                                     alert: int, duplicate: list[int]) -> None:
    code, _, _ = run(capsys, db_path, "--now", "2026-10-01T09:00", "case", "dispute",
                     str(duplicate[1]), "--received", "2026-10-01", "--respond-by", "2026-10-15",
                     "--code", "4834")
    assert code == 0
    code, out, _ = run(capsys, db_path, "--now", "2026-10-02T09:00", "case", "open", str(alert),
                       "--json")
    data = json.loads(out)
    assert (data["path"], data["deadline"]) == ("chargeback_response", "2026-10-15T23:59:59")
    assert "4834" in data["reason"]


def test_case_new_for_an_unknown_status(capsys: pytest.CaptureFixture[str], db_path: Path,
                                        db: Database, add_txn: AddTxn) -> None:
    failed = add_txn("2026-09-10T12:30:05", status="failed")
    code, out, _ = run(capsys, db_path, "--now", "2026-09-10T12:35", "case", "new", "--txn",
                       str(failed), "--json")
    assert code == 0 and json.loads(out)["path"] == "check_status"


def test_step_list_close_and_errors(capsys: pytest.CaptureFixture[str], db_path: Path,
                                    alert: int) -> None:
    now = ["--now", "2026-09-10T15:00"]
    case_id = str(json.loads(run(capsys, db_path, *now, "case", "open", str(alert),
                                 "--json")[1])["case_id"])
    code, out, _ = run(capsys, db_path, *now, "case", "step", case_id, "void_on_terminal",
                       "--by", "王芳", "--voucher", "000103", "--note", "customer present")
    assert code == 0 and "done by 王芳" in out
    code, out, _ = run(capsys, db_path, "--now", "2026-09-10T23:30", "case", "list", "--json")
    listed = json.loads(out)["cases"][0]
    assert (listed["overdue"], listed["steps_done"]) == (True, 1)
    code, _, err = run(capsys, db_path, *now, "case", "step", case_id, "nope", "--by", "x")
    assert code == 1 and "has no step 'nope'" in err and "Traceback" not in err
    code, _, err = run(capsys, db_path, *now, "case", "show", "99")
    assert code == 1 and "no case with id 99" in err
    code, out, _ = run(capsys, db_path, *now, "case", "close", case_id, "--outcome", "voided")
    assert code == 0 and "closed as voided" in out


def test_staff_mode_refuses_owner_only_actions_on_the_cli(
        capsys: pytest.CaptureFixture[str], db_path: Path, alert: int) -> None:
    now = ["--now", "2026-09-10T15:00"]
    assert run(capsys, db_path, "owner-pin", "set", "246813")[0] == 0
    case_id = str(json.loads(run(capsys, db_path, *now, "case", "open", str(alert),
                                 "--json")[1])["case_id"])
    code, _, err = run(capsys, db_path, *now, "case", "close", case_id, "--outcome",
                       "not_duplicate", "--by", "李娜")
    assert code == 1 and "needs the owner's PIN" in err
    code, _, err = run(capsys, db_path, "settings", "set", "per_txn_limit", "100.00", "--by",
                       "李娜")
    assert code == 1 and "needs the owner's PIN" in err
    code, _, _ = run(capsys, db_path, "settings", "set", "per_txn_limit", "100.00", "--pin",
                     "246813")
    assert code == 0
    code, _, _ = run(capsys, db_path, "settings", "set", "language", "zh_CN", "--by", "李娜")
    assert code == 0  # not an owner-only setting
    code, out, _ = run(capsys, db_path, *now, "case", "close", case_id, "--outcome",
                       "not_duplicate", "--pin", "246813")
    assert code == 0 and "not_duplicate" in out


def test_audit_verifies_and_reports_a_tampered_row(capsys: pytest.CaptureFixture[str],
                                                   db_path: Path, db: Database,
                                                   alert: int) -> None:
    now = ["--now", "2026-09-10T15:00"]
    run(capsys, db_path, *now, "case", "open", str(alert))
    run(capsys, db_path, *now, "case", "step", "1", "find_slip", "--by", "王芳")
    run(capsys, db_path, *now, "case", "reassign", "1", "--to", "李娜")
    code, out, _ = run(capsys, db_path, "audit", "--verify")
    assert code == 0 and "intact: 3 entries" in out
    code, out, _ = run(capsys, db_path, "audit", "--json")
    assert [e["action"] for e in json.loads(out)["entries"]] == [
        "case.open", "case.step", "case.reassign"]
    db.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")
    code, out, _ = run(capsys, db_path, "audit", "--verify")
    assert code == 1
    assert "problem: entry 2 was edited after it was written" in out
    code, out, _ = run(capsys, db_path, "audit", "--verify", "--json")
    data = json.loads(out)
    assert data["ok"] is False and [p["id"] for p in data["problems"]] == [2]


def test_audit_reports_a_deleted_row(capsys: pytest.CaptureFixture[str], db_path: Path,
                                     db: Database, alert: int) -> None:
    now = ["--now", "2026-09-10T15:00"]
    run(capsys, db_path, *now, "case", "open", str(alert))
    run(capsys, db_path, *now, "case", "step", "1", "find_slip", "--by", "王芳")
    run(capsys, db_path, *now, "case", "step", "1", "check_time", "--by", "王芳")
    db.execute("DELETE FROM audit_log WHERE id = 2")
    code, out, _ = run(capsys, db_path, "audit", "--verify")
    assert code == 1 and "entry 3: the entry before it is missing or was changed" in out


def test_training_lists_rehearsals(capsys: pytest.CaptureFixture[str], db_path: Path,
                                   db: Database) -> None:
    from shopguard.core.procedures import training

    r = training.start("refund", "traditional_pos")
    training.record(db, "李娜", r, len(r.procedure.steps))
    code, out, _ = run(capsys, db_path, "training", "--json")
    assert code == 0 and json.loads(out)["rehearsals"][0]["staff"] == "李娜"
