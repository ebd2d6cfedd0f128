"""The report's tables as every export prints them: (title, header, rows) per table, in
the dashboard's order, the figures of `selectors.dashboard`, and the sentence under each
table saying how it adds up. The CSV, the workbook, the PDF and the Word file all print
exactly these."""

from django.utils.translation import gettext as _


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


def section_notes(data: dict, title: str) -> list[str]:
    """The notes printed under a section's table, in the PDF and the Word file alike."""
    note = notes(data).get(title, "")
    return [note] if note.strip() else []
