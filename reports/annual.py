"""The annual report to the Provincial People's Committee: its text, who issues it, and
the one document the PDF and the Word file both print (docs/decisions/0007-annual-report.md).

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

from django.utils import translation
from django.utils.formats import localize
from django.utils.translation import gettext as _

from common.pdf import vietnamese_date_line
from reports import layout
from reports import sections as report_tables
from reports.models import AnnualNarrative, ReportIssuer
from reports.narrative import (  # noqa: F401 - the report pages use them through here
    GENERATED,
    SECTION_TITLES,
    SECTIONS,
    WRITTEN,
    drafts,
    has_text,
    implementation_sentences,
    is_edited,
    issue_date,
    issuer_for,
    narrative_for,
    normalised,
    paragraphs,
    report_warnings,
    section_texts,
    single_unit,
    warnings,
)

ROMAN = ("I", "II", "III", "IV", "V", "VI")
WIDE_TABLE_COLUMNS = 6  # more columns than this go on a landscape page
DOTTED_LINES = 3  # lines left for a section nobody has written yet


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
            report_tables.section_notes(data, title),
        )
        for number, (title, header, rows) in enumerate(report_tables.sections(data), start=1)
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
        document.extract_of = report_tables.place_label(scope)
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
