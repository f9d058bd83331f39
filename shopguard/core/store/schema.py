"""Schema migrations. Each subsystem owns one `Migrations` set; they apply in list order.

Never edit a migration that has shipped: add a new one. `connect()` backs the database up
before any pending migration runs on a file that holds data. Capability packages (detection,
procedures, ...) own their sets; `shopguard.core.workspace` lists them all.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shopguard.core.store.query_schema import migrations as query_migrations

core = Migrations("shopguard.core")


@core()
def m001_imports_transactions_settings(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            mapping TEXT,
            encoding TEXT,
            imported_at TEXT NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            already_present INTEGER NOT NULL DEFAULT 0,
            masked_pans INTEGER NOT NULL DEFAULT 0,
            bad_rows INTEGER NOT NULL DEFAULT 0,
            first_at TEXT,
            last_at TEXT,
            undone_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE transactions (
            id INTEGER PRIMARY KEY,
            occurred_at TEXT NOT NULL,
            settled_on TEXT,
            merchant_id TEXT NOT NULL DEFAULT '',
            terminal_id TEXT NOT NULL DEFAULT '',
            card TEXT NOT NULL DEFAULT '',
            card_brand TEXT NOT NULL DEFAULT '',
            card_type TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL CHECK (type IN
                ('sale','void','refund','preauth','preauth_complete','reversal','other')),
            status TEXT NOT NULL CHECK (status IN ('success','failed')),
            amount_minor INTEGER NOT NULL,
            fee_minor INTEGER,
            net_minor INTEGER,
            currency TEXT NOT NULL,
            reference_no TEXT NOT NULL DEFAULT '',
            voucher_no TEXT NOT NULL DEFAULT '',
            batch_no TEXT NOT NULL DEFAULT '',
            auth_code TEXT NOT NULL DEFAULT '',
            original_reference_no TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            order_no TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            source_line INTEGER NOT NULL,
            natural_key TEXT NOT NULL UNIQUE
        )"""
    )
    for name, cols in {
        "occurred": "occurred_at",
        "terminal": "terminal_id, occurred_at",
        "card": "card, occurred_at",
        "import": "import_id",
        "reference": "reference_no",
        "original_reference": "original_reference_no",
    }.items():
        db.execute(f"CREATE INDEX idx_transactions_{name} ON transactions ({cols})")
    db.execute(
        """
        CREATE TABLE import_errors (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            column_name TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """
        CREATE TABLE terminals (
            terminal_id TEXT PRIMARY KEY,
            merchant_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'traditional_pos',
            acquirer TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )


@core()
def m002_refunded_inside_the_sale_row(db: Database) -> None:
    """Processors that fold refunds into the charge row (Stripe `amount_refunded`) need a place
    for that amount, so detection can tell a refunded duplicate from an open one."""
    db.execute("ALTER TABLE transactions ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0")


@core()
def m003_drop_index_covered_by_card_time(db: Database) -> None:
    """(card, occurred_at) is a prefix of detection's (card, occurred_at, amount_minor) index:
    keeping both only slows every import."""
    db.execute("DROP INDEX IF EXISTS idx_transactions_card")


@core()
def m004_original_reference_index_only_where_there_is_one(db: Database) -> None:
    """Sales (nearly every row) have no original reference: indexing their '' cost every bulk
    import a full index build. Queries by original reference say `original_reference_no != ''`
    so that SQLite uses this partial index."""
    db.execute("DROP INDEX IF EXISTS idx_transactions_original_reference")
    db.execute("CREATE INDEX idx_transactions_original_reference ON transactions"
               " (original_reference_no) WHERE original_reference_no != ''")



@core()
def m005_imports_left_out(db: Database) -> None:
    """Rows an import read and deliberately did not store (Stripe test-mode payments): counted
    in `rows_read`, so that rows_read = imported + already_present + left_out."""
    db.execute("ALTER TABLE imports ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0")



@core()
def m006_transactions_time_known(db: Database) -> None:
    """Statements that give a date without a time of day (Square's 2018 export): such a row
    is stored at the day's midnight with `time_known` 0, so that date ranges stay right and
    readers of a time of day can tell (see `shopguard.core.models.TIME_KNOWN_SQL`). The
    partial index holds only those rows: finding them costs nothing when there are none."""
    db.execute("ALTER TABLE transactions ADD COLUMN time_known INTEGER NOT NULL DEFAULT 1")
    db.execute("CREATE INDEX idx_transactions_time_unknown ON transactions (occurred_at)"
               " WHERE time_known = 0")


# The store's own sets; `core.workspace.MIGRATION_SETS` appends each capability's after these
# (order matters: later sets may reference tables of earlier ones).
STORE_MIGRATION_SETS: list[Migrations] = [core, query_migrations]
