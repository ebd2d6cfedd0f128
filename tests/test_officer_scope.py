"""What a district officer sees is the units the department gave them on the roles page,
never the district on a profile they can edit themselves (issue 14, finding 2).

A small data set worked out by hand, in three districts (all in YEAR, last year):
  584 Bác Ái      An    F  completed the course online, certified (Mar); pre 40 → post 80
                  Bình  M  enrolled online, not finished; present at the Bác Ái training
  587 Ninh Phước  Cúc   F  completed the course online, certified (Apr); pre 50 → post 70
                  Dũng  M  present at the Ninh Phước training, certified in person (May)
  582 Phan Rang   Em    F  completed the course online, certified (Jun); pre 60 → post 90
                  Phúc  M  present at the Phan Rang training, certified in person (Jun)
Each training has its one attendee. Goals: Bác Ái 4, Ninh Phước 2.
"""

import csv
import io
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from certificates.services import issue_certificate
from courses.models import AttendanceRecord, Attendee, Enrolment, QuizAttempt, Training
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup
from reports.models import CapacityGoal
from reports.selectors import ReportScope, dashboard
from tests.factories import build_site, make_learner, make_quiz, make_staff

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = timezone.localdate().year - 1
BAC_AI, NINH_PHUOC, PHAN_RANG = "584", "587", "582"
CERTIFIED = "Số người được cấp giấy chứng nhận (mỗi người một lần)"
REPORT_URLS = ["/reports/export.csv", "/reports/export.xlsx", "/reports/annual-report.pdf"]


def at(month: int, day: int = 10) -> datetime:
    return datetime(YEAR, month, day, 10, 0, tzinfo=HCM)


def unit(code) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(code=code)


@pytest.fixture
def world(db):
    tree = build_site(tracks=1, courses=1, lessons=1)
    course = tree.courses[0]
    organisation = Organisation.objects.order_by("sort_order").first()
    group = TargetGroup.objects.order_by("sort_order").first()
    pre, post = make_quiz(course, questions=1, kind="pre"), make_quiz(course, questions=1)

    def person(name, code, sex):
        return Person.objects.create(
            full_name=name,
            district=unit(code),
            sex=sex,
            birth_year=YEAR - 35,
            organisation=organisation,
            target_group=group,
        )

    def attempt(quiz, who, score, when):
        QuizAttempt.objects.create(
            quiz=quiz,
            person=who,
            number=1,
            kind=quiz.kind,
            layout=[],
            submitted_at=when,
            score=Decimal(score),
            passed=score >= quiz.pass_mark,
            place=who.district,
        )

    def online(who, month, pre_score=None, post_score=None, complete=True):
        when = at(month)
        Enrolment.objects.create(
            person=who,
            course=course,
            course_title=course.title,
            completed_at=when if complete else None,
            completed_place=who.district if complete else None,
        )
        if pre_score is not None:
            attempt(pre, who, pre_score, at(month, 1))
            attempt(post, who, post_score, at(month, 5))
        if complete:
            issue_certificate(who, course, now=when, notify=False)

    def in_person(who, code, month, certify=True):
        training = Training.objects.create(
            format="tap_huan",
            title=f"Tập huấn tại {unit(code).name}",
            track=tree.tracks[0],
            organiser=organisation,
            district=unit(code),
            venue="Hội trường",
            starts_on=date(YEAR, month, 20),
            ends_on=date(YEAR, month, 20),
            hours=Decimal("4"),
        )
        attendee = Attendee.objects.create(training=training, person=who, source="import")
        AttendanceRecord.objects.create(attendee=attendee, day=training.starts_on, status="present")
        if certify:
            issue_certificate(who, training, now=at(month, 20), notify=False)
        return training

    an = person("Nguyễn Thị An", BAC_AI, "female")
    binh = person("Trần Văn Bình", BAC_AI, "male")
    cuc = person("Lê Thị Cúc", NINH_PHUOC, "female")
    dung = person("Phạm Văn Dũng", NINH_PHUOC, "male")
    em = person("Võ Thị Em", PHAN_RANG, "female")
    phuc = person("Đặng Văn Phúc", PHAN_RANG, "male")
    online(an, 3, 40, 80)
    online(binh, 3, complete=False)
    online(cuc, 4, 50, 70)
    online(em, 6, 60, 90)
    trainings = {
        BAC_AI: in_person(binh, BAC_AI, 3, certify=False),
        NINH_PHUOC: in_person(dung, NINH_PHUOC, 5),
        PHAN_RANG: in_person(phuc, PHAN_RANG, 6),
    }
    CapacityGoal.objects.create(year=YEAR, district=unit(BAC_AI), target=4)
    CapacityGoal.objects.create(year=YEAR, district=unit(NINH_PHUOC), target=2)
    return {"course": course, "trainings": trainings}


