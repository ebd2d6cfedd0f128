import json

import pytest

from courses import services
from courses.models import Enrolment
from people.models import Person, User
from tests.factories import make_learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(site_tree):
    user = make_learner(full_name="Đặng Văn Ượng", phone="0912345678", email="uong@example.org")
    enrolment = services.enrolment_create(person=user.person, course=site_tree.courses[0])
    services.lesson_complete(enrolment=enrolment, lesson=site_tree.lessons[0])
    return user


def test_my_data_download_holds_profile_account_and_learning(client, enrolled, site_tree):
    client.force_login(enrolled)
    response = client.get("/me/data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "uong@example.org"
    assert data["profile"]["full_name"] == "Đặng Văn Ượng"
    assert data["profile"]["district"] == "Huyện Ninh Phước"
    assert data["enrolments"][0]["course"] == site_tree.courses[0].title
    assert data["enrolments"][0]["completed_lessons"][0]["lesson"] == site_tree.lessons[0].title
    assert "Ượng" in response.content.decode()  # readable UTF-8, not \\u escapes


def test_learner_pages_need_login(client):
    for url in ["/me/", "/me/profile/", "/me/data/", "/me/data.json", "/me/delete/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/accounts/login/"), url


def test_learner_a_sees_only_her_own_learning_and_data(client, enrolled, site_tree):
    other = make_learner("b@example.org", full_name="Trần Thị Bích")
    client.force_login(other)
    me = client.get("/me/").content.decode()
    assert site_tree.courses[0].title not in me
    data = json.loads(client.get("/me/data.json").content)
    assert data["profile"]["full_name"] == "Trần Thị Bích"
    assert data["enrolments"] == []
    assert "Ượng" not in client.get("/me/data.json").content.decode()


def test_learner_cannot_see_a_course_learner_list(client, enrolled, site_tree):
    other = make_learner("b@example.org")
    client.force_login(other)
    assert client.get(site_tree.courses[0].url + "learners/").status_code == 403
    assert client.get(site_tree.courses[0].url + "learners/csv/").status_code == 403


def test_deleting_the_account_erases_identity_and_keeps_counts(client, enrolled, site_tree):
    person = enrolled.person
    enrolments_before = Enrolment.objects.count()
    client.force_login(enrolled)
    wrong = client.post("/me/delete/", {"password": "sai-mat-khau"})
    assert wrong.status_code == 200
    assert User.objects.filter(pk=enrolled.pk).exists()

    response = client.post("/me/delete/", {"password": "Mat-khau-2026!"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=enrolled.pk).exists()
    person = Person.objects.get(pk=person.pk)
    assert person.full_name == "" and person.phone == "" and person.email == ""
    assert person.user is None and person.erased_at is not None
    # What the reports count by stays, so totals do not move.
    assert person.district.code == "587" and person.sex == "female"
    assert Enrolment.objects.count() == enrolments_before
    assert client.get("/me/").status_code == 302  # logged out


def test_profile_edit_saves_and_returns_to_next(client, site_tree):
    user = make_learner(complete=False)
    client.force_login(user)
    page = client.get("/me/profile/?next=" + site_tree.courses[0].url)
    assert page.status_code == 200
    from people.models import AdministrativeUnit, Organisation, TargetGroup

    response = client.post(
        "/me/profile/",
        {
            "full_name": "Nguyễn  Thị   Hằng",
            "sex": "female",
            "birth_year": "1985",
            "district": AdministrativeUnit.objects.get(code="589").pk,
            "organisation": Organisation.objects.first().pk,
            "target_group": TargetGroup.objects.first().pk,
            "position": "",
            "phone": "",
            "next": site_tree.courses[0].url,
        },
    )
    assert response.status_code == 302
    assert response.url == site_tree.courses[0].url
    user.person.refresh_from_db()
    assert user.person.full_name == "Nguyễn Thị Hằng"
    assert user.person.is_profile_complete


def profile_post(person, **overrides):
    data = {
        "full_name": person.full_name,
        "sex": person.sex,
        "birth_year": person.birth_year,
        "district": person.district_id,
        "organisation": person.organisation_id,
        "target_group": person.target_group_id,
    }
    return {**data, **overrides}


def test_profile_next_never_leaves_the_site(client, site_tree):
    user = make_learner()
    client.force_login(user)
    response = client.post("/me/profile/", profile_post(user.person, next="https://evil.example/"))
    assert response.url == "/me/"


def test_unknown_district_posted_by_hand_saves_nothing(client, site_tree):
    user = make_learner()
    client.force_login(user)
    person = user.person
    response = client.post(
        "/me/profile/", profile_post(person, full_name="Tên mới", district=987654)
    )
    assert response.status_code == 200
    assert "district" in response.context["form"].errors
    person.refresh_from_db()
    assert person.full_name == "Nguyễn Thị Hằng"


def test_erasure_leaves_no_name_email_or_phone_in_logs_or_unsaved_sheets(
    client, enrolled, site_tree
):
    """Finding 4 of issue 14: the download log kept the email and name of an erased
    learner, and sign-in sheet rows kept names, phones and emails for ever."""
    from datetime import date

    from courses.attendee_import import sheet_read
    from courses.models import AttendeeImport, Training
    from people.models import AdministrativeUnit, DataExport, Organisation
    from tests.courses.test_attendee_import import xlsx

    client.force_login(enrolled)
    client.get("/me/data.json")
    training = Training.objects.create(
        format="tap_huan",
        title="Lớp",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 3, 1),
        hours=4,
    )
    pending = sheet_read(
        training=training,
        user=make_learner("gv@example.org"),
        data=xlsx(
            [["Đặng Văn Ượng", "0912345678"], ["Lê Thị Khác", "0912000009"]],
            ["Họ và tên", "Số điện thoại"],
        ),
        file_name="ds.xlsx",
    )
    assert len(pending.rows) == 2

    client.post("/me/delete/", {"password": "Mat-khau-2026!"})

    logged = " ".join(f"{row.user_email} {row.subject}" for row in DataExport.objects.all())
    assert "uong@example.org" not in logged and "Ượng" not in logged
    assert DataExport.objects.filter(kind=DataExport.Kind.OWN_DATA).exists()  # the fact stays
    rows = AttendeeImport.objects.get(pk=pending.pk).rows
    assert [row["full_name"] for row in rows] == ["Lê Thị Khác"]


def test_unsaved_sheets_are_purged_after_two_days(site_tree):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from courses.models import AttendeeImport, Training
    from people.models import AdministrativeUnit, Organisation

    training = Training.objects.create(
        format="tap_huan",
        title="Lớp",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on="2026-03-01",
        ends_on="2026-03-01",
        hours=4,
    )
    user = make_learner("gv@example.org")
    old = AttendeeImport.objects.create(training=training, uploaded_by=user, file_name="a.xlsx")
    AttendeeImport.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    fresh = AttendeeImport.objects.create(training=training, uploaded_by=user, file_name="b.xlsx")
    call_command("purge_sheet_previews", "--days", "2", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(AttendeeImport.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_the_verify_page_still_shows_an_erased_holders_printed_name(client, enrolled, site_tree):
    """Decided (docs/decisions/0005, privacy notice): a certificate is a public statement, so
    its check keeps showing the name printed on it; the holder may ask for revocation."""
    from certificates.services import issue_certificate

    certificate = issue_certificate(enrolled.person, site_tree.courses[0])
    client.force_login(enrolled)
    client.post("/me/delete/", {"password": "Mat-khau-2026!"})
    page = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "Đặng Văn Ượng" in page
    assert "0912" not in page and "uong@" not in page


def test_my_data_download_holds_in_person_trainings_with_attendance_and_scores(
    client, enrolled, site_tree
):
    from datetime import date
    from decimal import Decimal

    from courses import training_services
    from courses.models import Training
    from people.models import AdministrativeUnit, Organisation

    organiser = Organisation.objects.order_by("sort_order").first()
    training = Training.objects.create(
        format="tap_huan",
        title="Tập huấn kỹ năng tham vấn",
        track=site_tree.tracks[0],
        organiser=organiser,
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường UBND xã Phước Hậu",
        starts_on=date(2026, 3, 9),
        ends_on=date(2026, 3, 10),
        hours=Decimal("16"),
    )
    attendee = training_services.attendee_add(
        training=training, person=enrolled.person, source="import"
    )
    attendee.pre_score, attendee.post_score = Decimal("5.5"), Decimal("8.75")
    attendee.save()
    training_services.attendance_set(attendee=attendee, day=date(2026, 3, 9), status="present")
    training_services.attendance_set(attendee=attendee, day=date(2026, 3, 10), status="absent")
    someone_else = Person.objects.create(full_name="Trần Thị Bích")
    training_services.attendee_add(training=training, person=someone_else, source="manual")

    client.force_login(enrolled)
    data = json.loads(client.get("/me/data.json").content)
    assert data["trainings"] == [
        {
            "training": "Tập huấn kỹ năng tham vấn",
            "format": "Tập huấn",
            "first_day": "2026-03-09",
            "last_day": "2026-03-10",
            "venue": "Hội trường UBND xã Phước Hậu",
            "district": "Huyện Ninh Phước",
            "organiser": str(organiser),
            "added_by": "Danh sách điểm danh",
            "added_at": attendee.added_at.isoformat(),
            "pre_test_score": "5.50",
            "post_test_score": "8.75",
            "attendance": [
                {"day": "2026-03-09", "status": "Có mặt"},
                {"day": "2026-03-10", "status": "Vắng"},
            ],
        }
    ]
    assert "Trần Thị Bích" not in json.dumps(data, ensure_ascii=False)
