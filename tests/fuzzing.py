"""Mutated statement files and the checks every import of one must pass (issue 11).

`mutants(seed)` yields (name, bytes) of files made from the sample statements by byte flips,
cuts, splices, re-encodings, damaged zip and xlsx parts, huge numbers, long lines, quotes
and planted card numbers. `check_import` imports one into a database and returns what is
wrong with the outcome (nothing, for a pass): no exception, a refusal always in the result
shape with a plain message, never the importer's "internal error", the database unchanged by
a refusal, no full card number in the result. Shared by tests/core/test_fuzz_import.py (a
fixed budget) and bench/fuzz_import.py (a long run).
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests import hostile

DATA = Path(__file__).parent / "data"
SEEDS = ["allinpay.csv", "cn_bank_pos.csv", "cn_bank_pos.xlsx", "wechat_merchant.csv",
         "alipay_merchant.csv", "square.csv", "stripe.csv", "sumup.csv", "adyen.csv",
         "hostile_utf16.csv", "hostile_formula.csv", "square_2018.csv", "stripe_default.csv",
         "reconcile/recon_allinpay_bank_icbc.csv", "reconcile/recon_cn_bank_pos_bank_cmb.csv",
         "reconcile/recon_allinpay_bank_ccb.xls"]
BINARY = (".xlsx", ".xls")
SEED_ROWS = 120  # rows kept of each text sample: mutations need shape, not volume
STRANGE = [b"1e20", b"9" * 400, b"-0", b"\x00", b'"', b'""', b"=cmd|' /C calc'!A0", b"\xff\xfe",
           b"\r", b"\xe2\x80\xa8", b"4111 1111 1111 1111", b"\xef\xbc\x94\xef\xbc\x91" * 8,
           b"NaN", b"inf", b"2026-02-30 25:61:61", b"\t", b"`", b'="0012"', b"%B4111111111111111^",
           b"99999999999999999999.99", b"(1,234.56)", b",,,,,,,,,,,,,,,,,,,,", b"\\", b"\xc0\x80"]


def _seed_bytes(name: str) -> bytes:
    data = (DATA / name).read_bytes()
    if name.endswith(BINARY):
        return data
    lines = data.split(b"\n")
    return b"\n".join(lines[:SEED_ROWS]) + b"\n"


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """One to four byte-level mutations of `data`."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        at = rng.randrange(len(b) + 1) if b else 0
        if op == 0 and b:  # flip bits
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(b))
                b[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # cut the file
            del b[at:]
        elif op == 2:  # delete a span
            del b[at:at + rng.randint(1, 200)]
        elif op == 3:  # insert something strange
            b[at:at] = rng.choice(STRANGE)
        elif op == 4:  # duplicate a span
            span = bytes(b[at:at + rng.randint(1, 500)])
            b[at:at] = span * rng.randint(1, 3)
        elif op == 5:  # random bytes
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        elif op == 6:  # a cell replaced by something strange
            start = b.rfind(b",", 0, at) + 1
            end = b.find(b",", at)
            if end > start:
                b[start:end] = rng.choice(STRANGE)
        elif op == 7:  # line ends removed or swapped
            b = bytearray(bytes(b).replace(b"\n", rng.choice([b"", b"\r", b"\n\n", b"\r\r\n"]),
                                           rng.randint(1, 5)))
        elif op == 8:  # delimiter swapped
            b = bytearray(bytes(b).replace(b",", rng.choice([b";", b"\t", b"|", b"\x00"]),
                                           rng.randint(1, 50)))
        else:  # a long line
            b[at:at] = b"7" * rng.choice([5000, 70000, 300000])
    return bytes(b)


def _reencode(rng: random.Random, data: bytes) -> bytes:
    for source in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            text = data.decode(source)
            break
        except UnicodeDecodeError:
            continue
    else:
        return data
    target = rng.choice(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "big5",
                         "cp1252", "latin-1"])
    return text.encode(target, errors=rng.choice(["replace", "ignore"]))


def _zip_members(data: bytes) -> dict[str, bytes] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {i.filename: z.read(i) for i in z.infolist()}
    except Exception:  # noqa: BLE001 - not a readable zip: mutate it as bytes
        return None


