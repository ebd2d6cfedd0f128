"""The annual report as an editable Word file: the same `AnnualDocument` as the PDF, laid
out the same way (Decree 30/2020), in Times New Roman as offices print it.

The office opens it to give the number, adjust the text and sign; so everything is plain
paragraphs and tables Word users know: the header is a table without borders, the rules
under the agency name and the motto are paragraph borders, page numbers a PAGE field at
the top, not shown on the first page.
"""

import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from reports import layout
from reports.annual import AnnualDocument, Table

FONT = "Times New Roman"
LANGUAGE = "vi-VN"


def _run(paragraph, text: str, **options):
    """A run of `text`, NFC, less the control characters XML cannot hold (a name pasted
    into a profile may carry one; the PDF simply does not draw them)."""
    run = paragraph.add_run(unicodedata.normalize("NFC", ILLEGAL_CHARACTERS_RE.sub("", text)))
    _font(run, **options)
    return run


def _font(style_or_run, *, size=None, bold=None, italic=None) -> None:
    font = style_or_run.font
    font.name = FONT
    # Word picks the East Asian and complex-script font separately: all Times New Roman.
    properties = style_or_run.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic


def _paragraph(container, text="", *, size=layout.BODY_SIZE, bold=False, italic=False,
               align=WD_ALIGN_PARAGRAPH.CENTER, indent=None, after=0, before=0):  # fmt: skip
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    spacing = paragraph.paragraph_format
    spacing.space_before, spacing.space_after = Pt(before), Pt(after)
    if indent is not None:
        spacing.first_line_indent = Mm(indent)
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _rule(container, *, length: float, width: float) -> None:
    """A centred horizontal rule `length` mm long in a space `width` mm wide: the bottom
    border of an empty, tiny paragraph indented from both sides."""
    paragraph = _paragraph(container, size=2)
    side = max((width - length) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    paragraph.paragraph_format.line_spacing = Pt(4)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    line = {"w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "000000"}
    for name, value in line.items():
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _no_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _cell_margins(table, mm: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(int(mm * 56.7)))  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _fixed_table(container, rows: int, widths: list[float]):
    table = container.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout_element = OxmlElement("w:tblLayout")
    layout_element.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout_element)
    for index, width in enumerate(widths):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    return table


def _first(cell, text="", **options):
    """Write into a new cell's own empty paragraph first, then add paragraphs after it."""
    paragraph = cell.paragraphs[0]
    if text:
        _run(paragraph, text, **options)
    return paragraph


def _cell_lines(cell, lines, *, size, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    for index, text in enumerate(lines):
        if index == 0:
            paragraph = _first(cell, text, size=size, bold=bold, italic=italic)
            paragraph.alignment = align
            paragraph.paragraph_format.space_after = Pt(0)
        else:
            _paragraph(cell, text, size=size, bold=bold, italic=italic, align=align)


def _page_setup(section, *, landscape: bool) -> None:
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(layout.PAGE_HEIGHT), Mm(layout.PAGE_WIDTH)
        margins = (
            layout.LANDSCAPE_MARGIN_TOP,
            layout.LANDSCAPE_MARGIN_BOTTOM,
            layout.LANDSCAPE_MARGIN_LEFT,
            layout.LANDSCAPE_MARGIN_RIGHT,
        )
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(layout.PAGE_WIDTH), Mm(layout.PAGE_HEIGHT)
        margins = (layout.MARGIN_TOP, layout.MARGIN_BOTTOM, layout.MARGIN_LEFT, layout.MARGIN_RIGHT)
    section.top_margin, section.bottom_margin = Mm(margins[0]), Mm(margins[1])
    section.left_margin, section.right_margin = Mm(margins[2]), Mm(margins[3])
    section.header_distance = Mm(9)


def _page_numbers(section) -> None:
    """A PAGE field centred at the top, on every page but the first (Decree 30)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _font(run, size=layout.NUMBER_SIZE)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _styles(word) -> None:
    normal = word.styles["Normal"]
    _font(normal, size=layout.BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    language = OxmlElement("w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), LANGUAGE)
    normal.element.get_or_add_rPr().append(language)


def _letterhead(word, document: AnnualDocument) -> None:
    widths = [layout.HEADER_LEFT, layout.HEADER_RIGHT]
    inner = [width - 2 * layout.CELL_PADDING for width in widths]
    table = _fixed_table(word, 2, widths)
    _no_borders(table)
    _cell_margins(table, layout.CELL_PADDING)
    left, right = table.rows[0].cells
    for index, line in enumerate(document.governing):
        options = {"size": line.size}
        if index == 0:
            _first(left, line.text, **options).alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            _paragraph(left, line.text, **options)
    for line in document.issuing:
        _paragraph(left, line.text, size=line.size, bold=True)
    _rule(left, length=document.issuing_rule, width=inner[0])
    _first(
        right, layout.NATION, size=layout.AGENCY_SIZE, bold=True
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(right, layout.MOTTO, size=layout.MOTTO_SIZE, bold=True)
    _rule(right, length=layout.TIMES_MOTTO_WIDTH, width=inner[1])
    number, day = table.rows[1].cells
    _cell_lines(number, [document.number_line], size=layout.NUMBER_SIZE)
    _cell_lines(day, [document.date_line], size=layout.DATE_SIZE, italic=True)


def _closing(word, document: AnnualDocument) -> None:
    closing = _paragraph(
        word,
        document.closing,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        indent=layout.FIRST_LINE_INDENT,
        after=6,
    )
    closing.paragraph_format.keep_with_next = True
    widths = [layout.TEXT_WIDTH - layout.SIGNATURE_WIDTH, layout.SIGNATURE_WIDTH]
    table = _fixed_table(word, 1, widths)
    _no_borders(table)
    _cell_margins(table, 0)
    # Recipients and signature stay on one page, as in the PDF.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    recipients, signature = table.rows[0].cells
    _first(
        recipients, layout.RECIPIENTS, size=layout.RECIPIENTS_TITLE_SIZE, bold=True, italic=True
    ).alignment = WD_ALIGN_PARAGRAPH.LEFT
    for line in document.recipients:
        _paragraph(recipients, line, size=layout.RECIPIENTS_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
    _cell_lines(signature, document.authority, size=layout.SIGNATURE_SIZE, bold=True)
    _paragraph(signature, document.signer, size=layout.SIGNATURE_SIZE, bold=True, before=72)


def _data_table(word, table: Table) -> None:
    size = table.size
    _paragraph(word, table.title, size=size, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
               before=10, after=4).paragraph_format.keep_with_next = True  # fmt: skip
    grid = _fixed_table(word, 1 + len(table.rows), table.widths)
    grid.style = word.styles["Table Grid"]
    header = grid.rows[0]
    # The header row repeats at the top of every page the table runs onto.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, label in zip(header.cells, table.header, strict=True):
        _cell_lines(cell, [label], size=size, bold=True)
    for row, values in zip(grid.rows[1:], table.rows, strict=True):
        for index, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
            align = WD_ALIGN_PARAGRAPH.RIGHT if table.numeric[index] else WD_ALIGN_PARAGRAPH.LEFT
            _cell_lines(cell, [value], size=size, align=align)
    for note in table.notes:
        _paragraph(word, note, size=size, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)


def render_docx(document: AnnualDocument, out) -> None:
    """Write `document` as a .docx to the binary file `out`."""
    word = Document()
    _styles(word)
    section = word.sections[0]
    _page_setup(section, landscape=False)
    _page_numbers(section)
    word.core_properties.title = document.subject
    word.core_properties.language = LANGUAGE
    word.core_properties.author = " ".join(line.text for line in document.issuing)

    if document.is_extract:
        _paragraph(word, document.title, size=layout.TITLE_SIZE, bold=True, before=14)
        _paragraph(word, document.subject, size=layout.TITLE_SIZE, bold=True)
        _paragraph(word, document.extract_of)
        _paragraph(word, document.period_note, size=layout.TABLE_SIZE, italic=True)
        _paragraph(word, document.annex_note, size=layout.TABLE_SIZE, italic=True)
        _rule(word, length=document.subject_rule, width=layout.TEXT_WIDTH)
    else:
        _letterhead(word, document)
        _paragraph(word, document.title, size=layout.TITLE_SIZE, bold=True, before=14)
        _paragraph(word, document.subject, size=layout.TITLE_SIZE, bold=True)
        _rule(word, length=document.subject_rule, width=layout.TEXT_WIDTH)
        _paragraph(word, document.period_note, size=layout.TABLE_SIZE, italic=True)
        if document.addressee:
            _paragraph(word, document.addressee, before=8)

    for part in document.sections:
        heading = _paragraph(word, f"{part.number}. {part.title}", bold=True,
                             align=WD_ALIGN_PARAGRAPH.LEFT, indent=layout.FIRST_LINE_INDENT,
                             before=8, after=4)  # fmt: skip
        heading.paragraph_format.keep_with_next = True
        align = WD_ALIGN_PARAGRAPH.LEFT if part.dotted else WD_ALIGN_PARAGRAPH.JUSTIFY
        for text in part.paragraphs:
            _paragraph(word, text, align=align, indent=layout.FIRST_LINE_INDENT, after=6)

    if not document.is_extract:
        _closing(word, document)

    for number, (landscape, tables) in enumerate(document.table_groups):
        section = word.add_section(WD_SECTION.NEW_PAGE)
        _page_setup(section, landscape=landscape)
        section.different_first_page_header_footer = False
        if number == 0:
            _paragraph(word, document.annex_title, size=layout.TITLE_SIZE, bold=True)
            _paragraph(word, document.annex_subject, size=layout.TITLE_SIZE, bold=True)
            _paragraph(word, document.annex_note, size=layout.TABLE_SIZE, italic=True)
        for table in tables:
            _data_table(word, table)
    word.save(out)
