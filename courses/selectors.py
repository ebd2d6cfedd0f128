"""Reads of the learning content. Each function issues a fixed number of queries."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Avg, Count, IntegerField, Max, Q
from django.db.models.functions import Cast

from courses.models import (
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Question,
    Quiz,
    QuizAttempt,
    QuizResponse,
    TrackPage,
)
from people import selectors as people_selectors


def track_list():
    """Live tracks in tree order, each with `course_count` (two queries in all)."""
    tracks = list(TrackPage.objects.live().order_by("path"))
    course_paths = CoursePage.objects.live().values_list("path", flat=True)
    step = TrackPage.steplen
    counts = Counter(path[: len(path) - step] for path in course_paths)
    for track in tracks:
        track.course_count = counts[track.path]
    return tracks


def course_list_for_track(track):
    """Live courses of a track, each with `lesson_count` (two queries in all)."""
    courses = list(CoursePage.objects.child_of(track).live().order_by("path"))
    lesson_paths = LessonPage.objects.descendant_of(track).live().values_list("path", flat=True)
    counts = Counter(path[: len(path) - LessonPage.steplen] for path in lesson_paths)
    for course in courses:
        course.lesson_count = counts[course.path]
    return courses


def lesson_list_for_course(course):
    return list(
        LessonPage.objects.child_of(course)
        .live()
        .order_by("path")
        .only(
            "id",
            "title",
            "slug",
            "url_path",
            "path",
            "depth",
            "summary",
            "reading_minutes",
            "locale_id",
        )
    )


def lesson_navigation(lesson, siblings: list | None = None):
    """The lesson's place in its course: previous and next lessons, number, total.

    `siblings` (the course's live lessons in order) saves a query when the caller has them.
    """
    if siblings is None:
        siblings = list(
            LessonPage.objects.sibling_of(lesson, inclusive=True)
            .live()
            .order_by("path")
            .only("id", "title", "slug", "url_path", "path", "depth", "locale_id")
        )
    ids = [sibling.pk for sibling in siblings]
    position = ids.index(lesson.pk) if lesson.pk in ids else 0
    return {
        "previous_lesson": siblings[position - 1] if position > 0 else None,
        "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
        "lesson_number": position + 1,
        "lesson_total": len(siblings),
    }


@dataclass
class Progress:
    done: int
    total: int
    next_lesson: LessonPage | None
    completed_ids: set = field(default_factory=set)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def course_of(lesson: LessonPage) -> CoursePage:
    parent = getattr(lesson, "_cached_parent_obj", None)  # set when the lesson was routed
    if isinstance(parent, CoursePage):
        return parent
    return CoursePage.objects.get(path=lesson.path[: -LessonPage.steplen])


def enrolment_for(person, course) -> Enrolment | None:
    if person is None:
        return None
    return Enrolment.objects.filter(person=person, course=course).first()


def progress_of(lessons: list, completed_ids: set) -> Progress:
    done = [lesson for lesson in lessons if lesson.pk in completed_ids]
    next_lesson = next((lesson for lesson in lessons if lesson.pk not in completed_ids), None)
    return Progress(
        done=len(done), total=len(lessons), next_lesson=next_lesson, completed_ids=completed_ids
    )


def course_progress(enrolment: Enrolment, lessons: list) -> Progress:
    completed = set(enrolment.completions.values_list("lesson_id", flat=True))
    return progress_of(lessons, completed)


def my_learning(person) -> list[dict]:
    """The person's enrolments, newest activity first, each with its progress.

    Three queries whatever the number of enrolments or lessons.
    """
    enrolments = list(
        Enrolment.objects.filter(person=person)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    courses = [e.course for e in enrolments if e.course is not None]
    lessons_by_course: dict[str, list] = {course.path: [] for course in courses}
    if courses:
        in_courses = Q()
        for course in courses:
            in_courses |= Q(path__startswith=course.path, depth=course.depth + 1)
        for lesson in (
            LessonPage.objects.live()
            .filter(in_courses)
            .order_by("path")
            .only("id", "title", "slug", "url_path", "path", "depth", "locale_id")
        ):
            lessons_by_course[lesson.path[: -LessonPage.steplen]].append(lesson)
    completed: dict[int, set] = {}
    for enrolment_id, lesson_id in LessonCompletion.objects.filter(
        enrolment__person=person
    ).values_list("enrolment_id", "lesson_id"):
        completed.setdefault(enrolment_id, set()).add(lesson_id)
    items = []
    for enrolment in enrolments:
        lessons = lessons_by_course.get(enrolment.course.path, []) if enrolment.course else []
        items.append(
            {
                "enrolment": enrolment,
                "course": enrolment.course,
                "progress": progress_of(lessons, completed.get(enrolment.pk, set())),
            }
        )
    return items


def track_of(course: CoursePage) -> TrackPage | None:
    return TrackPage.objects.filter(path=course.path[: -CoursePage.steplen]).first()


def trainer_tracks(user):
    """The tracks `user` is assigned to as a trainer (member of the track's team)."""
    if not user.is_authenticated:
        return TrackPage.objects.none()
    return TrackPage.objects.filter(team__group__user=user)


def is_course_trainer(user, course: CoursePage) -> bool:
    """Whether `user` is among the trainers of the track `course` belongs to."""
    track_path = course.path[: -CoursePage.steplen]
    return trainer_tracks(user).filter(path=track_path).exists()


def authored_courses(user):
    """The courses whose question banks, quizzes and lessons `user` may write: all for the
    department, those under their assigned tracks for a trainer, none otherwise."""
    if people_selectors.is_department_officer(user):
        return CoursePage.objects.all()
    if people_selectors.is_trainer(user):
        paths = trainer_tracks(user).values_list("path", flat=True)
        query = Q()
        for track_path in paths:
            query |= Q(path__startswith=track_path)
        return CoursePage.objects.filter(query) if query else CoursePage.objects.none()
    return CoursePage.objects.none()


def may_author_course(user, course: CoursePage) -> bool:
    if people_selectors.is_department_officer(user):
        return True
    return people_selectors.is_trainer(user) and is_course_trainer(user, course)


def learner_scope(user, course: CoursePage) -> tuple[bool, tuple | None]:
    """Whether `user` may see the learners of `course`, and the units they are limited to
    (None: no limit).

    Department officers see everyone; trainers the courses of tracks assigned to them;
    district officers the learners who live in the units of their role (never in the
    district of their own profile); nobody else.
    """
    if people_selectors.is_department_officer(user):
        return True, None
    if people_selectors.is_district_officer(user):
        units = people_selectors.officer_units(user)
        return bool(units), units
    if people_selectors.is_trainer(user):
        return is_course_trainer(user, course), None
    return False, None


def course_learners(course: CoursePage, units=None):
    """Enrolments of a course with person details and completed-lesson counts (one query)."""
    enrolments = (
        Enrolment.objects.filter(course=course)
        .select_related("person__district", "person__organisation")
        .annotate(lessons_done=Count("completions", filter=Q(completions__lesson__live=True)))
        .order_by("person__full_name", "pk")
    )
    if units is not None:
        enrolments = enrolments.filter(person__district__in=units)
    return enrolments


# ---------------------------------------------------------------------------
# Quizzes


def quizzes_of_course(course: CoursePage) -> list[Quiz]:
    order = {Quiz.Kind.PRE_TEST: 0, Quiz.Kind.PRACTICE: 1, Quiz.Kind.POST_TEST: 2}
    return sorted(Quiz.objects.filter(course=course), key=lambda quiz: (order[quiz.kind], quiz.pk))


def attempts_by_quiz(person, quizzes: list[Quiz]) -> dict[int, list[QuizAttempt]]:
    found: dict[int, list[QuizAttempt]] = {quiz.pk: [] for quiz in quizzes}
    if person is None or not quizzes:
        return found
    for attempt in QuizAttempt.objects.filter(person=person, quiz__in=quizzes).order_by("number"):
        found[attempt.quiz_id].append(attempt)
    return found


def questions_by_id(attempt: QuizAttempt) -> dict[int, Question]:
    """The attempt's questions that still exist, with their options (2 queries)."""
    questions = Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")
    return {question.pk: question for question in questions}


def attempt_questions(attempt: QuizAttempt, questions=None) -> list[tuple[Question, list]]:
    """The attempt's questions and options in the order the learner sees them (2 queries,
    none when `questions` from questions_by_id are given)."""
    if questions is None:
        questions = questions_by_id(attempt)
    laid_out = []
    for question_id, option_ids in attempt.layout:
        question = questions.get(question_id)
        if question is None:
            continue
        options = {option.pk: option for option in question.options.all()}
        laid_out.append((question, [options[pk] for pk in option_ids if pk in options]))
    return laid_out


def review_allowed(attempt: QuizAttempt) -> bool:
    """Whether the learner may see correct answers and explanations for this attempt."""
    quiz = attempt.quiz
    # A pre-test's key is the post-test's bank: it is never shown.
    if attempt.submitted_at is None or quiz.review == Quiz.Review.NEVER:
        return False
    if attempt.kind == Quiz.Kind.PRE_TEST:
        return False
    if quiz.review == Quiz.Review.AFTER_EACH:
        return True
    last_attempt = bool(quiz.attempt_limit) and attempt.number >= quiz.attempt_limit
    return bool(attempt.passed) or last_attempt


def attempt_review(attempt: QuizAttempt) -> list[dict]:
    """Each question of a submitted attempt with the options chosen and, if allowed, the key."""
    responses = {response.question_id: response for response in attempt.responses.all()}
    return review_rows(
        attempt_questions(attempt),
        selected={pk: set(r.selected_option_ids) for pk, r in responses.items()},
        correct={pk: set(r.correct_option_ids) for pk, r in responses.items()},
        credits={pk: r.credit for pk, r in responses.items()},
        show_key=review_allowed(attempt),
    )


def review_rows(laid_out, *, selected: dict, correct: dict, credits: dict, show_key: bool):
    """Rows of the result page: each question with its options as the learner saw them,
    which were chosen and, when `show_key`, which are correct and why."""
    rows = []
    for question, options in laid_out:
        chosen = selected.get(question.pk, set())
        right = correct.get(question.pk, set())
        rows.append(
            {
                "question": question,
                "options": [
                    {
                        "option": option,
                        "selected": option.pk in chosen,
                        "correct": show_key and option.pk in right,
                    }
                    for option in options
                ],
                "credit": credits.get(question.pk, 0),
                "explanation": question.explanation if show_key else "",
            }
        )
    return rows


# The knowledge-gain rule belongs to the counting module (reports.selectors.gain), which
# registers it here for the course's results page: courses never imports reports.
COURSE_KNOWLEDGE_GAIN: list = []


def knowledge_gain(course: CoursePage, units=None) -> dict:
    """People with both tests of the course, their mean gain and the share who improved,
    by the same rule as the dashboard (every year; `units` limits it as learner lists)."""
    return COURSE_KNOWLEDGE_GAIN[0](course, units)


def quiz_summary(quiz: Quiz, units=None) -> dict:
    """Attempts, learners, average best score and pass rate of one quiz (one query)."""
    attempts = QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
    if units is not None:
        attempts = attempts.filter(person__district__in=units)
    best = attempts.values("person_id").annotate(
        best=Max("score"), ok=Max(Cast("passed", IntegerField()))
    )
    rows = list(best)
    learners = len(rows)
    return {
        "quiz": quiz,
        "learners": learners,
        "attempts": attempts.count(),
        "average_best": (sum(row["best"] for row in rows) / learners).quantize(Decimal("0.1"))
        if learners
        else None,
        "pass_rate": round(100 * sum(row["ok"] or 0 for row in rows) / learners)
        if learners
        else None,
    }


def learner_quiz_results(course: CoursePage, units=None) -> list[dict]:
    """Per learner and quiz: attempts and best score (one query)."""
    attempts = QuizAttempt.objects.filter(quiz__course=course, submitted_at__isnull=False)
    if units is not None:
        attempts = attempts.filter(person__district__in=units)
    return list(
        attempts.values("person_id", "person__full_name", "quiz__title", "quiz__kind")
        .annotate(
            attempts=Count("pk"), best=Max("score"), passed=Max(Cast("passed", IntegerField()))
        )
        .order_by("person__full_name", "person_id", "quiz__kind")
    )


def item_analysis(quiz: Quiz, units=None) -> list[dict]:
    """Share correct (average credit) per question, weakest first, to spot bad questions."""
    responses = QuizResponse.objects.filter(
        attempt__quiz=quiz, attempt__submitted_at__isnull=False, question__isnull=False
    )
    if units is not None:
        responses = responses.filter(attempt__person__district__in=units)
    rows = (
        responses.values("question_id", "question__text")
        .annotate(answers=Count("pk"), share=Avg("credit"))
        .order_by("share", "question_id")
    )
    return [
        {
            "question_id": row["question_id"],
            "text": row["question__text"],
            "answers": row["answers"],
            "share_correct": round(100 * float(row["share"])),
        }
        for row in rows
    ]


def my_quiz_results(person) -> list[QuizAttempt]:
    return list(
        QuizAttempt.objects.filter(person=person, submitted_at__isnull=False)
        .select_related("quiz__course")
        .order_by("-submitted_at")[:50]
    )


def staff_accounts(*, query: str = "", role: str = ""):
    """Accounts for the roles page, with their groups (and the groups' tracks) and their
    units as officers prefetched, so the page costs the same few queries for any number
    of rows."""
    from django.contrib.auth.models import Group
    from django.db.models import Prefetch

    from people.models import OfficerUnit, User

    users = (
        User.objects.filter(is_active=True)
        .select_related("person__district")
        .prefetch_related(
            Prefetch("groups", queryset=Group.objects.select_related("track_team__track")),
            Prefetch(
                "officer_units",
                queryset=OfficerUnit.objects.select_related("unit").order_by("unit__code"),
            ),
        )
        .order_by("email")
    )
    if query:
        # SQLite compares case only for ASCII letters: also try the usual capitalisations,
        # so "đặng văn" finds "Đặng Văn".
        matches = Q()
        for variant in {query, query.lower(), query.title(), query.upper()}:
            matches |= (
                Q(email__icontains=variant)
                | Q(first_name__icontains=variant)
                | Q(last_name__icontains=variant)
                | Q(person__full_name__icontains=variant)
            )
        users = users.filter(matches)
    if role:
        users = users.filter(groups__name=role)
    return users
