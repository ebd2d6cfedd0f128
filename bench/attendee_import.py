"""Benchmark: importing a large sign-in sheet of an in-person training.

    .venv/bin/python bench/attendee_import.py [--rows 5000] [--existing 1500]

Runs against a fresh SQLite database in a temporary directory, or a new database on the
PostgreSQL server of BENCH_DATABASE_URL that is dropped afterwards. Builds an XLSX sign-in
sheet in memory with realistic Vietnamese names, districts written in different ways and
a fifth of its rows naming people already recorded (by email, by phone or by name + year
+ district), then times `sheet_read`, `sheet_preview` and `sheet_apply` separately, and a
second import of the same sheet (which must add nobody).
"""

import argparse
import io
import random
import time
from datetime import date, timedelta
from decimal import Decimal

from harness import fresh_database, setup_django  # bench/ is on sys.path

setup_django()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from anyascii import anyascii  # noqa: E402
from openpyxl import Workbook  # noqa: E402

SURNAMES = [
    *["Nguyễn"] * 8,
    *["Trần"] * 3,
    *["Lê"] * 3,
    "Phạm",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Chamaléa",
    "Pinăng",
    "Katơr",
]
MIDDLE = {
    "female": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bảo"],
    "male": ["Văn", "Văn", "Văn", "Hữu", "Minh", "Đức", "Quốc", "Thanh", "Công", "Xuân"],
}
GIVEN = {
    "female": [
        "Hằng", "Lan", "Hương", "Thảo", "Nga", "Trang", "Mai", "Linh", "Ngọc", "Yến",
        "Ượng", "Nhung", "Thủy", "Hạnh", "Loan", "Phượng", "Hiền", "Duyên", "Tuyết", "Ánh",
    ],
    "male": [
        "Bình", "Dũng", "Tuấn", "Hùng", "Phước", "Nam", "Tâm", "Sơn", "Long", "Khoa",
        "Thắng", "Quang", "Hải", "Đạt", "Trung", "Lực", "Hưng", "Thịnh", "Vũ", "Cường",
    ],
}  # fmt: skip
DISTRICT_SPELLINGS = {
    "582": ["Thành phố Phan Rang-Tháp Chàm", "TP Phan Rang - Tháp Chàm", "582"],
    "584": ["Huyện Bác Ái", "Bác Ái", "huyen Bac Ai"],
    "585": ["Huyện Ninh Sơn", "Ninh Sơn", "585"],
    "586": ["Huyện Ninh Hải", "Ninh Hải", "Ninh Hai"],
    "587": ["Huyện Ninh Phước", "Ninh Phước", "587", ""],
    "588": ["Huyện Thuận Bắc", "Thuận Bắc"],
    "589": ["Huyện Thuận Nam", "Thuận Nam", "huyện thuận nam"],
}
HEADER = [
    "STT",
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
    "Ký tên",
]
POSITIONS = ["Cộng tác viên", "Chi hội trưởng", "Cán bộ tư pháp", "Công an xã", "Giáo viên", ""]


def make_training():
    from courses.models import TrackPage, Training
    from people.models import AdministrativeUnit, Organisation

    start = date.today() - timedelta(days=7)
    return Training.objects.create(
        format=Training.Format.TRAINING,
        title="Tập huấn nhân rộng mô hình phòng ngừa bạo lực trên cơ sở giới",
        track=TrackPage.objects.live().order_by("path").first(),
        organiser=Organisation.objects.order_by("sort_order").first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường UBND huyện Ninh Phước",
        starts_on=start,
        ends_on=start + timedelta(days=1),
        hours=Decimal("16"),
    )


def people(count: int, rng: random.Random) -> list[dict]:
    """`count` different people: no two share an email, a phone or name + year + district."""
    from people.models import Organisation, TargetGroup

    organisations = list(Organisation.objects.values_list("name", "short_name"))
    groups = list(TargetGroup.objects.values_list("name", flat=True))
    seen, result = set(), []
    while len(result) < count:
        sex = rng.choice(["female", "female", "male"])
        name = " ".join([rng.choice(SURNAMES), rng.choice(MIDDLE[sex]), rng.choice(GIVEN[sex])])
        year = rng.randint(1960, 2002)
        district = rng.choice(list(DISTRICT_SPELLINGS))
        key = (anyascii(name).lower(), year, district)  # as the import compares names
        if key in seen:
            continue
        seen.add(key)
        n = len(result)
        organisation = rng.choice(organisations)
        result.append(
            {
                "full_name": name,
                "sex": sex,
                "birth_year": year,
                "district": district,
                "organisation": rng.choice(organisation),  # full or short name
                "target_group": rng.choice(groups),
                "position": rng.choice(POSITIONS),
                "phone": f"09{n:08d}" if rng.random() < 0.7 else "",
                "email": f"{anyascii(name).lower().replace(' ', '.')}.{n}@example.org"
                if rng.random() < 0.35
                else "",
            }
        )
    return result


