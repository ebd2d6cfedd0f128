"""CSV, XLSX and PDF exports of the dashboard: the same numbers, from `selectors.dashboard`.

Names and titles in them are typed by learners and editors: every cell goes through
`lms.spreadsheets`, so none is ever run as a formula.
"""

import io

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from lms import spreadsheets
from people.models import Person
from reports import selectors

HEADER_FILL = PatternFill("solid", fgColor="E8DFF5")
TITLE_FONT = Font(bold=True, size=13)
BOLD = Font(bold=True)
DETAIL_CHUNK = 2000


def period_label(scope) -> str:
    return _("%(first)s to %(last)s") % {
        "first": scope.first_day.strftime("%d/%m/%Y"),
        "last": scope.last_day.strftime("%d/%m/%Y"),
    }


def place_label(scope) -> str:
    return ", ".join(unit.name for unit in scope.units) or _("Whole province")


def _percent(value):
    """A share as a cell: the Percent itself (a number in workbooks, "63%" in text)."""
    return "" if value is None else value


def headline_rows(data: dict) -> list[tuple[str, object]]:
    certified, trained, gain = data["certified"], data["trained"], data["knowledge_gain"]
    return [
        (_("People trained"), trained["total"]),
        (_("People trained online (course completed)"), trained["online"]),
        (_("People trained in person (attended)"), trained["in_person"]),
        (_("People certified"), certified["total"]),
        (_("People certified online"), certified["online"]),
        (_("People certified in person"), certified["in_person"]),
        (_("Women certified"), certified["women"]),
        (_("Men certified"), certified["men"]),
        (_("Online courses completed with a certificate"), certified["course_certificates"]),
        (_("In-person trainings held"), data["trainings_held"]),
        (_("Certificates issued"), certified["certificates"]),
        (
            _("Average knowledge gain (points out of 100)"),
            "" if gain["average"] is None else gain["average"],
        ),
        (_("People with both tests"), gain["people"]),
        (_("Goal: people to certify"), data["goal"]["goal"] or ""),
        (_("Share of the goal reached"), _percent(data["goal"]["share"])),
    ]


def sections(data: dict) -> list[tuple[str, list, list[list]]]:
    """Each breakdown as (title, header, rows), in the order of the dashboard."""
    table = data["table"]
    track_titles = [column["title"] for column in table["columns"]]
    district_rows = [
        [
            row["name"],
            *[cell["people"] for cell in row["cells"]],
            row["total"]["people"],
            row["total"]["goal"] or "",
            _percent(row["total"]["share"]),
        ]
        for row in table["rows"]
    ]
    totals = table["totals"]
    district_rows.append(
        [
            _("Total (each person once)"),
            *[cell["people"] for cell in totals["tracks"]],
            totals["total"]["people"],
            totals["total"]["goal"] or "",
            _percent(totals["total"]["share"]),
        ]
    )
    people = _("People")
    return [
        (_("Overview"), [_("Figure"), _("Value")], [list(row) for row in headline_rows(data)]),
        (
            _("Certified people by district and track"),
            [_("District"), *track_titles, _("Total"), _("Goal"), _("Reached")],
            district_rows,
        ),
        (
            _("By organisation"),
            [_("Organisation"), people],
            [[item["name"], item["people"]] for item in data["organisations"]],
        ),
        (
            _("By target group"),
            [_("Target group"), people, _("Goal"), _("Reached")],
            [
                [item["name"], item["people"], item["goal"] or "", _percent(item["share"])]
                for item in data["target_groups"]
            ],
        ),
        (
            _("By sex"),
            [_("Sex"), people],
            [[item["name"], item["people"]] for item in data["sexes"]],
        ),
        (
            _("By age"),
            [_("Age"), people],
            [[item["name"], item["people"]] for item in data["age_bands"]],
        ),
        (
            _("By month of issue"),
            [_("Month"), people, _("Certificates")],
            [
                [f"{item['month']:02d}/{data['scope'].year}", item["people"], item["certificates"]]
                for item in data["months"]
            ],
        ),
    ]