# The department's side: the roles page ------------------------------------------------


def department_client() -> Client:
    from people.models import User

    department = User.objects.filter(email="so-phan-quyen@example.org").first()
    if department is None:
        department = make_staff("so-phan-quyen@example.org", roles.DEPARTMENT_OFFICER)
    admin = Client()
    admin.force_login(department)
    return admin


def grant(account, *codes) -> None:
    """The department makes `account` a district officer of `codes` on the roles page."""
    response = department_client().post(
        reverse("staff_edit", args=[account.pk]),
        {"roles": [roles.DISTRICT_OFFICER], "units": [unit(code).pk for code in codes]},
    )
    assert response.status_code == 302, response.content.decode()


def officer_of(client, *codes, profile_district):
    account = make_learner(
        f"huyen-{'-'.join(codes)}@example.org",
        full_name="Đặng Văn Ượng",
        district=profile_district,
    )
    grant(account, *codes)
    client.force_login(account)
    return account


def change_own_profile_district(client, account, code) -> None:
    """What the officer did: moved their own profile to another district."""
    person = account.person
    response = client.post(
        "/me/profile/",
        {
            "full_name": person.full_name,
            "sex": person.sex,
            "birth_year": person.birth_year,
            "district": unit(code).pk,
            "organisation": person.organisation_id,
            "target_group": person.target_group_id,
            "position": "",
            "phone": "",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.district.code == code


# Reading what is shown ----------------------------------------------------------------


def figure(page: str, name: str) -> str:
    return page.split(f'data-figure="{name}">')[1].split("<")[0]


def table_rows(page: str) -> set[str]:
    table = page.split('id="district-track-table"')[1].split("</tbody>")[0]
    return {chunk.split('"')[0] for chunk in table.split('<tr data-district="')[1:]}


def read_csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def csv_value(rows, label) -> str:
    return next(row[1] for row in rows if row and row[0] == label)


def xlsx(response):
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)


def xlsx_certificate_districts(response) -> set[str]:
    sheet = xlsx(response).worksheets[-1]
    return {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}


def pdf_text(response) -> str:
    """The PDF's text, NFC, with line breaks made spaces (where a line wraps is layout)."""
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in pages))
    return " ".join(text.split())


def report(client, **query):
    return client.get("/reports/", {"year": YEAR, **query}).content.decode()


def names(world):
    return {code: unit(code).name for code in (BAC_AI, NINH_PHUOC, PHAN_RANG)}


# (1) An officer who changes their profile district still sees only their unit ----------


@pytest.mark.parametrize("asked", [None, NINH_PHUOC])
def test_changing_the_profile_district_does_not_change_the_reports(client, world, asked):
    officer = officer_of(client, BAC_AI, profile_district=BAC_AI)
    change_own_profile_district(client, officer, NINH_PHUOC)
    query = {"district": asked} if asked else {}
    district = names(world)

    page = report(client, **query)
    assert district[BAC_AI] in page.split('class="meta"')[1].split("</p>")[0]
    assert figure(page, "certified") == "1"  # An
    assert figure(page, "trained") == "2"  # An online, Bình in person
    assert figure(page, "trainings") == "1"
    assert table_rows(page) == {district[BAC_AI]}
    assert district[NINH_PHUOC] not in page

    rows = read_csv(client.get("/reports/export.csv", {"year": YEAR, **query}).content)
    assert csv_value(rows, CERTIFIED) == "1"
    assert rows[0][1] == district[BAC_AI]
    response = client.get("/reports/export.xlsx", {"year": YEAR, **query})
    assert xlsx_certificate_districts(response) == {district[BAC_AI]}
    text = pdf_text(client.get("/reports/annual-report.pdf", {"year": YEAR, **query}))
    assert "1 người được cấp giấy chứng nhận" in text
    assert district[NINH_PHUOC] not in text


