"""The annual report to the Provincial People's Committee: its text, who issues it, and
the one document the PDF and the Word file both print (docs/decisions/0006).

- The report is dated the day it is printed, so it takes the issuer record valid that day
  (a 2024 report printed in 2026 is issued by whoever issues reports in 2026).
- The province's report is issued by the lead department (the record without a unit). A
  report of one unit is issued under that unit's own record when one is valid; otherwise,
  and for several units together, it is an extract of figures ("Trích số liệu"), with no
  national header, number or signature: nobody appears to have issued it.
- The text is kept per year for the province and per year and unit for one unit. Its first
  two sections start as a draft made from the figures; an untouched draft follows the
  figures, text the department edited is printed as they wrote it.
- Whatever the issuer record lacks (issuing body, symbol, signer) is printed as a dotted
  line to fill in by hand, and `warnings` lists it for the report pages: nothing made up
  is ever printed.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.formats import localize
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.pdf import vietnamese_date_line
from reports import exports, layout
from reports.models import AnnualNarrative, ReportIssuer

GENERATED = ("implementation", "results")
WRITTEN = ("difficulties", "proposals")
SECTIONS = GENERATED + WRITTEN
SECTION_TITLES = {
    "implementation": gettext_lazy("Implementation"),
    "results": gettext_lazy("Results against goals"),
    "difficulties": gettext_lazy("Difficulties and obstacles"),
    "proposals": gettext_lazy("Proposals and recommendations"),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI")
WIDE_TABLE_COLUMNS = 6  # more columns than this go on a landscape page
DOTTED_LINES = 3  # lines left for a section nobody has written yet


def report_warnings(scope, data: dict | None = None, day: date | None = None) -> list[str]:
    """The warnings of `scope`'s annual report, for the dashboard and the text page."""
    day = day or issue_date()
    live = drafts(data) if data is not None else None
    return warnings(scope, issuer_for(scope, day), narrative_for(scope), live, day)


def issue_date() -> date:
    """The report's date: the day it is printed (the office dates the copy it signs)."""
    return timezone.localdate()


# Which records a report uses -----------------------------------------------------------


def single_unit(scope):
    return scope.units[0] if len(scope.units) == 1 else None


def has_text(scope) -> bool:
    """Whether the scope keeps a text of its own: the province, or one unit."""
    return scope.is_province or single_unit(scope) is not None


def issuer_for(scope, day: date) -> ReportIssuer | None:
    """The record valid on `day` that issues this scope's report; None for an extract.

    The province's report falls back to no record (all dotted) rather than to an extract,
    so a missing record shows as a warning, never as a silently different document."""
    if scope.is_province:
        unit = None
    elif (unit := single_unit(scope)) is None:
        return None
    issuer = ReportIssuer.objects.valid_on(day).filter(unit=unit).order_by("-valid_from").first()
    if issuer is None and scope.is_province:
        return ReportIssuer(governing_body="", place_name="")
    return issuer


def narrative_for(scope) -> AnnualNarrative | None:
    """The stored text of the scope's year (None when nothing was saved yet)."""
    if not has_text(scope):
        return None
    return (
        AnnualNarrative.objects.filter(year=scope.year, unit=single_unit(scope))
        .select_related("updated_by")
        .first()
    )


# Drafts and the text a report prints ---------------------------------------------------


def normalised(text: str) -> str:
    return " ".join((text or "").split())


