import csv
import io
import unicodedata
from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from openpyxl import Workbook, load_workbook

from courses import attendee_import, training_selectors
from courses.attendee_import import SheetError, sheet_apply, sheet_preview, sheet_read
from courses.models import AttendanceRecord, Attendee, AttendeeImport, Training
from courses.training_services import TrainingRefused
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup, User
from tests.factories import DAMAGED_SHEETS, damaged_xlsx, make_learner, make_staff

pytestmark = pytest.mark.django_db

HEADER = [
    "Họ và tên",
    "Giới tính",
    "Năm sinh",
    "Huyện/thành phố",
    "Cơ quan/đơn vị",
    "Nhóm đối tượng",
    "Chức vụ",
    "Số điện thoại",
    "Email",
    "Điểm trước",
    "Điểm sau",
    "Có mặt",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi"]
MIDDLE = ["Thị", "Văn", "Ngọc", "Thanh", "Hữu"]
GIVEN = ["Hằng", "Ượng", "Lan", "Bình", "Dũng", "Thảo", "Hương", "Tuấn", "Nga", "Phước"]
DISTRICTS = ["Huyện Ninh Phước", "Ninh Sơn", "TP Phan Rang-Tháp Chàm", "huyen Bac Ai", "588"]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def trainer(db):
    return User.objects.create_user(username="tapHuan", email="taphuan@example.org")


def make_training(site_tree, **fields) -> Training:
    values = {
        "format": Training.Format.TRAINING,
        "title": "Tập huấn kỹ năng phòng ngừa bạo lực trên cơ sở giới",
        "track": site_tree.tracks[0],
        "organiser": Organisation.objects.first(),
        "district": AdministrativeUnit.objects.get(code="587"),
        "venue": "Hội trường UBND huyện Ninh Phước",
        "starts_on": date(2025, 3, 10),
        "ends_on": date(2025, 3, 11),
        "hours": Decimal("16"),
    }
    values.update(fields)
    return Training.objects.create(**values)


def xlsx(rows, header=HEADER, *, before=()) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in before:
        sheet.append(row)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows, header=HEADER, *, delimiter=",", encoding="utf-8-sig") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def person_row(n: int, *, tag: str = "1", **changes) -> list:
    """A complete, valid row; name, email and phone are different for every n."""
    values = {
        "full_name": f"{SURNAMES[n % 10]} {MIDDLE[n // 10 % 5]} {GIVEN[n // 50 % 10]}",
        "sex": "Nữ" if n % 2 else "Nam",
        "birth_year": 1970 + n % 30,
        "district": DISTRICTS[n % len(DISTRICTS)],
        "organisation": "Hội LHPN tỉnh",
        "target_group": "Người cung cấp dịch vụ",
        "position": "Cộng tác viên",
        "phone": f"09{tag}{n:07d}",
        "email": f"hv{tag}.{n}@example.org",
        "pre": "5,5",
        "post": 8,
        "attended": "x",
    }
    values.update(changes)
    return list(values.values())


def read(training, trainer, data, name="danh-sach.xlsx") -> AttendeeImport:
    return sheet_read(training=training, user=trainer, data=data, file_name=name)


def reasons_by_row(batch) -> dict:
    return {problem["row"]: problem["reasons"] for problem in batch.problems}


def test_clean_sheet_of_200_rows_imports_200_attendees(site_tree, trainer):
    training = make_training(site_tree)
    people_before = Person.objects.count()
    batch = read(training, trainer, xlsx([person_row(n) for n in range(200)]))

    assert batch.status == "preview" and batch.problems == []
    preview = sheet_preview(batch)
    assert preview["counts"] == {
        "rows": 200,
        "new": 200,
        "matched": 0,
        "undecided": 0,
        "to_choose": 0,
        "problems": 0,
    }
    assert all(row["match"] == "new" and row["person"] is None for row in preview["rows"])

    counts = sheet_apply(batch=batch)

    assert counts == {
        "created_people": 200,
        "matched_people": 0,
        "new_attendees": 200,
        "updated_attendees": 0,
    }
    assert Person.objects.count() == people_before + 200
    assert Attendee.objects.filter(training=training, source="import").count() == 200
    assert AttendanceRecord.objects.filter(attendee__training=training).count() == 400
    assert set(AttendanceRecord.objects.values_list("status", flat=True)) == {"present"}
    assert set(AttendanceRecord.objects.values_list("day", flat=True)) == set(training.days)
    batch.refresh_from_db()
    assert batch.status == "applied" and batch.applied_at is not None

    first = Person.objects.get(email="hv1.0@example.org")
    assert first.full_name == "Nguyễn Thị Hằng"
    assert (first.sex, first.birth_year, first.phone) == ("male", 1970, "+84910000000")
    assert first.district.code == "587"
    assert first.organisation.name == "Hội Liên hiệp Phụ nữ tỉnh"
    assert first.target_group.code == "nguoi-cung-cap-dich-vu"
    attendee = Attendee.objects.get(training=training, person=first)
    assert (attendee.pre_score, attendee.post_score) == (Decimal("5.5"), Decimal("8"))
    districts = {p.district.code for p in Person.objects.filter(email__startswith="hv1.")}
    assert districts == {"587", "585", "582", "584", "588"}