def test_changing_the_profile_district_does_not_change_the_learners(client, world):
    officer = officer_of(client, BAC_AI, profile_district=BAC_AI)
    change_own_profile_district(client, officer, NINH_PHUOC)
    course = world["course"]

    learners = client.get(course.url + "learners/", {"district": NINH_PHUOC}).content.decode()
    assert "Nguyễn Thị An" in learners and "Trần Văn Bình" in learners
    assert "Lê Thị Cúc" not in learners and "Võ Thị Em" not in learners
    rows = read_csv(client.get(course.url + "learners/csv/").content)
    assert [row[0] for row in rows[1:]] == ["Nguyễn Thị An", "Trần Văn Bình"]

    results = client.get(course.url + "results/").content.decode()
    assert "Nguyễn Thị An" in results
    assert "Lê Thị Cúc" not in results and "Võ Thị Em" not in results
    results_csv = client.get(course.url + "results/csv/").content.decode("utf-8-sig")
    assert "Nguyễn Thị An" in results_csv
    assert "Lê Thị Cúc" not in results_csv and "Võ Thị Em" not in results_csv


def test_changing_the_profile_district_does_not_change_the_trainings(client, world):
    officer = officer_of(client, BAC_AI, profile_district=BAC_AI)
    change_own_profile_district(client, officer, NINH_PHUOC)
    own, other = world["trainings"][BAC_AI], world["trainings"][NINH_PHUOC]

    listing = client.get("/trainings/manage/", {"district": NINH_PHUOC}).content.decode()
    assert own.title in listing and other.title not in listing
    assert client.get(f"/trainings/{own.pk}/manage/").status_code == 200
    attendees = client.get(f"/trainings/{own.pk}/manage/attendees.csv")
    assert "Trần Văn Bình" in attendees.content.decode("utf-8-sig")
    assert client.get(f"/trainings/{other.pk}/manage/").status_code == 404
    response = client.get(f"/trainings/{other.pk}/manage/attendees.csv")
    assert response.status_code == 404
    assert "Phạm Văn Dũng".encode() not in response.content


def test_an_officer_without_units_sees_no_report_even_with_a_profile_district(client, world):
    """A district officer the department gave no unit (the role ticked by hand in the
    Django admin, say) is refused: the profile district does not stand in for one."""
    from django.contrib.auth.models import Group

    account = make_learner("huyen-khong@example.org", district=BAC_AI)
    account.groups.add(Group.objects.get(name=roles.DISTRICT_OFFICER))
    client.force_login(account)
    for url in ["/reports/", *REPORT_URLS]:
        assert client.get(url, {"year": YEAR}).status_code == 403, url
    assert client.get(world["course"].url + "learners/").status_code == 403
    assert client.get(world["course"].url + "results/").status_code == 403
    assert client.get("/trainings/manage/").status_code == 403
    training = world["trainings"][BAC_AI]
    assert client.get(f"/trainings/{training.pk}/manage/attendees.csv").status_code == 403


# (2) An officer of two units sees exactly those two -------------------------------------


def test_two_units_count_exactly_those_units(world):
    data = dashboard(ReportScope(year=YEAR, units=(unit(BAC_AI), unit(NINH_PHUOC))))
    assert data["certified"]["total"] == 3  # An, Cúc, Dũng
    assert (data["certified"]["women"], data["certified"]["men"]) == (2, 1)
    assert (data["certified"]["online"], data["certified"]["in_person"]) == (2, 1)
    trained = {key: data["trained"][key] for key in ("total", "online", "in_person")}
    assert trained == {"total": 4, "online": 2, "in_person": 2}  # + Bình, Dũng
    assert data["trainings_held"] == 2
    gain = data["knowledge_gain"]
    assert (gain["people"], gain["average"]) == (2, Decimal("30.0"))  # +40 and +20
    rows = {row["name"]: row["total"] for row in data["table"]["rows"]}
    assert rows == {
        unit(BAC_AI).name: {"people": 1, "goal": 4, "share": 25},
        unit(NINH_PHUOC).name: {"people": 2, "goal": 2, "share": 100},
    }
    assert data["goal"] == {"people": 3, "goal": 6, "share": 50}


