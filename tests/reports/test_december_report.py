"""The December report on a hand-built year (issue 15), entered through the site's own
services, every figure worked out by hand below and asserted, on the screen's data and in
every export; then people move and change jobs, and the year is recomputed unchanged.

The year Y (last year), three districts: PR = 582 Phan Rang-Tháp Chàm, BA = 584 Bác Ái,
NP = 587 Ninh Phước; tracks T1 (course c1, pre- and post-test) and T2 (course c2).

  person   events in Y (place as it was then)                       counting certificate
  Lan      c1 Mar 10 in BA (pre 40, post 80); moves to NP in May;    c2, NP
           c2 Sep 10 in NP
  Hùng     c1 Mar 12 in PR with organisation o1; joins o2 in April;  c2, PR, o2
           c2 Jun 12 in PR
  Mai      c1 Apr 5 in PR (pre 50, post 60)                          c1, PR
  Tú       c1 May 5, no district on her profile                      c1, place unknown
  Đức ×2   twins (same name, year, district; other phones), by the   training TR1, NP
           sign-in sheet of TR1 in NP, Aug 10–11 (30→70 and 50→60)
  Ba       TR2 in BA, Jun 20, sheet out of 10 (4→6, stored 40→60),   — (trained only)
           present, below the pass mark of 80 %
  Bảy      c1 completed and certified Dec 31 at 23:30 in PR          c1, PR
  Tám      c2 completed Jan 1 of Y+1 at 00:30                        (next year)
  Chín     c1 Feb 10 in NP, certificate revoked                      — (trained only)
  Mười     TR3 in NP, Dec 31 – Jan 2 of Y+1                          (next year)

Goals of Y: the province 12 people; PR 8; track T1 6; track T2 16; BA × T2 3; target group
g1 10 and g2 5 (nobody is in g2).
"""

import csv
import io
import unicodedata
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal
from unittest import mock
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from certificates.services import issue_certificate, revoke_certificate
from courses import services as learning
from courses import training_services
from courses.attendee_import import sheet_apply, sheet_read
from courses.models import Enrolment, LessonPage, QuestionOption, Training
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup
from reports.models import CapacityGoal
from reports.sections import sections
from reports.selectors import ReportScope, dashboard
from tests.courses.test_attendee_import import xlsx
from tests.factories import build_site, make_learner, make_quiz

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
Y = timezone.localdate().year - 1
PR, BA, NP = "582", "584", "587"


def at(month, day=10, hour=10, minute=0, year=Y) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HCM)


@contextmanager
def clock(when):
    """The site's clock stands at `when` (completions and attempts take their time)."""
    with mock.patch("django.utils.timezone.now", return_value=when):
        yield


def unit(code):
    return AdministrativeUnit.objects.get(code=code)


def answer(attempt, right: int) -> dict:
    """Answers with the first `right` questions correct (10 points each)."""
    answers = {}
    for index, (question_id, _options) in enumerate(attempt.layout):
        options = QuestionOption.objects.filter(question_id=question_id)
        answers[question_id] = [o.pk for o in options if o.is_correct == (index < right)]
    return answers


class Year:
    def __init__(self):
        tree = build_site(tracks=2, courses=1, lessons=1)
        self.t1, self.t2 = tree.tracks
        self.c1, self.c2 = tree.courses
        self.pre = make_quiz(self.c1, questions=10, kind="pre", shuffle_questions=False)
        self.post = make_quiz(
            self.c1, questions=10, pass_mark=50, shuffle_questions=False, max_attempts=0
        )
        self.o1, self.o2, self.o3 = Organisation.objects.order_by("sort_order")[:3]
        self.g1, self.g2 = TargetGroup.objects.order_by("sort_order")[:2]

    def person(self, name, code, sex, age, organisation):
        return Person.objects.create(
            full_name=name,
            district=unit(code) if code else None,
            sex=sex,
            birth_year=Y - age,
            organisation=organisation,
            target_group=self.g1,
        )

    def learn(self, person, course, when, *, pre=None, post=None, certify=True):
        """Enrol, take the tests, read the lesson: the course completes at `when`."""
        enrolment = Enrolment.objects.filter(person=person, course=course).first()
        if enrolment is None:
            with clock(when - timedelta(days=10)):
                enrolment = learning.enrolment_create(person=person, course=course)
        if course == self.c1:
            if pre is not None:
                with clock(when - timedelta(days=9)):
                    attempt = learning.quiz_attempt_start(quiz=self.pre, person=person)
                    learning.quiz_attempt_submit(attempt=attempt, answers=answer(attempt, pre))
            with clock(when - timedelta(days=5)):
                attempt = learning.quiz_attempt_start(quiz=self.post, person=person)
                score = post if post is not None else 10
                learning.quiz_attempt_submit(attempt=attempt, answers=answer(attempt, score))
        with clock(when):
            lesson = LessonPage.objects.child_of(course).first()
            learning.lesson_complete(enrolment=enrolment, lesson=lesson)
        enrolment.refresh_from_db()
        assert enrolment.completed_at == when
        if certify:
            return issue_certificate(person, course, now=when, notify=False)
        return None

    def training(self, title, code, track, first, last, **fields):
        return Training.objects.create(
            format="tap_huan",
            title=title,
            track=track,
            organiser=self.o3,
            district=unit(code),
            venue="Hội trường",
            starts_on=first,
            ends_on=last,
            hours=Decimal("8"),
            **fields,
        )


