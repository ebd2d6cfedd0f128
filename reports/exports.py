"""CSV, XLSX and PDF exports of the dashboard: the same numbers, from `selectors.dashboard`.

Names and titles in them are typed by learners and editors: every cell goes through
`common.spreadsheets`, so none is ever run as a formula.
"""

import io

from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from common import spreadsheets
from people.models import Person
from reports import selectors
from reports.sections import notes, period_label, place_label, sections

HEADER_FILL = PatternFill("solid", fgColor="E8DFF5")
TITLE_FONT = Font(bold=True, size=13)
BOLD = Font(bold=True)
DETAIL_CHUNK = 2000


def csv_export(data: dict) -> str:
    """One CSV with a block per breakdown (UTF-8 with BOM, so Excel reads Vietnamese)."""
    scope = data["scope"]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = spreadsheets.csv_writer(buffer)
    writer.writerow([_("Training report %(year)s") % {"year": scope.year}, place_label(scope)])
    writer.writerow([_("Period"), period_label(scope)])
    said = notes(data)
    for title, header, rows in sections(data):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows(rows)
        writer.writerow([note_line(said[title])])
    return buffer.getvalue()


def note_line(text: str) -> str:
    """The row under a table that says how it adds up (CSV and XLSX)."""
    return _("Note: %(text)s") % {"text": text}


def _header_cells(sheet, values):
    wrap = Alignment(wrap_text=True, vertical="top")
    return [
        spreadsheets.cell(sheet, str(value), font=BOLD, fill=HEADER_FILL, alignment=wrap)
        for value in values
    ]


def _sheet_title(title: str) -> str:
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31]


def _print_setup(sheet, title_rows: str) -> None:
    """Print on A4 landscape, as wide as one page and as long as it takes, with the
    heading rows repeated on every page and the page number at the foot. openpyxl writes
    all of this for write-only sheets too (page setup and the print titles' defined name
    when the workbook is saved); set it before the first row is appended."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "&P / &N"


def xlsx_export(scope, out) -> None:
    """The report as a workbook: a sheet per breakdown, then every certificate counted.

    Written in openpyxl's write-only mode, certificates read in chunks, so memory stays
    flat however many certificates there are. Every share is a number with a % format
    (`spreadsheets.cell` writes a Percent so); every sheet prints landscape, one page wide.
    """
    data = selectors.dashboard(scope)
    said = notes(data)
    workbook = Workbook(write_only=True)
    for index, (title, header, rows) in enumerate(sections(data)):
        # Tabs hold 31 characters: name them by their first column, the overview by its title.
        tab = title if index == 0 else header[0]
        if index == 1:
            tab = f"{_('District')} × {_('Track')}"
        sheet = workbook.create_sheet(_sheet_title(tab))
        _print_setup(sheet, "1:3")  # the title, the scope and the column headings
        sheet.column_dimensions["A"].width = 48 if index == 0 else 34
        for column in "BCDEFGHIJK":
            sheet.column_dimensions[column].width = 14 if index != 1 else 18
        sheet.freeze_panes = "A4"
        heading = spreadsheets.cell(sheet, title, font=TITLE_FONT)
        spreadsheets.append(sheet, [heading, f"{place_label(scope)} · {period_label(scope)}"])
        sheet.append([])
        sheet.append(_header_cells(sheet, header))
        for row in rows:
            spreadsheets.append(sheet, row)
        sheet.append([])
        spreadsheets.append(sheet, [note_line(said[title])])
    _certificate_sheet(workbook, scope)
    workbook.save(out)


def person_key(person_id: int) -> str:
    """A stable key of a person in exports (never their name or phone): the same person has
    the same key in every list, so distinct people can be counted in a spreadsheet."""
    return f"NH{person_id:07d}"


def _certificate_sheet(workbook, scope) -> None:
    sheet = workbook.create_sheet(_sheet_title(_("Certificates counted")))
    _print_setup(sheet, "1:1")
    widths = {"A": 18, "B": 12, "C": 28, "D": 8, "E": 10, "F": 22, "G": 30, "H": 30}
    widths |= {"I": 34, "J": 40, "K": 12, "L": 12}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append(
        _header_cells(
            sheet,
            [
                _("Serial No."),
                _("Person key"),
                _("Full name"),
                _("Sex"),
                _("Year of birth"),
                _("District"),
                _("Organisation"),
                _("Target group"),
                _("Track"),
                _("Course or training"),
                _("Form"),
                _("Issue date"),
            ],
        )
    )
    sexes = dict(Person.Sex.choices)
    online, in_person = _("online"), _("in person")
    for values in selectors.certificate_rows(scope).iterator(chunk_size=DETAIL_CHUNK):
        serial, person_id, name, sex, born, district, organisation, group, track, title = values[
            :10
        ]
        training, day = values[10:]
        spreadsheets.append(
            sheet,
            [
                serial,
                person_key(person_id),
                name,
                str(sexes.get(sex, "")),
                born,
                district,
                organisation or "",
                group or "",
                track,
                title,
                in_person if training else online,
                day.strftime("%d/%m/%Y"),
            ],
        )


def pdf_export(data: dict) -> bytes:
    """The annual report to the Provincial People's Committee, in Vietnamese."""
    from reports import annual

    return annual.render_pdf(annual.build(data)).pdf
