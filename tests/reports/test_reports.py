"""Every report figure against a small data set worked out by hand.

YEAR is last year, so every date is in the past. People (district at issue, sex, age in
YEAR, organisation, group):
  p1 582 F 35 O1 G1  certified in course 1.1 (Mar) and 1.2 (Apr): both track 1, counts once
  p2 582 M 55 O1 G1  certified in course 2.1 (May)
  p3 584 F 40 O2 G1  course 1.1 (Jun) REVOKED; course 2.1 (Jun) valid
  p4 584 F 25 O2 G2  course 2.2 (Jul), then moved to 587: still counts in 584
  p5 587 M 65 O3 G2  in person only: training in 587, track 1 (Aug)
  p6 587 F 30 O3 G2  course 1.1 (Sep)
  p7 587 F ?         course 1.1 in the year before YEAR: not counted
  p8 582             completed course 1.1 in YEAR, no certificate: trained, not certified
  p9 587             on the training's list but absent: neither
"""

import csv
import io
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from certificates.services import issue_certificate, revoke_certificate
from courses.models import AttendanceRecord, Attendee, Enrolment, QuizAttempt, Training
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup
from reports.models import CapacityGoal
from reports.sections import sections
from reports.selectors import ReportScope, dashboard
from tests.factories import build_site, make_learner, make_quiz, officer_units_given

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = timezone.localdate().year - 1


def at(month: int, day: int = 10, year: int = YEAR) -> datetime:
    return datetime(year, month, day, 10, 0, tzinfo=HCM)


def unit(code):
    return AdministrativeUnit.objects.get(code=code)


@pytest.fixture
def world(db):
    tree = build_site(tracks=2, courses=2, lessons=1)
    c11, c12, c21, c22 = tree.courses
    t1, t2 = tree.tracks
    o1, o2, o3 = Organisation.objects.order_by("sort_order")[:3]
    g1, g2 = TargetGroup.objects.order_by("sort_order")[:2]

    def person(name, district, sex, age, organisation, group):
        return Person.objects.create(
            full_name=name,
            district=unit(district) if district else None,
            sex=sex,
            birth_year=YEAR - age if age else None,
            organisation=organisation,
            target_group=group,
        )

    p1 = person("Nguyễn Thị Một", "582", "female", 35, o1, g1)
    p2 = person("Trần Văn Hai", "582", "male", 55, o1, g1)
    p3 = person("Lê Thị Ba", "584", "female", 40, o2, g1)
    p4 = person("Phạm Thị Bốn", "584", "female", 25, o2, g2)
    p5 = person("Đặng Văn Năm", "587", "male", 65, o3, g2)
    p6 = person("Võ Thị Sáu", "587", "female", 30, o3, g2)
    p7 = person("Đạo Thị Bảy", "587", "female", None, o3, g2)
    p8 = person("Katơr Văn Tám", "582", "male", 45, o1, g1)
    p9 = person("Pinăng Thị Chín", "587", "female", 33, o3, g2)

    def completed(who, course, when):
        # As courses.services.completion_refresh records it: the facts of that moment.
        Enrolment.objects.create(
            person=who,
            course=course,
            course_title=course.title,
            completed_at=when,
            completed_place=who.district,
            completed_organisation=who.organisation,
            completed_target_group=who.target_group,
        )

    for who, course, when in [
        (p1, c11, at(3)),
        (p1, c12, at(4)),
        (p2, c21, at(5)),
        (p3, c11, at(6)),
        (p3, c21, at(6, 20)),
        (p4, c22, at(7)),
        (p6, c11, at(9)),
        (p8, c11, at(10)),
    ]:
        completed(who, course, when)
        if who is not p8:
            certificate = issue_certificate(who, course, now=when, notify=False)
            if who is p3 and course is c11:
                revoke_certificate(certificate, by=None, reason="Cấp nhầm")
    completed(p7, c11, at(5, year=YEAR - 1))
    issue_certificate(p7, c11, now=at(5, year=YEAR - 1), notify=False)
    p4.district = unit("587")  # moved after certification
    p4.save()

    training = Training.objects.create(
        format="tap_huan",
        title="Tập huấn tại Ninh Phước",
        track=t1,
        organiser=o3,
        district=unit("587"),
        venue="Hội trường",
        starts_on=date(YEAR, 8, 10),
        ends_on=date(YEAR, 8, 11),
        hours=Decimal("8"),
    )
    for who, status, scores in [(p5, "present", (30, 60)), (p9, "absent", (None, None))]:
        attendee = Attendee.objects.create(
            training=training,
            person=who,
            source="import",
            pre_score=scores[0],
            post_score=scores[1],
        )
        for day in training.days:
            AttendanceRecord.objects.create(attendee=attendee, day=day, status=status)
    issue_certificate(p5, training, now=at(8, 11), notify=False)

    # Knowledge gain online: p1 on 1.1: 40 → best of 60 and 80 = +40; p2 on 2.1: 50 → 70.
    def attempt(quiz, who, number, score, when):
        QuizAttempt.objects.create(
            quiz=quiz,
            person=who,
            number=number,
            kind=quiz.kind,
            layout=[],
            submitted_at=when,
            score=Decimal(score),
            passed=score >= quiz.pass_mark,
            place=who.district,
        )

    pre11, post11 = make_quiz(c11, questions=1, kind="pre"), make_quiz(c11, questions=1)
    pre21, post21 = make_quiz(c21, questions=1, kind="pre"), make_quiz(c21, questions=1)
    attempt(pre11, p1, 1, 40, at(3, 1))
    attempt(post11, p1, 1, 60, at(3, 5))
    attempt(post11, p1, 2, 80, at(3, 9))
    attempt(pre21, p2, 1, 50, at(5, 1))
    attempt(post21, p2, 1, 70, at(5, 9))

    CapacityGoal.objects.create(year=YEAR, target=12)
    CapacityGoal.objects.create(year=YEAR, district=unit("582"), target=4)
    CapacityGoal.objects.create(year=YEAR, district=unit("584"), track=t2, target=4)
    CapacityGoal.objects.create(year=YEAR, track=t1, target=6)
    CapacityGoal.objects.create(year=YEAR, target_group=g1, target=4)
    return {"tracks": (t1, t2), "orgs": (o1, o2, o3), "groups": (g1, g2)}


