"""Question banks as XLSX: one row per question, in a documented column layout.

Columns (row 1 is the header and is skipped):
  A kind            single | multiple | true_false (also: một đáp án, nhiều đáp án, đúng sai)
  B question        the question text
  C–H option 1–6    option texts; empty cells are skipped
  I correct         numbers of the correct options, e.g. "2" or "1, 3"
  J explanation     shown on review
  K tags            comma-separated, e.g. the lesson's slug
An import checks every row first and saves nothing if any row is wrong.
Texts that a spreadsheet would run as a formula are exported with a leading "'"
(`common.spreadsheets`), and that quote is dropped again on import.
"""

import io
import zipfile
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from common import spreadsheets
from common.uploads import UnsafeArchive, check_xlsx_archive
from courses import scoring
from courses.models import CoursePage, Question, QuestionOption

OPTION_COLUMNS = 6
MAX_ROWS = 2000
HEADERS = [
    "Loại (single / multiple / true_false)",
    "Câu hỏi",
    *[f"Phương án {n}" for n in range(1, OPTION_COLUMNS + 1)],
    "Đáp án đúng (số thứ tự, cách nhau dấu phẩy)",
    "Giải thích",
    "Thẻ (cách nhau dấu phẩy)",
]
KIND_ALIASES = {
    "single": scoring.SINGLE,
    "một đáp án": scoring.SINGLE,
    "multiple": scoring.MULTIPLE,
    "nhiều đáp án": scoring.MULTIPLE,
    "true_false": scoring.TRUE_FALSE,
    "đúng sai": scoring.TRUE_FALSE,
    "đúng/sai": scoring.TRUE_FALSE,
}


@dataclass
class ParsedQuestion:
    kind: str
    text: str
    options: list[tuple[str, bool]]
    explanation: str
    tags: list[str]


class BankImportError(Exception):
    def __init__(self, problems: list[tuple[int, str]]):
        super().__init__("; ".join(f"{row}: {reason}" for row, reason in problems))
        self.problems = problems


def _cell(value) -> str:
    return "" if value is None else spreadsheets.restore(str(value).strip())


def parse_row(values: list) -> tuple[ParsedQuestion | None, str | None]:
    values = list(values) + [None] * (len(HEADERS) - len(values))
    kind = KIND_ALIASES.get(_cell(values[0]).lower())
    if kind is None:
        return None, _("unknown kind “%(kind)s”") % {"kind": _cell(values[0])}
    text = _cell(values[1])
    if not text:
        return None, _("the question is empty")
    option_texts = [_cell(v) for v in values[2 : 2 + OPTION_COLUMNS]]
    correct_cell = _cell(values[2 + OPTION_COLUMNS]).replace(";", ",")
    try:
        correct = {int(float(part)) for part in correct_cell.split(",") if part.strip()}
    except ValueError:
        return None, _("the correct answers “%(value)s” are not option numbers") % {
            "value": correct_cell
        }
    for number in correct:
        if not 1 <= number <= OPTION_COLUMNS or not option_texts[number - 1]:
            return None, _("correct answer %(number)s names an empty option") % {"number": number}
    options = [
        (option_text, number in correct)
        for number, option_text in enumerate(option_texts, start=1)
        if option_text
    ]
    problem = scoring.options_problem(kind, options)
    if problem:
        return None, problem
    tags = [tag.strip() for tag in _cell(values[4 + OPTION_COLUMNS]).split(",") if tag.strip()]
    return ParsedQuestion(kind, text, options, _cell(values[3 + OPTION_COLUMNS]), tags), None


def _damaged_workbook() -> str:
    return _(
        "the Excel file is damaged and cannot be read: open it in Excel, save it again "
        "as .xlsx and upload it again"
    )


def parse_workbook(data: bytes) -> list[ParsedQuestion]:
    """All questions of a sheet, or BankImportError listing every bad row."""
    try:
        check_xlsx_archive(data)
    except UnsafeArchive as error:
        raise BankImportError([(0, str(error))]) from error
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise BankImportError([(0, _("the file is not an Excel workbook (.xlsx)"))]) from error
    except spreadsheets.READ_ERRORS as error:  # a workbook, with a damaged part
        raise BankImportError([(0, _damaged_workbook())]) from error
    sheet = workbook.worksheets[0]
    parsed, problems = [], []
    try:
        for number, row in enumerate(spreadsheets.read_rows(sheet, min_row=2), start=2):
            if number > MAX_ROWS + 1:
                problems.append((number, _("too many rows: at most %(max)s") % {"max": MAX_ROWS}))
                break
            if not any(_cell(value) for value in row):
                continue
            question, problem = parse_row(list(row))
            if problem:
                problems.append((number, problem))
            else:
                parsed.append(question)
    except spreadsheets.UnreadableWorkbook as error:
        raise BankImportError([(0, _damaged_workbook())]) from error
    finally:
        workbook.close()
    if problems:
        raise BankImportError(problems)
    if not parsed:
        raise BankImportError([(0, _("the sheet has no questions"))])
    return parsed


@transaction.atomic
def question_bank_import(*, course: CoursePage, data: bytes) -> int:
    """Add every question of the sheet to the course's bank, or none of them."""
    questions = parse_workbook(data)
    for parsed in questions:
        question = Question.objects.create(
            course=course, kind=parsed.kind, text=parsed.text, explanation=parsed.explanation
        )
        if parsed.tags:
            question.tags.add(*parsed.tags)
            question.save()  # cluster tags are written on save
        QuestionOption.objects.bulk_create(
            QuestionOption(question=question, text=text, is_correct=correct, sort_order=n)
            for n, (text, correct) in enumerate(parsed.options)
        )
    return len(questions)


def _sheet(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Câu hỏi"
    spreadsheets.append(sheet, HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EFE8F7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        spreadsheets.append(sheet, row)
    widths = [18, 60, *[30] * OPTION_COLUMNS, 18, 50, 30]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def question_bank_export(*, course: CoursePage) -> bytes:
    rows = []
    for question in (
        Question.objects.filter(course=course).prefetch_related("options", "tags").order_by("pk")
    ):
        options = list(question.options.all())
        texts = [option.text for option in options][:OPTION_COLUMNS]
        correct = [str(n) for n, option in enumerate(options, start=1) if option.is_correct]
        rows.append(
            [
                question.kind,
                question.text,
                *texts,
                *[""] * (OPTION_COLUMNS - len(texts)),
                ", ".join(correct),
                question.explanation,
                ", ".join(tag.name for tag in question.tags.all()),
            ]
        )
    return _sheet(rows)


def question_bank_template() -> bytes:
    return _sheet(
        [
            [
                "single",
                "Số điện thoại khẩn cấp của Công an là số nào?",
                "111",
                "113",
                "115",
                "",
                "",
                "",
                "2",
                "113 là số Công an; 115 là Cấp cứu; 111 là Tổng đài bảo vệ trẻ em.",
                "tiep-nhan-tin-bao",
            ],
            [
                "true_false",
                "Im lặng hoặc không phản hồi được coi là đồng ý.",
                "Đúng",
                "Sai",
                "",
                "",
                "",
                "",
                "2",
                "Sự đồng ý phải rõ ràng; im lặng không phải là đồng ý.",
                "",
            ],
        ]
    )
