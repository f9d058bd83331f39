"""Bank column mappings: any bank's CSV/XLSX read by naming its columns once.

The catch-all `bank_generic` layout finds the columns by their synonyms (`BANK_SYNONYMS`);
what it found can be saved under a name (``shopguard import FILE --save-mapping NAME``) and
used again, or written by hand for headers no synonym knows::

    {"kind": "bank", "name": "my bank", "columns": {"booked_on": "入账日", "credit": "存入",
     "debit": "取出", "balance": "结余", "description": "说明"}}

Fields are those of `BANK_SYNONYMS`; a mapping needs a date (`booked_on`) and money (one
signed `amount`, or a `credit` and `debit` pair). Bank mappings are kept apart from the
terminal-statement mappings, in the `bank/` folder of the mappings directory.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopguard.core.files import open_atomically
from shopguard.core.importing.formats.bank import (
    BANK_SYNONYMS,
    BankColumns,
    BankFormat,
    line_parser,
)
from shopguard.core.importing.formats.base import (
    Columns,
    ParseContext,
    RowParser,
    normalize_header,
)
from shopguard.core.importing.formats.mapping import MappingError, list_mappings
from shopguard.core.importing.formats.mapping import _mapping_path as mapping_path

SUBFOLDER = "bank"


@dataclass
class BankMapping:
    """Which header holds which bank field."""

    name: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field -> header text
    decimal_comma: bool = False
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"kind": "bank", "name": self.name, "columns": dict(self.columns),
                "decimal_comma": self.decimal_comma, "version": self.version}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BankMapping:
        columns = data.get("columns")
        if not isinstance(columns, dict):
            raise MappingError("a bank mapping needs its columns: {\"booked_on\": \"...\", ...}")
        mapping = cls(name=str(data.get("name", "")),
                      columns={str(k): str(v) for k, v in columns.items()},
                      decimal_comma=bool(data.get("decimal_comma", False)))
        unknown = set(mapping.columns) - set(BANK_SYNONYMS)
        if unknown:
            raise MappingError(f"bank mapping {mapping.name!r}: unknown field(s) {sorted(unknown)};"
                               f" known: {', '.join(BANK_SYNONYMS)}")
        missing = mapping.missing_required()
        if missing:
            raise MappingError(f"bank mapping {mapping.name!r} has no column for: {missing}")
        return mapping

    def missing_required(self) -> str:
        c = self.columns
        if "booked_on" not in c:
            return "the date (booked_on)"
        if "amount" not in c and not {"credit", "debit"} <= set(c):
            return "the amount (amount, or credit and debit)"
        return ""

    @classmethod
    def from_plan(cls, header: Sequence[str], plan: BankColumns) -> BankMapping:
        cols = Columns(header)
        found = {f: getattr(plan, f) for f in BANK_SYNONYMS}
        return cls(columns={f: cols.name(i) for f, i in found.items() if i is not None})

    def plan(self, header: Sequence[str]) -> BankColumns:
        norm = [normalize_header(h) for h in header]
        index: dict[str, int] = {}
        for f, h in self.columns.items():
            try:
                index[f] = norm.index(normalize_header(h))
            except ValueError:
                raise MappingError(f"column {h!r} (for {f}) is not in this file") from None
        if "booked_on" not in index:
            raise MappingError("the mapping has no date column (booked_on)")
        g = index.get
        return BankColumns(
            booked_on=index["booked_on"], amount=g("amount"), credit=g("credit"),
            debit=g("debit"), traded_on=g("traded_on"), time=g("time"), balance=g("balance"),
            description=g("description"), counterparty=g("counterparty"),
            counterparty_account=g("counterparty_account"), details=g("details"),
            currency=g("currency"))


class MappedBankFormat(BankFormat):
    """A bank statement read through a saved BankMapping."""

    name = "bank_mapping"
    label = "Bank statement: column mapping"
    extensions = ()

    def __init__(self, mapping: BankMapping):
        self.mapping = mapping
        self.name = f"bank_mapping:{mapping.name}" if mapping.name else "bank_mapping"  # type: ignore[misc]
        self.header_markers = tuple(mapping.columns.values())  # type: ignore[misc]

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        return line_parser(header, self.mapping.plan(header), ctx,
                           decimal_comma=self.mapping.decimal_comma)


def _folder(directory: Path) -> Path:
    return directory / SUBFOLDER


def save_bank_mapping(directory: Path, mapping: BankMapping) -> Path:
    if not mapping.name:
        raise MappingError("a mapping needs a name to be saved")
    BankMapping.from_json(mapping.to_json())  # validate
    folder = _folder(directory)
    folder.mkdir(parents=True, exist_ok=True)
    path = mapping_path(folder, mapping.name)
    with open_atomically(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2))
    return path


def load_bank_mapping(directory: Path, name: str) -> BankMapping:
    path = mapping_path(_folder(directory), name)
    if not path.exists():
        known = ", ".join(list_mappings(_folder(directory))) or "none saved yet"
        raise MappingError(f"no saved bank mapping named {name!r} (saved: {known})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MappingError(f"{path.name}: not a readable mapping file ({exc})") from None
    if not isinstance(data, dict):
        raise MappingError(f"{path.name}: not a bank mapping")
    return BankMapping.from_json({**data, "name": name})


def list_bank_mappings(directory: Path) -> list[str]:
    return list_mappings(_folder(directory))
