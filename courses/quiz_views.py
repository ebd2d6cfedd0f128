"""Taking quizzes, seeing results, and the trainers' results page. Scoring lives in services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from common import spreadsheets
from common.ratelimit import over_limit, too_many_requests
from courses import selectors, services
from courses.models import CoursePage, Quiz, QuizAttempt
from people.models import DataExport
from people.selectors import person_of
from people.services import export_record


def _score_text(score) -> str:
    """A score as written in the CSV whatever the database: 90, 72.5 (SQLite and
    PostgreSQL give the same Decimal different scales)."""
    return "" if score is None else f"{score:.2f}".rstrip("0").rstrip(".")


def _quiz_url(course, quiz) -> str:
    return f"{course.url}quiz/{quiz.pk}/"


def _attempt_url(course, attempt) -> str:
    return f"{course.url}quiz/{attempt.quiz_id}/attempt/{attempt.pk}/"


def _learner(request, course):
    """(person, redirect): the enrolled learner, or where to send someone who is not."""
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    person = person_of(request.user)
    if selectors.enrolment_for(person, course) is None:
        messages.info(request, services.NOT_ENROLLED)
        return None, redirect(course.url)
    return person, None


def quiz_page(request, course: CoursePage, quiz_id: int):
    quiz = get_object_or_404(Quiz, pk=quiz_id, course=course)
    person, refused = _learner(request, course)
    if refused:
        return refused
    attempts = selectors.attempts_by_quiz(person, [quiz])[quiz.pk]
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    now = timezone.now()
    if open_attempt and services._is_overdue(open_attempt, now):
        services.quiz_attempt_expire(attempt=open_attempt, now=now)
        messages.warning(request, _("The time limit passed before the attempt was sent."))
        return redirect(_attempt_url(course, open_attempt))
    finished = [a for a in attempts if a.submitted_at is not None]
    context = {
        "page": course,
        "course": course,
        "quiz": quiz,
        "finished": finished,
        "attempts_left": None
        if not quiz.attempt_limit
        else max(0, quiz.attempt_limit - len(attempts)),
    }
    if open_attempt:
        seconds_left = None
        if open_attempt.deadline:
            seconds_left = max(0, int((open_attempt.deadline - now).total_seconds()))
        context.update(
            attempt=open_attempt,
            questions=selectors.attempt_questions(open_attempt),
            seconds_left=seconds_left,
            minutes_left=None if seconds_left is None else (seconds_left + 59) // 60,
        )
        return render(request, "courses/quiz_take.html", context)
    return render(request, "courses/quiz_intro.html", context)


def quiz_start(request, course: CoursePage, quiz_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    quiz = get_object_or_404(Quiz, pk=quiz_id, course=course)
    person, refused = _learner(request, course)
    if refused:
        return refused
    try:
        services.quiz_attempt_start(quiz=quiz, person=person)
    except services.QuizRefused as refusal:
        messages.error(request, refusal.message)
    return redirect(_quiz_url(course, quiz))


def _posted_answers(post) -> dict[int, list[int]]:
    answers: dict[int, list[int]] = {}
    for key in post:
        if not key.startswith("q_"):
            continue
        try:
            answers[int(key[2:])] = [int(value) for value in post.getlist(key)]
        except ValueError:
            raise services.QuizRefused(services.TAMPERED) from None
    return answers


def quiz_submit(request, course: CoursePage, quiz_id: int, attempt_id: int):
    """The course page's route for answers (older forms post here); same as attempt_submit."""
    if not QuizAttempt.objects.filter(pk=attempt_id, quiz_id=quiz_id, quiz__course=course).exists():
        raise Http404
    return attempt_submit(request, attempt_id)


