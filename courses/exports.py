from courses.models import AttendanceRecord, Attendee, Enrolment, LessonCompletion, QuizAttempt


def learning_records(person) -> dict:
    """The person's enrolments, completed lessons and quiz attempts, for their data export."""
    completions: dict[int, list] = {}
    for completion in LessonCompletion.objects.filter(enrolment__person=person).order_by(
        "completed_at"
    ):
        completions.setdefault(completion.enrolment_id, []).append(
            {"lesson": completion.lesson_title, "completed_at": completion.completed_at.isoformat()}
        )
    return {
        "enrolments": [
            {
                "course": enrolment.course_title,
                "enrolled_at": enrolment.enrolled_at.isoformat(),
                "last_activity_at": enrolment.last_activity_at.isoformat(),
                "completed_at": enrolment.completed_at.isoformat()
                if enrolment.completed_at
                else None,
                "completed_lessons": completions.get(enrolment.pk, []),
            }
            for enrolment in Enrolment.objects.filter(person=person).order_by("enrolled_at")
        ],
        "quiz_attempts": [
            {
                "quiz": attempt.quiz.title,
                "kind": attempt.kind,
                "attempt": attempt.number,
                "started_at": attempt.started_at.isoformat(),
                "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
                "score": str(attempt.score) if attempt.score is not None else None,
                "passed": attempt.passed,
            }
            for attempt in QuizAttempt.objects.filter(person=person)
            .select_related("quiz")
            .order_by("started_at", "pk")
        ],
    }


def _score(value) -> str | None:
    return None if value is None else str(value)


def attendance_records(person) -> dict:
    """The in-person trainings the person is on the list of: each day's attendance, the
    paper test scores and how they were added, for their data export."""
    attendees = (
        Attendee.objects.filter(person=person)
        .select_related("training__district", "training__organiser")
        .order_by("training__starts_on", "training_id")
    )
    statuses = dict(AttendanceRecord.Status.choices)
    recorded: dict[int, dict] = {}
    for record in AttendanceRecord.objects.filter(attendee__person=person):
        recorded.setdefault(record.attendee_id, {})[record.day] = str(statuses[record.status])
    return {
        "trainings": [
            {
                "training": attendee.training.title,
                "format": attendee.training.get_format_display(),
                "first_day": attendee.training.starts_on.isoformat(),
                "last_day": attendee.training.ends_on.isoformat(),
                "venue": attendee.training.venue,
                "district": str(attendee.training.district),
                "organiser": str(attendee.training.organiser),
                "added_by": attendee.get_source_display(),
                "added_at": attendee.added_at.isoformat(),
                "pre_test_score": _score(attendee.pre_score),
                "post_test_score": _score(attendee.post_score),
                # Every day of the training; null where no attendance was recorded.
                "attendance": [
                    {"day": day.isoformat(), "status": recorded.get(attendee.pk, {}).get(day)}
                    for day in attendee.training.days
                ],
            }
            for attendee in attendees
        ]
    }
