"""Issue 11 items 3-5: another writer, a full disk, a read-only file, a newer database, a
mistyped --db path — each said in plain words, nothing half-written."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core.store import (
    DatabaseBusy,
    DiskFull,
    NewerDatabase,
    NoDatabase,
    ReadOnlyDatabase,
    explain,
    locking,
    settings,
)
from shopguard.core.workspace import connect, import_file
from tests.formats.contract import DATA
from tests.fs_helpers import read_only


def _hold_write_lock(db_path: Path, seconds: float, activity: str,
                     program: str) -> tuple[threading.Thread, threading.Event]:
    """`program` and `activity` are given in English; the Chinese is marked with "zh:"."""
    """Another ShopGuard (here: a thread with its own connection) in a write transaction."""
    started = threading.Event()

    def hold() -> None:
        locking.set_program(program, "zh:" + program)
        other = connect(db_path)
        try:
            with locking.doing(other, activity, "zh:" + activity), other.atomic():
                other.conn.execute("UPDATE settings SET value = value WHERE 0")
                started.set()
                time.sleep(seconds)
        finally:
            other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert started.wait(30)
    locking.set_program("ShopGuard", "ShopGuard")
    return thread, started


def test_a_write_waits_for_another_writer_and_is_told_who(db_path: Path) -> None:
    db = connect(db_path)
    heard: list[str] = []
    db.on_wait = lambda w: heard.extend([w.text(), w.text("zh_CN")])
    thread, _ = _hold_write_lock(db_path, 2.0, "importing big.csv",
                                 "the `shopguard import` command")
    # settings.set_value reads the old value before writing: the case that failed at once.
    settings.set_value(db, "currency", "USD", actor="owner")
    thread.join()
    assert settings.get(db, "currency") == "USD"
    assert heard, "the wait was not reported"
    assert heard[0].startswith("Waiting for the `shopguard import` command (importing big.csv)"
                               " to finish writing")
    assert heard[1].startswith("正在等待zh:the `shopguard import` command（zh:importing big.csv）")
    db.close()


def test_a_write_that_waited_too_long_says_who_is_writing(db_path: Path) -> None:
    db = connect(db_path)
    db.write_wait = 0.5
    thread, _ = _hold_write_lock(db_path, 4.0, "importing big.csv", "a ShopGuard window")
    try:
        with pytest.raises(DatabaseBusy) as err:
            settings.set_value(db, "currency", "USD", actor="owner")
    finally:
        thread.join()
    text = str(err.value)
    assert "a ShopGuard window (importing big.csv) is writing to this database (process" in text
    assert "changed nothing" in text
    assert "zh:a ShopGuard window（zh:importing big.csv）正在写入此数据库（进程" in err.value.zh
    assert settings.get(db, "currency") == "CNY"
    db.close()


def test_the_cli_waits_for_a_running_import_and_says_so(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connect(db_path).close()
    thread, _ = _hold_write_lock(db_path, 2.5, "importing big.csv",
                                 "the `shopguard import` command")
    code = main(["--db", str(db_path), "import", str(DATA / "allinpay.csv"), "--json"])
    thread.join()
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["files"][0]["status"] == "imported"
    assert "Waiting for the `shopguard import` command (importing big.csv)" in captured.err


def test_a_killed_writer_leaves_no_false_name(db_path: Path) -> None:
    """The writer file of a process that is gone is ignored."""
    connect(db_path).close()
    locking.writer_file(db_path).write_text(json.dumps(
        {"pid": 2**22 + 12345, "host": __import__("socket").gethostname(),
         "program": "ghost", "activity": "", "since": "2026-01-01T00:00:00"}))
    assert locking.current_writer(db_path) is None


def test_every_write_transaction_is_immediate(db_path: Path) -> None:
    """A transaction opened by db.atomic() holds the write lock from its first statement."""
    db = connect(db_path)
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    with db.atomic():
        db.conn.execute("SELECT 1").fetchone()  # a read only: the lock is already taken
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
    db.close()
    assert not locking.writer_file(db_path).exists()


def test_a_full_disk_refuses_the_import_in_plain_words(db_path: Path) -> None:
    db = connect(db_path)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # SQLite's own "disk is full"
    result = import_file(db, DATA / "allinpay.csv")
    assert result.status == "refused"
    assert "the disk is full; nothing was changed" in result.message
    assert result.errors[0].message.endswith("then try again)")
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    db.close()


def test_a_disk_io_error_on_a_full_disk_is_called_a_full_disk(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite reports "disk I/O error" when the WAL index cannot grow on a full disk; seen on a
    real 2 MB tmpfs at connect. Never "not a ShopGuard database"."""
    import shutil as shutil_module

    from shopguard.core.store import failures

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10  # type: ignore[attr-defined]
    usage = shutil_module.disk_usage(tmp_path)
    monkeypatch.setattr(failures.shutil, "disk_usage",
                        lambda _p: usage._replace(free=4096))
    plain = explain(error, tmp_path / "shop.db")
    assert isinstance(plain, DiskFull) and "not a ShopGuard" not in str(plain)


