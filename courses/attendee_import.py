"""Sign-in sheets of in-person trainings, imported from XLSX or CSV.

A trainer uploads the sheet of a training. `sheet_read` checks every row and keeps the
result in an `AttendeeImport` waiting for confirmation; `sheet_preview` shows who each row
is (someone already recorded or a new person); `sheet_apply` saves the whole sheet in one
transaction, and refuses while any row has a problem.

Columns are found by their header, in any order, in Vietnamese or English, with or without
diacritics (see `COLUMNS`); other columns (STT, Ký tên...) are ignored. Only the full name
is required. The header is the first row that names the full-name column (normally row 1;
title rows above it are skipped); row numbers in messages are the spreadsheet's.

People are recognised by the one identity rule (people.identity, applied to a sheet by
`courses.attendee_matching`): the same email or phone *and* the same name is the same
person; the same name, year of birth and district is proposed; several candidates are for
the trainer to choose. Their filled-in details are never overwritten: the sheet only fills
what is empty. Once saved, the sheet's raw rows are dropped (only counts stay).
"""

import csv
import functools
import io
import re
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from common import spreadsheets
from common.search import fold
from common.uploads import UnsafeArchive, check_xlsx_archive
from courses import attendee_matching, paper_scores
from courses.models import AttendanceRecord, Attendee, AttendeeImport, Training
from courses.training_services import TrainingRefused
from people import identity
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

MAX_ROWS = 10_000
# Title rows ("DANH SÁCH HỌC VIÊN...") may stand above the header; look this far for it.
HEADER_SEARCH_ROWS = 10
NAME_MAX_LENGTH = Person._meta.get_field("full_name").max_length
POSITION_MAX_LENGTH = Person._meta.get_field("position").max_length
EMAIL_MAX_LENGTH = Person._meta.get_field("email").max_length
# Details of an existing person the sheet may fill in when they are empty.
FILL_FIELDS = (
    "phone",
    "email",
    "sex",
    "birth_year",
    "district",
    "organisation",
    "target_group",
    "position",
)