def test_sheet_with_bad_rows_saves_nothing(site_tree, trainer):
    training = make_training(site_tree)
    rows = [
        person_row(0),
        person_row(1, district="Huyện Đảo Lý Sơn"),
        person_row(2, sex="Nữa"),
        person_row(3),
        person_row(4, post="150"),
    ]
    people_before, attendees_before = Person.objects.count(), Attendee.objects.count()

    batch = read(training, trainer, xlsx(rows))

    problems = reasons_by_row(batch)
    assert sorted(problems) == [3, 4, 6]
    assert problems[3] == ["unknown district “Huyện Đảo Lý Sơn”"]
    assert len(problems[4]) == 1 and problems[4][0].startswith("sex not recognised")
    assert len(problems[6]) == 1 and "score out of range" in problems[6][0]
    assert batch.problems[0]["full_name"] == "Trần Thị Hằng"
    assert [row["row"] for row in batch.rows] == [2, 5]
    assert sheet_preview(batch)["counts"]["problems"] == 3

    with pytest.raises(TrainingRefused, match="Fix the rows listed"):
        sheet_apply(batch=batch)
    assert Person.objects.count() == people_before
    assert Attendee.objects.count() == attendees_before
    batch.refresh_from_db()
    assert batch.status == "preview"


def test_every_reason_of_a_row_is_listed(site_tree, trainer):
    training = make_training(site_tree)
    row = person_row(
        0,
        full_name="",
        birth_year="199",
        phone="12345",
        email="khong-co-a-cong",
        pre="bảy",
        attended="có lẽ",
    )
    batch = read(training, trainer, xlsx([row]))
    reasons = batch.problems[0]["reasons"]
    assert reasons[0] == "full name missing"
    for expected in (
        "year of birth not valid",
        "phone not valid",
        "email not valid",
        "pre-test score is not a number",
        "attendance not recognised",
    ):
        assert any(reason.startswith(expected) for reason in reasons), expected


def test_duplicate_rows_name_the_earlier_row(site_tree, trainer):
    """Two rows are one person by the identity rule: the same email or phone with the same
    name, or the same name, year and district with nothing that disagrees."""
    training = make_training(site_tree)
    first, second = person_row(0), person_row(1)
    rows = [
        first,
        second,
        [*first[:7], "", first[8], *first[9:]],  # same email and name as row 2
        [*second[:7], "+84 910 000 001", "", *second[9:]],  # same phone and name as row 3
        # same name, year and district as row 3, without diacritics, nothing else given
        person_row(1, full_name="Tran thi  Hang", district="Ninh Son", phone="", email=""),
        person_row(5),
    ]
    batch = read(training, trainer, xlsx(rows))
    assert reasons_by_row(batch) == {
        4: ["duplicate of row 2"],
        5: ["duplicate of row 3"],
        6: ["duplicate of row 3"],
    }


def test_relatives_sharing_a_phone_and_twins_are_not_duplicates(site_tree, trainer):
    training = make_training(site_tree)
    rows = [
        person_row(0),
        person_row(3, phone=person_row(0)[7]),  # another name on the same (family) phone
        person_row(4, email=person_row(0)[8]),  # another name on an office email
        # a twin: same name, year and district as row 2, another phone and email
        person_row(0, tag="2"),
    ]
    batch = read(training, trainer, xlsx(rows))
    assert batch.problems == []
    assert len(batch.rows) == 4


