"""Writes about certificates: issuing (the one way certificates come to exist) and revoking."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from certificates.models import (
    Certificate,
    CertificateEvent,
    CertificateJob,
    CertificateTemplate,
    SerialCounter,
)
from certificates.texts import format_hours, new_code, nfc, render_body
from courses.models import CoursePage, Training
from courses.selectors import track_of
from people.models import Person

SERIAL_PREFIX = "GCN"
# Used when the department has not made a template yet; the data migration seeds the same.
DEFAULT_TEMPLATE = {
    "governing_body": "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
    "issuing_body": "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "title": "GIẤY CHỨNG NHẬN",
    "body": (
        "Đã hoàn thành khóa bồi dưỡng “{khoa_hoc}” thuộc chương trình “{nhom_noi_dung}”, "
        "thời lượng {so_gio} giờ.\n\n"
        "Khóa bồi dưỡng thuộc Kế hoạch thực hiện Chương trình phòng ngừa và ứng phó với bạo "
        "lực trên cơ sở giới trên địa bàn tỉnh Ninh Thuận."
    ),
    "place_name": "Ninh Thuận",
    "signatory_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signatory_name": "Người ký",
}


class CertificateRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def default_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.filter(is_default=True).first()
    return template or CertificateTemplate(name="default", **DEFAULT_TEMPLATE)


def _next_serial(year: int) -> tuple[int, str]:
    """Take the next number of `year`; call inside the issuing transaction."""
    SerialCounter.objects.get_or_create(year=year)
    SerialCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    number = SerialCounter.objects.select_for_update().get(year=year).last_number
    return number, f"{SERIAL_PREFIX}-{year}-{number:05d}"


def _subject_lookup(subject) -> dict:
    if isinstance(subject, CoursePage):
        return {"course": subject}
    if isinstance(subject, Training):
        return {"training": subject}
    raise TypeError("A certificate is for a CoursePage or a Training")


def _valid_certificate(person: Person, subject) -> Certificate | None:
    return Certificate.objects.valid().filter(person=person, **_subject_lookup(subject)).first()


def issue_certificate(
    person: Person,
    course_or_training,
    *,
    source: str | None = None,
    issued_by=None,
    reason: str = "",
    now=None,
    notify: bool = True,
) -> Certificate:
    """Issue the certificate for `person` and a course or in-person training, or return the
    valid one they already hold.

    Safe to call twice or from two processes at once: the person's row is locked while
    issuing, and a unique constraint backs it up. The serial counter row is locked in the
    same transaction, so serials are sequential within a year and never shared.
    """
    subject = course_or_training
    _subject_lookup(subject)
    existing = _valid_certificate(person, subject)
    if existing is not None:
        return existing
    if source is None:
        source = (
            Certificate.Source.TRAINING
            if isinstance(subject, Training)
            else Certificate.Source.COURSE
        )
    now = now or timezone.now()
    try:
        with transaction.atomic():
            person = Person.objects.select_for_update().get(pk=person.pk)
            existing = _valid_certificate(person, subject)
            if existing is not None:
                return existing
            certificate = _create(person, subject, source, issued_by, reason, now)
    except IntegrityError:  # another process issued it between our check and insert
        existing = _valid_certificate(person, subject)
        if existing is None:
            raise
        return existing
    if notify:
        transaction.on_commit(lambda: _notify(certificate.pk))
    return certificate


def _what_is_certified(subject) -> dict:
    if isinstance(subject, Training):
        return {
            "course": None,
            "training": subject,
            "track": subject.track,
            "title": subject.title,
            "hours": subject.hours,
        }
    return {
        "course": subject,
        "training": None,
        "track": track_of(subject),
        "title": subject.title,
        "hours": subject.estimated_hours,
    }


def _create(person, subject, source, issued_by, reason, now) -> Certificate:
    if not person.full_name:
        raise CertificateRefused(_("The person has no name to print on a certificate."))
    template = default_template()
    certified = _what_is_certified(subject)
    track = certified["track"]
    issued_on = timezone.localdate(now)
    number, serial = _next_serial(issued_on.year)
    district = person.district
    values = {
        "ho_ten": nfc(person.full_name),
        "khoa_hoc": nfc(certified["title"]),
        "nhom_noi_dung": nfc(track.title if track else ""),
        "so_gio": format_hours(certified["hours"]),
        "dia_ban": nfc(district.name if district else ""),
        "ngay_cap": issued_on.strftime("%d/%m/%Y"),
        "so_hieu": serial,
    }
    certificate = Certificate.objects.create(
        serial=serial,
        year=issued_on.year,
        number=number,
        code=new_code(),
        person=person,
        course=certified["course"],
        training=certified["training"],
        track=track,
        source=source,
        holder_name=values["ho_ten"],
        holder_sex=person.sex,
        holder_birth_year=person.birth_year,
        district=district,
        district_name=values["dia_ban"],
        organisation_id=person.organisation_id,
        target_group_id=person.target_group_id,
        course_title=values["khoa_hoc"],
        track_title=values["nhom_noi_dung"],
        hours=certified["hours"],
        issued_at=now,
        issued_on=issued_on,
        template=template if template.pk else None,
        governing_body=nfc(template.governing_body),
        issuing_body=nfc(template.issuing_body),
        title=nfc(template.title),
        body=render_body(template.body, values),
        place_name=nfc(template.place_name),
        signatory_title=nfc(template.signatory_title),
        signatory_name=nfc(template.signatory_name),
        signature_id=template.signature_id,
        seal_id=template.seal_id,
        logo_id=template.logo_id,
        background_id=template.background_id,
    )
    _log(certificate, CertificateEvent.Action.ISSUED, issued_by, reason)
    return certificate


def _actor_name(user) -> str:
    """Who acted, readable and unambiguous after the account is gone: "Name (email)"."""
    if user is None:
        return ""
    name = user.get_full_name()
    return (f"{name} ({user.email})" if name else user.email)[:150]


def _log(certificate, action, user, reason):
    CertificateEvent.objects.create(
        certificate=certificate,
        action=action,
        actor=user,
        actor_name=_actor_name(user),
        reason=reason,
    )


def _notify(certificate_id: int):
    from certificates.tasks import send_certificate_email

    send_certificate_email.enqueue(certificate_id)


@transaction.atomic
def revoke_certificate(certificate: Certificate, *, by, reason: str, now=None) -> Certificate:
    """Revoke a certificate: it stays on record, shows as revoked, and leaves every count."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Give the reason for revoking the certificate."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise CertificateRefused(_("This certificate was already revoked."))
    certificate.revoked_at = now or timezone.now()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revocation_reason"])
    _log(certificate, CertificateEvent.Action.REVOKED, by, reason)
    return certificate


