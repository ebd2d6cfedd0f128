"""Writes about in-person trainings: attendees, attendance, self check-in, evaluations."""

from datetime import date

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import AttendanceRecord, Attendee, CheckIn, Training, TrainingEvaluation
from people import identity
from people.models import Person

CHECKIN_SALT = "courses.training.check-in"
# The projector shows a new code every minute; a code scanned up to two minutes after it
# was shown is still accepted, so someone scanning as the page changes is not refused.
CHECKIN_MAX_AGE = 120


class TrainingRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def attendee_add(
    *, training: Training, person: Person, source: str, pre_score=None, post_score=None
) -> Attendee:
    """Put `person` on the training's list (once); scores given replace the stored ones."""
    attendee = Attendee.objects.filter(training=training, person=person).first()
    if attendee is None:
        try:
            with transaction.atomic():
                attendee = Attendee.objects.create(
                    training=training,
                    person=person,
                    source=source,
                    pre_score=pre_score,
                    post_score=post_score,
                    organisation_id=person.organisation_id,
                    target_group_id=person.target_group_id,
                )
        except IntegrityError:  # added by someone else at the same moment
            attendee = Attendee.objects.get(training=training, person=person)
        else:
            return attendee
    changed = []
    if pre_score is not None and attendee.pre_score != pre_score:
        attendee.pre_score, changed = pre_score, [*changed, "pre_score"]
    if post_score is not None and attendee.post_score != post_score:
        attendee.post_score, changed = post_score, [*changed, "post_score"]
    if changed:
        attendee.save(update_fields=changed)
    return attendee


def attendance_set(
    *, attendee: Attendee, day: date, status: str, source=AttendanceRecord.Source.REGISTER
) -> AttendanceRecord:
    if day not in attendee.training.days:
        raise TrainingRefused(_("That day is not a day of the training."))
    if status not in AttendanceRecord.Status.values:
        raise TrainingRefused(_("Unknown attendance status."))
    record, _created = AttendanceRecord.objects.update_or_create(
        attendee=attendee, day=day, defaults={"status": status, "source": source}
    )
    return record


@transaction.atomic
def attendance_sheet_save(
    *, training: Training, day: date, statuses: dict[int, str], scores: dict[int, tuple]
) -> int:
    """Save one day's register and the paper scores from the trainer's form.

    `statuses` maps attendee id to a status ("" leaves the day unrecorded); `scores`
    maps attendee id to (pre, post) with None for an empty box. Returns rows changed.
    Saving the register confirms the day's self check-ins the trainer leaves in it.
    """
    if day not in training.days:
        raise TrainingRefused(_("That day is not a day of the training."))
    attendees = {a.pk: a for a in training.attendees.select_for_update()}
    existing = {
        record.attendee_id: record
        for record in AttendanceRecord.objects.filter(attendee__training=training, day=day)
    }
    changed = 0
    for attendee_id, status in statuses.items():
        if attendee_id not in attendees or status not in ("", *AttendanceRecord.Status.values):
            continue
        record = existing.get(attendee_id)
        if not status:
            if record is not None:
                record.delete()
                changed += 1
        elif record is None:
            AttendanceRecord.objects.create(attendee_id=attendee_id, day=day, status=status)
            changed += 1
        elif record.status != status or record.source == AttendanceRecord.Source.CHECK_IN:
            record.status = status
            record.source = AttendanceRecord.Source.REGISTER
            record.save(update_fields=["status", "source", "recorded_at"])
            changed += 1
    for attendee_id, (pre, post) in scores.items():
        attendee = attendees.get(attendee_id)
        if attendee is not None and (attendee.pre_score, attendee.post_score) != (pre, post):
            attendee.pre_score, attendee.post_score = pre, post
            attendee.save(update_fields=["pre_score", "post_score"])
            changed += 1
    return changed


def checkin_token(training: Training, day: date) -> str:
    """A signed, time-stamped code for the projector; it names the training and the day."""
    signer = signing.TimestampSigner(salt=CHECKIN_SALT)
    return signer.sign(f"{training.pk}.{day.isoformat()}")