def test_csv_with_bom_keeps_vietnamese_names(site_tree, trainer):
    training = make_training(site_tree)
    data = csv_bytes(
        [
            person_row(0, full_name="Đặng Văn Ượng"),
            # typed with combining marks (NFD): stored in the usual composed form
            person_row(1, full_name=unicodedata.normalize("NFD", "Nguyễn Thị Hằng")),
        ]
    )
    assert data.startswith(b"\xef\xbb\xbf")

    batch = read(training, trainer, data, "diem-danh.csv")
    assert batch.problems == []
    sheet_apply(batch=batch)

    names = set(
        Person.objects.filter(attendances__training=training).values_list("full_name", flat=True)
    )
    assert names == {"Đặng Văn Ượng", "Nguyễn Thị Hằng"}


def test_csv_with_semicolons_english_headers_in_another_order(site_tree, trainer):
    training = make_training(site_tree)
    header = ["Attended", "Email", "Full name", "Phone", "District", "Sex", "Post-test"]
    rows = [
        ["yes", "lan.pt@example.org", "Phạm Thị Lan", "0905 111 222", "Ninh Hải", "female", "9,5"],
        ["no", "", "Lê Văn Tâm, con", "", "586", "m", ""],
    ]
    batch = read(training, trainer, csv_bytes(rows, header, delimiter=";"), "sheet.CSV")

    assert batch.problems == []
    lan, tam = batch.rows
    assert (lan["full_name"], lan["email"], lan["phone"]) == (
        "Phạm Thị Lan",
        "lan.pt@example.org",
        "+84905111222",
    )
    assert lan["post_score"] == "9.5" and lan["sex"] == "female" and lan["attended"] is True
    assert tam["full_name"] == "Lê Văn Tâm, con" and tam["attended"] is False
    assert lan["district_id"] == tam["district_id"] == AdministrativeUnit.objects.get(code="586").pk

    sheet_apply(batch=batch)
    statuses = dict(
        AttendanceRecord.objects.filter(attendee__training=training).values_list(
            "attendee__person__full_name", "status"
        )
    )
    assert statuses == {"Phạm Thị Lan": "present", "Lê Văn Tâm, con": "absent"}


def test_csv_tab_separated(site_tree, trainer):
    training = make_training(site_tree)
    data = csv_bytes([person_row(0), person_row(1)], delimiter="\t", encoding="utf-8")
    batch = read(training, trainer, data, "sheet.csv")
    assert batch.problems == [] and len(batch.rows) == 2


def test_csv_not_in_utf8_is_refused(site_tree, trainer):
    training = make_training(site_tree)
    data = csv_bytes([["Lê Thu Hà", "Nam"]], ["Ho va ten", "Gioi tinh"], encoding="latin-1")
    with pytest.raises(SheetError, match="CSV UTF-8"):
        read(training, trainer, data, "sheet.csv")
    assert not AttendeeImport.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("danh-sach.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
        ("danh-sach", b"abc", ".xlsx"),
        ("danh-sach.xlsx", b"not a zip file", "not an Excel workbook"),
        ("danh-sach.csv", b"", "empty"),
        ("danh-sach.csv", "Tên;Tuổi\nAn;30\n".encode(), "No full-name column"),
        ("danh-sach.csv", "Họ và tên;Email\n\n;\n".encode(), "no attendees"),
    ],
)
def test_unusable_files_are_refused(site_tree, trainer, name, data, message):
    training = make_training(site_tree)
    with pytest.raises(SheetError) as error:
        read(training, trainer, data, name)
    assert message in str(error.value.message)


def test_too_many_rows_is_refused(site_tree, trainer, monkeypatch):
    monkeypatch.setattr(attendee_import, "MAX_ROWS", 5)
    training = make_training(site_tree)
    read(training, trainer, xlsx([person_row(n) for n in range(5)]))
    with pytest.raises(SheetError, match="more than 5 rows"):
        read(training, trainer, xlsx([person_row(n) for n in range(6)]))


