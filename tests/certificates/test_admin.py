"""The department's and trainers' certificate pages: revoke, issue, bulk jobs, ZIP files."""

import io
import unicodedata
import zipfile
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

import pytest
from pypdf import PdfReader

from certificates.models import Certificate, CertificateJob
from certificates.services import issue_certificate, revoke_certificate
from courses import services as course_services
from courses.models import Enrolment
from courses.services import trainer_tracks_set
from tests.factories import add_content, make_learner


def assign(trainer, track):
    trainer_tracks_set(user=trainer, tracks=[track])


def refused(response) -> bool:
    """The Wagtail admin answers a refusal with a redirect to its dashboard, or 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def completed(course, count):
    """`count` learners who completed `course` without receiving a certificate."""
    people = []
    for n in range(count):
        person = make_learner(f"done{n}@example.org", full_name=f"Học viên Số {n}").person
        enrolment = course_services.enrolment_create(person=person, course=course)
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
        people.append(person)
    return people


def test_department_revokes_with_a_reason(client, course, holder, department_user):
    certificate = issue_certificate(holder.person, course)
    client.force_login(department_user)
    url = f"/admin/certificates/{certificate.pk}/revoke/"

    empty = client.post(url, {"reason": ""})
    assert empty.status_code == 400
    certificate.refresh_from_db()
    assert not certificate.is_revoked

    response = client.post(url, {"reason": "Học viên khai sai họ tên"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked
    event = certificate.events.get(action="revoked")
    assert (event.actor, event.reason) == (department_user, "Học viên khai sai họ tên")
    detail = client.get(f"/admin/certificates/{certificate.pk}/").content.decode()
    assert "Học viên khai sai họ tên" in detail


def test_trainer_may_not_revoke(client, course, holder, trainer_user, site_tree):
    assign(trainer_user, site_tree.tracks[0])
    certificate = issue_certificate(holder.person, course)
    client.force_login(trainer_user)
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    assert refused(response)
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_revoking_needs_csrf(course, holder, department_user):
    from django.test import Client

    certificate = issue_certificate(holder.person, course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(department_user)
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    assert response.status_code == 403
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_trainer_list_shows_only_their_tracks(client, course, holder, trainer_user, site_tree):
    add_content(site_tree, tracks=1, courses=1, lessons=1)
    other_course = site_tree.courses[1]
    other = make_learner("khac@example.org", full_name="Trần Văn Khác").person
    course_services.enrolment_create(person=other, course=other_course)
    issue_certificate(holder.person, course)
    issue_certificate(other, other_course)
    assign(trainer_user, site_tree.tracks[0])
    client.force_login(trainer_user)

    page = client.get("/admin/certificates/").content.decode()

    assert "Nguyễn Thị Hằng" in page
    assert "Trần Văn Khác" not in page


@pytest.mark.parametrize(
    "query",
    [
        "course=abc",
        "course=-1",
        "course=1.5",
        "course=%C2%B2",  # "²" counts as a digit to str.isdigit
        "course=%00",
        "course=99999999999999999999999",
        "status=xyz",
        "p=abc",
        "p=-1",
        "p=99999",
        "q=%00",
        "q=" + "a" * 3000,
        "course=abc&status=%00&p=x&q=%00",
    ],
)
def test_bad_filters_on_the_certificate_list_are_ignored(
    client, course, holder, department_user, query
):
    """Hand-edited or stale links get the list (without the bad filter), never a 500."""
    certificate = issue_certificate(holder.person, course)
    client.force_login(department_user)
    response = client.get(f"/admin/certificates/?{query}")
    assert response.status_code == 200
    if not query.startswith(("p=9", "q=a")):
        assert certificate.serial in response.content.decode()


def test_the_course_filter_still_filters(client, course, holder, department_user, site_tree):
    add_content(site_tree, tracks=1, courses=1, lessons=1)
    other = make_learner("khac@example.org", full_name="Trần Văn Khác").person
    course_services.enrolment_create(person=other, course=site_tree.courses[1])
    issue_certificate(holder.person, course)
    issue_certificate(other, site_tree.courses[1])
    client.force_login(department_user)
    page = client.get(f"/admin/certificates/?course={course.pk}&status=valid").content.decode()
    assert "Nguyễn Thị Hằng" in page and "Trần Văn Khác" not in page
    assert f'<option value="{course.pk}" selected>' in page


def test_department_finds_a_certificate_by_typed_code(client, course, holder, department_user):
    certificate = issue_certificate(holder.person, course)
    client.force_login(department_user)
    page = client.get("/admin/certificates/", {"q": certificate.display_code.lower()})
    assert certificate.serial in page.content.decode()
    assert (
        certificate.serial not in client.get("/admin/certificates/", {"q": "ZZZZ"}).content.decode()
    )


def test_learner_has_no_admin_certificate_pages(client, course, holder):
    certificate = issue_certificate(holder.person, course)
    client.force_login(holder)
    for url in ("/admin/certificates/", f"/admin/certificates/{certificate.pk}/"):
        assert refused(client.get(url)) or "/login/" in client.get(url)["Location"]


def test_bulk_issue_runs_in_the_background_and_reports_progress(
    client, course, department_user, django_capture_on_commit_callbacks
):
    completed(course, 3)
    client.force_login(department_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/certificates/course/{course.pk}/issue/")

    job = CertificateJob.objects.get()
    assert response["Location"] == f"/certificates/jobs/{job.pk}/"
    assert (job.status, job.total, job.done) == ("done", 3, 3)
    assert Certificate.objects.valid().filter(course=course).count() == 3
    assert all(c.events.get().actor == department_user for c in Certificate.objects.all())
    page = client.get(f"/certificates/jobs/{job.pk}/").content.decode()
    assert 'value="100"' in page

    with django_capture_on_commit_callbacks(execute=True):  # nothing left to issue
        client.post(f"/admin/certificates/course/{course.pk}/issue/")
    assert Certificate.objects.count() == 3


def test_bulk_issue_is_enqueued_on_the_background_backend(
    client, course, department_user, settings, django_capture_on_commit_callbacks
):
    from django_tasks import task_backends

    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
    }
    completed(course, 2)
    client.force_login(department_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/certificates/course/{course.pk}/issue/")
    job = CertificateJob.objects.get()
    assert job.status == "queued"
    assert [result.args for result in task_backends["background"].results] == [[job.pk]]
    assert not Certificate.objects.exists()


def test_trainer_may_not_bulk_issue(client, course, trainer_user, site_tree):
    assign(trainer_user, site_tree.tracks[0])
    completed(course, 1)
    client.force_login(trainer_user)
    assert refused(client.post(f"/admin/certificates/course/{course.pk}/issue/"))
    assert not Certificate.objects.exists()


def test_zip_has_every_valid_pdf_and_only_its_starter_gets_it(
    client, course, department_user, trainer_user, site_tree, django_capture_on_commit_callbacks
):
    people = completed(course, 3)
    certificates = [issue_certificate(person, course) for person in people]
    revoke_certificate(certificates[0], by=department_user, reason="Sai")
    client.force_login(department_user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/certificates/course/{course.pk}/zip/")

    job = CertificateJob.objects.get()
    assert job.status == "done"
    assert not str(job.result.path).startswith(str(settings.MEDIA_ROOT))
    download = client.get(f"/certificates/jobs/{job.pk}/download/")
    assert download.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert sorted(archive.namelist()) == sorted(f"{c.serial}.pdf" for c in certificates[1:])
    assert all(archive.read(name).startswith(b"%PDF") for name in archive.namelist())

    assign(trainer_user, site_tree.tracks[0])
    client.force_login(trainer_user)
    assert client.get(f"/certificates/jobs/{job.pk}/").status_code == 403
    assert client.get(f"/certificates/jobs/{job.pk}/download/").status_code == 403


@pytest.mark.parametrize("loses", ["role", "track"])
def test_a_trainer_who_lost_the_course_gets_no_zip(
    client, course, trainer_user, site_tree, django_capture_on_commit_callbacks, loses
):
    """The ZIP holds every holder's certificate: only someone who may still manage the
    course's certificates gets it, not whoever once started the job."""
    from django.contrib.auth.models import Group

    from people import roles

    for person in completed(course, 2):
        issue_certificate(person, course)
    assign(trainer_user, site_tree.tracks[0])
    client.force_login(trainer_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/certificates/course/{course.pk}/zip/")
    job = CertificateJob.objects.get()
    assert client.get(f"/certificates/jobs/{job.pk}/download/").status_code == 200

    if loses == "role":
        trainer_user.groups.remove(Group.objects.get(name=roles.TRAINER))
    else:
        trainer_tracks_set(user=trainer_user, tracks=[])
    assert client.get(f"/certificates/jobs/{job.pk}/").status_code == 403
    assert client.get(f"/certificates/jobs/{job.pk}/download/").status_code == 403


def test_department_issues_by_hand_with_a_reason(client, course, holder, department_user):
    client.force_login(department_user)
    enrolment = Enrolment.objects.get(person=holder.person)
    url = f"/admin/certificates/course/{course.pk}/"

    assert client.post(url, {"enrolment": enrolment.pk, "reason": ""}).status_code == 400
    response = client.post(url, {"enrolment": enrolment.pk, "reason": "Thi trên giấy đạt"})

    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.source == "manual"
    assert certificate.events.get().reason == "Thi trên giấy đạt"


def test_course_page_lists_completed_without_certificate(client, course, department_user):
    people = completed(course, 2)
    issue_certificate(people[0], course)
    client.force_login(department_user)
    page = client.get(f"/admin/certificates/course/{course.pk}/").content.decode()
    assert "Học viên Số 1" in page
    assert "Học viên Số 0" not in page  # holds one: neither listed nor offered by hand


def test_template_edit_and_preview(client, department_user):
    from certificates.models import CertificateTemplate

    template = CertificateTemplate.objects.get(is_default=True)
    client.force_login(department_user)
    edit = client.get(f"/admin/snippets/certificates/certificatetemplate/edit/{template.pk}/")
    assert edit.status_code == 200
    preview_url = f"/admin/snippets/certificates/certificatetemplate/preview/{template.pk}/"
    assert preview_url in edit.content.decode()

    # The preview panel posts the unsaved form, then shows what `serve_preview` returns.
    form = {
        field: getattr(template, field)
        for field in ("name", "governing_body", "title", "body", "place_name")
        + ("signatory_title", "signatory_name")
    }
    form.update(is_default="on", issuing_body="TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH")
    assert client.post(preview_url, form).json()["is_valid"] is True
    preview = client.get(preview_url)
    assert preview["Content-Type"] == "application/pdf"
    text = unicodedata.normalize(
        "NFC", PdfReader(io.BytesIO(preview.content)).pages[0].extract_text()
    )
    assert "TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH" in text
    template.refresh_from_db()
    assert template.issuing_body != "TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH"  # nothing saved


@pytest.mark.parametrize("who", ["trainer_user", "holder"])
def test_only_the_department_edits_templates(client, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get("/admin/snippets/certificates/certificatetemplate/")
    assert refused(response) or "/login/" in response["Location"]


def test_old_zip_files_are_purged_and_recent_ones_kept(
    client, course, department_user, django_capture_on_commit_callbacks
):
    for person in completed(course, 2):
        issue_certificate(person, course)
    client.force_login(department_user)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/admin/certificates/course/{course.pk}/zip/")
    old, recent = CertificateJob.objects.order_by("pk")
    CertificateJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=8))
    old_path = Path(old.result.path)

    call_command("purge_certificate_zips", "--days", "7")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert not old.result and recent.result
    assert not old_path.exists() and Path(recent.result.path).exists()
    assert client.get(f"/certificates/jobs/{old.pk}/download/").status_code == 404