def checkin_verify(token: str, *, max_age=CHECKIN_MAX_AGE) -> tuple[Training, date]:
    """The training and day of a scanned code; refuses forged, expired or stale codes."""
    signer = signing.TimestampSigner(salt=CHECKIN_SALT)
    try:
        value = signer.unsign(token, max_age=max_age)
    except signing.SignatureExpired:
        raise TrainingRefused(
            _("This check-in code has expired. Scan the code on the screen again.")
        ) from None
    except signing.BadSignature:
        raise TrainingRefused(_("This check-in code is not valid.")) from None
    training_id, day_text = value.split(".", 1)
    training = Training.objects.filter(pk=int(training_id)).first()
    day = date.fromisoformat(day_text)
    if training is None or day != timezone.localdate() or day not in training.days:
        raise TrainingRefused(_("This check-in code is not for today's session."))
    return training, day


def person_for_check_in(*, training: Training, full_name: str, phone: str) -> Person:
    """The person checking in without an account, by the identity rule (people.identity):
    the one recorded with this phone and name, else a new person. Several such records
    (duplicates) are not guessed between unless one of them is on the training's list."""
    name = identity.normalise_name(full_name)
    try:
        phone = identity.parse_phone(phone)
    except identity.InvalidPhone:
        phone = ""
    if not name or not phone:
        raise TrainingRefused(_("Enter your full name and a phone number of Viet Nam."))
    facts = identity.Facts(full_name=name, phone=phone, district_id=training.district_id)
    candidates = Person.objects.filter(
        identity.candidates_filter([facts]), erased_at__isnull=True
    ).order_by("pk")
    found = identity.identify(facts, candidates)
    if found.outcome == identity.Outcome.SAME:
        return found.person
    if found.outcome == identity.Outcome.AMBIGUOUS:
        on_list = set(
            training.attendees.filter(person__in=found.candidates).values_list(
                "person_id", flat=True
            )
        )
        if len(on_list) == 1:
            return next(p for p in found.candidates if p.pk in on_list)
    # Where they were trained is the best known place; they may correct it by signing up.
    return Person.objects.create(full_name=name, phone=phone, district=training.district)


@transaction.atomic
def check_in_by_name(
    *, training: Training, day: date, full_name: str, phone: str, device: str
) -> Attendee:
    """Self check-in without an account: nobody is recorded when the device has already
    checked in someone else today."""
    person = person_for_check_in(training=training, full_name=full_name, phone=phone)
    return check_in(training=training, day=day, person=person, device=device)


ONE_PER_DEVICE = _(
    "This phone has already checked in %(name)s today. Each person checks in on their own "
    "phone; someone without one tells the trainer."
)


@transaction.atomic
def check_in(*, training: Training, day: date, person: Person, device: str) -> Attendee:
    """Mark `person` present today as a self check-in (to be confirmed by the trainer),
    putting them on the list if needed. One device checks in one person a day; a
    trainer's "late" or confirmed "present" stays as it is."""
    earlier = (
        CheckIn.objects.select_related("attendee__person")
        .filter(training=training, day=day, device=device)
        .first()
    )
    if earlier is not None and earlier.attendee.person_id != person.pk:
        raise TrainingRefused(ONE_PER_DEVICE % {"name": earlier.attendee.person.full_name})
    attendee = attendee_add(training=training, person=person, source=Attendee.Source.CHECK_IN)
    if earlier is None:
        try:
            with transaction.atomic():
                CheckIn.objects.create(training=training, day=day, device=device, attendee=attendee)
        except IntegrityError:  # the same phone, twice at once
            raise TrainingRefused(ONE_PER_DEVICE % {"name": person.full_name}) from None
    record = AttendanceRecord.objects.filter(attendee=attendee, day=day).first()
    if record is None or record.status not in AttendanceRecord.ATTENDED:
        attendance_set(
            attendee=attendee,
            day=day,
            status=AttendanceRecord.Status.PRESENT,
            source=AttendanceRecord.Source.CHECK_IN,
        )
    return attendee


def evaluation_submit(*, training: Training, ratings: dict, comment: str) -> TrainingEvaluation:
    return TrainingEvaluation.objects.create(training=training, comment=comment.strip(), **ratings)


def training_delete(*, training: Training) -> None:
    """Delete a training entered by mistake. Once people are on its list it is part of the
    record (attendance, certificates, reports) and stays."""
    if training.attendees.exists():
        raise TrainingRefused(
            _("People are on this training's list: it is counted in the reports and stays.")
        )
    training.delete()
