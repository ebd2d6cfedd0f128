"""Who may download which PDF, and what the public check shows."""

import json

from django.utils import timezone

import pytest

from certificates.services import issue_certificate, revoke_certificate
from courses import services as course_services
from courses.services import trainer_tracks_set
from tests.factories import add_content, make_learner, make_quiz


@pytest.fixture
def certificate(course, holder):
    return issue_certificate(holder.person, course)


def pdf_url(certificate):
    return f"/certificates/{certificate.serial}.pdf"


def test_holder_downloads_their_pdf(client, certificate, holder):
    client.force_login(holder)
    response = client.get(pdf_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.serial}.pdf"'
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF")


def test_another_learner_is_refused(client, certificate):
    client.force_login(make_learner("other@example.org", full_name="Người khác"))
    assert client.get(pdf_url(certificate)).status_code == 403


def test_anonymous_visitor_is_sent_to_log_in(client, certificate):
    response = client.get(pdf_url(certificate))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_department_may_download_any(client, certificate, department_user):
    client.force_login(department_user)
    assert client.get(pdf_url(certificate)).status_code == 200


def test_trainer_only_for_their_tracks(client, certificate, trainer_user, site_tree):
    client.force_login(trainer_user)
    assert client.get(pdf_url(certificate)).status_code == 403
    track = site_tree.tracks[0]
    trainer_tracks_set(user=trainer_user, tracks=[track])
    assert client.get(pdf_url(certificate)).status_code == 200


def test_district_officer_may_not_download(client, certificate):
    from django.contrib.auth.models import Group

    from people import roles

    officer = make_learner("huyen@example.org", full_name="Cán bộ huyện", district="587")
    officer.groups.add(Group.objects.get(name=roles.DISTRICT_OFFICER))
    client.force_login(officer)
    assert client.get(pdf_url(certificate)).status_code == 403


def test_unknown_serial_is_not_found(client, holder):
    client.force_login(holder)
    assert client.get("/certificates/GCN-2026-99999.pdf").status_code == 404


def test_verification_shows_only_name_course_and_date(client, certificate):
    response = client.get(f"/certificates/verify/{certificate.code}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="verdict verdict--valid"' in page
    assert "Nguyễn Thị Hằng" in page
    assert certificate.course_title in page
    assert certificate.issued_on.strftime("%d/%m/%Y") in page
    assert certificate.district_name not in page
    assert certificate.serial not in page
    assert "1990" not in page  # year of birth
    assert "hang@example.org" not in page
    assert '<meta name="robots" content="noindex">' in page


def test_typed_code_with_dashes_and_lowercase_is_found(client, certificate):
    typed = certificate.display_code.lower()
    response = client.get("/certificates/verify/", {"code": typed}, follow=True)
    assert response.status_code == 200
    assert 'verdict--valid"' in response.content.decode()


def test_verification_of_a_revoked_certificate(client, certificate, department_user):
    revoke_certificate(certificate, by=department_user, reason="Cấp nhầm người")
    certificate.refresh_from_db()
    page = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert 'verdict--revoked"' in page
    assert timezone.localtime(certificate.revoked_at).strftime("%d/%m/%Y") in page
    assert "Cấp nhầm người" not in page  # the reason is internal


@pytest.mark.parametrize(
    "code",
    [
        "AAAAAAAAAAAAAAAA",
        "short",
        "%3Cscript%3E",
        "' OR 1=1 --",
        "x" * 300,
        "Đặng-Văn-Ượng",
    ],
)
def test_unknown_and_malformed_codes_are_a_clean_not_found(client, db, code):
    response = client.get(f"/certificates/verify/{code}/")
    assert response.status_code == 404
    assert 'verdict--unknown"' in response.content.decode()


def test_verification_is_rate_limited(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = (3, 60)
    for _ in range(3):
        assert client.get(f"/certificates/verify/{certificate.code}/").status_code == 200
    limited = client.get(f"/certificates/verify/{certificate.code}/")
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert certificate.holder_name not in limited.content.decode()
    # another address is not affected
    other = client.get(f"/certificates/verify/{certificate.code}/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


@pytest.mark.parametrize("typed", ["a/b", "../../etc/passwd", "x" * 5000, "?%00"])
def test_malformed_codes_typed_in_the_form_are_a_clean_not_found(client, db, typed):
    response = client.get("/certificates/verify/", {"code": typed})
    assert response.status_code == 404
    assert 'verdict--unknown"' in response.content.decode()


def test_verify_form_page(client, db):
    response = client.get("/certificates/verify/")
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_my_page_lists_certificates_with_a_fixed_number_of_queries(
    client, course, holder, site_tree, django_assert_max_num_queries
):
    client.force_login(holder)
    issue_certificate(holder.person, course)
    with django_assert_max_num_queries(40) as few:
        first = client.get("/me/")
    add_content(site_tree, tracks=1, courses=3, lessons=1)
    for other_course in site_tree.courses[1:]:
        course_services.enrolment_create(person=holder.person, course=other_course)
        issue_certificate(holder.person, other_course)
    with django_assert_max_num_queries(len(few.captured_queries)):
        many = client.get("/me/")
    assert first.status_code == many.status_code == 200
    page = many.content.decode()
    assert page.count('href="/certificates/GCN-') == 4


def test_my_data_export_has_certificates_and_quiz_attempts(client, course, holder):
    quiz = make_quiz(course, questions=2)
    attempt = course_services.quiz_attempt_start(quiz=quiz, person=holder.person)
    course_services.quiz_attempt_submit(attempt=attempt, answers={})
    certificate = issue_certificate(holder.person, course)
    client.force_login(holder)

    data = json.loads(client.get("/me/data.json").content)

    assert data["certificates"][0]["serial"] == certificate.serial
    assert data["certificates"][0]["verification_code"] == certificate.code
    assert data["quiz_attempts"][0]["quiz"] == quiz.title
    assert data["quiz_attempts"][0]["score"] == "0.00"


def test_erasing_the_account_keeps_the_certificate_valid(client, certificate, holder):
    client.force_login(holder)
    assert client.post("/me/delete/", {"password": "Mat-khau-2026!"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.holder_name == "Nguyễn Thị Hằng"
    page = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert 'verdict--valid"' in page and "Nguyễn Thị Hằng" in page