def test_numbers_in_cells_empty_values_and_notes(site_tree, trainer):
    training = make_training(site_tree)
    header = ["STT", *HEADER, "Ký tên"]
    rows = [
        [1, "Võ Thị Mai", "nu", 1990.0, None, "Cơ quan không có", "ma-khong-co", None, 912345678,
         "Mai.VT@Example.ORG", 7.5, "7,25", None, "(ký)"],
        [2, "Hồ Văn Nam", None, None, 584, "sở lđtbxh", "nguoi-bi-bao-luc", None, None, None,
         None, None, "Không", None],
        [3] + [None] * 12 + ["(ký)"],  # numbered but empty: skipped
        [None] * 14,
    ]  # fmt: skip
    batch = read(training, trainer, xlsx(rows, header, before=[["DANH SÁCH HỌC VIÊN"], []]))

    assert batch.problems == []
    mai, nam = batch.rows
    assert mai["row"] == 4 and nam["row"] == 5
    assert (mai["sex"], mai["birth_year"], mai["phone"], mai["email"]) == (
        "female",
        1990,
        "+84912345678",
        "mai.vt@example.org",
    )
    assert (mai["pre_score"], mai["post_score"]) == ("7.5", "7.25")
    assert mai["district_id"] == training.district_id
    assert mai["organisation_id"] is None and mai["target_group_id"] is None
    assert mai["notes"] == [
        "no district given: the training's district (Huyện Ninh Phước) is used",
        "organisation not in the list, left empty: “Cơ quan không có”",
        "target group not in the list, left empty: “ma-khong-co”",
    ]
    assert nam["sex"] == "" and nam["birth_year"] is None and nam["attended"] is False
    assert nam["district_id"] == AdministrativeUnit.objects.get(code="584").pk
    assert nam["organisation_id"] == Organisation.objects.get(short_name="Sở LĐTBXH").pk
    assert nam["target_group_id"] == TargetGroup.objects.get(code="nguoi-bi-bao-luc").pk
    assert nam["notes"] == []


def test_reimporting_the_same_sheet_adds_nobody_and_updates_scores(site_tree, trainer):
    training = make_training(site_tree)
    rows = [person_row(n) for n in range(20)]
    rows.append(person_row(20, email="", phone=""))  # known only by name, year and district
    sheet_apply(batch=read(training, trainer, xlsx(rows)))
    totals = (Person.objects.count(), Attendee.objects.count(), AttendanceRecord.objects.count())

    rows[0][10] = "9,5"  # post-test score
    rows[20][9] = "10"  # pre-test score
    batch = read(training, trainer, xlsx(rows))
    preview = sheet_preview(batch)
    assert preview["counts"] == {
        "rows": 21,
        "new": 0,
        "matched": 21,
        "undecided": 0,
        "to_choose": 1,  # the one known by name, year and district only is proposed
        "problems": 0,
    }
    assert all(row["already_attendee"] for row in preview["rows"])
    assert preview["rows"][20]["match"] == "name"

    counts = sheet_apply(batch=batch)

    assert counts == {
        "created_people": 0,
        "matched_people": 21,
        "new_attendees": 0,
        "updated_attendees": 2,
    }
    assert totals == (
        Person.objects.count(),
        Attendee.objects.count(),
        AttendanceRecord.objects.count(),
    )
    first = Attendee.objects.get(training=training, person__email="hv1.0@example.org")
    assert first.post_score == Decimal("9.5")
    last = Attendee.objects.get(training=training, person__full_name=rows[20][0])
    assert last.pre_score == Decimal("10")
    with pytest.raises(TrainingRefused, match="already been saved"):
        sheet_apply(batch=batch)


def test_reimport_marks_absences_but_keeps_late_and_excused(site_tree, trainer):
    training = make_training(site_tree)
    rows = [person_row(n) for n in range(3)]
    sheet_apply(batch=read(training, trainer, xlsx(rows)))
    first_day = training.days[0]
    records = AttendanceRecord.objects.filter(attendee__training=training, day=first_day)
    records.filter(attendee__person__email="hv1.0@example.org").update(status="late")
    records.filter(attendee__person__email="hv1.1@example.org").update(status="excused")

    rows[0][11] = "có"
    rows[1][11] = "không"
    rows[2][11] = "0"
    sheet_apply(batch=read(training, trainer, xlsx(rows)))

    statuses = {
        (email, day): status
        for email, day, status in AttendanceRecord.objects.filter(
            attendee__training=training
        ).values_list("attendee__person__email", "day", "status")
    }
    second_day = training.days[1]
    assert statuses == {
        ("hv1.0@example.org", first_day): "late",
        ("hv1.0@example.org", second_day): "present",
        ("hv1.1@example.org", first_day): "excused",
        ("hv1.1@example.org", second_day): "absent",
        ("hv1.2@example.org", first_day): "absent",
        ("hv1.2@example.org", second_day): "absent",
    }


