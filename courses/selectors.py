"""Reads of the learning content. Each function issues a fixed number of queries."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, TrackPage
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
        .only("id", "title", "slug", "url_path", "path", "depth", "summary", "locale_id")
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


def learner_scope(user, course: CoursePage) -> tuple[bool, object]:
    """Whether `user` may see the learners of `course`, and the district they are limited to.

    Department officers see everyone; trainers the courses of tracks assigned to them;
    district officers the learners of their own district; nobody else.
    """
    if people_selectors.is_department_officer(user):
        return True, None
    if people_selectors.is_district_officer(user):
        district = people_selectors.officer_district(user)
        return district is not None, district
    if people_selectors.is_trainer(user):
        track_path = course.path[: -CoursePage.steplen]
        assigned = TrackPage.objects.filter(path=track_path, trainers=user).exists()
        return assigned, None
    return False, None


def course_learners(course: CoursePage, district=None):
    """Enrolments of a course with person details and completed-lesson counts (one query)."""
    enrolments = (
        Enrolment.objects.filter(course=course)
        .select_related("person__district", "person__organisation")
        .annotate(lessons_done=Count("completions", filter=Q(completions__lesson__live=True)))
        .order_by("person__full_name", "pk")
    )
    if district is not None:
        enrolments = enrolments.filter(person__district=district)
    return enrolments