def test_a_job_whose_worker_died_is_finished_by_a_second_run_without_doubles(
    course, department_user, django_capture_on_commit_callbacks
):
    from certificates.services import jobs_recover

    people = completed(course, 4)
    # A worker issued one certificate, then was killed: the job stays "running".
    issue_certificate(people[0], course, issued_by=department_user)
    job = CertificateJob.objects.create(
        kind=CertificateJob.Kind.ISSUE,
        course=course,
        course_title=course.title,
        started_by=department_user,
        status=CertificateJob.Status.RUNNING,
        heartbeat_at=timezone.now() - timedelta(minutes=30),
    )
    fresh = CertificateJob.objects.create(
        kind=CertificateJob.Kind.ISSUE,
        course=course,
        course_title=course.title,
        started_by=department_user,
        status=CertificateJob.Status.RUNNING,
        heartbeat_at=timezone.now(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        outcome = jobs_recover(stale_after=timedelta(minutes=10))
    assert outcome == {"requeued": 1, "failed": 0}
    job.refresh_from_db()
    assert (job.status, job.tries, job.total) == ("done", 2, 3)
    assert Certificate.objects.valid().filter(course=course).count() == 4  # nobody twice
    assert CertificateJob.objects.get(pk=fresh.pk).status == "running"  # still alive


def test_a_job_that_keeps_dying_is_marked_failed(course, department_user):
    from certificates.services import MAX_JOB_TRIES, jobs_recover

    job = CertificateJob.objects.create(
        kind=CertificateJob.Kind.ZIP,
        course=course,
        course_title=course.title,
        started_by=department_user,
        status=CertificateJob.Status.RUNNING,
        heartbeat_at=timezone.now() - timedelta(hours=1),
        tries=MAX_JOB_TRIES,
    )
    assert jobs_recover(stale_after=timedelta(minutes=10)) == {"requeued": 0, "failed": 1}
    job.refresh_from_db()
    assert job.status == "failed" and job.finished_at is not None and "3" in job.message