def test_rows_are_matched_to_people_already_recorded(site_tree, trainer):
    training = make_training(site_tree)
    learner = make_learner("hang.nt@example.org", full_name="Nguyễn Thị Hằng", phone="")
    by_phone = Person.objects.create(full_name="Trần Văn Bình", phone="0912345678")
    by_name = Person.objects.create(
        full_name="Phạm Thị Lan",
        birth_year=1985,
        district=AdministrativeUnit.objects.get(code="585"),
    )
    erased = Person.objects.create(
        full_name="", email="da.xoa@example.org", erased_at="2025-01-01T00:00Z"
    )
    header = ["Họ tên", "Giới tính", "Năm sinh", "Huyện", "SĐT", "Email", "Chức vụ"]
    rows = [
        ["Nguyen Thi Hang Moi", "Nam", "", "", "0987 654 321", "Hang.NT@Example.org", "Chủ tịch"],
        ["Trần Văn Bình", "Nam", 1979, "Thuận Nam", "+84 912 345 678", "binh@example.org", ""],
        ["Pham thi Lan", "Nữ", 1985, "Ninh Sơn", "", "", "Hội viên"],
        ["Phạm Thị Lan", "Nữ", 1986, "Ninh Sơn", "", "", ""],  # another year: someone else
        ["Đỗ Thị Xóa", "", "", "", "", "da.xoa@example.org", ""],
    ]
    batch = read(training, trainer, xlsx(rows, header))
    assert batch.problems == []

    preview = sheet_preview(batch)
    found = [(row["match"], row["person"]) for row in preview["rows"]]
    assert found == [
        ("new", None),  # same email under a longer name: asked, not assumed
        ("phone", by_phone),
        ("name", by_name),
        ("new", None),
        ("new", None),
    ]
    offered = [[c["person"] for c in row["candidates"]] for row in preview["rows"]]
    assert offered == [[learner.person], [], [by_name], [], []]
    assert preview["counts"] == {
        "rows": 5,
        "new": 3,
        "matched": 2,
        "undecided": 0,
        "to_choose": 2,
        "problems": 0,
    }

    # The trainer says row 2 is the learner already recorded.
    counts = sheet_apply(batch=batch, choices={2: str(learner.person.pk)})
    assert counts["created_people"] == 2 and counts["matched_people"] == 3

    person = learner.person
    person.refresh_from_db()
    # filled-in details stay; empty ones are filled from the sheet
    assert person.full_name == "Nguyễn Thị Hằng"
    assert (person.sex, person.birth_year, person.district.code) == ("female", 1990, "587")
    assert person.email == "hang.nt@example.org"
    assert (person.phone, person.position) == ("+84987654321", "Chủ tịch")
    by_phone.refresh_from_db()
    assert (by_phone.full_name, by_phone.phone, by_phone.email) == (
        "Trần Văn Bình",
        "+84912345678",
        "binh@example.org",
    )
    assert (by_phone.sex, by_phone.birth_year, by_phone.district.code) == ("male", 1979, "589")
    by_name.refresh_from_db()
    assert (by_name.full_name, by_name.sex, by_name.position) == (
        "Phạm Thị Lan",
        "female",
        "Hội viên",
    )
    erased.refresh_from_db()
    assert erased.email == "da.xoa@example.org" and erased.full_name == ""
    assert set(training.attendees.values_list("person_id", flat=True)) >= {
        person.pk,
        by_phone.pk,
        by_name.pk,
    }
    assert not training.attendees.filter(person=erased).exists()


def test_two_rows_for_one_known_person_are_saved_once(site_tree, trainer):
    training = make_training(site_tree)
    known = Person.objects.create(
        full_name="Lê Thị Nga", email="nga@example.org", phone="0901234567"
    )
    header = ["Họ và tên", "Năm sinh", "Email", "Số điện thoại", "Điểm sau"]
    rows = [
        ["Lê Thị Nga", 1980, "nga@example.org", "", "6"],
        ["Lê Thị Nga", "", "", "0901234567", "7"],
    ]
    batch = read(training, trainer, xlsx(rows, header))
    preview = sheet_preview(batch)
    assert [row["person"] for row in preview["rows"]] == [known, known]
    assert "same person as row 2: the two rows are saved as one" in preview["rows"][1]["notes"]

    counts = sheet_apply(batch=batch)
    assert counts["new_attendees"] == 1 and counts["matched_people"] == 1
    assert training.attendees.get().post_score == Decimal("7")
    assert AttendanceRecord.objects.filter(attendee__training=training).count() == 2