@require_POST
def attempt_submit(request, attempt_id: int):
    """Score the learner's answers (`/quizzes/attempts/<id>/submit/`).

    A plain URL rather than a route of the course page: resolving the page tree costs
    about ten queries, and this is the busiest write of a training morning."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    person = person_of(request.user)
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz__course"), pk=attempt_id, person=person
    )
    course = attempt.quiz.course
    limit = settings.QUIZ_SUBMITS_PER_MINUTE
    if over_limit(request, "quiz-submit", limit=limit, window=60, who=f"person-{person.pk}"):
        return too_many_requests(request, retry_after=60)
    try:
        attempt = services.quiz_attempt_submit(
            attempt=attempt, answers=_posted_answers(request.POST)
        )
    except services.QuizRefused as refusal:
        messages.error(request, refusal.message)
        if refusal.message == services.TIME_IS_UP:
            services.quiz_attempt_expire(attempt=attempt)
            return redirect(_attempt_url(course, attempt))
        return redirect(_quiz_url(course, attempt.quiz))
    return redirect(_attempt_url(course, attempt))


def quiz_result(request, course: CoursePage, quiz_id: int, attempt_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "person"),
        pk=attempt_id,
        quiz_id=quiz_id,
        quiz__course=course,
    )
    person = person_of(request.user)
    if person is None or attempt.person_id != person.pk:
        raise Http404  # another learner's attempt: not even its existence is shown
    if attempt.submitted_at is None:
        return redirect(_quiz_url(course, attempt.quiz))
    return render(
        request,
        "courses/quiz_result.html",
        {
            "page": course,
            "course": course,
            "quiz": attempt.quiz,
            "attempt": attempt,
            "review_allowed": selectors.review_allowed(attempt),
            "rows": selectors.attempt_review(attempt),
        },
    )


def _results_scope(request, course):
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    allowed, units = selectors.learner_scope(request.user, course)
    if not allowed:
        raise PermissionDenied
    return units, None


def course_results(request, course: CoursePage):
    units, refused = _results_scope(request, course)
    if refused:
        return refused
    quizzes = selectors.quizzes_of_course(course)
    return render(
        request,
        "courses/course_results.html",
        {
            "page": course,
            "course": course,
            "gain": selectors.knowledge_gain(course, units),
            "summaries": [selectors.quiz_summary(quiz, units) for quiz in quizzes],
            "items": [(quiz, selectors.item_analysis(quiz, units)) for quiz in quizzes],
            "learners": selectors.learner_quiz_results(course, units),
        },
    )


def course_results_csv(request, course: CoursePage):
    units, refused = _results_scope(request, course)
    if refused:
        return refused
    export_record(request, DataExport.Kind.RESULTS, course.title)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ket-qua-{course.slug}.csv"'
    response.write("\ufeff")
    writer = spreadsheets.csv_writer(response)  # names are typed by anyone: no formulas
    writer.writerow([_("Full name"), _("Quiz"), _("Attempts"), _("Best score"), _("Passed")])
    for row in selectors.learner_quiz_results(course, units):
        writer.writerow(
            [
                row["person__full_name"],
                row["quiz__title"],
                row["attempts"],
                _score_text(row["best"]),
                _("yes") if row["passed"] else _("no"),
            ]
        )
    writer.writerow([])
    writer.writerow([_("Quiz"), _("Question"), _("Answers"), _("Share correct (%)")])
    for quiz in selectors.quizzes_of_course(course):
        for item in selectors.item_analysis(quiz, units):
            writer.writerow([quiz.title, item["text"], item["answers"], item["share_correct"]])
    return response


# ---------------------------------------------------------------------------
# "Preview as a learner" of a quiz in the admin: drawn and scored like a real attempt,
# stored nowhere. The rules travel signed with the form, since the author may be
# previewing unsaved edits.

PREVIEW_SALT = "courses.quiz-preview"


def preview_context(request, quiz: Quiz) -> dict:
    attempt = services.quiz_preview_attempt(quiz)
    token = signing.dumps(
        {
            "course": quiz.course_id,
            "title": quiz.title,
            "layout": attempt.layout,
            "pass_mark": quiz.pass_mark,
            "partial_credit": quiz.partial_credit,
        },
        salt=PREVIEW_SALT,
    )
    minutes = quiz.time_limit_minutes
    return {
        "page": quiz.course,
        "course": quiz.course,
        "quiz": quiz,
        "attempt": attempt,
        "questions": selectors.attempt_questions(attempt),
        "seconds_left": minutes * 60 if minutes else None,
        "minutes_left": minutes,
        "preview": {"action": reverse("quiz_preview_score"), "token": token},
    }


@require_POST
@xframe_options_sameorigin
def quiz_preview_score(request):
    """Admin URL: the result a learner would get for these answers. Saves nothing."""
    try:
        rules = signing.loads(request.POST.get("preview_token", ""), salt=PREVIEW_SALT)
    except signing.BadSignature:
        raise Http404 from None
    course = get_object_or_404(CoursePage, pk=rules["course"])
    if not selectors.may_author_course(request.user, course):
        raise PermissionDenied
    quiz = Quiz(
        course=course,
        title=rules["title"],
        pass_mark=rules["pass_mark"],
        partial_credit=rules["partial_credit"],
        review=Quiz.Review.AFTER_EACH,
    )
    attempt = QuizAttempt(quiz=quiz, number=1, layout=rules["layout"])
    try:
        answers, keys, questions, result = services.quiz_preview_score(
            attempt, _posted_answers(request.POST)
        )
    except services.QuizRefused as refusal:
        return HttpResponse(str(refusal.message), status=400)
    attempt.score, attempt.passed = result.score, result.passed
    rows = selectors.review_rows(
        selectors.attempt_questions(attempt, questions),
        selected=answers,
        correct={key.id: key.correct_ids for key in keys},
        credits=result.credits,
        show_key=True,
    )
    return render(
        request,
        "courses/quiz_result.html",
        {
            "page": course,
            "course": course,
            "quiz": quiz,
            "attempt": attempt,
            "review_allowed": True,
            "rows": rows,
            "preview": True,
        },
    )
