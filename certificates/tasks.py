"""Background work: certificate emails, bulk issuing and ZIP files of PDFs.

The "background" backend is immediate in development and tests, and the database queue
served by `manage.py db_worker` in production.
"""

import functools
import io
import logging
import zipfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

from certificates import selectors
from certificates.models import Certificate, CertificateJob
from certificates.pdf import certificate_pdf, verification_url
from certificates.services import CertificateRefused, issue_certificate

logger = logging.getLogger(__name__)
PROGRESS_EVERY = 10  # progress writes per item would double the job's queries


@task(backend="background")
def send_certificate_email(certificate_id: int) -> bool:
    certificate = Certificate.objects.select_related("person__user").get(pk=certificate_id)
    person = certificate.person
    recipient = (person.user.email if person.user_id else "") or person.email
    if not recipient or certificate.is_revoked:
        return False
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "certificate": certificate,
        "pdf_url": base + reverse("certificate_pdf", args=[certificate.serial]),
        "my_url": base + reverse("my_learning"),
        "verification_url": verification_url(certificate.code),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("certificates/email/issued_subject.txt", context).strip()
        body = render_to_string("certificates/email/issued_body.txt", context)
    send_mail(subject, body, None, [recipient])
    return True


def _progress(job: CertificateJob, done: int):
    CertificateJob.objects.filter(pk=job.pk).update(done=done, heartbeat_at=timezone.now())


def _finish(job: CertificateJob, status: str, message: str, done: int):
    job.status, job.message, job.done = status, message, done
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "message", "done", "finished_at", "result"])


def _marks_failure(work):
    """Record a crash on the job so its starter sees "failed", not "running" forever."""

    @functools.wraps(work)
    def run(job_id: int):
        try:
            return work(job_id)
        except Exception:
            logger.exception("Certificate job %s failed", job_id)
            CertificateJob.objects.filter(pk=job_id).update(
                status=CertificateJob.Status.FAILED, finished_at=timezone.now()
            )
            raise

    return run


def _subject(job: CertificateJob):
    return job.training if job.training_id else job.course


@task(backend="background")
@_marks_failure
def issue_job_certificates(job_id: int) -> dict:
    """Issue the certificate of everyone who qualifies for the job's course or training and
    holds none yet."""
    job = CertificateJob.objects.select_related("course", "training", "started_by").get(pk=job_id)
    people = list(selectors.people_to_certify(_subject(job)))
    CertificateJob.objects.filter(pk=job.pk).update(
        status=CertificateJob.Status.RUNNING, total=len(people), heartbeat_at=timezone.now()
    )
    issued, refused = 0, []
    with translation.override(settings.LANGUAGE_CODE):
        for position, person in enumerate(people, start=1):
            try:
                issue_certificate(person, _subject(job), issued_by=job.started_by)
                issued += 1
            except CertificateRefused as refusal:
                refused.append(f"{person}: {refusal.message}")
            if position % PROGRESS_EVERY == 0:
                _progress(job, position)
        message = _("%(issued)s certificates issued.") % {"issued": issued}
        if refused:
            message += " " + _("Not issued: %(list)s") % {"list": "; ".join(refused)}
    _finish(job, CertificateJob.Status.DONE, message, len(people))
    return {"issued": issued, "refused": len(refused)}


@task(backend="background")
@_marks_failure
def build_job_zip(job_id: int) -> int:
    """A ZIP of the PDFs of every valid certificate of the job's course or training."""
    job = CertificateJob.objects.select_related("course", "training").get(pk=job_id)
    certificates = list(selectors.valid_certificates_of(_subject(job)))
    CertificateJob.objects.filter(pk=job.pk).update(
        status=CertificateJob.Status.RUNNING, total=len(certificates), heartbeat_at=timezone.now()
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for position, certificate in enumerate(certificates, start=1):
            archive.writestr(f"{certificate.serial}.pdf", certificate_pdf(certificate))
            if position % PROGRESS_EVERY == 0:
                _progress(job, position)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    job.result.save(f"certificates/job-{job.pk}-{stamp}.zip", ContentFile(buffer.getvalue()), False)
    with translation.override(settings.LANGUAGE_CODE):
        message = _("%(count)s PDFs in the ZIP file.") % {"count": len(certificates)}
    _finish(job, CertificateJob.Status.DONE, message, len(certificates))
    return len(certificates)


JOB_TASKS = {
    CertificateJob.Kind.ISSUE: issue_job_certificates,
    CertificateJob.Kind.ZIP: build_job_zip,
}
