"""Reading CSV and XLSX files into rows of text, as they come from real spreadsheets.

No knowledge of persons or cases here: only bytes, encodings, delimiters and cells.
Nothing is ever evaluated: a formula is read as its cached value (XLSX) or, when it
has none, as its own text; a CSV cell that starts with `=` is just text.
The source file is opened for reading only.
"""

import codecs
import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from casetracker.exchange.problems import UnreadableFile, read_input_file

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Larger files are refused: years of an organisation's cases fit in a few megabytes."""

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A workbook whose parts unpack to more is refused unread: a few megabytes can unpack to gigabytes."""
MAX_CELLS = 5_000_000
"""Cells read from a workbook before it is refused: 100,000 rows of 50 columns."""

DELIMITERS = (";", ",", "\t", "|")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format
_SAMPLE_LINES = 60


@dataclass
class Table:
    """The non-blank rows of one sheet, each with its number as a spreadsheet shows it (from 1)."""

    name: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    format: str = "csv"
    encoding: str = ""
    delimiter: str = ""


def read_tables(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[Table]:
    """Every sheet of an XLSX workbook, or the one table of a CSV file, judged by content, not name."""
    path = Path(path)
    data = read_input_file(path, max_bytes, "spreadsheet", "split")
    head = data[:8]
    if head.startswith(_ZIP_MAGIC):
        return read_xlsx(path, max_bytes=max_bytes)
    if head.startswith(_OLE_MAGIC):
        raise UnreadableFile(key="sheet.xls", file=path.name)
    return [read_csv_bytes(data, name=path.name)]


# --- CSV -----------------------------------------------------------------------------------------


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text and the encoding: UTF-16 with a BOM, UTF-8 (with or without BOM), else Windows-1251."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "cp1251"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, encoding
    raise UnreadableFile(key="sheet.binary", file=name)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:200_000]
    controls = sum(1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\t\r\n")
    return controls > max(2, len(sample) // 200)


def read_csv_bytes(data: bytes, *, name: str = "the file", delimiter: str | None = None) -> Table:
    text, encoding = decode(data, name)
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    records = _csv_records(text, delimiter, name)
    _refuse_swallowed_rows(records, delimiter, name)
    rows = []
    for number, (_line, cells) in enumerate(records, start=1):
        cells = _trimmed([cell.strip() for cell in cells])
        if cells:
            rows.append((number, cells))
    return Table(name=name, rows=rows, format="csv", encoding=encoding, delimiter=delimiter)


def _csv_records(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """Each record with the line of the file it starts on. Strict: a quotation mark that is never
    closed, or text right after a closing one, stops the import with the row named."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    next_line = 1
    try:
        for cells in reader:
            records.append((next_line, cells))
            next_line = reader.line_num + 1
    except csv.Error as error:
        where = {"file": name, "row": len(records) + 1, "line": next_line}
        raise UnreadableFile(key="sheet.quote", detail=str(error), **where) from None
    return records


def _refuse_swallowed_rows(records: list[tuple[int, list[str]]], delimiter: str, name: str) -> None:
    """A stray quotation mark opens a cell that runs on, through the following rows, to the next
    quotation mark: those rows would silently become one cell. A cell whose further lines look like
    whole rows (as many delimiters as a row has) stops the import, naming the row. A note that
    merely runs over several lines passes."""
    widths = [len(cells) for _, cells in records if len(cells) > 1]
    if not widths:
        return
    usual = max(set(widths), key=widths.count)
    if usual < 3:
        return
    for number, (line, cells) in enumerate(records, start=1):
        for cell in cells:
            rows_inside = [part for part in cell.splitlines()[1:] if part.count(delimiter) >= usual - 1]
            if len(rows_inside) >= 2 or (rows_inside and len(cells) != usual):
                where = {"file": name, "row": number, "line": line}
                raise UnreadableFile(key="sheet.stray_quote", lines=len(cell.splitlines()), **where)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into more than one column.

    A Russian-locale spreadsheet writes `;` (the comma is its decimal separator); others write `,`.
    """
    lines = [line for line in text.splitlines() if line.strip()][:_SAMPLE_LINES]
    sample = "\n".join(lines)
    best, best_score = ";", (-1, -1)
    for candidate in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate)]
        except csv.Error:
            continue
        wide = [count for count in counts if count > 1]
        if not wide:
            continue
        usual = max(set(wide), key=wide.count)
        score = (wide.count(usual), usual)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


# --- XLSX ----------------------------------------------------------------------------------------


def read_xlsx(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[Table]:
    import openpyxl  # imported here: only imports of workbooks pay for it

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise UnreadableFile(key="sheet.zip", file=path.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        sizes = {"size": f"{unpacked / 1048576:,.0f}", "limit": f"{MAX_UNPACKED_BYTES / 1048576:.0f}"}
        raise UnreadableFile(key="sheet.unpacked", file=path.name, **sizes)
    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for files that are not workbooks
        raise UnreadableFile(key="sheet.xlsx", file=path.name, error=type(error).__name__) from None
    try:
        tables = []
        cells_read = 0
        for sheet in values.worksheets:
            formula_rows = formulas[sheet.title].iter_rows(values_only=True)
            table = Table(name=sheet.title, format="xlsx")
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells_read += len(row)
                if cells_read > MAX_CELLS:
                    raise UnreadableFile(key="sheet.cells", file=path.name, limit=MAX_CELLS)
                formula_row = next(formula_rows, ())
                cells = _trimmed([_cell_text(value, formula_row, i) for i, value in enumerate(row)])
                if cells:
                    table.rows.append((number, cells))
            tables.append(table)
        return tables
    except UnreadableFile:
        raise
    except Exception as error:
        raise UnreadableFile(key="sheet.xlsx", file=path.name, error=type(error).__name__) from None
    finally:
        values.close()
        formulas.close()


def _cell_text(value, formula_row: tuple, index: int) -> str:
    if value is None:
        # A formula never calculated (written by a program, not a spreadsheet) has no cached
        # value: keep its text, as text. It is never evaluated.
        formula = formula_row[index] if index < len(formula_row) else None
        return formula.strip() if isinstance(formula, str) else ""
    return cell_text(value)


def cell_text(value) -> str:
    """A cell's value as the text a caseworker sees; dates as ISO (YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