def _mutate_xlsx(rng: random.Random, data: bytes) -> bytes:
    members = _zip_members(data)
    if members is None or rng.random() < 0.3:
        return _mutate_bytes(rng, data)  # damage the archive itself
    name = rng.choice(sorted(members))
    op = rng.randrange(4)
    if op == 0:
        members[name] = _mutate_bytes(rng, members[name])
    elif op == 1:
        del members[name]
    elif op == 2:
        members[name] = members[name].replace(b"<c ", b'<c t="inlineStr" ', rng.randint(1, 9))
    else:
        members[name + rng.choice(["", "x", "/../a"])] = rng.choice(STRANGE) * 50
    return hostile.in_memory_zip(members)


def _zipped(rng: random.Random, data: bytes) -> bytes:
    """A text statement delivered as .zip (Alipay does), sometimes damaged afterwards."""
    packed = hostile.in_memory_zip({rng.choice(["明细.csv", "detail.csv", "a/b.txt"]): data})
    return _mutate_bytes(rng, packed) if rng.random() < 0.5 else packed


def mutants(seed: int = 11) -> Iterator[tuple[str, bytes]]:
    """An endless, reproducible stream of (file name, content)."""
    rng = random.Random(seed)
    seeds = {name: _seed_bytes(name) for name in SEEDS}
    n = 0
    while True:
        n += 1
        name = rng.choice(SEEDS)
        data = seeds[name]
        suffix = Path(name).suffix
        if suffix == ".xlsx":
            data = _mutate_xlsx(rng, data)
        elif suffix == ".xls":
            data = _mutate_bytes(rng, data)
        else:
            roll = rng.random()
            if roll < 0.15:
                data = _reencode(rng, data)
            if roll > 0.9:
                data, suffix = _zipped(rng, data), ".zip"
            else:
                data = _mutate_bytes(rng, data)
        yield f"m{n:05d}_{Path(name).stem}{suffix}", data


def fingerprint(db: Any) -> tuple[Any, ...]:
    """What a refused import must leave as it was."""
    parts = []
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in ("transactions", "imports", "import_errors", "audit_log", "terminals",
                  "settings", "bank_lines"):
        if table not in tables:
            continue
        parts.append(db.conn.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {table}")
                     .fetchone())
    return tuple(parts)


def check_import(db: Any, path: Path, import_file: Callable[..., Any],
                 skip_bad_rows: bool = False,
                 parse_in_worker: bool | None = False) -> tuple[str, list[str]]:
    """Import `path`; return its status and the broken promises (none when all is right)."""
    from shopguard.core.importing.parsing import INTERNAL_ERROR
    from shopguard.core.pan import scrub_text

    problems: list[str] = []
    before = fingerprint(db)
    try:
        result = import_file(db, path, skip_bad_rows=skip_bad_rows,
                             parse_in_worker=parse_in_worker)
    except Exception as exc:  # noqa: BLE001 - exactly what must not happen
        return "raised", [f"{path.name}: raised {type(exc).__name__}: {exc}"]
    try:
        text = json.dumps(result.to_json(), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        return result.status, [f"{path.name}: result not JSON ({exc})"]
    if result.status not in ("imported", "refused"):
        problems.append(f"{path.name}: status {result.status!r}")
    if scrub_text(text)[1]:
        problems.append(f"{path.name}: a full card number in the result")
    if result.status == "refused":
        if INTERNAL_ERROR in result.message:
            problems.append(f"{path.name}: {result.message}")
        if not result.message.startswith(path.name) or not result.errors:
            problems.append(f"{path.name}: refusal without message or errors: {result.message}")
        for e in result.errors:
            if not (isinstance(e.line, int) and e.line >= 0 and isinstance(e.column, str)
                    and isinstance(e.value, str) and e.message):
                problems.append(f"{path.name}: error not in the result shape: {e!r}")
        if fingerprint(db) != before:
            problems.append(f"{path.name}: the database changed although the file was refused")
    return result.status, problems


def integrity_ok(db_path: Path) -> bool:
    con = sqlite3.connect(str(db_path))
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