@pytest.fixture
def year(db):
    world = Year()
    lan = world.person("Lò Thị Lan", BA, "female", 35, world.o1)
    world.learn(lan, world.c1, at(3, 10), pre=4, post=8)
    lan.district = unit(NP)  # she moves in May
    lan.save()
    world.learn(lan, world.c2, at(9, 10))

    hung = world.person("Trần Văn Hùng", PR, "male", 45, world.o1)
    world.learn(hung, world.c1, at(3, 12))
    hung.organisation = world.o2  # a new job in April
    hung.save()
    world.learn(hung, world.c2, at(6, 12))

    mai = world.person("Võ Thị Mai", PR, "female", 30, world.o3)
    world.learn(mai, world.c1, at(4, 5), pre=5, post=6)
    # Tú's record lost its district (an old record): counted, in no district.
    tu = world.person("Đạo Thị Tú", PR, "female", 40, world.o3)
    with clock(at(4, 20)):
        learning.enrolment_create(person=tu, course=world.c1)
    Person.objects.filter(pk=tu.pk).update(district=None)
    tu.refresh_from_db()
    world.learn(tu, world.c1, at(5, 5))
    bay = world.person("Katơr Văn Bảy", PR, "male", 65, world.o1)
    world.learn(bay, world.c1, at(12, 31, 23, 30))
    tam = world.person("Pinăng Thị Tám", PR, "female", 50, world.o1)
    world.learn(tam, world.c2, at(1, 1, 0, 30, year=Y + 1))
    chin = world.person("Chamaléa Văn Chín", NP, "male", 37, world.o3)
    revoke_certificate(world.learn(chin, world.c1, at(2, 10)), by=None, reason="Cấp nhầm")

    # TR1: the sign-in sheet of the twins, two days, both present.
    tr1 = world.training("TR1 Ninh Phước", NP, world.t1, date(Y, 8, 10), date(Y, 8, 11))
    trainer = make_learner("gv@example.org")
    sheet = xlsx(
        [
            ["Nguyễn Văn Đức", "Nam", Y - 33, "Ninh Phước", "0912 000 101", "30", "70", "có"],
            ["Nguyễn Văn Đức", "Nam", Y - 33, "Ninh Phước", "0912 000 102", "50", "60", "có"],
        ],
        ["Họ và tên", "Giới tính", "Năm sinh", "Huyện", "SĐT", "Điểm trước", "Điểm sau", "Có mặt"],
    )
    batch = sheet_read(training=tr1, user=trainer, data=sheet, file_name="tr1.xlsx")
    assert batch.problems == []
    sheet_apply(batch=batch)
    for attendee in tr1.attendees.all():
        issue_certificate(attendee.person, tr1, now=at(8, 11, 16), notify=False)

    # TR2: paper tests out of 10. Ba (recorded before: same name, year and district, so
    # proposed and kept) scores 4 then 6, stored as 40 and 60: under the pass mark of 80 %,
    # so trained, not certified.
    tr2 = world.training(
        "TR2 Bác Ái", BA, world.t2, date(Y, 6, 20), date(Y, 6, 20), pass_mark=80, score_scale=10
    )
    ba = world.person("Mấu Thị Ba", BA, "female", 55, world.o2)
    sheet = xlsx(
        [["Mấu Thị Ba", "Nữ", Y - 55, "Bác Ái", "", "4", "6", "có"]],
        ["Họ và tên", "Giới tính", "Năm sinh", "Huyện", "SĐT", "Điểm trước", "Điểm sau", "Có mặt"],
    )
    batch = sheet_read(training=tr2, user=trainer, data=sheet, file_name="tr2.xlsx")
    assert batch.problems == []
    sheet_apply(batch=batch)
    attendee = tr2.attendees.get()
    assert attendee.person == ba and (attendee.pre_score, attendee.post_score) == (40, 60)

    # TR3 runs over New Year: it counts in Y+1, when it ended.
    tr3 = world.training("TR3 qua năm mới", NP, world.t1, date(Y, 12, 31), date(Y + 1, 1, 2))
    muoi = world.person("Pi Năng Thị Mười", NP, "female", 26, world.o2)
    attendee = training_services.attendee_add(training=tr3, person=muoi, source="manual")
    for day in tr3.days:
        training_services.attendance_set(attendee=attendee, day=day, status="present")
    issue_certificate(muoi, tr3, now=at(1, 2, 16, year=Y + 1), notify=False)

    CapacityGoal.objects.create(year=Y, target=12)
    CapacityGoal.objects.create(year=Y, district=unit(PR), target=8)
    CapacityGoal.objects.create(year=Y, track=world.t1, target=6)
    CapacityGoal.objects.create(year=Y, track=world.t2, target=16)
    CapacityGoal.objects.create(year=Y, district=unit(BA), track=world.t2, target=3)
    CapacityGoal.objects.create(year=Y, target_group=world.g1, target=10)
    CapacityGoal.objects.create(year=Y, target_group=world.g2, target=5)
    world.people = {
        "lan": lan, "hung": hung, "mai": mai, "tu": tu, "bay": bay, "chin": chin, "ba": ba,
    }  # fmt: skip
    return world