def test_an_officer_of_two_units_sees_both_and_nothing_else(client, world):
    officer_of(client, BAC_AI, NINH_PHUOC, profile_district=PHAN_RANG)
    district = names(world)
    for asked in (None, PHAN_RANG, "9999"):  # another code never widens or moves the scope
        query = {"district": asked} if asked else {}
        page = report(client, **query)
        assert figure(page, "certified") == "3", asked
        assert figure(page, "trained") == "4", asked
        assert figure(page, "trainings") == "2", asked
        assert figure(page, "gain") == "+30,0", asked
        assert figure(page, "goal-share") == "50%", asked
        assert table_rows(page) == {district[BAC_AI], district[NINH_PHUOC]}, asked

        rows = read_csv(client.get("/reports/export.csv", {"year": YEAR, **query}).content)
        assert csv_value(rows, CERTIFIED) == "3"
        by_district = {row[0]: row for row in rows if row and row[0] in district.values()}
        assert set(by_district) == {district[BAC_AI], district[NINH_PHUOC]}
        response = client.get("/reports/export.xlsx", {"year": YEAR, **query})
        assert xlsx_certificate_districts(response) == {district[BAC_AI], district[NINH_PHUOC]}
        text = pdf_text(client.get("/reports/annual-report.pdf", {"year": YEAR, **query}))
        assert "3 người được cấp giấy chứng nhận" in text
        assert district[PHAN_RANG] not in text

    course = world["course"]
    rows = read_csv(client.get(course.url + "learners/csv/").content)
    assert [row[0] for row in rows[1:]] == ["Lê Thị Cúc", "Nguyễn Thị An", "Trần Văn Bình"]
    results = client.get(course.url + "results/csv/").content.decode("utf-8-sig")
    assert "Nguyễn Thị An" in results and "Lê Thị Cúc" in results
    assert "Võ Thị Em" not in results

    listing = client.get("/trainings/manage/").content.decode()
    trainings = world["trainings"]
    assert trainings[BAC_AI].title in listing and trainings[NINH_PHUOC].title in listing
    assert trainings[PHAN_RANG].title not in listing
    attendee = {BAC_AI: "Trần Văn Bình", NINH_PHUOC: "Phạm Văn Dũng", PHAN_RANG: "Đặng Văn Phúc"}
    for code, allowed in ((BAC_AI, True), (NINH_PHUOC, True), (PHAN_RANG, False)):
        response = client.get(f"/trainings/{trainings[code].pk}/manage/attendees.csv")
        assert response.status_code == (200 if allowed else 404), code
        assert (attendee[code].encode() in response.content) is allowed, code


def test_an_officer_of_two_units_may_narrow_to_one_of_them(client, world):
    officer_of(client, BAC_AI, NINH_PHUOC, profile_district=PHAN_RANG)
    district = names(world)
    page = report(client, district=NINH_PHUOC)
    assert figure(page, "certified") == "2"  # Cúc, Dũng
    assert figure(page, "trained") == "2"
    assert figure(page, "trainings") == "1"
    assert table_rows(page) == {district[NINH_PHUOC]}
    # The choice offers the officer's own units only.
    options = page.split('id="district"')[1].split("</select>")[0]
    assert district[BAC_AI] in options and district[NINH_PHUOC] in options
    assert district[PHAN_RANG] not in options

    query = {"year": YEAR, "district": NINH_PHUOC}
    rows = read_csv(client.get("/reports/export.csv", query).content)
    assert csv_value(rows, CERTIFIED) == "2"
    assert xlsx_certificate_districts(client.get("/reports/export.xlsx", query)) == {
        district[NINH_PHUOC]
    }
    assert "2 người được cấp giấy chứng nhận" in pdf_text(
        client.get("/reports/annual-report.pdf", query)
    )


def test_the_department_still_chooses_any_district_or_the_province(client, world):
    client.force_login(make_staff("so@example.org", roles.DEPARTMENT_OFFICER))
    assert figure(report(client), "certified") == "5"
    page = report(client, district=PHAN_RANG)
    assert figure(page, "certified") == "2"
    assert table_rows(page) == {unit(PHAN_RANG).name}


def test_report_queries_do_not_grow_with_units(client, world, django_assert_max_num_queries):
    officer_of(client, BAC_AI, profile_district=BAC_AI)
    client.get("/reports/", {"year": YEAR})
    with django_assert_max_num_queries(60) as one:
        client.get("/reports/", {"year": YEAR})
    one_unit = len(one.captured_queries)  # read now: the next request resets the log
    three = Client()
    account = make_learner("huyen-ba-3@example.org")
    grant(account, BAC_AI, NINH_PHUOC, PHAN_RANG)
    three.force_login(account)
    three.get("/reports/", {"year": YEAR})
    with django_assert_max_num_queries(one_unit):
        page = three.get("/reports/", {"year": YEAR}).content.decode()
    assert figure(page, "certified") == "5"  # all three units: everyone certified


# (3) The roles page sets and clears the units and writes them in the log ----------------


def access_logs(user):
    return ModelLogEntry.objects.filter(action="lms.access_changed", object_id=str(user.pk))


def roles_url(user=None) -> str:
    return reverse("staff_edit", args=[user.pk]) if user else reverse("staff_index")