def paragraphs(text: str) -> list[str]:
    """A section's paragraphs: one per line typed, empty lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def drafts(data: dict) -> dict[str, str]:
    """The generated first drafts of the two first sections, in Vietnamese, from the
    figures of `data` (one paragraph per line)."""
    with translation.override("vi"):
        return {
            "implementation": "\n".join(implementation_sentences(data)),
            "results": "\n".join(
                [*exports.summary(data), _("Detailed figures are in the annex to this report.")]
            ),
        }


def implementation_sentences(data: dict) -> list[str]:
    scope, certified, trained = data["scope"], data["certified"], data["trained"]
    tracks = [str(column["title"]) for column in data["table"]["columns"]]
    sentences = []
    if tracks:
        values = {
            "year": scope.year,
            "place": exports.place_label(scope),
            "count": len(tracks),
            "tracks": "; ".join(tracks),
        }
        if scope.is_province:
            sentence = _(
                "In %(year)s, training across the province covered %(count)s tracks: %(tracks)s."
            )
        else:
            sentence = _("In %(year)s, training in %(place)s covered %(count)s tracks: %(tracks)s.")
        sentences.append(sentence % values)
    sentences.append(
        _(
            "%(trainings)s in-person trainings were held and %(courses)s online courses were "
            "completed with a certificate; %(trained)s people were trained (%(online)s "
            "online, %(in_person)s in person)."
        )
        % {
            "trainings": data["trainings_held"],
            "courses": certified["course_certificates"],
            "trained": trained["total"],
            "online": trained["online"],
            "in_person": trained["in_person"],
        }
    )
    busiest = max(data["months"], key=lambda month: month["people"], default=None)
    if busiest and busiest["people"]:
        sentences.append(
            _("Most certificates were issued in %(month)s (%(people)s people).")
            % {"month": f"{busiest['month']:02d}/{scope.year}", "people": busiest["people"]}
        )
    return sentences


def is_edited(narrative: AnnualNarrative | None, key: str) -> bool:
    """Whether a generated section holds text the department changed from its draft."""
    if narrative is None or key not in GENERATED:
        return False
    text = getattr(narrative, key)
    return bool(text.strip()) and normalised(text) != normalised(getattr(narrative, f"{key}_draft"))


def section_texts(narrative: AnnualNarrative | None, live: dict[str, str]) -> dict[str, str]:
    """The text each section prints: edited text as written, an untouched draft as made
    from today's figures (so it never disagrees with the tables), the other two as
    written (empty: dotted lines)."""
    texts = {}
    for key in SECTIONS:
        if key in GENERATED:
            texts[key] = getattr(narrative, key) if is_edited(narrative, key) else live[key]
        else:
            texts[key] = getattr(narrative, key) if narrative else ""
    return texts


def warnings(scope, issuer, narrative, live: dict[str, str] | None, day: date) -> list[str]:
    """What the report cannot print as it should, for the report pages (never printed).
    Without `live` drafts (a dashboard narrowed to some months) text is not compared."""
    found = []
    if issuer is not None:
        if issuer.pk is None:
            found.append(
                _(
                    "No report issuer is valid on %(day)s: add one in the admin (Report "
                    "issuers). The header and signature are printed as dotted lines."
                )
                % {"day": day.strftime("%d/%m/%Y")}
            )
        elif missing := issuer.missing():
            found.append(
                _(
                    "Not set in the report issuer valid on %(day)s: %(fields)s. The report "
                    "prints dotted lines there, to fill in by hand; set them in the admin "
                    "(Report issuers)."
                )
                % {"day": day.strftime("%d/%m/%Y"), "fields": ", ".join(missing)}
            )
    empty = [
        str(SECTION_TITLES[key])
        for key in WRITTEN
        if not (narrative and getattr(narrative, key).strip())
    ]
    if has_text(scope) and empty:
        found.append(
            _("Not written yet: %(sections)s. The report prints dotted lines there.")
            % {"sections": ", ".join(empty)}
        )
    stale = [
        str(SECTION_TITLES[key])
        for key in GENERATED
        if live is not None
        and is_edited(narrative, key)
        and normalised(getattr(narrative, f"{key}_draft")) != normalised(live[key])
    ]
    if stale:
        found.append(
            _(
                "The figures have changed since the draft of %(sections)s was made, and the "
                "text there was edited: compare it with the new draft."
            )
            % {"sections": ", ".join(stale)}
        )
    return found


# The document --------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    size: float


@dataclass
class Section:
    number: str
    title: str
    paragraphs: list[str]
    dotted: bool = False


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    widths: list[float]  # millimetres, summing to the text width of the page
    notes: list[str]
    landscape: bool

    @property
    def size(self) -> float:
        return layout.WIDE_TABLE_SIZE if self.landscape else layout.TABLE_SIZE

    @property
    def width(self) -> float:
        return round(sum(self.widths), 1)


@dataclass
class AnnualDocument:
    """Everything the report prints, in order; the PDF template and the Word writer lay
    it out the same way and add nothing of their own."""

    is_extract: bool
    title: str
    subject: str
    period_note: str
    sections: list[Section]
    annex_title: str
    annex_subject: str
    annex_note: str
    tables: list[Table]
    governing: list[Line] = field(default_factory=list)
    issuing: list[Line] = field(default_factory=list)
    issuing_rule: float = 0
    number_line: str = ""
    date_line: str = ""
    addressee: str = ""
    closing: str = ""
    recipients: list[str] = field(default_factory=list)
    authority: list[str] = field(default_factory=list)
    signer: str = ""
    extract_of: str = ""
    subject_rule: float = 0
    motto_rule: float = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def table_groups(self) -> list[tuple[bool, list[Table]]]:
        """Consecutive tables of the same orientation: (landscape, tables), one page run each."""
        groups: list[tuple[bool, list[Table]]] = []
        for table in self.tables:
            if groups and groups[-1][0] == table.landscape:
                groups[-1][1].append(table)
            else:
                groups.append((table.landscape, [table]))
        return groups


def cell_text(value) -> str:
    """A figure as the report prints it: 63%, 30,0, 1234; text as it is."""
    if value is None:
        return ""
    if isinstance(value, float | Decimal):
        return str(localize(value))
    return str(value)


def _is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _table(title: str, header: list, rows: list[list], notes: list[str]) -> Table:
    columns = len(header)
    landscape = columns > WIDE_TABLE_COLUMNS
    width = layout.LANDSCAPE_TEXT_WIDTH if landscape else layout.TEXT_WIDTH
    numeric = [
        index > 0
        and any(_is_number(row[index]) for row in rows if index < len(row))
        and all(
            _is_number(row[index]) or row[index] in ("", None) for row in rows if index < len(row)
        )
        for index in range(columns)
    ]
    first = {1: 1.0, 2: 0.7, 3: 0.5, 4: 0.4}.get(columns, 0.3 if not landscape else 0.2)
    rest = (1 - first) / (columns - 1) if columns > 1 else 0
    widths = [round(width * (first if index == 0 else rest), 1) for index in range(columns)]
    return Table(
        title=title,
        header=[str(label) for label in header],
        rows=[[cell_text(value) for value in row] for row in rows],
        numeric=numeric,
        widths=widths,
        notes=notes,
        landscape=landscape,
    )


def _number_line(issuer: ReportIssuer, narrative: AnnualNarrative | None) -> str:
    number = narrative.document_number if narrative else None
    # Decree 30: numbers below 10 take a 0; no number leaves room for the office's stamp.
    shown = f"{number:02d}" if number else "\u00a0" * 8
    symbol = issuer.document_symbol.strip().upper() or "BC-" + layout.dotted(12, 13)
    return f"{layout.NUMBER} {shown}/{symbol}"


def build(data: dict, *, day: date | None = None) -> AnnualDocument:
    """The annual report of `data["scope"]` (the whole year), dated `day` (today)."""
    day = day or issue_date()
    scope = data["scope"]
    with translation.override("vi"):
        return _build(data, scope, day)


def _build(data, scope, day) -> AnnualDocument:
    issuer = issuer_for(scope, day)
    narrative = narrative_for(scope)
    live = drafts(data)
    texts = section_texts(narrative, live)
    body_width = layout.TEXT_WIDTH - layout.FIRST_LINE_INDENT
    sections = []
    for number, key in zip(ROMAN, SECTIONS, strict=False):
        lines = paragraphs(texts[key])
        dotted = not lines
        if dotted:
            lines = [layout.dotted(body_width, layout.BODY_SIZE)] * DOTTED_LINES
        sections.append(Section(number, str(SECTION_TITLES[key]).upper(), lines, dotted))
    tables = [
        _table(
            _("Table %(number)s. %(title)s") % {"number": number, "title": title},
            header,
            rows,
            exports.section_notes(data, title),
        )
        for number, (title, header, rows) in enumerate(exports.sections(data), start=1)
    ]
    last = min(scope.last_day, day) if scope.year == day.year else scope.last_day
    period_note = _("(Figures from %(first)s to %(last)s)") % {
        "first": scope.first_day.strftime("%d/%m/%Y"),
        "last": last.strftime("%d/%m/%Y"),
    }
    subject = _("Results of training to prevent and respond to gender-based violence in %(year)s")
    subject %= {"year": scope.year}
    document = AnnualDocument(
        is_extract=issuer is None,
        title=_("REPORT") if issuer is not None else _("EXTRACT OF FIGURES"),
        subject=subject,
        period_note=period_note,
        sections=sections,
        annex_title=_("ANNEX"),
        annex_subject=(_("Training figures of %(year)s") % {"year": scope.year}).upper(),
        annex_note="",
        tables=tables,
        warnings=warnings(scope, issuer, narrative, live, day),
        subject_rule=min(
            layout.rule_width([subject], size=layout.TITLE_SIZE, bold=True, share=0.35),
            round(layout.TEXT_WIDTH * 0.35, 1),
        ),
    )
    if issuer is None:
        document.extract_of = exports.place_label(scope)
        document.annex_note = _(
            "Extracted on %(day)s from the training platform; not a document issued by an agency."
        ) % {"day": day.strftime("%d/%m/%Y")}
        return document
    _letterhead(document, issuer, narrative, day, scope.year)
    return document


def _letterhead(document, issuer, narrative, day, year) -> None:
    """The header, number, date, addressee, closing, recipients and signature."""
    size = layout.AGENCY_SIZE
    document.governing = [
        Line(line, layout.fitted_size(line, bold=False)) for line in issuer.governing_lines
    ] or [Line(layout.dotted(40, size), size)]
    document.issuing = [
        Line(line, layout.fitted_size(line, bold=True)) for line in issuer.issuing_lines
    ] or [Line(layout.dotted(50, size), size)]
    document.issuing_rule = max(
        layout.rule_width(
            [line.text for line in document.issuing], size=size, bold=True, share=0.4
        ),
        15,
    )
    document.motto_rule = layout.rule_width(
        [layout.MOTTO], size=layout.MOTTO_SIZE, bold=True, share=1
    )
    document.number_line = _number_line(issuer, narrative)
    place = issuer.place_name.strip() or layout.dotted(20, layout.DATE_SIZE)
    document.date_line = vietnamese_date_line(place, day)
    addressee = issuer.addressee.strip()
    if addressee:
        document.addressee = f"{layout.TO} {addressee}."
        closing = _(
            "This is the report on the results of training in %(year)s, respectfully "
            "submitted to %(addressee)s for consideration and direction."
        ) % {"year": year, "addressee": addressee}
    else:
        closing = _("This is the report on the results of training in %(year)s.") % {"year": year}
    document.closing = closing + "/."
    recipients = issuer.recipient_lines
    if addressee:
        recipients = [layout.AS_ABOVE, *recipients]
    archive = issuer.archive.strip().strip(".")
    document.recipients = [f"- {line};" for line in recipients] + [
        f"- {layout.ARCHIVE}, {archive}." if archive else f"- {layout.ARCHIVE}."
    ]
    document.authority = issuer.authority_lines or [layout.dotted(50, layout.SIGNATURE_SIZE)]
    document.signer = issuer.signer_name.strip() or layout.dotted(50, layout.SIGNATURE_SIZE)
    document.annex_note = _("(Attached to report No. %(number)s dated %(day)s)") % {
        "number": document.number_line.removeprefix(f"{layout.NUMBER} "),
        "day": day.strftime("%d/%m/%Y"),
    }


def render_pdf(document: AnnualDocument):
    """The document as a PDF (`common.pdf.Rendered`: its bytes and xhtml2pdf's warnings)."""
    from common.pdf import render_html, render_template

    context = {
        "doc": document,
        "m": {
            "top": layout.MARGIN_TOP,
            "bottom": layout.MARGIN_BOTTOM,
            "left": layout.MARGIN_LEFT,
            "right": layout.MARGIN_RIGHT,
            "header_left": layout.HEADER_LEFT,
            "header_right": layout.HEADER_RIGHT,
            "recipients": layout.TEXT_WIDTH - layout.SIGNATURE_WIDTH,
            "signature": layout.SIGNATURE_WIDTH,
        },
        "w": {
            "top": layout.LANDSCAPE_MARGIN_TOP,
            "bottom": layout.LANDSCAPE_MARGIN_BOTTOM,
            "left": layout.LANDSCAPE_MARGIN_LEFT,
            "right": layout.LANDSCAPE_MARGIN_RIGHT,
        },
        "s": {
            "padding": layout.CELL_PADDING,
            "agency": layout.AGENCY_SIZE,
            "motto": layout.MOTTO_SIZE,
            "number": layout.NUMBER_SIZE,
            "date": layout.DATE_SIZE,
            "title": layout.TITLE_SIZE,
            "body": layout.BODY_SIZE,
            "indent": layout.FIRST_LINE_INDENT,
            "recipients_title": layout.RECIPIENTS_TITLE_SIZE,
            "recipients": layout.RECIPIENTS_SIZE,
            "signature": layout.SIGNATURE_SIZE,
            "table": layout.TABLE_SIZE,
        },
        "nation": layout.NATION,
        "motto": layout.MOTTO,
        "recipients_title": layout.RECIPIENTS,
    }
    # NFC: names typed on some phones arrive decomposed, and ReportLab stacks the marks badly.
    html = unicodedata.normalize("NFC", render_template("reports/annual_report_pdf.html", context))
    return render_html(html)
