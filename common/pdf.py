"""PDFs from HTML templates with xhtml2pdf (certificates, sign-in sheets, reports).

xhtml2pdf silently falls back to Helvetica, which has no Vietnamese glyphs, when it may not
read a font file. Fonts are therefore shipped in `common/fonts/` (Noto Serif, SIL OFL 1.1,
licence alongside), read only from there under an explicit resource policy, and a render
that reports any warning is logged here and fails the tests.
"""

import functools
import io
import logging
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

logger = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent / "fonts"
RESOURCE_POLICY = ResourceAccessPolicy.server(base_dir=FONT_DIR)


class PdfRenderError(RuntimeError):
    pass


@dataclass
class Rendered:
    pdf: bytes
    warnings: int


def render_html(html: str) -> Rendered:
    out = io.BytesIO()
    status = pisa.CreatePDF(html, dest=out, encoding="utf-8", resource_policy=RESOURCE_POLICY)
    if status.err:
        raise PdfRenderError(f"xhtml2pdf reported {status.err} error(s)")
    if status.warn:
        logger.warning("xhtml2pdf reported %s warning(s)", status.warn)
    return Rendered(pdf=out.getvalue(), warnings=status.warn)


def render_template(template_name: str, context: dict) -> str:
    """A PDF template rendered in Vietnamese: these are official documents, whatever the
    language of the person who asks for them. `font_dir` is added for @font-face."""
    with translation.override("vi"):
        return render_to_string(template_name, {"font_dir": FONT_DIR.as_uri(), **context})


def vietnamese_date_line(place: str, day: date) -> str:
    """“Ninh Thuận, ngày 05 tháng 01 năm 2027”: Decree 30 pads days below 10 and months 1–2."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


FACES = {
    (False, False): "NotoSerif-Regular.ttf",
    (True, False): "NotoSerif-Bold.ttf",
    (False, True): "NotoSerif-Italic.ttf",
    (True, True): "NotoSerif-BoldItalic.ttf",
}
POINTS_PER_MM = 72 / 25.4


@functools.cache
def _measuring_font(bold: bool, italic: bool) -> str:
    """The shipped face registered with ReportLab under a name of its own, for measuring."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"lms-measure-{int(bold)}{int(italic)}"
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / FACES[bold, italic])))
    return name


def text_width_mm(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """How wide `text` prints in the shipped Noto Serif at `size` points, in millimetres
    (to keep a line that must not wrap, such as an agency's name, within its column)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = unicodedata.normalize("NFC", text)
    return stringWidth(text, _measuring_font(bold, italic), size) / POINTS_PER_MM