class SheetError(Exception):
    """The whole file is unusable; `message` says why, for the person who uploaded it."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as written in the template
    aliases: tuple[str, ...]
    guide: str  # what the template's "Hướng dẫn" sheet says about it (Vietnamese)
    width: int
    required: bool = False


COLUMNS = (
    Column(
        "full_name",
        "Họ và tên",
        ("Họ và tên", "Họ tên", "Full name", "Name"),
        "Họ và tên đầy đủ, viết có dấu. Ví dụ: Nguyễn Thị Hằng.",
        28,
        required=True,
    ),
    Column(
        "sex",
        "Giới tính",
        ("Giới tính", "Sex", "Gender"),
        "Nữ, Nam hoặc Khác (viết có dấu hay không dấu đều được). Có thể để trống.",
        11,
    ),
    Column(
        "birth_year",
        "Năm sinh",
        ("Năm sinh", "Year of birth"),
        "Năm sinh 4 chữ số, ví dụ 1990 (nếu ghi cả ngày sinh như 12/05/1990 thì chỉ lấy năm). "
        "Có thể để trống.",
        10,
    ),
    Column(
        "district",
        "Huyện/thành phố",
        ("Huyện", "Huyện/thành phố", "Địa bàn", "District"),
        "Tên hoặc mã huyện/thành phố nơi học viên công tác, theo danh sách bên dưới: "
        "“Huyện Ninh Phước”, “Ninh Phước” hoặc “587” đều được. "
        "Để trống thì lấy huyện nơi tổ chức lớp.",
        30,
    ),
    Column(
        "organisation",
        "Cơ quan/đơn vị",
        ("Cơ quan", "Cơ quan/đơn vị", "Đơn vị", "Organisation", "Organization"),
        "Tên hoặc tên viết tắt của cơ quan, đơn vị theo danh sách bên dưới. "
        "Tên không có trong danh sách sẽ được bỏ qua (học viên vẫn được thêm vào lớp).",
        32,
    ),
    Column(
        "target_group",
        "Nhóm đối tượng",
        ("Nhóm đối tượng", "Đối tượng", "Target group"),
        "Tên hoặc mã nhóm đối tượng theo danh sách bên dưới. "
        "Nhóm không có trong danh sách sẽ được bỏ qua.",
        36,
    ),
    Column("position", "Chức vụ", ("Chức vụ", "Position"), "Chức vụ, chức danh. Tự do.", 22),
    Column(
        "phone",
        "Số điện thoại",
        ("Điện thoại", "Số điện thoại", "SĐT", "Phone"),
        "Từ 9 đến 11 chữ số; viết 0912 345 678 hoặc +84 912 345 678 đều được. "
        "Nên định dạng ô là Văn bản (Text) để Excel không bỏ số 0 ở đầu.",
        16,
    ),
    Column(
        "email",
        "Email",
        ("Email", "E-mail", "Thư điện tử"),
        "Địa chỉ thư điện tử, ví dụ hang.nt@example.org. Có thể để trống.",
        28,
    ),
    Column(
        "pre_score",
        "Điểm trước",
        ("Điểm trước", "Điểm kiểm tra đầu vào", "Pre-test score", "Pre-test"),
        "Điểm bài kiểm tra đầu vào, theo thang điểm của lớp (thang 10 hoặc thang 100, xem "
        "mục Điểm kiểm tra ở trên); số thập phân dùng dấu phẩy hoặc dấu chấm (7,5 hoặc 7.5). "
        "Có thể để trống.",
        12,
    ),
    Column(
        "post_score",
        "Điểm sau",
        ("Điểm sau", "Điểm kiểm tra cuối", "Post-test score", "Post-test"),
        "Điểm bài kiểm tra cuối khóa, theo thang điểm của lớp, như điểm trước. Có thể để trống.",
        12,
    ),
    Column(
        "attended",
        "Có mặt",
        ("Có mặt", "Tham dự", "Attended"),
        "Có (hoặc x, 1) nếu học viên có mặt; Không (hoặc 0) nếu vắng. "
        "Để trống được tính là có mặt. Áp dụng cho tất cả các ngày của lớp.",
        10,
    ),
)

SEX_VALUES = {
    "nu": Person.Sex.FEMALE,
    "nu gioi": Person.Sex.FEMALE,
    "female": Person.Sex.FEMALE,
    "f": Person.Sex.FEMALE,
    "nam": Person.Sex.MALE,
    "nam gioi": Person.Sex.MALE,
    "male": Person.Sex.MALE,
    "m": Person.Sex.MALE,
    "khac": Person.Sex.OTHER,
    "other": Person.Sex.OTHER,
}
ATTENDED_VALUES = {
    **dict.fromkeys(("co", "co mat", "x", "yes", "y", "1", "true"), True),
    **dict.fromkeys(("khong", "vang", "vang mat", "no", "n", "0", "false"), False),
}
EXAMPLE = {
    "full_name": "Nguyễn Thị Hằng",
    "sex": "Nữ",
    "birth_year": 1990,
    "position": "Cán bộ phụ trách bình đẳng giới",
    "phone": "0912 345 678",
    "email": "hang.nt@example.org",
    "attended": "Có",
}
# The example row's scores as written on each scale; both are stored as 65 and 85.
EXAMPLE_SCORES = {10: ("6,5", "8,5"), 100: (65, 85)}

_SPACES_AROUND_SLASH = re.compile(r"\s*/\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCTUATION = re.compile(r"[-_.,;:()/&]+")
_PLACE_PREFIXES = ("thanh pho ", "huyen ", "thi xa ", "tp ", "tx ")
_YEAR = re.compile(r"(\d{4})(?:\.0+)?")
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-\d{1,2}-\d{1,2}")


# Reading the file ----------------------------------------------------------------------


def _text(value) -> str:
    """A cell as NFC text with runs of whitespace collapsed; numbers as people write them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _damaged_workbook() -> str:
    return _(
        "The Excel file is damaged and cannot be read. Open it in Excel, save it "
        "again as .xlsx and upload it again."
    )


def _xlsx_rows(data: bytes):
    try:
        check_xlsx_archive(data)
    except UnsafeArchive as error:
        raise SheetError(str(error)) from error
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SheetError(_("The file is not an Excel workbook (.xlsx).")) from error
    except spreadsheets.READ_ERRORS as error:  # a workbook, with a damaged part
        raise SheetError(_damaged_workbook()) from error
    try:
        if not workbook.worksheets:
            raise SheetError(_("The workbook has no worksheet."))
        sheet = workbook.worksheets[0]
        # Some programs write a wrong size into the file; read every cell that is there.
        sheet.reset_dimensions()
        for row in spreadsheets.read_rows(sheet):
            yield [_text(value) for value in row]
    except spreadsheets.UnreadableWorkbook as error:
        raise SheetError(_damaged_workbook()) from error
    finally:
        workbook.close()