def rows_by_name(data) -> dict:
    return {row["name"]: row for row in data["table"]["rows"]}


# The year, by hand ---------------------------------------------------------------------


def test_certified_people_and_every_breakdown_add_up(year):
    data = dashboard(ReportScope(year=Y))
    assert data["certified"] == {
        "total": 7,  # Lan, Hùng, Mai, Tú, the two Đức, Bảy (Chín's was revoked)
        "online": 5,
        "in_person": 2,
        "women": 3,
        "men": 4,
        "other_sex": 0,
        "sex_not_stated": 0,
        "certificates": 9,  # Lan 2, Hùng 2, Mai, Tú, Đức 2, Bảy
        "course_certificates": 7,
        "training_certificates": 2,
    }
    organisations = {item["name"]: item["people"] for item in data["organisations"]}
    # Hùng once, with the organisation of his latest certificate; the twins gave none.
    assert organisations == {
        year.o1.name: 2,
        year.o2.name: 1,
        year.o3.name: 2,
        "Chưa có thông tin": 2,
    }
    groups = {i["name"]: (i["people"], i["goal"], i["share"]) for i in data["target_groups"]}
    assert groups == {
        year.g1.name: (5, 10, 50),
        year.g2.name: (0, 5, 0),  # a goal nobody has reached yet still shows
        "Chưa có thông tin": (2, None, None),
    }
    ages = {item["key"]: item["people"] for item in data["age_bands"]}
    assert ages == {"under_30": 0, "30_39": 4, "40_49": 2, "50_59": 0, "60_plus": 1}
    months = {item["month"]: (item["people"], item["certificates"]) for item in data["months"]}
    assert months == {
        1: (0, 0), 2: (0, 0), 3: (0, 2), 4: (1, 1), 5: (1, 1), 6: (1, 1),
        7: (0, 0), 8: (2, 2), 9: (1, 1), 10: (0, 0), 11: (0, 0), 12: (1, 1),
    }  # fmt: skip
    for breakdown in ("organisations", "target_groups", "sexes", "age_bands", "months"):
        assert sum(item["people"] for item in data[breakdown]) == 7, breakdown


