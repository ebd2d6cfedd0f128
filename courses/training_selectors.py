"""Reads about in-person trainings: who may see which, attendance, qualification, results."""

from decimal import Decimal

from django.db.models import Avg, Count, Q
from django.utils import timezone

from courses.models import AttendanceRecord, Attendee, Training, TrainingEvaluation
from courses.selectors import trainer_tracks
from people import selectors as people_selectors

ATTENDED = [AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE]


def training_scope(user):
    """The trainings `user` may open as staff, or None when they may open none.

    The department sees all; a district officer those held in the units of their role
    (never the district of their own profile); a trainer those they run or created.
    """
    if people_selectors.is_department_officer(user):
        return Training.objects.all()
    if people_selectors.is_district_officer(user):
        units = people_selectors.officer_units(user)
        return Training.objects.filter(district__in=units) if units else None
    if people_selectors.is_trainer(user):
        return Training.objects.filter(
            Q(trainers=user) | Q(created_by=user) | Q(track__in=trainer_tracks(user).values("pk"))
        ).distinct()
    return None


def may_edit_training(user, training: Training) -> bool:
    """District officers read; the department and the training's own trainers edit."""
    if people_selectors.is_department_officer(user):
        return True
    if people_selectors.is_trainer(user) and not people_selectors.is_district_officer(user):
        return (
            training.created_by_id == user.pk
            or training.trainers.filter(pk=user.pk).exists()
            or trainer_tracks(user).filter(pk=training.track_id).exists()
        )
    return False


def may_create_training(user) -> bool:
    return people_selectors.is_department_officer(user) or people_selectors.is_trainer(user)


def staff_training_list(user):
    trainings = training_scope(user)
    if trainings is None:
        return Training.objects.none()
    return trainings.select_related("district", "track").annotate(
        attendee_count=Count("attendees", distinct=True)
    )


def upcoming_trainings(*, district=None, limit=None):
    """Public list: trainings that have not ended, soonest first, without attendees."""
    trainings = (
        Training.objects.filter(ends_on__gte=timezone.localdate())
        .select_related("district", "track", "organiser")
        .order_by("starts_on", "pk")
    )
    if district is not None:
        trainings = trainings.filter(district=district)
    return trainings[:limit] if limit else trainings


def attendee_rows(training: Training):
    """Attendees with their person and every attendance record (three queries)."""
    return (
        training.attendees.select_related("person__district", "person__organisation")
        .prefetch_related("records")
        .order_by("person__full_name", "pk")
    )


def attendance_grid(training: Training) -> list[dict]:
    """One row per attendee: the attendee and their status for each day, in order."""
    days = training.days
    rows = []
    for attendee in attendee_rows(training):
        by_day = {record.day: record.status for record in attendee.records.all()}
        rows.append({"attendee": attendee, "statuses": [by_day.get(day, "") for day in days]})
    return rows


def qualifying_attendees(training: Training):
    """Attendees who were there (present or late) on every day and, when the training has
    a pass mark, reached it in the post-test."""
    attendees = training.attendees.annotate(
        days_attended=Count("records", filter=Q(records__status__in=ATTENDED))
    ).filter(days_attended__gte=len(training.days))
    if training.pass_mark is not None:
        attendees = attendees.filter(post_score__gte=training.pass_mark)
    return attendees.order_by("person__full_name", "pk")


def training_summary(training: Training) -> dict:
    """Counts for the training's staff page (aggregate queries only)."""
    totals = training.attendees.aggregate(
        attendees=Count("pk"),
        with_both_scores=Count("pk", filter=Q(pre_score__isnull=False, post_score__isnull=False)),
        average_pre=Avg("pre_score", filter=Q(pre_score__isnull=False, post_score__isnull=False)),
        average_post=Avg("post_score", filter=Q(pre_score__isnull=False, post_score__isnull=False)),
    )
    gain = None
    if totals["with_both_scores"]:
        gain = (Decimal(totals["average_post"]) - Decimal(totals["average_pre"])).quantize(
            Decimal("0.1")
        )
    return {
        **totals,
        "average_gain": gain,
        "qualifying": qualifying_attendees(training).count(),
    }


def evaluation_results(training: Training) -> dict:
    evaluations = TrainingEvaluation.objects.filter(training=training)
    averages = evaluations.aggregate(
        count=Count("pk"),
        content=Avg("content"),
        trainers=Avg("trainers"),
        organisation=Avg("organisation"),
        usefulness=Avg("usefulness"),
    )
    comments = list(
        evaluations.exclude(comment="").order_by("-pk").values_list("comment", flat=True)[:200]
    )
    return {**averages, "comments": comments}


def attendee_of(training: Training, person) -> Attendee | None:
    if person is None:
        return None
    return Attendee.objects.filter(training=training, person=person).first()
