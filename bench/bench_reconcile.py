"""Benchmark: reconciling a busy shop's month from the CLI (not a test).

Run from the worktree root:  .venv/bin/python -m bench.bench_reconcile [--rounds N] [--keep DIR]

The shop: 3 terminals under one Allinpay merchant id, 60,000 transactions in September 2026
(sales with lunch and dinner peaks, voids, refunds; 卡类别 debit/credit), imported through the
real importer from an Allinpay-layout CSV; and a bank statement of 40 lines (30 payouts with a
missing, a short, a late and a merged one, an adjustment, rent, wages, cash, WeChat Pay).

Measured in the same run, median of `--rounds`:
- ``shopguard --db shop.db reconcile 2026-09 --json`` as a user runs it (a new process);
- the same process doing a bare SQL sum over the month instead (``python -c`` with sqlite3:
  the floor of any command that answers from this database);
- ``shopguard --db shop.db settings --json`` (the CLI's own start-up with this database);
- in-process: `reconcile_month` alone, and the bare SQL sum over the month.
Processes are timed by wall clock and by CPU time (user + system): on a shared machine the
wall clock includes waiting for a core. Target: the CLI reconcile under 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from shopguard.core import workspace
from shopguard.core.reconcile import reconcile_month
from shopguard.core.store import settings

MONTH = "2026-09"
MERCHANT = "898206058129854"
TERMINALS = ("90732087", "54916580", "20947782")
HEADER = ("商户号,门店名称,终端号,交易时间,交易类型,交易批次号,凭证号,参考号,卡号,卡类别,"
          "交易金额,手续费,交易日期,结算金额,原交易单")
HOUR_W = [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 9, 14, 12, 7, 6, 6, 8, 13, 12, 8, 0, 0, 0]
SUM_SQL = ("SELECT sum(net_minor) FROM transactions WHERE occurred_at >= '2026-09-01'"
           " AND occurred_at < '2026-10-01' AND status = 'success'")


def fee(amount: int, debit: bool) -> int:
    return min((amount * 5 + 500) // 1000, 2000) if debit else (amount * 6 + 500) // 1000


def write_statement(path: Path, n: int, seed: int = 11) -> None:
    """An Allinpay-layout statement (GBK) of `n` rows over September."""
    rnd = random.Random(seed)
    lines = [HEADER]
    per_day = n // 30
    ref = 100_000_000_000
    for day in range(30):
        d = date(2026, 9, 1) + timedelta(days=day)
        count = per_day + (n - per_day * 30 if day == 29 else 0)
        sales: list[tuple[str, int, int, bool]] = []
        for i in range(count):
            hour = rnd.choices(range(24), HOUR_W)[0]
            at = f"{hour:02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}"
            ref += 1
            kind = "消费"
            original = ""
            amount = rnd.choice((1800, 2600, 3500, 4200, 6800, 8800, 12800, 25600, 56000))
            debit = rnd.random() < 0.6
            if sales and i % 50 == 0:  # a void or refund of an earlier sale of the day
                kind = "消费撤销" if i % 100 == 0 else "退货"
                orig_ref, amount, _, debit = sales[rnd.randrange(len(sales))]
                original = f"{d:%y%m%d}{orig_ref}"
            charged = fee(amount, debit)
            sign = -1 if kind != "消费" else 1
            term = TERMINALS[i % 3]
            card = f"{'622848' if debit else '436742'}******{rnd.randrange(10000):04d}"
            lines.append(",".join((
                MERCHANT, "老街面馆", term, at, kind, "000001", f"{i % 999999:06d}", str(ref),
                card, "借记卡" if debit else "贷记卡", f"{amount / 100:.2f}",
                f"{sign * charged / 100:.2f}", d.isoformat(),
                f"{sign * (amount - charged) / 100:.2f}", original)))
            if kind == "消费":
                sales.append((str(ref), amount, charged, debit))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def write_bank(path: Path, db: object) -> None:
    """40 bank lines: the month's 30 payouts (planted: one missing, one short, one late, two
    merged) and 10 lines that are not card payouts."""
    conn = db.conn  # type: ignore[attr-defined]
    nets = conn.execute(
        "SELECT date(substr(occurred_at, 1, 10), '+1 day'), sum(net_minor) FROM transactions"
        " WHERE status = 'success' GROUP BY 1 ORDER BY 1").fetchall()
    lines: list[tuple[str, int, str]] = []
    for i, (day, net) in enumerate(nets):
        if i == 8:
            continue  # missing
        if i == 16:
            net -= 26811  # short
        if i == 4:
            day = (date.fromisoformat(day) + timedelta(days=2)).isoformat()  # late
        if i == 24:
            continue  # merged into the next one
        if i == 25:
            net += nets[24][1]
        lines.append((day, net, "清算资金,通联支付网络服务股份有限公司"))
    lines.append(("2026-09-08", 41932, "差错调整,通联支付网络服务股份有限公司"))
    lines += [("2026-09-05", -1264415, "转账,王建国"), ("2026-09-10", -490857, "代发工资,李娜"),
              ("2026-09-10", -585990, "代发工资,张伟"), ("2026-09-10", -637570, "代发工资,王芳"),
              ("2026-09-18", -60469, "代扣电费,国网浙江省电力有限公司"),
              ("2026-09-09", 193124, "现金存入,老街面馆"), ("2026-09-16", 143255, "现金存入,老街面馆"),
              ("2026-09-07", 156925, "微信提现,财付通支付科技有限公司"),
              ("2026-09-14", 229785, "微信提现,财付通支付科技有限公司"),
              ("2026-09-21", 216804, "微信提现,财付通支付科技有限公司"),
              ("2026-09-21", 1234, "利息,中国工商银行")]
    lines = lines[:40]
    lines.sort()
    rows = ["交易日期,摘要,对方户名,收入,支出,余额"]
    balance = 2_000_000
    for day, amount, text in lines:
        balance += amount
        money_in = f"{amount / 100:.2f}" if amount > 0 else ""
        money_out = f"{-amount / 100:.2f}" if amount < 0 else ""
        rows.append(f"{day},{text},{money_in},{money_out},{balance / 100:.2f}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def timed_process(args: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of `args` as a new process.

    On a machine shared with other work the wall clock includes waiting for a core; the CPU
    time is what the run costs, and about its wall clock on an idle machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(rounds: int, args: list[str]) -> tuple[float, float]:
    runs = [timed_process(args) for _ in range(rounds)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=60_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="directory to keep the files in")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="shopguard-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path, statement, bank = work / "shop.db", work / "statement.csv", work / "bank.csv"
    for p in (db_path, statement, bank):
        p.unlink(missing_ok=True)

    write_statement(statement, args.rows)
    db = workspace.connect(db_path)
    for key, value in (("fee_debit_rate", "0.5%"), ("fee_credit_rate", "0.6%"),
                       ("fee_debit_cap", "20.00")):
        settings.set_value(db, key, value)
    t0 = time.perf_counter()
    result = workspace.import_file(db, statement)
    assert result.ok, result.message
    print(f"statement: {result.imported} transactions, 3 terminals, imported in"
          f" {time.perf_counter() - t0:.2f} s")
    write_bank(bank, db)
    result = workspace.import_file(db, bank)
    assert result.ok, result.message
    print(f"bank statement: {result.imported} lines ({result.format})")
    r = reconcile_month(db, MONTH)
    print("statuses:", {k: v for k, v in r.status_counts().items() if v},
          f"unexplained credits: {len(r.unexplained_credits)},"
          f" fee checked on {r.fee_check.checked_sales} sales")
    db.close()

    shopguard = str(Path(sys.executable).with_name("shopguard"))
    python = sys.executable
    rounds = args.rounds
    timed_process([shopguard, "--db", str(db_path), "reconcile", MONTH, "--json"])  # warm cache
    cli, cli_cpu = medians(rounds, [shopguard, "--db", str(db_path), "reconcile", MONTH,
                                    "--json"])
    bare, bare_cpu = medians(rounds, [python, "-c", f"import sqlite3; print(sqlite3.connect("
                                      f"{str(db_path)!r}).execute({SUM_SQL!r}).fetchone()[0])"])
    startup, startup_cpu = medians(rounds, [shopguard, "--db", str(db_path), "settings",
                                            "--json"])
    load = os.getloadavg()[0]

    db = workspace.connect(db_path)

    def in_process() -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        reconcile_month(db, MONTH, with_transaction_ids=False)  # as the CLI does
        return time.perf_counter() - t, time.process_time() - c

    def bare_sum() -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        db.conn.execute(SUM_SQL).fetchone()
        return time.perf_counter() - t, time.process_time() - c

    runs = [(in_process(), bare_sum()) for _ in range(rounds)]
    core, core_cpu = (statistics.median(r[0][i] for r in runs) for i in (0, 1))
    sql, sql_cpu = (statistics.median(r[1][i] for r in runs) for i in (0, 1))
    db.close()
    print(f"load average {load:.1f} on {os.cpu_count()} cores; median of {rounds} rounds")
    print("                                  wall      CPU")
    print(f"CLI reconcile --json              {cli:6.3f} s  {cli_cpu:6.3f} s   (target < 1 s)")
    print(f"  process + bare SQL sum          {bare:6.3f} s  {bare_cpu:6.3f} s   ratio"
          f" {cli / bare:5.1f}x wall, {cli_cpu / bare_cpu:5.1f}x CPU")
    print(f"  CLI start-up (settings --json)  {startup:6.3f} s  {startup_cpu:6.3f} s   reconcile"
          f" adds {cli - startup:+.3f} s wall, {cli_cpu - startup_cpu:+.3f} s CPU")
    print(f"in-process reconcile_month        {core:6.3f} s  {core_cpu:6.3f} s")
    print(f"  bare SQL sum over the month     {sql:6.3f} s  {sql_cpu:6.3f} s   ratio"
          f" {core / sql:5.1f}x wall, {core_cpu / max(sql_cpu, 1e-6):5.1f}x CPU")


if __name__ == "__main__":
    main()
