"""Page and header measures of the annual report (Decree 30/2020, Appendix I), shared by
the PDF, the Word file and the issuer form that checks a name fits its line.

Sizes are in millimetres and points. The PDF prints in the shipped Noto Serif; offices
print Times New Roman, whose capitals are about as wide (97 %), so a line that fits here
fits in Word too.
"""

from common.pdf import POINTS_PER_MM, text_width_mm

# A4 portrait, margins within Decree 30's ranges (top/bottom 20–25, left 30–35, right 15–20).
PAGE_WIDTH, PAGE_HEIGHT = 210, 297
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20, 20, 30, 15
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165
# Landscape pages of the annex: the bound edge (left on a portrait page) is at the top.
LANDSCAPE_MARGIN_TOP, LANDSCAPE_MARGIN_BOTTOM = 30, 15
LANDSCAPE_MARGIN_LEFT, LANDSCAPE_MARGIN_RIGHT = 20, 20
LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - LANDSCAPE_MARGIN_LEFT - LANDSCAPE_MARGIN_RIGHT  # 257

# The header's two columns. The right one holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at
# 12 pt bold (90.4 mm) and the place-date line at 13 pt italic (about 86 mm); the left one
# takes the rest, so an agency line may be 71 mm wide: "UBND TỈNH KHÁNH HÒA" (52 mm) or
# "SỞ LAO ĐỘNG - THƯƠNG BINH" (67 mm) fit, "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA" (80 mm) does
# not, and no name is ever wrapped by the printer: each line is one the office chose.
HEADER_RIGHT = 92
HEADER_LEFT = TEXT_WIDTH - HEADER_RIGHT  # 73
CELL_PADDING = 1
AGENCY_LINE_MAX = HEADER_LEFT - 2 * CELL_PADDING  # 71
AGENCY_SIZE = 12  # governing and issuing body, national name: 12–13 pt
MOTTO_SIZE = 13  # "Độc lập - Tự do - Hạnh phúc": 13–14 pt
NUMBER_SIZE = 13  # "Số: …/BC-…": 13 pt
DATE_SIZE = 13  # place and date: 13–14 pt, italic
TITLE_SIZE = 14  # "BÁO CÁO" and the subject: 13–14 pt
BODY_SIZE = 13  # the text: 13–14 pt
RECIPIENTS_TITLE_SIZE = 12  # "Nơi nhận:" 12 pt bold italic
RECIPIENTS_SIZE = 11  # the lines under it: 11 pt
SIGNATURE_SIZE = 13  # authority and name: 13–14 pt bold
TABLE_SIZE = 11
WIDE_TABLE_SIZE = 10
FIRST_LINE_INDENT = 10  # 1 cm
SIGNATURE_WIDTH = 80  # the signature column, bottom right
# The fixed words of Decree 30's format: the document is Vietnamese whatever the language
# of the person who prints it, so these are not translated.
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NUMBER = "Số:"
TO = "Kính gửi:"
RECIPIENTS = "Nơi nhận:"
AS_ABOVE = "Như trên"
ARCHIVE = "Lưu: VT"


def agency_line_width(line: str, *, bold: bool) -> float:
    return text_width_mm(line.upper(), AGENCY_SIZE, bold=bold)


def fitted_size(line: str, *, bold: bool, size: float = AGENCY_SIZE) -> float:
    """The size `line` prints at to stay on one line of the header's left column: `size`,
    or smaller for a long line saved before the issuer form checked it."""
    width = text_width_mm(line, size, bold=bold)
    if width <= AGENCY_LINE_MAX:
        return size
    return round(size * AGENCY_LINE_MAX / width - 0.05, 1)


def rule_width(lines: list[str], *, size: float, bold: bool, share: float) -> float:
    """A rule under a text, `share` of its longest line: 1/3–1/2 under the issuing body
    and the subject, as long as the line under the motto."""
    longest = max((text_width_mm(line, size, bold=bold) for line in lines), default=0)
    return round(longest * share, 1)


# Times New Roman, as Word prints the same text: its "…" is one em wide (Noto Serif's is
# narrower), and the motto at 13 pt bold is 56 mm (measured with Liberation Serif, which
# has Times New Roman's widths).
TIMES_ELLIPSIS_EM = 1.0
TIMES_MOTTO_WIDTH = 56


def dotted(width: float, size: float) -> str:
    """A line of dots at most `width` mm long in either font, left where the office writes
    by hand (never wrapped into a second line in Word)."""
    dot = max(text_width_mm("…", size), TIMES_ELLIPSIS_EM * size / POINTS_PER_MM)
    return "…" * max(int(width / dot), 3)
