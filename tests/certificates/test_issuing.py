"""Issuing and revoking: one rule, frozen facts, readable serials, unguessable codes."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.exceptions import ValidationError

import pytest

from certificates import services
from certificates.models import Certificate, CertificateEvent, CertificateTemplate
from certificates.services import issue_certificate, revoke_certificate
from certificates.texts import normalise_code
from courses import services as course_services
from courses.models import Enrolment
from people.models import AdministrativeUnit
from people.selectors import personal_data
from tests.factories import answers_for, make_learner, make_quiz

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def test_issue_freezes_what_it_certifies(course, holder, site_tree):
    certificate = issue_certificate(holder.person, course)

    assert certificate.holder_name == "Nguyễn Thị Hằng"
    assert certificate.holder_sex == "female"
    assert certificate.district.code == "587"
    assert certificate.course_title == course.title
    assert certificate.track == site_tree.tracks[0]
    assert certificate.track_title == site_tree.tracks[0].title
    assert certificate.hours == 4
    assert certificate.issuing_body == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert "thời lượng 4 giờ" in certificate.body
    assert course.title in certificate.body

    person = holder.person
    person.full_name = "Tên Khác"
    person.district = AdministrativeUnit.objects.get(code="582")
    person.save()
    course.title = "Tên khóa mới"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.holder_name == "Nguyễn Thị Hằng"
    assert certificate.district.code == "587"
    assert certificate.course_title != "Tên khóa mới"


def test_serials_run_in_order_within_a_year_and_restart_each_year(course, site_tree):
    people = [make_learner(f"p{n}@example.org").person for n in range(3)]
    first, second = (issue_certificate(person, course) for person in people[:2])
    next_year = issue_certificate(people[2], course, now=datetime(2027, 1, 1, 0, 30, tzinfo=HCM))

    year = first.issued_on.year
    assert (first.serial, second.serial) == (f"GCN-{year}-00001", f"GCN-{year}-00002")
    assert next_year.serial == "GCN-2027-00001"
    assert next_year.issued_on.isoformat() == "2027-01-01"  # local date, not UTC (31/12)


def test_codes_are_random_80_bit_strings(course):
    people = [make_learner(f"c{n}@example.org").person for n in range(5)]
    codes = {issue_certificate(person, course).code for person in people}
    assert len(codes) == 5
    assert all(re.fullmatch(r"[A-Z2-7]{16}", code) for code in codes)


def test_issuing_twice_returns_the_same_certificate(course, holder):
    first = issue_certificate(holder.person, course)
    again = issue_certificate(holder.person, course)
    assert again.pk == first.pk
    assert Certificate.objects.count() == 1
    assert CertificateEvent.objects.filter(action="issued").count() == 1


def test_issue_is_logged_and_emailed(
    course, holder, department_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(
            holder.person, course, source="manual", issued_by=department_user, reason="Thi giấy"
        )
    event = certificate.events.get()
    assert (event.action, event.actor, event.reason) == ("issued", department_user, "Thi giấy")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["hang@example.org"]
    assert f"/certificates/{certificate.serial}.pdf" in message.body
    assert f"/certificates/verify/{certificate.code}/" in message.body


def test_passing_the_post_test_issues_the_certificate(
    course, holder, site_tree, django_capture_on_commit_callbacks
):
    quiz = make_quiz(course, questions=4)
    enrolment = Enrolment.objects.get(person=holder.person, course=course)
    for lesson in site_tree.lessons[:3]:
        course_services.lesson_complete(enrolment=enrolment, lesson=lesson)
    attempt = course_services.quiz_attempt_start(quiz=quiz, person=holder.person)
    answers = {int(key[2:]): [int(value)] for key, value in answers_for(attempt).items()}
    assert not Certificate.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        course_services.quiz_attempt_submit(attempt=attempt, answers=answers)

    certificate = Certificate.objects.get()
    assert (certificate.person, certificate.course, certificate.source) == (
        holder.person,
        course,
        "course",
    )


def test_failing_the_post_test_issues_nothing(
    course, holder, site_tree, django_capture_on_commit_callbacks
):
    quiz = make_quiz(course, questions=4)
    enrolment = Enrolment.objects.get(person=holder.person, course=course)
    for lesson in site_tree.lessons[:3]:
        course_services.lesson_complete(enrolment=enrolment, lesson=lesson)
    attempt = course_services.quiz_attempt_start(quiz=quiz, person=holder.person)
    wrong = {
        int(key[2:]): [int(value)] for key, value in answers_for(attempt, correct=False).items()
    }
    with django_capture_on_commit_callbacks(execute=True):
        course_services.quiz_attempt_submit(attempt=attempt, answers=wrong)
    assert not Certificate.objects.exists()


def test_revocation_needs_a_reason_and_leaves_the_valid_set(course, holder, department_user):
    certificate = issue_certificate(holder.person, course)
    with pytest.raises(services.CertificateRefused):
        revoke_certificate(certificate, by=department_user, reason="  ")

    revoke_certificate(certificate, by=department_user, reason="Sai họ tên")

    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert not Certificate.objects.valid().exists()
    event = certificate.events.get(action="revoked")
    assert (event.actor, event.reason, event.actor_name) == (
        department_user,
        "Sai họ tên",
        f"{department_user.person.full_name} ({department_user.email})",
    )
    with pytest.raises(services.CertificateRefused):
        revoke_certificate(certificate, by=department_user, reason="again")


def test_a_revoked_certificate_can_be_replaced(course, holder, department_user):
    old = issue_certificate(holder.person, course)
    revoke_certificate(old, by=department_user, reason="Sai họ tên")
    new = issue_certificate(holder.person, course)
    assert new.pk != old.pk and new.serial != old.serial
    assert Certificate.objects.valid().get() == new


def test_no_certificate_without_a_name(course):
    person = make_learner("noname@example.org", full_name="").person
    with pytest.raises(services.CertificateRefused):
        issue_certificate(person, course)
    assert not Certificate.objects.exists()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("abcd-efgh-ijkl-mn23", "ABCDEFGHIJKLMN23"),
        (" ABCD EFGH IJKL MN23 ", "ABCDEFGHIJKLMN23"),
        ("0BCD-EFGH-1JKL-MN23", "OBCDEFGHIJKLMN23"),  # digits typed for look-alike letters
        ("ABCD", None),
        ("ABCD-EFGH-IJKL-MN29", None),
        ("<script>alert(1)</script>", None),
        ("ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ", None),
        ("", None),
    ],
)
def test_typed_codes_are_normalised_or_rejected(typed, expected):
    assert normalise_code(typed) == expected


def test_template_rejects_unknown_placeholders(db):
    template = CertificateTemplate(
        name="Thử",
        issuing_body="SỞ",
        body="Chứng nhận {ho_ten} đã học {khoa_hoc} tại {noi_hoc}",
        place_name="Ninh Thuận",
        signatory_title="GIÁM ĐỐC",
        signatory_name="A",
    )
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "{noi_hoc}" in str(error.value)
    template.body = "Chứng nhận {ho_ten"
    with pytest.raises(ValidationError):
        template.full_clean()


def test_only_one_default_template(db):
    first = CertificateTemplate.objects.get(is_default=True)
    second = CertificateTemplate.objects.create(
        name="Mẫu 2",
        is_default=True,
        issuing_body="SỞ",
        body="{ho_ten}",
        place_name="Ninh Thuận",
        signatory_title="GIÁM ĐỐC",
        signatory_name="B",
    )
    first.refresh_from_db()
    assert not first.is_default and second.is_default
    assert services.default_template() == second


def test_personal_data_export_lists_certificates(course, holder):
    certificate = issue_certificate(holder.person, course)
    data = personal_data(holder.person)
    assert data["certificates"][0]["serial"] == certificate.serial
    assert data["certificates"][0]["holder_name"] == "Nguyễn Thị Hằng"


def test_the_certificate_email_shows_names_as_typed(course, django_capture_on_commit_callbacks):
    """A plain-text mail is not HTML: quotes and ampersands are not escaped."""
    course.title = 'Tư vấn & hỗ trợ "an toàn"'
    course.save_revision().publish()
    holder = make_learner("ut@example.org", full_name='Hằng "Út" & Co').person
    course_services.enrolment_create(person=holder, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        issue_certificate(holder, course)
    [message] = mail.outbox
    assert 'Hằng "Út" & Co' in message.body
    assert 'Tư vấn & hỗ trợ "an toàn"' in message.body
    assert 'Tư vấn & hỗ trợ "an toàn"' in message.subject
    assert "&amp;" not in message.body + message.subject
    assert "&quot;" not in message.body + message.subject