def test_the_district_table_its_goals_and_the_unknown_place(year):
    data = dashboard(ReportScope(year=Y))
    rows = rows_by_name(data)
    people = {
        name: ([c["people"] for c in row["cells"]], row["total"]["people"])
        for name, row in rows.items()
    }
    assert people[unit(PR).name] == ([3, 1], 3)
    assert people[unit(BA).name] == ([1, 0], 0)  # Lan's T1 certificate; she counts in NP
    assert people[unit(NP).name] == ([2, 1], 3)
    assert people["Chưa rõ địa bàn"] == ([1, 0], 1)
    assert sum(row["total"]["people"] for row in rows.values()) == 7  # rows add up
    # The unknown place has no goal (it used to show the province's and be "the worst").
    unknown = rows["Chưa rõ địa bàn"]
    assert unknown["total"]["goal"] is None and all(c["goal"] is None for c in unknown["cells"])
    assert rows[unit(PR).name]["total"] == {"people": 3, "goal": 8, "share": 38}
    assert rows[unit(BA).name]["cells"][1] == {"people": 0, "goal": 3, "share": 0}
    totals = data["table"]["totals"]
    assert totals["tracks"] == [
        {"people": 7, "goal": 6, "share": 117},
        {"people": 2, "goal": 16, "share": 13},  # 12,5 % rounds half up
    ]
    assert totals["total"] == {"people": 7, "goal": 12, "share": 58}
    assert [
        (g["place"], g["track"], g["people"], g["goal"], g["share"]) for g in data["goals"]
    ] == [
        (None, None, 7, 12, 58),
        (None, year.t1.title, 7, 6, 117),
        (None, year.t2.title, 2, 16, 13),
        (unit(PR).name, None, 3, 8, 38),
        (unit(BA).name, year.t2.title, 0, 3, 0),
    ]


def test_people_trained_by_their_latest_event(year):
    data = dashboard(ReportScope(year=Y))
    trained = data["trained"]
    # Online: Lan, Hùng, Mai, Tú, Bảy, Chín; in person: the two Đức and Ba.
    assert (trained["total"], trained["online"], trained["in_person"]) == (9, 6, 3)
    rows = rows_by_name(data)
    assert rows[unit(PR).name]["trained"] == {"total": 3, "online": 3, "in_person": 0}
    assert rows[unit(BA).name]["trained"] == {"total": 1, "online": 0, "in_person": 1}
    assert rows[unit(NP).name]["trained"] == {"total": 4, "online": 2, "in_person": 2}
    assert rows["Chưa rõ địa bàn"]["trained"] == {"total": 1, "online": 1, "in_person": 0}
    assert data["trainings_held"] == 2  # TR3 ended in the next year


def test_knowledge_gain_counts_each_person_once(year):
    gain = dashboard(ReportScope(year=Y))["knowledge_gain"]
    # Lan +40 (online), Mai +10, Đức +40 and +10 (paper), Ba +20: five people, 24.0.
    assert (gain["people"], gain["average"], gain["improved_share"]) == (5, Decimal("24.0"), 100)
    assert gain["pairs"] == {"online": 2, "paper": 3}
    assert gain["people"] <= dashboard(ReportScope(year=Y))["trained"]["total"]
    bac_ai = dashboard(ReportScope(year=Y, units=(unit(BA),)))["knowledge_gain"]
    assert (bac_ai["people"], bac_ai["average"]) == (2, Decimal("30.0"))  # Lan then, and Ba


def test_a_district_report_is_its_row_of_the_province(year):
    province = rows_by_name(dashboard(ReportScope(year=Y)))
    for code in (PR, BA, NP):
        data = dashboard(ReportScope(year=Y, units=(unit(code),)))
        row = province[unit(code).name]
        assert data["certified"]["total"] == row["total"]["people"]
        assert data["trained"]["total"] == row["trained"]["total"]


def test_the_year_boundary(year):
    data = dashboard(ReportScope(year=Y + 1))
    assert data["certified"]["total"] == 2  # Tám at 00:30 on 1/1, Mười after TR3
    trained = data["trained"]
    assert (trained["total"], trained["online"], trained["in_person"]) == (2, 1, 1)
    december = dashboard(ReportScope(year=Y, start=date(Y, 12, 31), end=date(Y, 12, 31)))
    assert december["certified"]["total"] == 1  # Bảy at 23:30


def test_a_period_across_new_year_counts_both_sides_without_goals(year):
    data = dashboard(ReportScope(year=Y, start=date(Y, 12, 1), end=date(Y + 1, 1, 31)))
    assert data["certified"]["total"] == 3  # Bảy, Tám, Mười
    assert data["goal"]["goal"] is None and data["goals"] == []
    assert [(m["year"], m["month"]) for m in data["months"]] == [(Y, 12), (Y + 1, 1)]