def test_a_read_only_database_refuses_the_import_in_plain_words(db_path: Path) -> None:
    connect(db_path).close()
    with read_only(db_path):
        db = connect(db_path)
        result = import_file(db, DATA / "allinpay.csv")
        db.close()
    assert result.status == "refused"
    assert "is read-only; nothing was changed" in result.message


def test_a_read_only_database_in_the_cli(db_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    connect(db_path).close()
    with read_only(db_path):
        code = main(["--db", str(db_path), "settings", "set", "currency", "USD"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is read-only; nothing was changed" in err and "unexpected" not in err


def _newer(db_path: Path) -> None:
    db = connect(db_path)
    db.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                    " VALUES ('shopguard.core', 'm999_from_the_future', '2030-01-01')")
    db.close()


def test_a_database_from_a_newer_shopguard_is_refused_untouched(db_path: Path) -> None:
    _newer(db_path)
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase) as err:
        connect(db_path)
    assert "written by a newer version of ShopGuard" in str(err.value)
    assert "shopguard.core/m999_from_the_future" in str(err.value)
    assert db_path.read_bytes() == before


def test_the_cli_refuses_a_newer_database(db_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _newer(db_path)
    code = main(["--db", str(db_path), "import", str(DATA / "allinpay.csv"), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert "newer version of ShopGuard" in json.loads(captured.out)["error"]["message"]


def test_a_mistyped_db_path_is_not_created(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "Shop Records" / "shop.db"
    code = main(["--db", str(typo), "imports"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"no ShopGuard database at {typo}" in err and "does not exist" in err
    assert "--create" in err
    assert not typo.parent.exists()
    with pytest.raises(NoDatabase):
        connect(tmp_path / "nothing.db", create=False)
    assert not (tmp_path / "nothing.db").exists()


def test_create_makes_a_new_database_and_says_so(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new folder" / "shop.db"
    assert main(["--db", str(path), "--create", "imports", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert f"created a new ShopGuard database at {path}" in captured.err
    assert main(["--db", str(path), "imports", "--json"]) == 0  # now it exists: no flag needed
    assert "created" not in capsys.readouterr().err


def test_first_start_creates_the_default_database_and_says_so(
        capsys: pytest.CaptureFixture[str]) -> None:
    from shopguard.core.paths import default_db_path

    assert not default_db_path().exists()
    assert main(["imports"]) == 0
    assert "created a new ShopGuard database" in capsys.readouterr().err
    assert default_db_path().exists()


def test_read_only_database_error_is_bilingual() -> None:
    error = sqlite3.OperationalError("attempt to write a readonly database")
    plain = explain(error, "shop.db")
    assert isinstance(plain, ReadOnlyDatabase)
    assert "只读" in plain.text("zh_CN") and "read-only" in plain.text("en")


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("unshare") is None,
                    reason="needs Linux user namespaces for a private tmpfs")
def test_a_database_on_a_really_full_disk(db_path: Path, tmp_path: Path) -> None:
    """A database copied onto a full 2 MB tmpfs (private mount): opening and importing say
    "the disk is full", never "not a ShopGuard database"; nothing is written."""
    connect(db_path).close()
    mount = tmp_path / "small"
    mount.mkdir()
    root = Path(__file__).resolve().parents[2]
    command = (f'mount -t tmpfs -o size=2m tmpfs "$1" && cp "$2" "$1/shop.db"'
               ' && (cat /dev/zero > "$1/filler" 2>/dev/null; true)'
               f' && cd "{root}" && exec "{sys.executable}" -m shopguard --db "$1/shop.db"'
               f' import "{DATA / "allinpay.csv"}" --json')
    run = subprocess.run(["unshare", "-rm", "sh", "-c", command, "sh", str(mount),
                          str(db_path)], capture_output=True, text=True, timeout=120)
    if "mount:" in run.stderr:
        pytest.skip(f"no private tmpfs here: {run.stderr.strip()[:200]}")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "the disk is full" in run.stderr and "not a ShopGuard" not in run.stderr
    assert "the disk is full" in json.loads(run.stdout)["error"]["message"]
