"""Reads about certificates: who may see which, verification, admin lists."""

from django.db.models import Count, Exists, OuterRef, Q

from certificates.models import Certificate, CertificateJob
from certificates.texts import normalise_code
from courses import selectors as course_selectors
from courses import training_selectors
from courses.models import CoursePage, Enrolment, Training
from people import selectors as people_selectors
from people.models import Person


def certificates_of_person(person: Person | None):
    if person is None:
        return Certificate.objects.none()
    return Certificate.objects.filter(person=person).order_by("-issued_at")


def certificate_scope(user) -> Q | None:
    """Which certificates `user` may open besides their own: all for the department, those
    of the tracks assigned to a trainer, none for anyone else (None means all)."""
    if people_selectors.is_department_officer(user):
        return None
    if people_selectors.is_trainer(user):
        return Q(track__in=course_selectors.trainer_tracks(user).values("pk"))
    return Q(pk__in=[])


def may_open_certificate(user, certificate: Certificate) -> bool:
    if not user.is_authenticated:
        return False
    person = people_selectors.person_of(user)
    if person is not None and certificate.person_id == person.pk:
        return True
    scope = certificate_scope(user)
    if scope is None:
        return True
    return Certificate.objects.filter(scope, pk=certificate.pk).exists()


def may_manage_course_certificates(user, course: CoursePage) -> bool:
    """Lists and ZIP files of a course's certificates: the department and the course's
    trainers."""
    if people_selectors.is_department_officer(user):
        return True
    if people_selectors.is_trainer(user):
        return course_selectors.is_course_trainer(user, course)
    return False


def certificate_by_code(code: str | None) -> Certificate | None:
    if not code:
        return None
    return Certificate.objects.filter(code=code).first()


def certificate_list(user, *, query: str = "", course_id=None, status: str = ""):
    certificates = Certificate.objects.select_related("district").order_by("-issued_at", "-pk")
    scope = certificate_scope(user)
    if scope is not None:
        certificates = certificates.filter(scope)
    if query:
        query = query.strip()
        code = normalise_code(query)
        certificates = certificates.filter(
            Q(serial__icontains=query)
            | Q(holder_name__icontains=query)
            | (Q(code=code) if code else Q())
        )
    if course_id:
        certificates = certificates.filter(course_id=course_id)
    if status == "valid":
        certificates = certificates.valid()
    elif status == "revoked":
        certificates = certificates.revoked()
    return certificates


def eligible_without_certificate(course: CoursePage):
    """Enrolments whose course is complete but that hold no valid certificate for it."""
    holds = Certificate.objects.valid().filter(person=OuterRef("person"), course=course)
    return (
        Enrolment.objects.filter(course=course, completed_at__isnull=False)
        .filter(~Exists(holds))
        .select_related("person__district")
        .order_by("person__full_name", "pk")
    )


def qualifying_attendees_without_certificate(training: Training):
    """Attendees who qualify for the training's certificate and hold no valid one."""
    holds = Certificate.objects.valid().filter(person=OuterRef("person"), training=training)
    return (
        training_selectors.qualifying_attendees(training)
        .filter(~Exists(holds))
        .select_related("person__district")
    )


def people_to_certify(subject) -> list[Person]:
    if isinstance(subject, Training):
        rows = qualifying_attendees_without_certificate(subject)
    else:
        rows = eligible_without_certificate(subject)
    return [row.person for row in rows]


def valid_certificates_of(subject):
    field = "training" if isinstance(subject, Training) else "course"
    return (
        Certificate.objects.valid()
        .filter(**{field: subject})
        .select_related("signature", "seal", "logo", "background")
        .order_by("serial")
    )


def course_certificate_counts(course: CoursePage) -> dict:
    return Certificate.objects.filter(course=course).aggregate(
        valid=Count("pk", filter=Q(revoked_at__isnull=True)),
        revoked=Count("pk", filter=Q(revoked_at__isnull=False)),
    )


def may_use_job(user, job: CertificateJob) -> bool:
    """A job's page and ZIP: its starter, and only while they may still manage what it was
    for (a trainer taken off the training, the track or the role loses it with them)."""
    if job.started_by_id != user.pk:
        return False
    if job.training_id is not None:
        return training_selectors.may_edit_training(user, job.training)
    if job.course_id is not None:
        return may_manage_course_certificates(user, job.course)
    # Its course or training was deleted since: the PDFs are still people's certificates.
    return people_selectors.is_department_officer(user)


def jobs_of(user, course: CoursePage | None = None):
    jobs = CertificateJob.objects.filter(started_by=user)
    if course is not None:
        jobs = jobs.filter(course=course)
    return jobs


def certificate_records(person: Person) -> dict:
    """The certificates section of a person's data export."""
    return {
        "certificates": [
            {
                "serial": certificate.serial,
                "course": certificate.course_title,
                "track": certificate.track_title,
                "holder_name": certificate.holder_name,
                "district": certificate.district_name,
                "hours": str(certificate.hours) if certificate.hours is not None else None,
                "issued_on": certificate.issued_on.isoformat(),
                "revoked_at": certificate.revoked_at.isoformat()
                if certificate.revoked_at
                else None,
                "verification_code": certificate.code,
            }
            for certificate in certificates_of_person(person)
        ]
    }
