"""Writes about learning: enrolment, lesson progress, course completion."""

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage
from people.models import Person

# Sent once, when an enrolment first becomes complete: `sender=Enrolment, enrolment=...`.
# The certificates app answers it by issuing; courses never imports certificates.
course_completed = Signal()

PROFILE_INCOMPLETE = _("Complete your profile before you enrol: the reports count by it.")
NOT_IN_TARGET_GROUPS = _("This course is open only to: %(groups)s. Your profile says: %(yours)s.")
PUBLIC_COURSE = _("This course is open to everyone: read it without enrolling.")


class EnrolmentRefused(Exception):
    def __init__(self, message, *, needs_profile: bool = False):
        super().__init__(str(message))
        self.message = message
        self.needs_profile = needs_profile


def enrolment_refusal(*, person: Person | None, course: CoursePage):
    """Why `person` may not enrol in `course`, or None when they may."""
    if course.is_public:
        return EnrolmentRefused(PUBLIC_COURSE)
    if person is None or not person.is_profile_complete:
        return EnrolmentRefused(PROFILE_INCOMPLETE, needs_profile=True)
    allowed = list(course.target_groups.all())
    if allowed and person.target_group_id not in {group.pk for group in allowed}:
        return EnrolmentRefused(
            NOT_IN_TARGET_GROUPS
            % {
                "groups": "; ".join(group.name for group in allowed),
                "yours": person.target_group.name,
            }
        )
    return None


def enrolment_create(*, person: Person, course: CoursePage) -> Enrolment:
    """Enrol `person` in `course`; enrolling twice returns the first enrolment."""
    refusal = enrolment_refusal(person=person, course=course)
    if refusal is not None:
        raise refusal
    existing = Enrolment.objects.filter(person=person, course=course).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Enrolment.objects.create(person=person, course=course, course_title=course.title)
    except IntegrityError:  # a second request got there first
        return Enrolment.objects.get(person=person, course=course)


def course_is_complete(
    *, enrolment: Enrolment, completed_lesson_ids: set[int] | None = None
) -> bool:
    """The course-completion rule, in one place: every live lesson of the course is done.

    (The quizzes issue adds: and its post-test, if any, is passed.)
    """
    if enrolment.course_id is None:
        return enrolment.completed_at is not None
    lesson_ids = set(
        LessonPage.objects.child_of(enrolment.course).live().values_list("pk", flat=True)
    )
    if completed_lesson_ids is None:
        completed_lesson_ids = set(enrolment.completions.values_list("lesson_id", flat=True))
    return bool(lesson_ids) and lesson_ids <= completed_lesson_ids


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> LessonCompletion:
    """Record that the learner finished `lesson` (idempotent) and update completion."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    completion, _created = LessonCompletion.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"lesson_title": lesson.title}
    )
    enrolment.last_activity_at = timezone.now()
    newly_complete = enrolment.completed_at is None and course_is_complete(enrolment=enrolment)
    if newly_complete:
        enrolment.completed_at = enrolment.last_activity_at
    enrolment.save(update_fields=["last_activity_at", "completed_at"])
    if newly_complete:
        transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
    return completion


def enrolment_touch(*, enrolment: Enrolment) -> None:
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())
