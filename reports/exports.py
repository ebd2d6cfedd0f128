"""CSV, XLSX and PDF exports of the dashboard: the same numbers, from `selectors.dashboard`.

Names and titles in them are typed by learners and editors: every cell goes through
`common.spreadsheets`, so none is ever run as a formula.
"""

import io

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from common import spreadsheets
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
        (_("People trained (each once)"), trained["total"]),
        (_("of whom last trained online (course completed)"), trained["online"]),
        (_("of whom last trained in person (attended)"), trained["in_person"]),
        (_("People certified (each once)"), certified["total"]),
        (_("of whom last certified online"), certified["online"]),
        (_("of whom last certified in person"), certified["in_person"]),
        (_("Women certified"), certified["women"]),
        (_("Men certified"), certified["men"]),
        (_("Online courses completed with a certificate"), certified["course_certificates"]),
        (_("In-person trainings held"), data["trainings_held"]),
        (_("Certificates issued"), certified["certificates"]),
        (
            _("Average knowledge gain (points out of 100)"),
            "" if gain["average"] is None else gain["average"],
        ),
        (_("People with both tests (each once)"), gain["people"]),
        (_("Goal: people to certify"), _blank(data["goal"]["goal"])),
        (_("Share of the goal reached"), _percent(data["goal"]["share"])),
    ]


def _blank(value):
    return "" if value is None else value


def _unit_track_rows(table: dict) -> list[list]:
    rows = [
        [
            row["name"],
            *[cell["people"] for cell in row["cells"]],
            row["total"]["people"],
            _blank(row["total"]["goal"]),
            _percent(row["total"]["share"]),
        ]
        for row in table["rows"]
    ]
    totals = table["totals"]
    rows.append(
        [
            _("Total (each person once)"),
            *[cell["people"] for cell in totals["tracks"]],
            totals["total"]["people"],
            _blank(totals["total"]["goal"]),
            _percent(totals["total"]["share"]),
        ]
    )
    return rows


def _trained_rows(data: dict) -> list[list]:
    table, trained = data["table"], data["trained"]
    rows = [
        [
            row["name"],
            row["trained"]["total"],
            row["trained"]["online"],
            row["trained"]["in_person"],
            row["total"]["people"],
            _blank(row["total"]["goal"]),
            _percent(row["total"]["share"]),
        ]
        for row in table["rows"]
    ]
    total = table["totals"]["total"]
    rows.append(
        [
            _("Total (each person once)"),
            trained["total"],
            trained["online"],
            trained["in_person"],
            total["people"],
            _blank(total["goal"]),
            _percent(total["share"]),
        ]
    )
    return rows


def _goal_rows(data: dict) -> list[list]:
    whole = _("Whole province") if data["scope"].is_province else _("All units of the report")
    everything = _("All tracks")
    return [
        [
            goal["place"] or whole,
            goal["track"] or everything,
            goal["people"],
            goal["goal"],
            _percent(goal["share"]),
        ]
        for goal in data["goals"]
    ]


def _month_label(item: dict) -> str:
    return f"{item['month']:02d}/{item['year']}"


def sections(data: dict) -> list[tuple[str, list, list[list]]]:
    """Each table as (title, header, rows), in the order of the dashboard."""
    track_titles = [column["title"] for column in data["table"]["columns"]]
    people, goal, reached = _("People"), _("Goal"), _("Reached")
    unit = _("District")
    return [
        (_("Overview"), [_("Figure"), _("Value")], [list(row) for row in headline_rows(data)]),
        (
            _("Certified people by district and track"),
            [unit, *track_titles, _("Total"), goal, reached],
            _unit_track_rows(data["table"]),
        ),
        (
            _("People trained and certified by district"),
            [
                unit,
                _("Trained"),
                _("of whom online"),
                _("of whom in person"),
                _("Certified"),
                goal,
                reached,
            ],
            _trained_rows(data),
        ),
        (
            _("Goals and results"),
            [_("Place"), _("Track"), people, goal, reached],
            _goal_rows(data),
        ),
        (
            _("By organisation"),
            [_("Organisation"), people],
            [[item["name"], item["people"]] for item in data["organisations"]],
        ),
        (
            _("By target group"),
            [_("Target group"), people, goal, reached],
            [
                [item["name"], item["people"], _blank(item["goal"]), _percent(item["share"])]
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
            [[_month_label(item), item["people"], item["certificates"]] for item in data["months"]],
        ),
    ]


# What each table's note says (reports.selectors.NOTES), by the table's place in sections().
NOTE_OF_SECTION = [
    "certified",
    "table",
    "trained",
    "goals",
    "certified",
    "certified",
    "certified",
    "certified",
    "months",
]


def notes(data: dict) -> dict[str, str]:
    """The sentence said under each table, keyed by the table's title."""
    return {
        title: str(data["notes"][key])
        for (title, _header, _rows), key in zip(sections(data), NOTE_OF_SECTION, strict=True)
    }


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
    # The trainings held are told in section I (implementation), not repeated here.
    return sentences


def section_notes(data: dict, title: str) -> list[str]:
    """The notes printed under a section's table, in the PDF and the Word file alike."""
    note = notes(data).get(title, "")
    return [note] if note.strip() else []


def pdf_export(data: dict) -> bytes:
    """The annual report to the Provincial People's Committee, in Vietnamese."""
    from reports import annual

    return annual.render_pdf(annual.build(data)).pdf