@pytest.mark.parametrize(
    ("scale", "written", "stored"),
    [
        (None, [65, 85], ("65", "85")),  # the template for no training in particular
        (100, [65, 85], ("65", "85")),
        (10, ["6,5", "8,5"], ("65", "85")),
    ],
)
def test_template_reads_back_as_its_example_row(site_tree, trainer, scale, written, stored):
    """The example row, the guide and the reading agree (issue 15, finding 8: the example
    had 6,5 and 8,5 while the guide said 0-100, so it read back as 6.5 out of 100)."""
    training = make_training(site_tree, score_scale=scale or 100)
    data = attendee_import.sheet_template(training if scale else None)

    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Danh sách", "Hướng dẫn"]
    sheet = book["Danh sách"]
    assert [cell.value for cell in sheet[1]] == [
        column.header for column in attendee_import.COLUMNS
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= 20
    example = {header.value: cell.value for header, cell in zip(sheet[1], sheet[2], strict=True)}
    assert [example["Điểm trước"], example["Điểm sau"]] == written
    guide_text = " ".join(
        str(cell.value) for row in book["Hướng dẫn"].iter_rows() for cell in row if cell.value
    )
    assert "Huyện Ninh Phước" in guide_text and "Bắt buộc" in guide_text
    # Both scales are explained; the example row is described on its own scale.
    assert "thang 10" in guide_text and "thang 100" in guide_text
    pre, post = (str(value) for value in written)
    assert (
        f"điểm trước {pre} và điểm sau {post} theo thang {scale or 100}, "
        f"được lưu là {stored[0]} và {stored[1]}"
    ) in guide_text
    guide = {row[0].value: row[2].value for row in book["Hướng dẫn"].iter_rows() if row[0].value}
    assert "theo thang điểm của lớp" in guide["Điểm trước"]
    if scale:
        assert f"“{training.title}” chấm điểm theo thang {scale}" in guide_text

    batch = read(training, trainer, data, "mau-danh-sach-diem-danh.xlsx")
    assert batch.problems == []
    [row] = batch.rows
    assert row["full_name"] == "Nguyễn Thị Hằng"
    assert (row["sex"], row["birth_year"], row["phone"]) == ("female", 1990, "+84912345678")
    assert row["district_id"] == AdministrativeUnit.objects.get(code="587").pk
    assert row["organisation_id"] is not None and row["target_group_id"] is not None
    assert (row["pre_score"], row["post_score"], row["attended"]) == (*stored, True)
    assert row["notes"] == []


def test_a_trainer_downloads_the_template_of_their_training(client, site_tree):
    training = make_training(site_tree, score_scale=10)
    client.force_login(make_staff("so@example.org", roles.DEPARTMENT_OFFICER))
    upload_page = client.get(f"/trainings/{training.pk}/manage/import/").content.decode()
    url = f"/trainings/{training.pk}/manage/import/template.xlsx"
    assert url in upload_page
    assert "thang 10" in upload_page

    response = client.get(url)

    assert response.status_code == 200
    assert f"lop-{training.pk}" in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in book["Danh sách"][2]][9:11] == ["6,5", "8,5"]
    guide_text = " ".join(
        str(cell.value) for row in book["Hướng dẫn"].iter_rows() for cell in row if cell.value
    )
    assert f"“{training.title}” chấm điểm theo thang 10" in guide_text


SCORES_OUT_OF_10 = [
    ["Lê Thị Sáu", "0912000101", "5", "6,5"],
    ["Trần Văn Tám", "0912000102", "6", "8.5"],
    ["Phạm Thị Chín", "0912000103", "7,25", "9"],
]
SCORE_HEADER = ["Họ và tên", "Số điện thoại", "Điểm trước", "Điểm sau"]