def table_people(data) -> dict:
    """{district name: ([people per track], total)} plus "total"."""
    rows = {
        row["name"]: ([cell["people"] for cell in row["cells"]], row["total"]["people"])
        for row in data["table"]["rows"]
    }
    totals = data["table"]["totals"]
    rows["total"] = ([cell["people"] for cell in totals["tracks"]], totals["total"]["people"])
    return rows


def test_province_figures_match_the_hand_count(world):
    data = dashboard(ReportScope(year=YEAR))

    assert data["certified"] == {
        "total": 6,
        "online": 5,
        "in_person": 1,
        "women": 4,
        "men": 2,
        "other_sex": 0,
        "sex_not_stated": 0,
        "certificates": 7,
        "course_certificates": 6,
        "training_certificates": 1,
    }
    trained = {key: data["trained"][key] for key in ("total", "online", "in_person")}
    assert trained == {"total": 7, "online": 6, "in_person": 1}
    assert data["trainings_held"] == 1
    gain = data["knowledge_gain"]
    assert (gain["people"], gain["average"]) == (3, Decimal("30.0"))
    assert [column["title"] for column in data["table"]["columns"]] == [
        track.title for track in world["tracks"]
    ]
    names = {code: unit(code).name for code in ("582", "584", "587")}
    table = table_people(data)
    assert table[names["582"]] == ([1, 1], 2)
    assert table[names["584"]] == ([0, 2], 2)
    assert table[names["587"]] == ([2, 0], 2)
    assert table["total"] == ([3, 3], 6)
    other_districts = [name for name in table if name not in (*names.values(), "total")]
    assert all(table[name] == ([0, 0], 0) for name in other_districts)
    rows = {row["name"]: row for row in data["table"]["rows"]}
    assert (rows[names["582"]]["total"]["goal"], rows[names["582"]]["total"]["share"]) == (4, 50)
    assert rows[names["584"]]["cells"][1] == {"people": 2, "goal": 4, "share": 50}
    assert data["table"]["totals"]["tracks"][0] == {"people": 3, "goal": 6, "share": 50}
    assert data["goal"] == {"people": 6, "goal": 12, "share": 50}


