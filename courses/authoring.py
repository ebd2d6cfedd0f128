"""Reads that help authors: the trainer's dashboard, the course checklist and lesson
reading time. Shown in the Wagtail admin (`courses.wagtail_hooks`, `courses.panels`)."""

import json
import math
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page, WorkflowState

from courses.models import CoursePage, LessonPage, Question, Quiz, QuizAttempt
from courses.selectors import authored_courses, trainer_tracks

# Adults reading Vietnamese prose on a phone: a conservative 180 words a minute.
WORDS_PER_MINUTE = 180


def _texts(value):
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            yield strip_tags(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "type"):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def reading_minutes(body) -> int:
    """Estimated minutes to read a lesson body (StreamValue); 0 when it is empty.

    Counts the words of the stored block data instead of rendering it, so saving a lesson
    never builds image renditions."""
    words = sum(len(re.findall(r"\w+", text)) for text in _texts(body.get_prep_value()))
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0


# ---------------------------------------------------------------------------
# The trainer's dashboard panel


def _in_tracks(tracks) -> Q:
    query = Q(pk__in=[])
    for track in tracks:
        query |= Q(path__startswith=track.path, depth__gt=track.depth)
    return query


def trainer_dashboard(user, *, limit: int = 10) -> dict:
    """Drafts not yet submitted, enrolments per course and recent quiz results, for the
    tracks `user` looks after. A fixed number of queries for any amount of data."""
    tracks = list(trainer_tracks(user).only("path", "depth"))
    in_review = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    drafts = (
        Page.objects.filter(_in_tracks(tracks), has_unpublished_changes=True)
        .exclude(Exists(in_review))
        .select_related("content_type")
        .order_by("-latest_revision_created_at")[:limit]
    )
    courses = (
        authored_courses(user)
        .annotate(
            enrolled=Count("enrolments", distinct=True),
            completed=Count(
                "enrolments", filter=Q(enrolments__completed_at__isnull=False), distinct=True
            ),
        )
        .only("title", "path", "depth", "url_path", "slug", "live", "locale_id")
        .order_by("path")
    )
    results = (
        QuizAttempt.objects.filter(
            quiz__course__in=authored_courses(user).values("pk"), submitted_at__isnull=False
        )
        .select_related("person", "quiz")
        .order_by("-submitted_at")[:limit]
    )
    return {"drafts": list(drafts), "courses": list(courses), "results": list(results)}


# ---------------------------------------------------------------------------
# The course checklist


@dataclass(frozen=True)
class ChecklistItem:
    ok: bool
    text: str
    # "missing" blocks a useful course; "advice" is worth doing.
    level: str = "missing"


def _available_questions(quiz: Quiz, bank: list[tuple[int, set[str]]]) -> int:
    if quiz.selection == Quiz.Selection.TAGS:
        wanted = {tag.lower() for tag in quiz.tag_list()}
        return sum(1 for _pk, tags in bank if tags & wanted)
    return len(bank)


def course_checklist(course: CoursePage) -> list[ChecklistItem]:
    """What the course still lacks before learners can use it well. Reads the latest
    drafts, not only what is published."""
    items = []
    lessons = list(
        LessonPage.objects.child_of(course)
        .select_related("latest_revision")
        .only("title", "live", "has_unpublished_changes", "latest_revision__content")
        .order_by("path")
    )
    if not lessons:
        items.append(ChecklistItem(False, _("The course has no lessons yet.")))
    empty = [lesson.title for lesson in lessons if _body_is_empty(lesson)]
    if empty:
        items.append(
            ChecklistItem(
                False, _("Lessons without content: %(titles)s") % {"titles": ", ".join(empty)}
            )
        )
    elif lessons:
        items.append(
            ChecklistItem(
                True,
                ngettext(
                    "%(count)d lesson, each with content.",
                    "%(count)d lessons, each with content.",
                    len(lessons),
                )
                % {"count": len(lessons)},
            )
        )
    unpublished = [lesson.title for lesson in lessons if not lesson.live]
    if unpublished:
        items.append(
            ChecklistItem(
                False,
                _("Not yet published (learners cannot see them): %(titles)s")
                % {"titles": ", ".join(unpublished)},
                level="advice",
            )
        )

    quizzes = list(Quiz.objects.filter(course=course).prefetch_related("fixed_questions"))
    bank = [(pk, {name.lower() for name in tags if name}) for pk, tags in _bank_with_tags(course)]
    kinds = {quiz.kind for quiz in quizzes}
    if Quiz.Kind.POST_TEST not in kinds:
        items.append(
            ChecklistItem(
                False, _("No post-test: learners cannot complete the course or get a certificate.")
            )
        )
    if Quiz.Kind.PRE_TEST not in kinds:
        items.append(
            ChecklistItem(
                False,
                _("No pre-test: the knowledge gain of this course cannot be measured."),
                level="advice",
            )
        )
    for quiz in quizzes:
        if quiz.selection == Quiz.Selection.FIXED:
            if not quiz.fixed_questions.all():
                items.append(
                    ChecklistItem(
                        False,
                        _("“%(quiz)s” has no questions in its fixed list.") % {"quiz": quiz.title},
                    )
                )
            continue
        available = _available_questions(quiz, bank)
        if available < quiz.question_count:
            items.append(
                ChecklistItem(
                    False,
                    _("“%(quiz)s” draws %(wanted)d questions but the bank has only %(available)d.")
                    % {"quiz": quiz.title, "wanted": quiz.question_count, "available": available},
                )
            )
        else:
            items.append(
                ChecklistItem(
                    True,
                    _("“%(quiz)s”: %(available)d questions to draw %(wanted)d from.")
                    % {"quiz": quiz.title, "wanted": quiz.question_count, "available": available},
                )
            )
    return items


def _body_is_empty(lesson: LessonPage) -> bool:
    """Judged on the latest draft (revision content keeps the body as a JSON string)."""
    revision = lesson.latest_revision
    if revision is None:
        return not lesson.body
    raw = revision.content.get("body")
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return not raw.strip()
    return not raw


def _bank_with_tags(course: CoursePage) -> list[tuple[int, list[str]]]:
    bank: dict[int, list[str]] = {}
    for pk, tag in Question.objects.filter(course=course).values_list("pk", "tags__name"):
        bank.setdefault(pk, []).append(tag)
    return list(bank.items())