def _csv_rows(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SheetError(
            _(
                "The CSV file is not in UTF-8, so Vietnamese letters would be lost. In Excel, "
                "choose File › Save As › “CSV UTF-8 (Comma delimited)” and upload that file."
            )
        ) from error
    stream = io.StringIO(text, newline="")
    first = stream.readline()
    if re.fullmatch(r"sep=[,;\t]\s*", first):  # Excel's "sep=;" line: not a row in Excel
        delimiter = first[4]
    else:
        stream.seek(0)
        sample = text[:65536]
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
        except csv.Error:
            header = next((line for line in sample.splitlines() if line.strip()), "")
            delimiter = max(",;\t", key=header.count)
    try:
        for row in csv.reader(stream, delimiter=delimiter):
            yield [_text(value) for value in row]
    except csv.Error as error:
        raise SheetError(_("The file is not a readable CSV file.")) from error


def _header_key(text: str) -> str:
    """ "Họ và tên (bắt buộc) *" -> "ho va ten"; "Huyện / Thành phố" -> "huyen/thanh pho"."""
    key = _BRACKETS.sub(" ", fold(text)).replace("*", " ")
    key = _SPACES_AROUND_SLASH.sub("/", key)
    return " ".join(key.split()).strip(" :")


HEADER_KEYS = {_header_key(alias): column.key for column in COLUMNS for alias in column.aliases}


def _columns(header: list[str]) -> dict[str, int]:
    """Field key -> column index; the first column wins when two carry the same name."""
    found = {}
    for index, title in enumerate(header):
        key = HEADER_KEYS.get(_header_key(title))
        if key and key not in found:
            found[key] = index
    return found


def _table(data: bytes, file_name: str) -> list[tuple[int, dict[str, str]]]:
    """The non-empty data rows, as (spreadsheet row number, {field key: text})."""
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if extension == "xlsx":
        reader = _xlsx_rows(data)
    elif extension == "csv":
        reader = _csv_rows(data)
    else:
        raise SheetError(
            _("Upload the sheet as an Excel workbook (.xlsx) or a CSV UTF-8 file (.csv).")
        )
    if not data:
        raise SheetError(_("The file is empty."))
    columns, rows = None, []
    for number, values in enumerate(reader, start=1):
        if columns is None:
            found = _columns(values)
            if "full_name" in found:
                columns = found
            elif number >= HEADER_SEARCH_ROWS:
                break
            continue
        cells = [values[index] if index < len(values) else "" for index in columns.values()]
        if not any(cells):  # empty, or only columns we do not read (STT, signature)
            continue
        if len(rows) == MAX_ROWS:
            raise SheetError(
                _("The sheet has more than %(max)s rows. Split it into several files.")
                % {"max": f"{MAX_ROWS:,}".replace(",", ".")}
            )
        rows.append((number, dict(zip(columns, cells, strict=True))))
    if columns is None:
        raise SheetError(
            _(
                "No full-name column was found. The first row must hold the column names, "
                "with one column called “Họ và tên”. Download the template to see them all."
            )
        )
    if not rows:
        raise SheetError(_("The sheet has no attendees under its header row."))
    return rows


# Checking rows -------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # the same few names fill whole columns
def _name_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


@functools.lru_cache(maxsize=1024)
def _place_key(text: str) -> str:
    """ "TP. Phan Rang - Tháp Chàm" and "Thành phố Phan Rang-Tháp Chàm" -> "phan rang thap cham"."""
    key = _name_key(text)
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


@dataclass
class Lists:
    """The reference lists rows are matched against, read once per sheet."""

    districts: dict
    organisations: dict
    target_groups: dict

    @classmethod
    def load(cls) -> "Lists":
        districts = {}
        # Units still in force win over retired ones of the same name.
        for unit in sorted(AdministrativeUnit.objects.districts(), key=lambda u: u.is_active):
            districts[unit.code.lower()] = unit.pk
            districts[_place_key(unit.name)] = unit.pk
        organisations, by_short_name = {}, defaultdict(set)
        for organisation in Organisation.objects.filter(is_active=True):
            organisations[_name_key(organisation.name)] = organisation.pk
            if organisation.short_name:
                by_short_name[_name_key(organisation.short_name)].add(organisation.pk)
        for key, ids in by_short_name.items():  # a short name two bodies share names neither
            if len(ids) == 1:
                organisations.setdefault(key, next(iter(ids)))
        target_groups = {}
        for group in TargetGroup.objects.all():
            target_groups[_name_key(group.code)] = group.pk
            target_groups[_name_key(group.name)] = group.pk
        return cls(districts, organisations, target_groups)


def _birth_year(text: str) -> int | None:
    for pattern in (_YEAR, _DAY_MONTH_YEAR, _ISO_DATE):
        match = pattern.fullmatch(text)
        if match:
            return int(match.group(1))
    return None


# Where a row keeps each score as written on the sheet, beside the score out of 100.
WRITTEN = {"pre_score": "pre_written", "post_score": "post_written"}


def _decimal_text(value: Decimal) -> str:
    """Decimal("65.00") -> "65", Decimal("7.50") -> "7.5": the row's JSON keeps text."""
    written = f"{value:f}"
    if "." in written:
        written = written.rstrip("0").rstrip(".")
    return written


def _check_row(
    number: int, cells: dict, *, lists: Lists, training: Training, year_max: int
) -> tuple[dict, list[str]]:
    """The row as stored in the import, and the reasons it cannot be saved (if any).
    Scores are read on the training's scale and kept out of 100 (`paper_scores`)."""
    scale = training.score_scale
    reasons, notes = [], []
    full_name = identity.normalise_name(cells.get("full_name", ""))
    if not full_name:
        reasons.append(_("full name missing"))
    elif len(full_name) > NAME_MAX_LENGTH:
        reasons.append(
            _("full name too long (at most %(max)s characters)") % {"max": NAME_MAX_LENGTH}
        )

    sex = ""
    if value := cells.get("sex", ""):
        sex = SEX_VALUES.get(fold(value), "")
        if not sex:
            reasons.append(
                _("sex not recognised: “%(value)s” (write Nữ, Nam or Khác)") % {"value": value}
            )

    birth_year = None
    if value := cells.get("birth_year", ""):
        birth_year = _birth_year(value)
        if birth_year is None or not 1900 <= birth_year <= year_max:
            birth_year = None
            reasons.append(
                _("year of birth not valid: “%(value)s” (a year from 1900 to %(max)s)")
                % {"value": value, "max": year_max}
            )

    district_id = training.district_id
    if value := cells.get("district", ""):
        district_id = lists.districts.get(value.lower()) or lists.districts.get(_place_key(value))
        if district_id is None:
            reasons.append(_("unknown district “%(value)s”") % {"value": value})
    else:
        notes.append(
            _("no district given: the training's district (%(district)s) is used")
            % {"district": training.district.name}
        )

    organisation_id = None
    if value := cells.get("organisation", ""):
        organisation_id = lists.organisations.get(_name_key(value))
        if organisation_id is None:
            notes.append(
                _("organisation not in the list, left empty: “%(value)s”") % {"value": value}
            )

    target_group_id = None
    if value := cells.get("target_group", ""):
        target_group_id = lists.target_groups.get(_name_key(value))
        if target_group_id is None:
            notes.append(
                _("target group not in the list, left empty: “%(value)s”") % {"value": value}
            )

    position = cells.get("position", "")
    if len(position) > POSITION_MAX_LENGTH:
        reasons.append(
            _("position too long (at most %(max)s characters)") % {"max": POSITION_MAX_LENGTH}
        )

    phone = ""
    if value := cells.get("phone", ""):
        try:
            phone = identity.parse_phone(value)
        except identity.InvalidPhone:
            reasons.append(
                _("phone not valid: “%(value)s” (a phone of Viet Nam, e.g. 0912 345 678)")
                % {"value": value}
            )

    email = cells.get("email", "").lower()
    if email:
        try:
            if len(email) > EMAIL_MAX_LENGTH:
                raise ValidationError("too long")
            EmailValidator()(email)
        except ValidationError:
            reasons.append(_("email not valid: “%(value)s”") % {"value": cells["email"]})
            email = ""

    scores = {}
    for key, not_number, out_of_range in (
        (
            "pre_score",
            _("pre-test score is not a number: “%(value)s”"),
            _("pre-test score out of range: “%(value)s” (from 0 to %(max)s)"),
        ),
        (
            "post_score",
            _("post-test score is not a number: “%(value)s”"),
            _("post-test score out of range: “%(value)s” (from 0 to %(max)s)"),
        ),
    ):
        scores[key], scores[WRITTEN[key]] = None, None
        try:
            score = paper_scores.parse(cells.get(key, ""), scale)
        except paper_scores.ScoreError as error:
            if error.kind == error.NOT_A_NUMBER:
                reasons.append(not_number % {"value": error.written})
            else:
                reason = out_of_range % {"value": error.written, "max": error.maximum}
                if error.looks_out_of_100:
                    reason = f"{reason}. {paper_scores.SET_SCALE_TO_100}"
                reasons.append(reason)
            continue
        if score is not None:
            scores[key] = _decimal_text(score.stored)
            scores[WRITTEN[key]] = score.written

    attended = True
    if value := cells.get("attended", ""):
        attended = ATTENDED_VALUES.get(fold(value))
        if attended is None:
            reasons.append(
                _("attendance not recognised: “%(value)s” (write Có or Không)") % {"value": value}
            )

    row = {
        "row": number,
        "full_name": full_name,
        "sex": sex,
        "birth_year": birth_year,
        "district_id": district_id,
        "organisation_id": organisation_id,
        "target_group_id": target_group_id,
        "position": position,
        "phone": phone,
        "email": email,
        **scores,
        "attended": bool(attended),
        "notes": notes,
    }
    return row, reasons


def _same_person_as_earlier(row: dict, earlier: dict) -> int | None:
    """The first earlier row of the sheet that is the same person by the identity rule
    (sure or probable), or None. `earlier` indexes earlier rows by email, phone and
    folded name, so each row is compared only with the few that share one of them."""
    facts = attendee_matching.row_facts(row)
    seen = set()
    for key in (("email", facts.email), ("phone", facts.phone), ("name", facts.key)):
        if not key[1]:
            continue
        for number, other in earlier.get(key, ()):
            if number in seen:
                continue
            seen.add(number)
            if identity.compare(facts, other) in (*identity.SURE, identity.Level.NAME):
                return number
    return None


def _remember(row: dict, earlier: dict) -> None:
    facts = attendee_matching.row_facts(row)
    for key in (("email", facts.email), ("phone", facts.phone), ("name", facts.key)):
        if key[1]:
            earlier.setdefault(key, []).append((row["row"], facts))


def sheet_read(*, training: Training, user, data: bytes, file_name: str) -> AttendeeImport:
    """Read and check a sign-in sheet; SheetError when the file itself cannot be used."""
    table = _table(data, file_name)
    lists = Lists.load()
    year_max = timezone.localdate().year - 10
    rows, problems, earlier = [], [], {}
    for number, cells in table:
        row, reasons = _check_row(number, cells, lists=lists, training=training, year_max=year_max)
        duplicate = _same_person_as_earlier(row, earlier)
        if duplicate is not None:
            reasons.append(_("duplicate of row %(row)s") % {"row": duplicate})
        _remember(row, earlier)
        if reasons:
            problems.append({"row": number, "full_name": row["full_name"], "reasons": reasons})
        else:
            rows.append(row)
    return AttendeeImport.objects.create(
        training=training,
        uploaded_by=user,
        file_name=file_name[: AttendeeImport._meta.get_field("file_name").max_length],
        rows=rows,
        problems=problems,
        status=AttendeeImport.Status.PREVIEW,
        score_scale=training.score_scale,
    )


def _attendee_person_ids(training_id: int) -> set:
    return set(
        Attendee.objects.filter(training_id=training_id)
        .order_by()
        .values_list("person_id", flat=True)
    )


def _shown_score(row: dict, key: str, scale: int) -> str:
    """ "6,5/10 → 65": the score as written on the sheet and as it will be stored."""
    stored = row.get(key)
    if stored is None:
        return ""
    written = row.get(WRITTEN[key])
    if written is None:  # read before sheets kept what was written: out of 100
        return paper_scores.number(Decimal(stored))
    return paper_scores.describe(
        written, stored, scale, percent=written.replace(" ", "").endswith("%")
    )


def scale_warning(batch: AttendeeImport) -> str | None:
    """On a 100-point training, a sheet whose every score is at most 10 (and enough of
    them to tell) was probably marked out of 10: the trainer must say it is right before
    it is saved (the preview page asks), or set the training's scale and read it again."""
    if batch.score_scale != Training.ScoreScale.HUNDRED:
        return None
    scores = [row[key] for row in batch.rows for key in WRITTEN if row.get(key) is not None]
    if not paper_scores.look_out_of_10(scores):
        return None
    return _(
        "These look like scores out of 10: set the training's scale to 10 or check the "
        "file. Saved as they are, they count out of 100."
    )


def scale_changed(batch: AttendeeImport, training: Training) -> bool:
    """The training's scale changed since the sheet was read: its scores must be read again."""
    return batch.status == AttendeeImport.Status.PREVIEW and (
        batch.score_scale != training.score_scale
    )


def sheet_preview(batch: AttendeeImport, choices: dict | None = None) -> dict:
    """The good rows with who each one is (and the choices the trainer may make, with
    `choices` already made), each score as written and as stored, the problems, counts, and
    a warning when the scores look out of 10 on a 100-point training."""
    choices = choices or {}
    on_list = _attendee_person_ids(batch.training_id)
    matches = attendee_matching.match_rows(batch.rows, on_list) if batch.rows else []
    rows, first_row_of = [], {}
    for row, match in zip(batch.rows, matches, strict=True):
        notes = list(row["notes"])
        person = match.proposed
        if person is not None:
            if match.kind in ("email", "phone") and identity.name_key(
                person.full_name
            ) != identity.name_key(row["full_name"]):
                notes.append(
                    _("recorded under another name: “%(name)s”") % {"name": person.full_name}
                )
            if person.pk in first_row_of:
                notes.append(
                    _("same person as row %(row)s: the two rows are saved as one")
                    % {"row": first_row_of[person.pk]}
                )
            first_row_of.setdefault(person.pk, row["row"])
        rows.append(
            {
                **row,
                "phone_display": identity.display_phone(row["phone"]),
                "pre_shown": _shown_score(row, "pre_score", batch.score_scale),
                "post_shown": _shown_score(row, "post_score", batch.score_scale),
                "notes": notes,
                "match": match.kind,
                "person": person,
                "candidates": [
                    {
                        "person": candidate,
                        "phone": identity.mask_phone(candidate.phone),
                        "on_list": candidate.pk in on_list,
                    }
                    for candidate in match.candidates
                ]
                if match.offers_choice
                else [],
                "needs_choice": match.needs_choice,
                "selected": choices.get(row["row"])
                or ("" if match.needs_choice else str(person.pk) if person else "new"),
                "already_attendee": person is not None and person.pk in on_list,
            }
        )
    undecided = sum(1 for row in rows if row["needs_choice"])
    matched = sum(1 for row in rows if row["person"] is not None)
    return {
        "rows": rows,
        "problems": batch.problems,
        "scale_warning": scale_warning(batch),
        "counts": {
            "rows": len(rows),
            "new": len(rows) - matched - undecided,
            "matched": matched,
            "undecided": undecided,
            "to_choose": sum(1 for row in rows if row["candidates"]),
            "problems": len(batch.problems),
        },
    }


# Saving --------------------------------------------------------------------------------


def _new_person(row: dict) -> Person:
    person = Person(
        full_name=row["full_name"],
        sex=row["sex"],
        birth_year=row["birth_year"],
        district_id=row["district_id"],
        organisation_id=row["organisation_id"],
        target_group_id=row["target_group_id"],
        position=row["position"],
        phone=row["phone"],
        email=row["email"],
    )
    person.normalise()  # bulk_create does not call save()
    return person


def _fill_empty(person: Person, row: dict) -> bool:
    """Fill the person's empty details from the row; True when something changed."""
    changed = False
    for name in FILL_FIELDS:
        attname = Person._meta.get_field(name).attname
        value = row[attname]
        if value not in (None, "") and getattr(person, attname) in (None, ""):
            setattr(person, attname, value)
            changed = True
    return changed


def _refuse_if_not_ready(batch: AttendeeImport) -> None:
    if batch.status == AttendeeImport.Status.APPLIED:
        raise TrainingRefused(_("This sheet has already been saved."))
    if batch.problems:
        raise TrainingRefused(
            _(
                "Nothing was saved: some rows of the sheet have problems. Fix the rows listed "
                "and upload the file again."
            )
        )


def sheet_apply(*, batch: AttendeeImport, choices: dict | None = None) -> dict:
    """Save every row of a checked sheet, or nothing. `choices` are the trainer's answers
    for rows the identity rule leaves open ({row number: person id or "new"}). Returns what
    was done, as counts; the sheet's raw rows are then dropped."""
    _refuse_if_not_ready(batch)
    with transaction.atomic():
        training = Training.objects.select_for_update().get(pk=batch.training_id)
        locked = AttendeeImport.objects.select_for_update().get(pk=batch.pk)
        _refuse_if_not_ready(locked)  # saved by someone else meanwhile
        if scale_changed(locked, training):
            raise TrainingRefused(
                _(
                    "The training's paper test scale changed since this sheet was read, so "
                    "its scores would be wrong. Nothing was saved: upload the file again."
                )
            )
        rows = locked.rows
        on_list = _attendee_person_ids(training.pk)
        matches = attendee_matching.match_rows(rows, on_list) if rows else []
        try:
            people = attendee_matching.resolve(matches, rows, choices or {})
        except attendee_matching.ChoiceError as error:
            raise TrainingRefused(error.message) from None
        now = timezone.now()

        # People: create the new ones, fill in what the known ones lack.
        new_people, changed_people, matched_ids = [], {}, set()
        plan = {}  # id(person) -> what to record for them on this training
        for row, person in zip(rows, people, strict=True):
            if person is None:
                person = _new_person(row)
                new_people.append(person)
            else:
                matched_ids.add(person.pk)
                if _fill_empty(person, row):
                    person.updated_at = now
                    changed_people[person.pk] = person
            entry = plan.setdefault(
                id(person), {"person": person, "pre": None, "post": None, "attended": False}
            )
            if row["pre_score"] is not None:
                entry["pre"] = Decimal(row["pre_score"])
            if row["post_score"] is not None:
                entry["post"] = Decimal(row["post_score"])
            entry["attended"] = entry["attended"] or row["attended"]
        Person.objects.bulk_create(new_people)
        if changed_people:
            Person.objects.bulk_update(list(changed_people.values()), [*FILL_FIELDS, "updated_at"])

        # Attendees: add those not on the list yet, update the scores of the others.
        Attendee.objects.bulk_create(
            [
                Attendee(
                    training=training,
                    person=entry["person"],
                    organisation_id=entry["person"].organisation_id,
                    target_group_id=entry["person"].target_group_id,
                    source=Attendee.Source.IMPORT,
                    pre_score=entry["pre"],
                    post_score=entry["post"],
                )
                for entry in plan.values()
                if entry["person"].pk not in on_list
            ],
            ignore_conflicts=True,  # someone checking in at this very moment
        )
        attendees = {
            attendee.person_id: attendee
            for attendee in Attendee.objects.filter(training=training).order_by()
        }
        rescored, updated_attendees = [], 0
        for entry in plan.values():
            attendee = attendees[entry["person"].pk]
            entry["attendee"] = attendee
            changed = False
            for field, value in (("pre_score", entry["pre"]), ("post_score", entry["post"])):
                if value is not None and getattr(attendee, field) != value:
                    setattr(attendee, field, value)
                    changed = True
            if changed:
                rescored.append(attendee)
                if attendee.person_id in on_list:
                    updated_attendees += 1
        if rescored:
            Attendee.objects.bulk_update(rescored, ["pre_score", "post_score"])

        # Attendance on every day. A "late" stays late and an "excused" stays excused; the
        # trainer's sheet confirms a self check-in it agrees with.
        recorded = {
            (attendee_id, day): (status, source)
            for attendee_id, day, status, source in AttendanceRecord.objects.filter(
                attendee__training=training
            ).values_list("attendee_id", "day", "status", "source")
        }
        records = []
        for entry in plan.values():
            attended = entry["attended"]
            for day in training.days:
                status, source = recorded.get((entry["attendee"].pk, day), (None, None))
                if (
                    status is not None
                    and (status in AttendanceRecord.ATTENDED) == attended
                    and source != AttendanceRecord.Source.CHECK_IN
                ):
                    continue
                if status is not None and (status in AttendanceRecord.ATTENDED) == attended:
                    new_status = status
                elif attended:
                    new_status = AttendanceRecord.Status.PRESENT
                else:
                    new_status = AttendanceRecord.Status.ABSENT
                records.append(
                    AttendanceRecord(
                        attendee=entry["attendee"],
                        day=day,
                        status=new_status,
                        source=AttendanceRecord.Source.SHEET,
                    )
                )
        AttendanceRecord.objects.bulk_create(
            records,
            update_conflicts=True,
            unique_fields=["attendee", "day"],
            update_fields=["status", "source", "recorded_at"],
        )

        summary = {
            "rows": len(rows),
            "created_people": len(new_people),
            "matched_people": len(matched_ids),
        }
        # The people are saved: the sheet's copy of their names, phones and emails goes.
        AttendeeImport.objects.filter(pk=batch.pk).update(
            status=AttendeeImport.Status.APPLIED,
            applied_at=now,
            rows=[],
            problems=[],
            summary=summary,
        )
        batch.status, batch.applied_at = AttendeeImport.Status.APPLIED, now
        batch.rows, batch.problems, batch.summary = [], [], summary
    return {
        "created_people": len(new_people),
        "matched_people": len(matched_ids),
        "new_attendees": sum(1 for entry in plan.values() if entry["person"].pk not in on_list),
        "updated_attendees": updated_attendees,
    }


# Template ------------------------------------------------------------------------------


def _example_values(districts, organisations, target_groups, scale: int) -> list:
    values = dict(EXAMPLE)
    values["pre_score"], values["post_score"] = EXAMPLE_SCORES[scale]
    district = next((unit for unit in districts if unit.code == "587"), None) or next(
        iter(districts), None
    )
    values["district"] = district.name if district else ""
    values["organisation"] = organisations[0].name if organisations else ""
    values["target_group"] = target_groups[0].name if target_groups else ""
    return [values[column.key] for column in COLUMNS]


def _score_guide(training: Training | None, scale: int) -> list[str]:
    """What the guide says about scores: both scales, this training's, the example row."""
    lines = []
    if training is not None:
        lines.append(
            f"Lớp “{training.title}” chấm điểm theo thang {scale}: ghi điểm từ 0 đến {scale}."
        )
    else:
        lines.append(
            "Mẫu này dùng chung cho mọi lớp; tải mẫu từ trang “Nhập danh sách điểm danh” của "
            "lớp để có mẫu ghi sẵn thang điểm của lớp đó."
        )
    pre, post = EXAMPLE_SCORES[scale]
    lines += [
        "Điểm ghi theo thang điểm của lớp, như trên bài kiểm tra giấy. Thang điểm đặt trong "
        "thông tin lớp (mục “Thang điểm bài kiểm tra”):",
        "– thang 10: từ 0 đến 10, ví dụ 6,5 (được lưu là 65);",
        "– thang 100: từ 0 đến 100, ví dụ 65 (được lưu là 65).",
        "Điểm ghi theo phần trăm (ví dụ 75%) được hiểu là trên 100 với cả hai thang.",
        "Hệ thống lưu mọi điểm theo thang 100 để so với điểm đạt (%) của lớp; trang xem "
        "trước cho thấy từng điểm như đã ghi và như sẽ lưu (6,5/10 → 65). Điểm lớn hơn 10 ở "
        "lớp thang 10 bị báo lỗi; nếu mọi điểm của lớp thang 100 đều không quá 10, hệ thống "
        "hỏi lại trước khi lưu.",
        f"Dòng ví dụ (dòng 2): điểm trước {pre} và điểm sau {post} theo thang {scale}, "
        f"được lưu là 65 và 85.",
    ]
    return lines


def sheet_template(training: Training | None = None) -> bytes:
    """An XLSX to fill in: the header, one example row, and a sheet explaining each column.
    For a training, its scores' scale (example and guide); else the default, out of 100."""
    scale = training.score_scale if training is not None else Training.ScoreScale.HUNDRED
    districts = [unit for unit in AdministrativeUnit.objects.districts() if unit.is_active]
    organisations = list(Organisation.objects.filter(is_active=True))
    target_groups = list(TargetGroup.objects.all())
    year_max = timezone.localdate().year - 10
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="EFE8F7")
    wrap = Alignment(wrap_text=True, vertical="top")

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    spreadsheets.append(sheet, [column.header for column in COLUMNS])
    spreadsheets.append(sheet, _example_values(districts, organisations, target_groups, scale))
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column.width
        if column.key == "phone":  # keep the leading 0 of numbers typed in later
            sheet.column_dimensions[letter].number_format = "@"
            sheet.cell(row=2, column=index).number_format = "@"
        if column.key in ("sex", "attended"):
            choices = "Nữ,Nam,Khác" if column.key == "sex" else "Có,Không"
            validation = DataValidation(
                type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=False
            )
            validation.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"

    guide = workbook.create_sheet("Hướng dẫn")
    guide.column_dimensions["A"].width = 26
    guide.column_dimensions["B"].width = 14
    guide.column_dimensions["C"].width = 80
    guide.column_dimensions["D"].width = 44

    def heading(text):
        spreadsheets.append(guide, [text])
        guide.cell(row=guide.max_row, column=1).font = Font(bold=True, size=12)

    def table_header(*titles):
        spreadsheets.append(guide, list(titles))
        for index in range(1, len(titles) + 1):
            cell = guide.cell(row=guide.max_row, column=index)
            cell.font, cell.fill = header_font, header_fill

    heading("Cách điền danh sách điểm danh")
    for line in (
        "Dòng 1 là tên cột; mỗi học viên điền một dòng, bắt đầu từ dòng 2 "
        "(xóa dòng ví dụ trước khi tải lên).",
        "Các cột có thể đổi thứ tự; cột khác (STT, Ký tên...) được bỏ qua. "
        "Chỉ bắt buộc cột Họ và tên.",
        f"Tối đa {MAX_ROWS:,} học viên một tệp.".replace(",", "."),
        "Nếu lưu thành CSV, chọn kiểu “CSV UTF-8” để giữ dấu tiếng Việt.",
        "Người đã có trong hệ thống được nhận ra theo email, số điện thoại, hoặc họ tên + "
        "năm sinh + huyện; thông tin đã có của họ không bị ghi đè.",
        "Nếu có dòng sai, hệ thống liệt kê các dòng đó và không lưu gì: sửa tệp rồi tải lên lại.",
    ):
        spreadsheets.append(guide, [line])
    guide.append([])

    heading("Điểm kiểm tra")
    for line in _score_guide(training, scale):
        spreadsheets.append(guide, [line])
    guide.append([])

    table_header("Cột", "Bắt buộc", "Cách điền", "Tên cột khác được chấp nhận")
    for column in COLUMNS:
        explanation = column.guide
        if column.key == "birth_year":
            explanation += f" Từ 1900 đến {year_max}."
        if column.key in WRITTEN and training is not None:
            explanation += f" Lớp này: thang {scale}, từ 0 đến {scale}."
        spreadsheets.append(
            guide,
            [
                column.header,
                "Bắt buộc" if column.required else "Không",
                explanation,
                ", ".join(alias for alias in column.aliases if alias != column.header),
            ],
        )
    guide.append([])

    heading("Huyện/thành phố")
    table_header("Mã", "", "Tên")
    for unit in districts:
        spreadsheets.append(guide, [unit.code, "", unit.name])
    guide.append([])
    heading("Cơ quan/đơn vị")
    table_header("Tên viết tắt", "", "Tên đầy đủ")
    for organisation in organisations:
        spreadsheets.append(guide, [organisation.short_name, "", organisation.name])
    guide.append([])
    heading("Nhóm đối tượng")
    table_header("Mã", "", "Tên")
    for group in target_groups:
        spreadsheets.append(guide, [group.code, "", group.name])
    for row in guide.iter_rows():
        for cell in row:
            cell.alignment = wrap

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