def csv_export(data: dict) -> str:
    """One CSV with a block per breakdown (UTF-8 with BOM, so Excel reads Vietnamese)."""
    scope = data["scope"]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = spreadsheets.csv_writer(buffer)
    writer.writerow([_("Training report %(year)s") % {"year": scope.year}, place_label(scope)])
    writer.writerow([_("Period"), period_label(scope)])
    for title, header, rows in sections(data):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows(rows)
    return buffer.getvalue()


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
    _certificate_sheet(workbook, scope)
    workbook.save(out)


def _certificate_sheet(workbook, scope) -> None:
    sheet = workbook.create_sheet(_sheet_title(_("Certificates counted")))
    _print_setup(sheet, "1:1")
    widths = {"A": 18, "B": 28, "C": 8, "D": 10, "E": 22, "F": 30, "G": 30, "H": 34}
    widths |= {"I": 40, "J": 12, "K": 12}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append(
        _header_cells(
            sheet,
            [
                _("Serial No."),
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
        serial, name, sex, born, district, organisation, group, track, title, training, day = values
        spreadsheets.append(
            sheet,
            [
                serial,
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


def summary(data: dict) -> list[str]:
    """A few sentences on results against goals, for the annual report."""
    scope, certified, table = data["scope"], data["certified"], data["table"]
    place = place_label(scope)
    sentences = [
        _(
            "%(place)s: %(people)s people were certified (%(online)s online, %(in_person)s in "
            "person; %(women)s women and %(men)s men), and %(trained)s people were trained."
        )
        % {
            "place": place,
            "people": certified["total"],
            "online": certified["online"],
            "in_person": certified["in_person"],
            "women": certified["women"],
            "men": certified["men"],
            "trained": data["trained"]["total"],
        }
    ]
    goal = data["goal"]
    # A share is a Percent and prints its own "%".
    if goal["goal"]:
        sentences.append(
            _("Against the goal of %(goal)s people, %(share)s was reached.")
            % {"goal": goal["goal"], "share": goal["share"]}
        )
    with_goals = [row for row in table["rows"] if row["total"]["goal"]]
    if len(with_goals) > 1:
        best = max(with_goals, key=lambda row: row["total"]["share"])
        worst = min(with_goals, key=lambda row: row["total"]["share"])
        sentences.append(
            _(
                "The highest share of the goal was reached in %(best)s (%(best_share)s), the "
                "lowest in %(worst)s (%(worst_share)s)."
            )
            % {
                "best": best["name"],
                "best_share": best["total"]["share"],
                "worst": worst["name"],
                "worst_share": worst["total"]["share"],
            }
        )
    groups = [
        _("%(group)s: %(people)s of %(goal)s people (%(share)s)")
        % {
            "group": item["name"],
            "people": item["people"],
            "goal": item["goal"],
            "share": item["share"],
        }
        for item in data["target_groups"]
        if item.get("goal")
    ]
    if groups:
        sentences.append(
            _("By target group against its goal: %(groups)s.") % {"groups": "; ".join(groups)}
        )
    gain = data["knowledge_gain"]
    if gain["average"] is not None:
        sentences.append(
            _(
                "Between the pre-test and the post-test, scores rose by %(gain)s points on "
                "average (%(people)s people with both tests)."
            )
            % {"gain": number_format(gain["average"], 1), "people": gain["people"]}
        )
    sentences.append(
        _("%(count)s in-person trainings were held.") % {"count": data["trainings_held"]}
    )
    return sentences


def section_notes(data: dict, title: str) -> list[str]:
    """The notes printed under a section's table (`data["notes"]`, keyed by the section's
    title, a text or a list of texts), in the PDF and the Word file alike."""
    notes = data.get("notes", {}).get(title, [])
    if isinstance(notes, str):
        notes = [notes]
    return [str(note) for note in notes if str(note).strip()]


def pdf_export(data: dict) -> bytes:
    """The annual report to the Provincial People's Committee, in Vietnamese."""
    from reports import annual

    return annual.render_pdf(annual.build(data)).pdf