def test_breakdowns_match_the_hand_count(world):
    data = dashboard(ReportScope(year=YEAR))
    o1, o2, o3 = world["orgs"]
    g1, g2 = world["groups"]
    assert {item["name"]: item["people"] for item in data["organisations"]} == {
        o1.name: 2,
        o2.name: 2,
        o3.name: 2,
    }
    groups = {
        item["name"]: (item["people"], item["goal"], item["share"])
        for item in data["target_groups"]
    }
    assert groups == {g1.name: (3, 4, 75), g2.name: (3, None, None)}
    assert {item["key"]: item["people"] for item in data["sexes"]} == {"female": 4, "male": 2}
    assert {item["key"]: item["people"] for item in data["age_bands"]} == {
        "under_30": 1,
        "30_39": 2,
        "40_49": 1,
        "50_59": 1,
        "60_plus": 1,
    }
    months = {item["month"]: (item["people"], item["certificates"]) for item in data["months"]}
    assert months == {
        # p1: certified in March and April, counted once, in April (her latest).
        1: (0, 0), 2: (0, 0), 3: (0, 1), 4: (1, 1), 5: (1, 1), 6: (1, 1),
        7: (1, 1), 8: (1, 1), 9: (1, 1), 10: (0, 0), 11: (0, 0), 12: (0, 0),
    }  # fmt: skip


def test_a_district_sees_its_own_figures(world):
    data = dashboard(ReportScope(year=YEAR, units=(unit("584"),)))
    assert data["certified"]["total"] == 2  # p3 and p4 (who moved away later)
    assert data["certified"]["certificates"] == 2
    # p3, and p4 who completed here before moving to 587: the move does not rewrite it.
    trained = {key: data["trained"][key] for key in ("total", "online", "in_person")}
    assert trained == {"total": 2, "online": 2, "in_person": 0}
    assert [row["name"] for row in data["table"]["rows"]] == [unit("584").name]
    assert table_people(data)["total"] == ([0, 2], 2)


def test_a_date_range_narrows_the_year(world):
    data = dashboard(ReportScope(year=YEAR, start=date(YEAR, 6, 1), end=date(YEAR, 8, 31)))
    assert data["certified"]["total"] == 3  # p3 (Jun), p4 (Jul), p5 (Aug)
    assert [month["month"] for month in data["months"]] == [6, 7, 8]