def test_roles_page_sets_and_clears_an_officers_units(client, world):
    department = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    # No profile district at all: the old "fill in the profile first" check is gone.
    account = make_learner("huyen@example.org", full_name="Đặng Văn Ượng", complete=False)
    client.force_login(department)

    response = client.post(
        roles_url(account),
        {"roles": [roles.DISTRICT_OFFICER], "units": [unit(BAC_AI).pk, unit(NINH_PHUOC).pk]},
    )
    assert response.status_code == 302
    entry = access_logs(account).get()
    assert entry.user_id == department.pk
    assert entry.data["roles"] == [roles.DISTRICT_OFFICER]
    assert entry.data["units"] == [
        f"{unit(BAC_AI).name} ({BAC_AI})",
        f"{unit(NINH_PHUOC).name} ({NINH_PHUOC})",
    ]
    form = client.get(roles_url(account)).content.decode()
    for code, ticked in ((BAC_AI, True), (NINH_PHUOC, True), (PHAN_RANG, False)):
        box = form.split(f'name="units" value="{unit(code).pk}"')[1].split(">")[0]
        assert ("checked" in box) is ticked, code
    listing = client.get(roles_url()).content.decode()
    row = listing.split("huyen@example.org")[1].split("</tr>")[0]
    assert unit(BAC_AI).name in row and unit(NINH_PHUOC).name in row

    officer = Client()
    officer.force_login(account)
    assert figure(report(officer), "certified") == "3"

    response = client.post(roles_url(account), {"roles": [roles.LEARNER]})
    assert response.status_code == 302
    assert access_logs(account).latest("timestamp").data["units"] == []
    assert officer.get("/reports/").status_code == 403
    # Ticking the role again does not bring the old units back.
    response = client.post(roles_url(account), {"roles": [roles.DISTRICT_OFFICER]})
    assert response.status_code == 200
    assert officer.get("/reports/").status_code == 403


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        (
            {"roles": [roles.DISTRICT_OFFICER]},
            "Hãy chọn ít nhất một đơn vị hành chính mà cán bộ UBND huyện này được xem.",
        ),
        (
            {"roles": [roles.TRAINER], "units": [BAC_AI]},
            "Chỉ cán bộ UBND huyện mới được giao đơn vị hành chính: hãy chọn cả vai trò "
            "Cán bộ UBND huyện.",
        ),
        (
            {"roles": [], "units": [BAC_AI]},
            "Chỉ cán bộ UBND huyện mới được giao đơn vị hành chính: hãy chọn cả vai trò "
            "Cán bộ UBND huyện.",
        ),
    ],
)
def test_roles_page_refuses_units_that_do_not_fit_the_roles(client, world, posted, message):
    account = make_learner("hv@example.org", district=BAC_AI)
    client.force_login(make_staff("so@example.org", roles.DEPARTMENT_OFFICER))
    posted = {
        key: [unit(value).pk if key == "units" else value for value in values]
        for key, values in posted.items()
    }
    response = client.post(roles_url(account), posted)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert set(account.groups.values_list("name", flat=True)) == set()
    assert not access_logs(account).exists()


# The demo and the migration of existing officers ----------------------------------------


def test_the_demo_officer_is_given_bac_ai_through_the_role(client, demo_site):
    from people.models import OfficerUnit, User

    officer = User.objects.get(email="huyen@example.org")
    assert [row.unit.code for row in OfficerUnit.objects.filter(user=officer)] == [BAC_AI]
    client.force_login(officer)
    change_own_profile_district(client, officer, NINH_PHUOC)
    page = client.get("/reports/").content.decode()
    assert table_rows(page) == {unit(BAC_AI).name}


def test_the_migration_gives_existing_officers_the_district_of_their_profile(db):
    """Deployments from before the roles page had units keep working: each district
    officer gets the district their profile says at migration time, nobody else gets any."""
    import importlib

    from django.apps import apps as django_apps
    from django.contrib.auth.models import Group

    from people.models import OfficerUnit

    migration = importlib.import_module("people.migrations.0008_officer_units")
    officer = make_learner("huyen-cu@example.org", district=BAC_AI)
    officer.groups.add(Group.objects.get(name=roles.DISTRICT_OFFICER))
    no_district = make_learner("huyen-trong@example.org", complete=False)
    no_district.groups.add(Group.objects.get(name=roles.DISTRICT_OFFICER))
    make_learner("hv-cu@example.org", district=NINH_PHUOC)
    trainer = make_staff("gv-cu@example.org", roles.TRAINER, district=PHAN_RANG)

    migration.units_from_profiles(django_apps, None)

    assert list(OfficerUnit.objects.values_list("user__email", "unit__code")) == [
        ("huyen-cu@example.org", BAC_AI)
    ]
    assert not OfficerUnit.objects.filter(user=trainer).exists()
