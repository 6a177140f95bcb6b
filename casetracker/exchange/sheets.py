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

from casetracker.exchange.problems import UnreadableFile

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Larger files are refused: years of an organisation's cases fit in a few megabytes."""

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
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(
                f"{path.name} is {size / 1048576:.1f} MB; files over {max_bytes / 1048576:.0f} MB are "
                "not imported. Split the spreadsheet into smaller files."
            )
        with path.open("rb") as source:
            head = source.read(8)
    except FileNotFoundError:
        raise UnreadableFile(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{path} is a folder, not a spreadsheet file.") from None
    except PermissionError:
        raise UnreadableFile(f"The file {path} cannot be read (permission denied).") from None
    if head.startswith(_ZIP_MAGIC):
        return read_xlsx(path, max_bytes=max_bytes)
    if head.startswith(_OLE_MAGIC):
        raise UnreadableFile(
            f"{path.name} is an old Excel (.xls) workbook. Save it as .xlsx or CSV and import that."
        )
    return [read_csv_bytes(path.read_bytes(), name=path.name)]


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
    raise UnreadableFile(
        f"{name} is not a text spreadsheet (CSV) in UTF-8 or Windows-1251: it looks like binary data. "
        "If it is a workbook, save it as .xlsx or as CSV and import that."
    )


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
    try:
        parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile(f"{name} cannot be read as CSV ({error}).") from None
    rows = []
    for number, cells in enumerate(parsed, start=1):
        cells = _trimmed([cell.strip() for cell in cells])
        if cells:
            rows.append((number, cells))
    return Table(name=name, rows=rows, format="csv", encoding=encoding, delimiter=delimiter)


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
        raise UnreadableFile(
            f"{path.name} is a damaged or unknown ZIP file, not an .xlsx workbook."
        ) from None
    if unpacked > 20 * max_bytes:
        raise UnreadableFile(
            f"{path.name} unpacks to more than {20 * max_bytes / 1048576:.0f} MB; not imported."
        )
    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for files that are not workbooks
        raise UnreadableFile(
            f"{path.name} cannot be read as an .xlsx workbook ({type(error).__name__})."
        ) from None
    try:
        tables = []
        for sheet in values.worksheets:
            formula_rows = formulas[sheet.title].iter_rows(values_only=True)
            table = Table(name=sheet.title, format="xlsx")
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                formula_row = next(formula_rows, ())
                cells = _trimmed([_cell_text(value, formula_row, i) for i, value in enumerate(row)])
                if cells:
                    table.rows.append((number, cells))
            tables.append(table)
        return tables
    except UnreadableFile:
        raise
    except Exception as error:
        raise UnreadableFile(
            f"{path.name} cannot be read as an .xlsx workbook ({type(error).__name__})."
        ) from None
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
