"""Views of the learning pages. They check access, call one service or selector, render."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from common import spreadsheets
from courses import selectors, services
from courses.models import CoursePage, Enrolment, LessonPage
from people.models import DataExport
from people.selectors import person_of
from people.services import export_record


def _post_only(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return None


def course_page(request, course: CoursePage, *, preview_as: str | None = None):
    """The course page. `preview_as` ("enrolled" or "visitor") is the editor's preview as a
    learner: nothing about the editor is shown and nothing is stored."""
    lessons = selectors.lesson_list_for_course(course)
    person = None if preview_as else person_of(request.user)
    if preview_as == "enrolled" and not course.is_public:
        enrolment = Enrolment(course=course, course_title=course.title)
        progress = selectors.progress_of(lessons, set())
    else:
        enrolment = None if course.is_public else selectors.enrolment_for(person, course)
        progress = selectors.course_progress(enrolment, lessons) if enrolment else None
    refusal = None
    if not preview_as and request.user.is_authenticated and not course.is_public and not enrolment:
        refusal = services.enrolment_refusal(person=person, course=course)
    can_view_learners = (
        not preview_as
        and request.user.is_authenticated
        and selectors.learner_scope(request.user, course)[0]
    )
    quizzes = selectors.quizzes_of_course(course)
    attempts = selectors.attempts_by_quiz(person if enrolment and not preview_as else None, quizzes)
    quiz_rows = [
        {
            "quiz": quiz,
            "best": max((a.score for a in attempts[quiz.pk] if a.score is not None), default=None),
            "passed": any(a.passed for a in attempts[quiz.pk]),
        }
        for quiz in quizzes
    ]
    return course.render(
        request,
        context_overrides={
            "track": course.get_parent(),
            "lessons": lessons,
            "enrolment": enrolment,
            "progress": progress,
            "refusal": refusal,
            "can_view_learners": can_view_learners,
            "quiz_rows": quiz_rows,
        },
    )


def enrol(request, course: CoursePage):
    if refused := _post_only(request):
        return refused
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    person = person_of(request.user)
    try:
        services.enrolment_create(person=person, course=course)
    except services.EnrolmentRefused as refusal:
        messages.error(request, refusal.message)
        if refusal.needs_profile:
            return redirect(f"{reverse('profile')}?{urlencode({'next': course.url})}")
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Good luck with the course!"))
    return redirect(course.url + "resume/")


def resume(request, course: CoursePage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    enrolment = selectors.enrolment_for(person_of(request.user), course)
    if enrolment is None:
        return redirect(course.url)
    progress = selectors.course_progress(enrolment, selectors.lesson_list_for_course(course))
    return redirect(progress.next_lesson.url if progress.next_lesson else course.url)


def _lesson_access(request, lesson: LessonPage, course: CoursePage):
    """(enrolment, redirect): enrolment is None for public courses, previews and editors."""
    if course.is_public or getattr(request, "is_preview", False):
        return None, None
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    enrolment = selectors.enrolment_for(person_of(request.user), course)
    if enrolment is not None:
        return enrolment, None
    if lesson.permissions_for_user(request.user).can_edit():
        return None, None
    messages.info(request, _("Enrol in the course to read its lessons."))
    return None, redirect(course.url)


def lesson_page(request, lesson: LessonPage):
    course = selectors.course_of(lesson)
    enrolment, refused = _lesson_access(request, lesson, course)
    if refused:
        return refused
    lessons = selectors.lesson_list_for_course(course)
    progress = None
    if enrolment is not None:
        progress = selectors.course_progress(enrolment, lessons)
        services.enrolment_touch(enrolment=enrolment)
    return lesson.render(
        request,
        context_overrides={
            "course": course,
            "enrolment": enrolment,
            "progress": progress,
            "is_done": progress is not None and lesson.pk in progress.completed_ids,
            **selectors.lesson_navigation(lesson, lessons),
        },
    )


def lesson_complete(request, lesson: LessonPage):
    if refused := _post_only(request):
        return refused
    course = selectors.course_of(lesson)
    enrolment, refused = _lesson_access(request, lesson, course)
    if refused:
        return refused
    if enrolment is None:
        return redirect(lesson.url)
    services.lesson_complete(enrolment=enrolment, lesson=lesson)
    navigation = selectors.lesson_navigation(lesson)
    enrolment.refresh_from_db(fields=["completed_at"])
    if enrolment.completed_at:
        messages.success(request, _("You have completed every lesson of this course."))
        return redirect(course.url)
    next_lesson = navigation["next_lesson"]
    return redirect(next_lesson.url if next_lesson else course.url)


def _learners_or_403(request, course):
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    allowed, units = selectors.learner_scope(request.user, course)
    if not allowed:
        raise PermissionDenied
    return selectors.course_learners(course, units=units), None


def course_learners(request, course: CoursePage):
    enrolments, refused = _learners_or_403(request, course)
    if refused:
        return refused
    total = len(selectors.lesson_list_for_course(course))
    return render(
        request,
        "courses/course_learners.html",
        {"page": course, "course": course, "enrolments": enrolments, "lesson_total": total},
    )


def course_learners_csv(request, course: CoursePage):
    enrolments, refused = _learners_or_403(request, course)
    if refused:
        return refused
    export_record(request, DataExport.Kind.LEARNERS, course.title)
    total = len(selectors.lesson_list_for_course(course))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="hoc-vien-{course.slug}-{stamp}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 with a BOM correctly
    writer = spreadsheets.csv_writer(response)  # names are typed by anyone: no formulas
    writer.writerow(
        [
            _("Full name"),
            _("District"),
            _("Organisation"),
            _("Enrolled"),
            _("Lessons done"),
            _("Lessons in course"),
            _("Completed"),
            _("Last activity"),
        ]
    )
    fmt = "%d/%m/%Y %H:%M"
    for enrolment in enrolments:
        person = enrolment.person
        writer.writerow(
            [
                str(person),
                person.district.name if person.district else "",
                str(person.organisation) if person.organisation else "",
                timezone.localtime(enrolment.enrolled_at).strftime(fmt),
                enrolment.lessons_done,
                total,
                timezone.localtime(enrolment.completed_at).strftime(fmt)
                if enrolment.completed_at
                else "",
                timezone.localtime(enrolment.last_activity_at).strftime(fmt),
            ]
        )
    return response


def my_learning_context(person) -> dict:
    """The learning sections of /me/ (the page itself is the shell's, lms.views.my_page)."""
    items = selectors.my_learning(person) if person else []
    return {
        "in_progress": [item for item in items if not item["enrolment"].completed_at],
        "completed": [item for item in items if item["enrolment"].completed_at],
        "quiz_results": selectors.my_quiz_results(person) if person else [],
    }