def test_moves_after_the_year_change_none_of_its_figures(year):
    before = sections(dashboard(ReportScope(year=Y)))
    before_ba = sections(dashboard(ReportScope(year=Y, units=(unit(BA),))))
    people = year.people
    for name, code in (("lan", PR), ("hung", BA), ("mai", NP), ("ba", PR), ("chin", BA)):
        person = people[name]
        person.district = unit(code)
        person.organisation = year.o1
        person.target_group = year.g2
        person.sex = "other"
        person.save()
    assert sections(dashboard(ReportScope(year=Y))) == before
    assert sections(dashboard(ReportScope(year=Y, units=(unit(BA),)))) == before_ba


# The exports carry exactly the screen's figures ---------------------------------------


@pytest.fixture
def department(year):
    user = make_learner("so@example.org")
    user.groups.add(Group.objects.get(name=roles.DEPARTMENT_OFFICER))
    return user


def read_csv_blocks(content: bytes) -> list:
    lines = list(csv.reader(io.StringIO(content.decode("utf-8").lstrip("\ufeff"))))[2:]
    blocks = []
    for line in lines:
        if not line:
            blocks.append([])
        else:
            blocks[-1].append(line)
    # Each block ends with the sentence saying how its table adds up.
    assert all(block[-1][0].startswith("Ghi chú: ") for block in blocks)
    return [(block[0][0], block[1], block[2:-1]) for block in blocks]


def test_csv_xlsx_and_pdf_equal_the_screen_cell_by_cell(client, department):
    expected = sections(dashboard(ReportScope(year=Y)))
    client.force_login(department)
    page = client.get("/reports/", {"year": Y}).content.decode()
    for title, _header, _rows in expected[1:]:
        assert title in page

    as_text = [
        (t, [str(h) for h in hs], [[str(v) for v in r] for r in rs]) for t, hs, rs in expected
    ]
    assert read_csv_blocks(client.get("/reports/export.csv", {"year": Y}).content) == as_text

    response = client.get("/reports/export.xlsx", {"year": Y})
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    for sheet, (title, header, rows) in zip(book.worksheets, expected, strict=False):
        assert sheet["A1"].value == title
        assert [c.value for c in sheet[3]][: len(header)] == [str(h) for h in header]
        for number, row in enumerate(rows, start=4):
            for column, value in enumerate(row, start=1):
                written = sheet.cell(row=number, column=column)
                if hasattr(value, "fraction"):  # a share: the number, shown as a percentage
                    assert Decimal(str(written.value)) == value.fraction
                    assert written.number_format == "0%"
                elif value == "":
                    assert written.value in ("", None)
                elif isinstance(value, Decimal):
                    assert Decimal(str(written.value)) == value, (title, number, column)
                else:
                    assert written.value == value, (title, number, column)
    keys = [row[1].value for row in book.worksheets[-1].iter_rows(min_row=2)]
    assert len(keys) == 9 and len(set(keys)) == 7  # nine certificates of seven people

    pdf = client.get("/reports/annual-report.pdf", {"year": Y}).content
    text = unicodedata.normalize(
        "NFC", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    )
    for title, _header, rows in expected[1:]:
        for row in rows:
            assert " ".join(str(value) for value in row[:2]) in " ".join(text.split()), (title, row)


def test_a_period_that_ends_before_it_starts_says_so_in_vietnamese(client, department):
    """Finding 9: 31/12 of the year before with year Y gave "01/01 – 31/12" of all zeros."""
    client.force_login(department)
    response = client.get("/reports/", {"year": Y, "start": f"{Y}-12-31", "end": f"{Y}-01-01"})
    page = response.content.decode()
    assert "trước ngày bắt đầu" in page
    assert response.context["scope"].days == (date(Y, 1, 1), date(Y, 12, 31))
    assert response.context["data"]["certified"]["total"] == 7


def test_a_period_across_new_year_is_accepted_by_the_page(client, department):
    client.force_login(department)
    response = client.get("/reports/", {"start": f"{Y}-12-01", "end": f"{Y + 1}-01-31"})
    assert response.context["scope"].days == (date(Y, 12, 1), date(Y + 1, 1, 31))
    assert response.context["data"]["certified"]["total"] == 3
    assert "không áp dụng chỉ tiêu" in response.content.decode()
    csv_file = client.get("/reports/export.csv", {"start": f"{Y}-12-01", "end": f"{Y + 1}-01-31"})
    assert f"{Y}1201-{Y + 1}0131" in csv_file["Content-Disposition"]
