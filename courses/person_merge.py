"""The learning side of merging two records of one person (people.services.person_merge).

Every row keeps what it recorded; where both records hold the same thing (an enrolment in
one course, a place on one training's list), the kept person's row stays and the other's
details are folded into it, so nothing is counted twice and nothing is lost.
"""

from courses.models import AttendanceRecord, Attendee, Enrolment, LessonCompletion, QuizAttempt

# Attempt numbers are renumbered in two steps; this is above any real attempt count.
_RENUMBER_OFFSET = 10_000


def merge_learning(source, target) -> None:
    _merge_enrolments(source, target)
    _merge_attempts(source, target)
    _merge_attendance(source, target)


def _merge_enrolments(source, target) -> None:
    kept = {e.course_id: e for e in Enrolment.objects.filter(person=target, course__isnull=False)}
    for enrolment in Enrolment.objects.filter(person=source):
        twin = kept.get(enrolment.course_id) if enrolment.course_id else None
        if twin is None:
            Enrolment.objects.filter(pk=enrolment.pk).update(person=target)
            continue
        done = set(twin.completions.values_list("lesson_id", flat=True))
        enrolment.completions.exclude(lesson_id__in=done).update(enrolment=twin)
        twin.enrolled_at = min(twin.enrolled_at, enrolment.enrolled_at)
        twin.last_activity_at = max(twin.last_activity_at, enrolment.last_activity_at)
        finished = [d for d in (twin.completed_at, enrolment.completed_at) if d is not None]
        twin.completed_at = min(finished) if finished else None
        twin.save(update_fields=["enrolled_at", "last_activity_at", "completed_at"])
        LessonCompletion.objects.filter(enrolment=enrolment).delete()
        enrolment.delete()


def _merge_attempts(source, target) -> None:
    """Attempts keep their scores; numbers are made 1, 2, … again in the order they were
    started, so "the first pre-test" means the same for the merged person."""
    quiz_ids = set(QuizAttempt.objects.filter(person=source).values_list("quiz_id", flat=True))
    for quiz_id in quiz_ids:
        attempts = list(
            QuizAttempt.objects.filter(quiz_id=quiz_id, person__in=[source, target]).order_by(
                "started_at", "pk"
            )
        )
        open_attempts = [a for a in attempts if a.submitted_at is None]
        for extra in open_attempts[1:]:  # one open attempt per quiz: the others end unscored
            extra.delete()
            attempts.remove(extra)
        top = max((a.number for a in attempts), default=0)
        for position, attempt in enumerate(attempts, start=1):
            QuizAttempt.objects.filter(pk=attempt.pk).update(
                person=target, number=_RENUMBER_OFFSET + top + position
            )
        for position, attempt in enumerate(attempts, start=1):
            QuizAttempt.objects.filter(pk=attempt.pk).update(number=position)


def _merge_attendance(source, target) -> None:
    kept = {a.training_id: a for a in Attendee.objects.filter(person=target)}
    for attendee in Attendee.objects.filter(person=source):
        twin = kept.get(attendee.training_id)
        if twin is None:
            Attendee.objects.filter(pk=attendee.pk).update(person=target)
            continue
        days = {record.day: record for record in twin.records.all()}
        for record in attendee.records.all():
            mine = days.get(record.day)
            if mine is None:
                AttendanceRecord.objects.filter(pk=record.pk).update(attendee=twin)
            elif record.status in AttendanceRecord.ATTENDED and (
                mine.status not in AttendanceRecord.ATTENDED
            ):
                mine.status = record.status
                mine.save(update_fields=["status"])
        twin.pre_score = twin.pre_score if twin.pre_score is not None else attendee.pre_score
        twin.post_score = twin.post_score if twin.post_score is not None else attendee.post_score
        twin.save(update_fields=["pre_score", "post_score"])
        attendee.delete()
