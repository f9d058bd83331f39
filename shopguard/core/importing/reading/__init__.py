"""Reading statement files into rows of text cells, whatever their container and encoding."""

from shopguard.core.importing.reading.table import RawRow, Table, UnreadableFile, open_table

__all__ = ["RawRow", "Table", "UnreadableFile", "open_table"]