def record_existing(known: list[dict], offset: int = 0) -> None:
    """People recorded before the sheet: a third known by email, a third by phone, a third
    only by name, year and district."""
    from people.models import AdministrativeUnit, Person

    districts = dict(AdministrativeUnit.objects.districts().values_list("code", "pk"))
    rows = []
    for n, person in enumerate(known, start=offset):
        how = n % 3
        if how == 0 and not person["email"]:
            person["email"] = f"da.co.{n}@example.org"
        if how == 1 and not person["phone"]:
            person["phone"] = f"08{n:08d}"
        rows.append(
            Person(
                full_name=person["full_name"],
                birth_year=person["birth_year"],
                district_id=districts[person["district"]],
                email=person["email"] if how == 0 else "",
                phone=person["phone"] if how == 1 else "",
            )
        )
    Person.objects.bulk_create(rows)


def sheet(everyone: list[dict], rng: random.Random) -> bytes:
    book = Workbook(write_only=True)
    page = book.create_sheet("Danh sách")
    page.append(HEADER)
    for number, person in enumerate(everyone, start=1):
        phone = person["phone"]
        if phone and rng.random() < 0.2:
            phone = int(phone)  # typed into a number cell: the leading 0 is gone
        elif phone and rng.random() < 0.2:
            phone = f"+84 {phone[1:4]} {phone[4:7]} {phone[7:]}"
        name = person["full_name"]
        if rng.random() < 0.1:
            name = anyascii(name)  # typed without diacritics
        page.append(
            [
                number,
                name,
                {"female": "Nữ", "male": "Nam"}[person["sex"]],
                person["birth_year"] if rng.random() < 0.9 else float(person["birth_year"]),
                rng.choice(DISTRICT_SPELLINGS[person["district"]]),
                person["organisation"],
                person["target_group"],
                person["position"],
                phone,
                person["email"],
                f"{rng.randint(30, 90) / 10:.1f}".replace(".", ","),
                rng.randint(50, 100),
                "x" if rng.random() < 0.95 else "vắng",
                None,
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def timed(label: str, rows: int, call):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = call()
        elapsed = time.perf_counter() - start
    print(
        f"{label:<28} {elapsed:7.2f} s  {rows / elapsed:8.0f} rows/s  "
        f"{len(queries.captured_queries):4d} queries"
    )
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--existing", type=int, default=1500)
    args = parser.parse_args()
    rng = random.Random(2026)

    fresh_database()
    from courses.attendee_import import sheet_apply, sheet_preview, sheet_read
    from courses.models import AttendanceRecord, Attendee
    from people.models import Person, User

    user, _created = User.objects.get_or_create(username="bench", email="bench@example.org")
    training = make_training()
    everyone = people(args.rows + args.existing, rng)
    # The sheet: every row a different person, a fifth of them already recorded.
    known = everyone[: args.rows // 5]
    record_existing(known)
    record_existing(everyone[args.rows :], offset=args.rows)  # not at this training
    sheet_rows = everyone[: args.rows]
    rng.shuffle(sheet_rows)
    start = time.perf_counter()
    data = sheet(sheet_rows, rng)
    built = time.perf_counter() - start
    people_before = Person.objects.count()

    print(f"database: {connection.vendor}")
    print(
        f"sheet: {args.rows} rows, {len(data) // 1024} KB XLSX (built in {built:.2f} s); "
        f"{people_before} people already recorded, {len(known)} of them on the sheet"
    )
    batch = timed(
        "sheet_read",
        args.rows,
        lambda: sheet_read(training=training, user=user, data=data, file_name="danh-sach.xlsx"),
    )
    assert not batch.problems, batch.problems[:5]
    preview = timed("sheet_preview", args.rows, lambda: sheet_preview(batch))
    print(f"  preview counts: {preview['counts']}")
    counts = timed("sheet_apply", args.rows, lambda: sheet_apply(batch=batch))
    print(f"  apply counts: {counts}")
    print(
        f"  now: {Person.objects.count() - people_before} people added, "
        f"{Attendee.objects.filter(training=training).count()} attendees, "
        f"{AttendanceRecord.objects.filter(attendee__training=training).count()} "
        f"attendance records"
    )

    again = timed(
        "sheet_read (same sheet again)",
        args.rows,
        lambda: sheet_read(training=training, user=user, data=data, file_name="danh-sach.xlsx"),
    )
    counts = timed("sheet_apply (same sheet again)", args.rows, lambda: sheet_apply(batch=again))
    print(f"  apply counts: {counts}")
    assert counts["created_people"] == 0 and counts["new_attendees"] == 0, counts
    assert Attendee.objects.filter(training=training).count() == args.rows


if __name__ == "__main__":
    main()
