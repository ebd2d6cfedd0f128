"""Reads of the learning content. Each function issues a fixed number of queries."""

from collections import Counter

from courses.models import CoursePage, LessonPage, TrackPage


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


def lesson_navigation(lesson):
    """The lesson's place in its course: previous and next lessons, number, total."""
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