def test_a_sheet_out_of_10_into_a_10_point_training_is_stored_out_of_100(site_tree, trainer):
    training = make_training(site_tree, score_scale=10, pass_mark=70)

    batch = read(training, trainer, xlsx(SCORES_OUT_OF_10, SCORE_HEADER))

    assert batch.problems == [] and batch.score_scale == 10
    assert [(row["pre_score"], row["post_score"]) for row in batch.rows] == [
        ("50", "65"),
        ("60", "85"),
        ("72.5", "90"),
    ]
    with translation.override("vi"):
        preview = sheet_preview(batch)
    assert preview["scale_warning"] is None
    assert [(row["pre_shown"], row["post_shown"]) for row in preview["rows"]] == [
        ("5/10 → 50", "6,5/10 → 65"),
        ("6/10 → 60", "8.5/10 → 85"),
        ("7,25/10 → 72,5", "9/10 → 90"),
    ]

    sheet_apply(batch=batch)

    scores = dict(training.attendees.values_list("person__full_name", "post_score"))
    assert scores == {
        "Lê Thị Sáu": Decimal("65"),
        "Trần Văn Tám": Decimal("85"),
        "Phạm Thị Chín": Decimal("90"),
    }
    assert training.attendees.get(person__full_name="Phạm Thị Chín").pre_score == Decimal("72.5")
    qualifying = training_selectors.qualifying_attendees(training)
    assert sorted(a.person.full_name for a in qualifying) == ["Phạm Thị Chín", "Trần Văn Tám"]


def test_the_preview_header_says_the_scale(client, site_tree):
    training = make_training(site_tree, score_scale=10)
    user = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    batch = read(training, user, xlsx(SCORES_OUT_OF_10, SCORE_HEADER))
    client.force_login(user)
    with translation.override("vi"):
        page = client.get(f"/trainings/{training.pk}/manage/import/{batch.pk}/").content.decode()
    assert "6,5/10 → 65" in page and "8.5/10 → 85" in page
    assert "Điểm trước (thang 10)" in page and "Điểm sau (thang 10)" in page
    assert "chấm theo thang 10" in page


def test_a_sheet_out_of_10_into_a_100_point_training_is_not_saved_silently(client, site_tree):
    training = make_training(site_tree)  # scores out of 100, the default
    user = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    batch = read(training, user, xlsx(SCORES_OUT_OF_10, SCORE_HEADER))
    assert batch.problems == [] and batch.score_scale == 100
    with translation.override("vi"):
        warning = sheet_preview(batch)["scale_warning"]
    assert "thang 10" in warning and "kiểm tra lại tệp" in warning

    client.force_login(user)
    url = f"/trainings/{training.pk}/manage/import/{batch.pk}/"
    page = client.get(url).content.decode()
    assert warning in page
    assert 'name="scores_out_of_100"' in page
    assert f"/trainings/{training.pk}/manage/edit/" in page

    refused = client.post(url)  # "Confirm and save" without saying the scores are right

    assert refused.status_code == 400
    assert "thang 100" in refused.content.decode()
    assert not training.attendees.exists()
    batch.refresh_from_db()
    assert batch.status == "preview"

    # The trainer says they really are out of 100: saved as written.
    assert client.post(url, {"scores_out_of_100": "1"}).status_code == 302
    assert sorted(training.attendees.values_list("post_score", flat=True)) == [
        Decimal("6.5"),
        Decimal("8.5"),
        Decimal("9"),
    ]


def test_a_few_low_scores_on_a_100_point_training_are_no_warning(site_tree, trainer):
    training = make_training(site_tree)
    rows = [["Lê Thị Sáu", "0912000101", "", "6,5"], ["Trần Văn Tám", "0912000102", "", "85"]]
    assert sheet_preview(read(training, trainer, xlsx(rows, SCORE_HEADER)))["scale_warning"] is None
    few = [["Lê Thị Sáu", "0912000101", "", "6,5"], ["Trần Văn Tám", "0912000102", "", "8"]]
    assert sheet_preview(read(training, trainer, xlsx(few, SCORE_HEADER)))["scale_warning"] is None


