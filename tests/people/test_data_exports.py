"""Every download of personal data or of a report leaves an audit row: who, when, what."""

from datetime import date
from decimal import Decimal

import pytest

from certificates.services import issue_certificate
from courses import services as course_services
from courses.models import Training
from people import roles
from people.models import AdministrativeUnit, DataExport, Organisation
from tests.factories import make_learner, make_staff


@pytest.fixture
def world(site_tree):
    course = site_tree.courses[0]
    holder = make_learner("hang@example.org", full_name="Nguyễn Thị Hằng")
    course_services.enrolment_create(person=holder.person, course=course)
    training = Training.objects.create(
        format=Training.Format.TRAINING,
        title="Tập huấn Ninh Phước",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on=date(2026, 3, 10),
        ends_on=date(2026, 3, 10),
        hours=Decimal("4"),
    )
    return {
        "course": course,
        "holder": holder,
        "training": training,
        "certificate": issue_certificate(holder.person, course),
        "department": make_staff("so@example.org", roles.DEPARTMENT_OFFICER),
    }


def downloads(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return list(DataExport.objects.values_list("user_email", "kind", "subject"))


@pytest.mark.parametrize(
    ("url", "kind", "subject"),
    [
        ("{course}learners/csv/", "learners", "{course_title}"),
        ("{course}results/csv/", "results", "{course_title}"),
        ("/trainings/{training}/manage/attendees.csv", "attendees", "Tập huấn Ninh Phước"),
        ("/trainings/{training}/manage/sign-in-sheet.pdf", "sign_in_sheet", "Tập huấn Ninh Phước"),
        ("/certificates/{serial}.pdf", "certificate", "{serial}"),
        ("/admin/certificates/{certificate}/pdf/", "certificate", "{serial}"),
        ("/reports/export.csv?year=2026", "report", "bao-cao-dao-tao-2026-toan-tinh.csv"),
        ("/reports/export.xlsx?year=2026", "report", "bao-cao-dao-tao-2026-toan-tinh.xlsx"),
        ("/reports/annual-report.pdf?year=2026", "report", "bao-cao-dao-tao-2026-toan-tinh.pdf"),
    ],
)
def test_a_staff_download_is_recorded(client, world, url, kind, subject):
    values = {
        "course": world["course"].url,
        "course_title": world["course"].title,
        "training": world["training"].pk,
        "serial": world["certificate"].serial,
        "certificate": world["certificate"].pk,
    }
    rows = downloads(client, world["department"], url.format(**values))
    assert rows == [("so@example.org", kind, subject.format(**values))]


def test_own_data_and_own_certificate(client, world):
    rows = downloads(client, world["holder"], "/me/data.json")
    assert rows == [("hang@example.org", "own_data", "Nguyễn Thị Hằng")]
    downloads(client, world["holder"], f"/certificates/{world['certificate'].serial}.pdf")
    assert DataExport.objects.count() == 1  # one's own certificate is not someone's data


def test_the_log_is_for_the_department_only(client, world):
    downloads(client, world["department"], "/reports/export.csv?year=2026")
    page = client.get("/admin/data-downloads/")
    assert page.status_code == 200 and "so@example.org" in page.content.decode()
    trainer = make_staff("gv@example.org", roles.TRAINER, tracks=[world["course"].get_parent()])
    client.force_login(trainer)
    refused = client.get("/admin/data-downloads/")
    assert refused.status_code in (302, 403)
    assert "so@example.org" not in refused.content.decode()
