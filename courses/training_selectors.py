"""Reads about in-person trainings: who may see which, attendance, qualification, results."""

from decimal import Decimal

from django.db.models import Avg, Count, Q
from django.utils import timezone

from courses.models import AttendanceRecord, Attendee, Training, TrainingEvaluation
from courses.selectors import trainer_tracks
from courses.training_models import attended
from people import selectors as people_selectors


def training_scope(user):
    """The trainings `user` may open as staff, or None when they may open none.

    The department sees all; a district officer those held in the units of their role
    (never the district of their own profile); a trainer those of their tracks and those
    the department lists them on.
    """
    if people_selectors.is_department_officer(user):
        return Training.objects.all()
    if people_selectors.is_district_officer(user):
        units = people_selectors.officer_units(user)
        return Training.objects.filter(district__in=units) if units else None
    if people_selectors.is_trainer(user):
        return Training.objects.filter(
            Q(trainers=user) | Q(track__in=trainer_tracks(user).values("pk"))
        ).distinct()
    return None


def may_edit_training(user, training: Training) -> bool:
    """District officers read; the department edits all; a trainer edits (takes attendance,
    issues certificates) the trainings of their tracks and those the department or the
    track's trainers listed them on. Creating one for a track is for its trainers only
    (`training_tracks`)."""
    if people_selectors.is_department_officer(user):
        return True
    if people_selectors.is_trainer(user) and not people_selectors.is_district_officer(user):
        return (
            trainer_tracks(user).filter(pk=training.track_id).exists()
            or training.trainers.filter(pk=user.pk).exists()
        )
    return False


def may_create_training(user) -> bool:
    return people_selectors.is_department_officer(user) or people_selectors.is_trainer(user)


def training_tracks(user):
    """The tracks `user` may create trainings in or move one to: every live track for the
    department, their own tracks for a trainer (certificates count in those tracks)."""
    from courses.models import TrackPage

    tracks = TrackPage.objects.live().order_by("path")
    if people_selectors.is_department_officer(user):
        return tracks
    if people_selectors.is_trainer(user):
        return tracks.filter(pk__in=trainer_tracks(user).values("pk"))
    return tracks.none()


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
    """One row per attendee: the attendee, their status for each day in order, and which
    days are self check-ins the trainer has not confirmed yet."""
    days = training.days
    rows = []
    for attendee in attendee_rows(training):
        by_day = {record.day: record for record in attendee.records.all()}
        rows.append(
            {
                "attendee": attendee,
                "statuses": [by_day[day].status if day in by_day else "" for day in days],
                "unconfirmed": [
                    day in by_day and by_day[day].is_unconfirmed_check_in for day in days
                ],
            }
        )
    return rows


def qualifying_attendees(training: Training):
    """Attendees who were there (present or late, a self check-in once confirmed) on every
    day and, when the training has a pass mark, reached it in the post-test."""
    attendees = training.attendees.annotate(
        days_attended=Count("records", filter=attended("records__"))
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
        "unconfirmed_check_ins": AttendanceRecord.objects.filter(
            attendee__training=training, source=AttendanceRecord.Source.CHECK_IN
        ).count(),
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


PEOPLE_SEARCH_LIMIT = 20


def people_to_add(user, training: Training, query: str) -> list:
    """People a trainer may put on `training`'s list by searching for them.

    An exact phone or email finds the person anywhere (whoever has them knows them). A
    name (typed with or without diacritics) is looked for among the people of the
    training's district and those on the lists of trainings the user may see; the
    department searches names across the province. At most PEOPLE_SEARCH_LIMIT.
    """
    from people import identity
    from people.models import Person

    query = (query or "").strip()
    if len(query) < 2:
        return []
    people = Person.objects.filter(erased_at__isnull=True).select_related(
        "district", "organisation"
    )
    if "@" in query:
        found = people.filter(email=identity.normalise_email(query))
    else:
        try:
            phone = identity.parse_phone(query)
        except identity.InvalidPhone:
            phone = ""
        if phone:
            found = people.filter(phone=phone)
        else:
            found = people.filter(name_key__contains=identity.name_key(query))
            if not people_selectors.is_department_officer(user):
                seen = training_scope(user) or Training.objects.none()
                found = found.filter(
                    Q(district_id=training.district_id)
                    | Q(attendances__training__in=seen.values("pk"))
                ).distinct()
    return list(found.order_by("full_name", "pk")[:PEOPLE_SEARCH_LIMIT])