def test_more_than_10_on_a_10_point_training_is_a_row_error(site_tree, trainer):
    training = make_training(site_tree, score_scale=10)
    rows = [
        ["Lê Thị Sáu", "0912000101", "5", "11"],
        ["Trần Văn Tám", "0912000102", "85", "9"],
        ["Phạm Thị Chín", "0912000103", "7", "9,5"],
    ]

    with translation.override("vi"):
        batch = read(training, trainer, xlsx(rows, SCORE_HEADER))

    problems = reasons_by_row(batch)
    hint = (
        ". Lớp này chấm bài kiểm tra theo thang 10; nếu điểm được chấm theo thang 100, hãy "
        "đổi thang điểm của lớp thành thang 100."
    )  # it may be a score out of 100: says what to change
    assert problems == {
        2: ["điểm kiểm tra cuối khóa nằm ngoài khoảng cho phép: “11” (từ 0 đến 10)" + hint],
        3: ["điểm kiểm tra đầu vào nằm ngoài khoảng cho phép: “85” (từ 0 đến 10)" + hint],
    }
    with pytest.raises(TrainingRefused):
        sheet_apply(batch=batch)
    assert not training.attendees.exists()


def test_changing_the_scale_after_reading_the_sheet_asks_for_it_again(site_tree, trainer):
    training = make_training(site_tree)
    batch = read(training, trainer, xlsx(SCORES_OUT_OF_10, SCORE_HEADER))
    training.score_scale = 10
    training.save()

    with pytest.raises(TrainingRefused, match="upload"):
        sheet_apply(batch=batch)
    assert not training.attendees.exists()


def _round_trips(queries) -> int:
    """Statements run; the batches SQLite splits one bulk insert or update into (at 999
    parameters) count once, as they are one statement on PostgreSQL."""
    heads = []
    for query in queries:
        sql = query["sql"]
        words = sql.split()
        head = " ".join(words[:3]) if words[0] in ("INSERT", "UPDATE") else sql
        if not (heads and heads[-1] == head and words[0] in ("INSERT", "UPDATE")):
            heads.append(head)
    return len(heads)


def _measure(site_tree, trainer, size: int, tag: str) -> dict:
    """Queries used for a sheet of `size` rows, a fifth of them people already recorded."""
    training = make_training(site_tree)
    suffix = {"5": "Anh", "3": "Em"}[tag]  # names of one run are never those of another
    rows = [person_row(n, tag=tag) for n in range(size)]
    for row in rows:
        row[0] = f"{row[0]} {suffix}"
    for n in range(0, size, 5):
        full_name, sex, year, *_rest = rows[n]
        kind = n // 5 % 3
        Person.objects.create(
            full_name=full_name,
            email=rows[n][8] if kind == 0 else "",
            phone=rows[n][7] if kind == 1 else "",
            birth_year=year,
            district=AdministrativeUnit.objects.get(code="587") if kind == 2 else None,
        )
        if kind == 2:
            rows[n][3] = "587"
    batch = read(training, trainer, xlsx(rows))
    assert batch.problems == []
    figures = {}
    with CaptureQueriesContext(connection) as preview:
        counts = sheet_preview(batch)["counts"]
    assert counts["matched"] == len(range(0, size, 5))
    figures["preview"] = len(preview)
    with CaptureQueriesContext(connection) as apply:
        sheet_apply(batch=batch)
    figures["apply"] = _round_trips(apply.captured_queries)
    for row in rows:
        row[10] = "9"
    again = read(training, trainer, xlsx(rows))
    with CaptureQueriesContext(connection) as reapply:
        counts = sheet_apply(batch=again)
    assert counts["updated_attendees"] == size and counts["created_people"] == 0
    figures["reapply"] = _round_trips(reapply.captured_queries)
    return figures


def test_query_count_does_not_grow_with_rows(site_tree, trainer):
    small = _measure(site_tree, trainer, 50, "5")
    large = _measure(site_tree, trainer, 300, "3")
    assert small == large
    assert small["preview"] <= 5


@pytest.mark.parametrize("sheet_xml", DAMAGED_SHEETS)
def test_a_workbook_with_a_damaged_sheet_is_refused_with_a_message(client, site_tree, sheet_xml):
    """openpyxl reads rows lazily: a damaged sheet fails only then, and must still get
    the page with an explanation, not a server error."""
    training = make_training(site_tree)
    client.force_login(make_staff("so@example.org", roles.DEPARTMENT_OFFICER))
    upload = io.BytesIO(damaged_xlsx(["Họ và tên"], sheet_xml))
    upload.name = "danh-sach.xlsx"
    response = client.post(f"/trainings/{training.pk}/manage/import/", {"file": upload})
    assert response.status_code == 400
    assert "Tệp Excel bị hỏng" in response.content.decode()
    assert not AttendeeImport.objects.exists()
