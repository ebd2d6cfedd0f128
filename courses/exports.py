from courses.models import Enrolment, LessonCompletion, QuizAttempt


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