def job_start(*, kind: str, subject, user) -> CertificateJob:
    """Record a bulk job for a course or training and queue it once the row is committed
    (a worker in another process must find it)."""
    from certificates.tasks import JOB_TASKS

    training = subject if isinstance(subject, Training) else None
    job = CertificateJob.objects.create(
        kind=kind,
        course=None if training else subject,
        training=training,
        course_title=subject.title,
        started_by=user,
    )
    transaction.on_commit(lambda: JOB_TASKS[kind].enqueue(job.pk))
    return job


MAX_JOB_TRIES = 3


def jobs_recover(*, stale_after: timedelta, now=None) -> dict:
    """Queue again the jobs whose worker died (killed, machine restarted): running with no
    sign of life for `stale_after`. Issuing skips people already certified and a ZIP is
    written only when complete, so a second run finishes the work without doubling it.
    After MAX_JOB_TRIES a job is marked failed instead."""
    from certificates.tasks import JOB_TASKS

    now = now or timezone.now()
    stale = CertificateJob.objects.filter(
        status=CertificateJob.Status.RUNNING, heartbeat_at__lt=now - stale_after
    )
    requeued = failed = 0
    for job in stale:
        if job.tries >= MAX_JOB_TRIES:
            CertificateJob.objects.filter(pk=job.pk).update(
                status=CertificateJob.Status.FAILED,
                finished_at=now,
                message=gettext("Stopped: the worker stopped %(tries)s times.")
                % {"tries": job.tries},
            )
            failed += 1
            continue
        CertificateJob.objects.filter(pk=job.pk).update(
            status=CertificateJob.Status.QUEUED, tries=job.tries + 1, heartbeat_at=now
        )
        transaction.on_commit(lambda pk=job.pk, kind=job.kind: JOB_TASKS[kind].enqueue(pk))
        requeued += 1
    return {"requeued": requeued, "failed": failed}


DUPLICATE_REASON = _(
    "Two records of one person were merged; this person already holds %(serial)s for the "
    "same course or training."
)


def certificates_merge(source: Person, target: Person) -> None:
    """Step of people.services.person_merge: `source`'s certificates move to `target`.
    Where both hold a valid one for the same course or training, the one issued first
    stays and the other is revoked with the reason, so the constraint and the counts hold."""
    held = {}
    for certificate in (
        Certificate.objects.valid().filter(person__in=[source, target]).order_by("issued_at", "pk")
    ):
        subject = (
            ("course", certificate.course_id)
            if certificate.course_id
            else (
                "training",
                certificate.training_id,
            )
        )
        if subject[1] is None:
            continue
        first = held.setdefault(subject, certificate)
        if first is not certificate:
            revoke_certificate(
                certificate, by=None, reason=str(DUPLICATE_REASON % {"serial": first.serial})
            )
    Certificate.objects.filter(person=source).update(person=target)