def test_dashboard_query_count_does_not_grow_with_data(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(40) as small:
        dashboard(ReportScope(year=YEAR))
    course = Enrolment.objects.first().course
    for n in range(25):
        extra = Person.objects.create(full_name=f"Thêm {n}", district=unit("589"), sex="male")
        issue_certificate(extra, course, now=at(11), notify=False)
    with django_assert_max_num_queries(len(small.captured_queries)):
        data = dashboard(ReportScope(year=YEAR))
    assert data["certified"]["total"] == 31


# The pages and exports ------------------------------------------------------------------


def officer(email, role, district):
    user = make_learner(email, district=district)
    user.groups.add(Group.objects.get(name=role))
    if role == roles.DISTRICT_OFFICER:
        officer_units_given(user, district)
    return user


@pytest.fixture
def department(world):
    return officer("so@example.org", roles.DEPARTMENT_OFFICER, "582")


@pytest.fixture
def officer_584(world):
    return officer("huyen@example.org", roles.DISTRICT_OFFICER, "584")


def read_csv(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def csv_value(rows, label) -> str:
    return next(row[1] for row in rows if row and row[0] == label)


def test_dashboard_page_shows_the_figures(client, department):
    client.force_login(department)
    page = client.get("/reports/", {"year": YEAR}).content.decode()
    assert 'data-figure="certified">6<' in page
    assert 'data-figure="trained">7<' in page
    assert 'data-figure="trainings">1<' in page
    assert 'data-figure="gain">+30,0<' in page
    assert 'data-figure="goal-share">50%<' in page
    assert "<svg" in page and "//cdn" not in page.lower()


def test_exports_carry_the_dashboard_numbers(client, department):
    client.force_login(department)
    query = {"year": YEAR}
    rows = read_csv(client.get("/reports/export.csv", query).content)
    assert csv_value(rows, "Số người được cấp giấy chứng nhận (mỗi người một lần)") == "6"
    assert csv_value(rows, "Số người được đào tạo (mỗi người một lần)") == "7"
    total_row = next(row for row in rows if row and row[0].startswith("Tổng cộng"))
    assert total_row[1:6] == ["3", "3", "6", "12", "50%"]

    response = client.get("/reports/export.xlsx", query)
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    overview = {
        row[0]: row[1]
        for row in workbook.worksheets[0].iter_rows(min_row=4, values_only=True)
        if len(row) > 1  # not the blank row and the note under the table
    }
    assert overview["Số người được cấp giấy chứng nhận (mỗi người một lần)"] == 6
    table = list(workbook.worksheets[1].iter_rows(min_row=4, values_only=True))[:-2]  # note
    assert list(table[-1][1:6]) == [3, 3, 6, 12, 0.5]  # a number, shown as 50%
    certificates = list(workbook.worksheets[-1].iter_rows(min_row=2, values_only=True))
    assert len(certificates) == 7  # every valid certificate of the year, none revoked

    pdf = client.get("/reports/annual-report.pdf", query)
    text = unicodedata.normalize(
        "NFC", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    )
    text = " ".join(text.split())  # where a line wraps is layout
    assert "BÁO CÁO" in text
    assert "6 người được cấp giấy chứng nhận" in text
    assert "đạt 50%" in text


def test_district_officer_gets_only_their_district_everywhere(client, officer_584):
    client.force_login(officer_584)
    query = {"year": YEAR, "district": "582"}  # asking for another district changes nothing
    page = client.get("/reports/", query).content.decode()
    assert 'data-figure="certified">2<' in page
    assert unit("582").name not in page.split('id="district-track-table"')[1].split("</table>")[0]

    rows = read_csv(client.get("/reports/export.csv", query).content)
    assert csv_value(rows, "Số người được cấp giấy chứng nhận (mỗi người một lần)") == "2"
    response = client.get("/reports/export.xlsx", query)
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    names = {row[5] for row in workbook.worksheets[-1].iter_rows(min_row=2, values_only=True)}
    assert names == {unit("584").name}
    pdf = client.get("/reports/annual-report.pdf", query)
    text = unicodedata.normalize("NFC", PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text())
    text = " ".join(text.split())
    assert "2 người được cấp giấy chứng nhận" in text


@pytest.mark.parametrize("role", [None, roles.TRAINER])
@pytest.mark.parametrize(
    "url",
    ["/reports/", "/reports/export.csv", "/reports/export.xlsx", "/reports/annual-report.pdf"],
)
def test_learners_and_trainers_are_refused(client, world, role, url):
    user = make_learner("nguoi@example.org")
    if role:
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    assert client.get(url).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    assert client.get("/reports/").status_code == 302


def test_every_export_cell_equals_the_dashboard(client, department):
    """The hand-checked dashboard numbers above, cell by cell in the CSV and the XLSX."""
    expected = [
        (title, [str(h) for h in header], [[str(value) for value in row] for row in rows])
        for title, header, rows in sections(dashboard(ReportScope(year=YEAR)))
    ]
    client.force_login(department)

    lines = read_csv(client.get("/reports/export.csv", {"year": YEAR}).content)[2:]
    blocks = []
    for line in lines:
        if not line:
            blocks.append([])
        else:
            blocks[-1].append(line)
    assert all(block[-1][0].startswith("Ghi chú: ") for block in blocks)  # how it adds up
    assert [(block[0][0], block[1], block[2:-1]) for block in blocks] == expected

    def number_or_text(value):  # Excel keeps 30.0 as the number 30, and 50% as 0.5
        text = "" if value is None else str(value)
        if text.endswith("%") and text[:-1].isdigit():
            return (Decimal(text[:-1]) / 100).normalize()
        try:
            return Decimal(text).normalize()
        except ArithmeticError:
            return text

    response = client.get("/reports/export.xlsx", {"year": YEAR})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    for sheet, (title, header, rows) in zip(workbook.worksheets, expected, strict=False):
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[0][0] == title
        assert [str(value) for value in values[2]] == header
        assert values[-1][0].startswith("Ghi chú: ") and not any(values[-2])  # the note
        assert [[number_or_text(v) for v in row] for row in values[3:-2]] == [
            [number_or_text(v) for v in row] for row in rows
        ]
