"""Authoring aids: lesson reading time, the course checklist, the trainer's dashboard,
previews as a learner, the roles page, track teams, help texts and deleting trainings."""

import json
import math
import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import GroupPagePermission, ModelLogEntry, Page, Workflow
from wagtail.rich_text import RichText

import pytest

from courses import authoring, selectors, services, training_services
from courses.models import (
    Attendee,
    CoursePage,
    Enrolment,
    LessonPage,
    Question,
    QuestionOption,
    Quiz,
    QuizAttempt,
    QuizResponse,
    TrackPage,
    TrackTeam,
    Training,
)
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, User
from tests.factories import (
    answers_for,
    build_site,
    make_learner,
    make_quiz,
    make_staff,
    publish_child,
)

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------------------
# Helpers


def words(count: int, word: str = "bạo") -> str:
    return " ".join([word] * count)


def lesson_body(raw_blocks: list) -> object:
    """A lesson body (StreamValue) from stored block data, as the database holds it."""
    return LessonPage(body=json.dumps(raw_blocks)).body


def add_lesson(course, title, text="<p>Nội dung bài học.</p>", slug=None):
    return publish_child(
        course,
        LessonPage(
            title=title,
            slug=slug or f"bai-{LessonPage.objects.count() + 1}",
            body=[("paragraph", RichText(text))],
        ),
    )


def add_course(track, title="Khóa học mới", slug="khoa-moi"):
    return publish_child(track, CoursePage(title=title, slug=slug, summary="Tóm tắt."))


def tagged_question(course, text, tags):
    question = Question.objects.create(course=course, kind="single", text=text)
    QuestionOption.objects.create(question=question, text="đúng", is_correct=True, sort_order=0)
    QuestionOption.objects.create(question=question, text="sai", is_correct=False, sort_order=1)
    question.tags.add(*tags)
    question.save()
    return question


def html(response) -> str:
    return response.content.decode()


def refused(response) -> bool:
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url in ("/admin/", reverse("wagtailadmin_home"))
    )


@pytest.fixture
def tree(db):
    return build_site(tracks=2, courses=1, lessons=2)


@pytest.fixture
def trainer(tree):
    return make_staff("gv@example.org", roles.TRAINER, tracks=[tree.tracks[0]])


@pytest.fixture
def other_trainer(tree):
    return make_staff("gv2@example.org", roles.TRAINER, tracks=[tree.tracks[1]])


@pytest.fixture
def department(tree):
    return make_staff("so@example.org", roles.DEPARTMENT_OFFICER)


# ---------------------------------------------------------------------------
# Reading time


def test_reading_minutes_of_an_empty_body_is_zero():
    assert authoring.reading_minutes(LessonPage(body=[]).body) == 0
    assert authoring.reading_minutes(lesson_body([])) == 0


@pytest.mark.parametrize(
    ("count", "minutes"), [(1, 1), (179, 1), (180, 1), (181, 2), (360, 2), (361, 3), (900, 5)]
)
def test_reading_minutes_rounds_words_up_to_whole_minutes(count, minutes):
    body = lesson_body([{"type": "paragraph", "value": f"<p>{words(count)}</p>", "id": "a1"}])
    assert authoring.reading_minutes(body) == minutes == math.ceil(count / 180)


def test_reading_minutes_counts_the_words_of_every_block_kind_and_nothing_else():
    # 180 words of text spread over several blocks: exactly one minute. The block ids,
    # block types, the video address and the link's address would push it past 180.
    body = lesson_body(
        [
            {
                "type": "heading",
                "value": words(10, "tiêu"),
                "id": "0b6f3e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            },
            {
                "type": "paragraph",
                "value": f'<p>{words(60)} <a href="https://example.org/tai-lieu/bao-luc-gia-dinh">'
                f"{words(10, 'liên')}</a></p>",
                "id": "1b6f3e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            },
            {
                "type": "video",
                "value": {
                    "title": words(5, "phim"),
                    "embed": "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=abc-def-ghi",
                    "file": None,
                    "transcript": f"<p>{words(25, 'lời')}</p>",
                },
                "id": "2b6f3e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            },
            {
                "type": "checklist",
                "value": {
                    "title": words(5, "danh"),
                    "items": [
                        {"type": "item", "value": words(10, "mục"), "id": "3b6f3e4a-1c2d-4e5f"},
                        {"type": "item", "value": words(10, "mục"), "id": "4b6f3e4a-1c2d-4e5f"},
                    ],
                },
                "id": "5b6f3e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            },
            {
                "type": "content_note",
                "value": {"summary": words(15, "cảnh"), "body": f"<p>{words(30, 'ẩn')}</p>"},
                "id": "6b6f3e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            },
        ]
    )
    assert authoring.reading_minutes(body) == 1
    # One more word of text tips it over.
    body = lesson_body(
        [
            *json.loads(json.dumps(list(body.raw_data))),
            {"type": "paragraph", "value": "<p>thêm</p>", "id": "7b6f3e4a"},
        ]
    )
    assert authoring.reading_minutes(body) == 2


def test_saving_a_lesson_stores_its_reading_minutes(tree):
    lesson = add_lesson(tree.courses[0], "Bài dài", f"<p>{words(400)}</p>")
    lesson.refresh_from_db()
    assert lesson.reading_minutes == 3
    lesson.body = [("paragraph", RichText(f"<p>{words(100)}</p>"))]
    lesson.save_revision().publish()
    assert LessonPage.objects.get(pk=lesson.pk).reading_minutes == 1


def test_learner_sees_the_reading_time_on_the_lesson_and_in_the_course(tree, client):
    course = tree.courses[0]
    lesson = add_lesson(course, "Bài dài", f"<p>{words(400)}</p>")
    learner = make_learner("hocvien@example.org")
    services.enrolment_create(person=learner.person, course=course)
    client.force_login(learner)

    page = html(client.get(lesson.url))
    assert "Khoảng 3 phút đọc" in page

    course_html = html(client.get(course.url))
    # The lesson list: each lesson with its minutes (the short lessons take one minute).
    items = re.findall(r"<li[^>]*>(.*?)</li>", course_html.split('id="lessons-heading"')[1], re.S)
    by_title = {re.search(r">([^<]+)</a>", item).group(1): item for item in items}
    assert "3 phút đọc" in by_title["Bài dài"]
    assert "1 phút đọc" in by_title[tree.lessons[0].title]


def test_lesson_editor_shows_the_reading_time_of_the_draft(tree, trainer, client):
    lesson = tree.lessons[0]
    lesson.body = [("paragraph", RichText(f"<p>{words(500)}</p>"))]
    lesson.save_revision()
    client.force_login(trainer)
    page = html(client.get(f"/admin/pages/{lesson.pk}/edit/"))
    assert "Khoảng 3 phút đọc, tính theo nội dung của bản nháp này." in page


# ---------------------------------------------------------------------------
# Course checklist


def checklist(course) -> list[tuple[bool, str, str]]:
    with translation.override("en"):
        return [(item.ok, item.level, item.text) for item in authoring.course_checklist(course)]


def missing(course) -> list[str]:
    return [text for ok, level, text in checklist(course) if not ok and level == "missing"]


def advice(course) -> list[str]:
    return [text for ok, level, text in checklist(course) if not ok and level == "advice"]


def test_checklist_of_a_course_without_lessons(tree):
    course = add_course(tree.tracks[0])
    assert "The course has no lessons yet." in missing(course)
    assert not any("each with content" in text for _ok, _level, text in checklist(course))


def test_checklist_judges_the_latest_draft_of_a_lesson(tree):
    course = tree.courses[0]
    emptied, kept = LessonPage.objects.child_of(course).order_by("path")
    assert not any(text.startswith("Lessons without content") for text in missing(course))

    emptied.body = []
    emptied.save_revision(clean=False)  # the live version still has its text
    assert LessonPage.objects.get(pk=emptied.pk).body

    listed = [text for text in missing(course) if text.startswith("Lessons without content")]
    assert listed == [f"Lessons without content: {emptied.title}"]  # not {kept.title}
    assert not any("each with content" in text for _ok, _level, text in checklist(course))


def test_checklist_asks_for_a_post_test_and_advises_a_pre_test(tree):
    course = tree.courses[0]
    post_missing = "No post-test: learners cannot complete the course or get a certificate."
    pre_advice = "No pre-test: the knowledge gain of this course cannot be measured."
    assert post_missing in missing(course)
    assert pre_advice in advice(course)
    assert pre_advice not in missing(course)

    make_quiz(course, questions=5, kind="post")
    assert post_missing not in missing(course)
    assert pre_advice in advice(course)

    make_quiz(course, questions=5, kind="pre")
    assert pre_advice not in advice(course)


def test_checklist_flags_a_random_quiz_that_draws_more_than_the_bank_holds(tree):
    course = tree.courses[0]
    quiz = make_quiz(course, questions=3, kind="post", question_count=5)
    assert f"“{quiz.title}” draws 5 questions but the bank has only 3." in missing(course)

    quiz.question_count = 3
    quiz.save()
    assert not any("draws" in text for text in missing(course))
    assert (True, "missing", f"“{quiz.title}”: 3 questions to draw 3 from.") in checklist(course)


def test_checklist_counts_only_questions_with_one_of_a_tag_quizs_tags(tree):
    course = tree.courses[0]
    make_quiz(course, questions=4, kind="pre")  # untagged questions of the same bank
    tagged_question(course, "Câu 1", ["Bài 1"])
    tagged_question(course, "Câu 2", ["bài 1", "bài 2"])  # two matching tags: counted once
    tagged_question(course, "Câu 3", ["BÀI 2"])
    tagged_question(course, "Câu 4", ["bài 3"])
    quiz = Quiz.objects.create(
        course=course,
        title="Theo thẻ",
        kind="post",
        selection=Quiz.Selection.TAGS,
        tags="bài 1, Bài 2",
        question_count=4,
    )
    assert f"“{quiz.title}” draws 4 questions but the bank has only 3." in missing(course)

    quiz.question_count = 3
    quiz.save()
    assert (True, "missing", f"“{quiz.title}”: 3 questions to draw 3 from.") in checklist(course)


def test_checklist_flags_a_fixed_quiz_without_questions(tree):
    course = tree.courses[0]
    quiz = make_quiz(course, questions=3, kind="post", selection=Quiz.Selection.FIXED)
    assert f"“{quiz.title}” has no questions in its fixed list." in missing(course)

    quiz.fixed_questions.set(Question.objects.filter(course=course)[:2])
    quiz.save()
    assert not any("fixed list" in text for text in missing(course))


def test_checklist_of_a_complete_course_has_only_ok_items(tree):
    course = tree.courses[0]
    make_quiz(course, questions=10, kind="pre", question_count=5)
    make_quiz(course, questions=0, kind="post", question_count=8)
    items = checklist(course)
    assert items
    assert all(ok for ok, _level, _text in items), items
    assert "2 lessons, each with content." in [text for _ok, _level, text in items]


def test_checklist_advises_publishing_draft_lessons(tree):
    course = tree.courses[0]
    draft = LessonPage(
        title="Bài nháp", slug="bai-nhap", live=False, body=[("paragraph", RichText("<p>x</p>"))]
    )
    course.add_child(instance=draft)
    draft.save_revision()
    assert "Not yet published (learners cannot see them): Bài nháp" in advice(course)


def test_checklist_panel_shows_on_the_course_editor(tree, department, client):
    client.force_login(department)
    response = client.get(f"/admin/pages/{tree.courses[0].pk}/edit/")
    assert response.status_code == 200
    page = html(response)
    assert "Khóa học còn thiếu gì" in page
    assert "Chưa có bài kiểm tra cuối khóa: học viên không thể hoàn thành khóa học" in page


def test_a_tag_quiz_draws_the_questions_the_checklist_counts(tree):
    course = tree.courses[0]
    tagged_question(course, "Câu 1", ["bài 1"])
    tagged_question(course, "Câu 2", ["bài 1"])
    quiz = Quiz.objects.create(
        course=course,
        title="Theo thẻ",
        kind="post",
        selection=Quiz.Selection.TAGS,
        tags="Bài 1",
        question_count=2,
    )
    assert (True, "missing", "“Theo thẻ”: 2 questions to draw 2 from.") in checklist(course)
    learner = make_learner("hv-the@example.org")
    services.enrolment_create(person=learner.person, course=course)
    attempt = services.quiz_attempt_start(quiz=quiz, person=learner.person)
    assert len(attempt.question_ids) == 2


# ---------------------------------------------------------------------------
# The trainer's dashboard


def enrol(course, email, *, completed=False):
    learner = make_learner(email, full_name=f"Học viên {email.split('@')[0]}")
    enrolment = services.enrolment_create(person=learner.person, course=course)
    if completed:
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    return learner.person


def submitted_attempt(quiz, person, when, *, correct=True):
    if not Enrolment.objects.filter(person=person, course_id=quiz.course_id).exists():
        services.enrolment_create(person=person, course=quiz.course)
    attempt = services.quiz_attempt_start(quiz=quiz, person=person)
    answers = {
        int(key[2:]): [int(value)] for key, value in answers_for(attempt, correct=correct).items()
    }
    return services.quiz_attempt_submit(attempt=attempt, answers=answers, now=when)


def draft_of(page, title):
    page.title = title
    page.save_revision()
    return page


def test_dashboard_drafts_are_unsent_drafts_of_the_trainers_tracks(tree, trainer, department):
    own_draft, in_review = LessonPage.objects.descendant_of(tree.tracks[0]).order_by("path")
    other_track = LessonPage.objects.descendant_of(tree.tracks[1]).first()
    draft_of(own_draft.specific, "Bài nháp của tôi")
    draft_of(other_track.specific, "Bài nháp nhóm khác")
    draft_of(in_review.specific, "Bài đang chờ duyệt")
    workflow = Workflow.objects.get(name=roles.REVIEW_WORKFLOW)
    in_review = LessonPage.objects.get(pk=in_review.pk)
    assert in_review.get_latest_revision() is not None
    workflow.start(in_review, trainer)

    drafts = authoring.trainer_dashboard(trainer)["drafts"]
    assert [page.pk for page in drafts] == [own_draft.pk]
    assert drafts[0].draft_title == "Bài nháp của tôi"

    # Published pages without changes are not drafts.
    own_draft = LessonPage.objects.get(pk=own_draft.pk)
    own_draft.get_latest_revision().publish()
    assert authoring.trainer_dashboard(trainer)["drafts"] == []


def test_dashboard_counts_enrolled_and_completed_learners_per_course(tree, trainer):
    course, other_course = tree.courses
    second = add_course(tree.tracks[0], "Khóa thứ hai", "khoa-hai")
    for n in range(3):
        enrol(course, f"a{n}@example.org", completed=n < 2)
    enrol(second, "b0@example.org")
    for n in range(4):
        enrol(other_course, f"c{n}@example.org", completed=True)

    rows = authoring.trainer_dashboard(trainer)["courses"]
    assert {row.pk: (row.enrolled, row.completed) for row in rows} == {
        course.pk: (3, 2),
        second.pk: (1, 0),
    }

    # The third learner passes the post-test (twice) and finishes every lesson: one more
    # completed, and the attempts and lessons do not inflate the counts.
    quiz = make_quiz(course, questions=3, kind="post")
    person = Enrolment.objects.get(course=course, completed_at__isnull=True).person
    submitted_attempt(quiz, person, timezone.now())
    submitted_attempt(quiz, person, timezone.now())
    for lesson in LessonPage.objects.child_of(course):
        services.lesson_complete(
            enrolment=Enrolment.objects.get(person=person, course=course), lesson=lesson
        )
    rows = authoring.trainer_dashboard(trainer)["courses"]
    assert {row.pk: (row.enrolled, row.completed) for row in rows}[course.pk] == (3, 3)


def test_dashboard_results_are_the_latest_submitted_attempts_newest_first(tree, trainer):
    course, other_course = tree.courses
    quiz = make_quiz(course, questions=3, kind="post")
    other_quiz = make_quiz(other_course, questions=3, kind="post")
    start = timezone.now() - timedelta(days=1)
    order = [4, 0, 11, 7, 2, 9, 1, 5, 10, 3, 8, 6]  # minutes after `start`, not in order
    made = {}
    for n, minutes in enumerate(order):
        person = enrol(course, f"r{n}@example.org")
        made[minutes] = submitted_attempt(
            quiz, person, start + timedelta(minutes=minutes), correct=n % 2 == 0
        ).pk
    unsent = enrol(course, "mo@example.org")
    services.quiz_attempt_start(quiz=quiz, person=unsent)
    submitted_attempt(other_quiz, enrol(other_course, "khac@example.org"), timezone.now())

    results = authoring.trainer_dashboard(trainer)["results"]
    assert [attempt.pk for attempt in results] == [made[m] for m in range(11, 1, -1)]
    assert all(attempt.submitted_at is not None for attempt in results)


def test_admin_home_shows_the_trainers_three_panels(tree, trainer, client):
    course = tree.courses[0]
    draft_of(tree.lessons[0].specific, "Bài nháp của tôi")
    enrol(course, "hv1@example.org", completed=True)
    quiz = make_quiz(course, questions=3, kind="post")
    submitted_attempt(quiz, enrol(course, "hv2@example.org"), timezone.now())
    client.force_login(trainer)
    response = client.get("/admin/")
    assert response.status_code == 200
    page = html(response)
    for heading in (
        "Bản nháp chưa gửi duyệt",
        "Ghi danh vào khóa học của bạn",
        "Kết quả kiểm tra gần đây",
    ):
        assert heading in page
    assert "Bài nháp của tôi" in page
    assert course.title in page
    assert "Học viên hv2" in page
    assert "100%" in page


def test_admin_home_is_plain_for_a_department_officer(tree, department, client):
    client.force_login(department)
    page = html(client.get("/admin/"))
    assert "Bản nháp chưa gửi duyệt" not in page


def test_admin_home_queries_do_not_grow_with_courses_and_attempts(tree, trainer, client):
    client.force_login(trainer)

    def count_queries():
        client.get("/admin/")  # warm the caches (site root paths, content types)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/").status_code == 200
        return len(queries)

    def grow(n):
        course = add_course(tree.tracks[0], f"Khóa {n}", f"khoa-so-{n}")
        lesson = add_lesson(course, f"Bài của khóa {n}", slug=f"bai-khoa-{n}")
        draft_of(lesson, f"Bài nháp {n}")
        quiz = make_quiz(course, questions=2, kind="post")
        submitted_attempt(quiz, enrol(course, f"q{n}@example.org", completed=True), timezone.now())

    grow(1)
    few = count_queries()
    for n in range(2, 11):
        grow(n)
    assert len(authoring.trainer_dashboard(trainer)["results"]) == 10
    many = count_queries()
    assert many <= few, (few, many)


# ---------------------------------------------------------------------------
# Previews as a learner


def quiz_form_data(quiz, **changes) -> dict:
    """The quiz edit form as the browser sends it (unticked boxes are left out)."""
    data = {
        "course": quiz.course_id,
        "title": quiz.title,
        "kind": quiz.kind,
        "selection": quiz.selection,
        "question_count": quiz.question_count,
        "tags": quiz.tags,
        "fixed_questions": [question.pk for question in quiz.fixed_questions.all()],
        "shuffle_questions": quiz.shuffle_questions,
        "shuffle_options": quiz.shuffle_options,
        "pass_mark": quiz.pass_mark,
        "max_attempts": quiz.max_attempts,
        "time_limit_minutes": quiz.time_limit_minutes or "",
        "review": quiz.review,
        "partial_credit": quiz.partial_credit,
    }
    data.update(changes)
    return {
        key: ("on" if value is True else value) for key, value in data.items() if value is not False
    }


def preview_quiz(client, quiz, **changes) -> str:
    url = reverse("wagtailsnippets_courses_quiz:preview_on_edit", args=[quiz.pk])
    posted = client.post(url, quiz_form_data(quiz, **changes))
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    response = client.get(url)
    assert response.status_code == 200
    return html(response)


def preview_answers(page: str, *, correct: bool) -> dict:
    """Answers to the questions shown in a preview, all right (or all wrong)."""
    shown = re.findall(r'name="q_(\d+)" value="(\d+)"', page)
    right = set(
        QuestionOption.objects.filter(
            is_correct=True, pk__in=[int(o) for _q, o in shown]
        ).values_list("pk", flat=True)
    )
    return {
        f"q_{question}": option for question, option in shown if (int(option) in right) == correct
    }


def preview_token(page: str) -> str:
    return re.search(r'name="preview_token" value="([^"]+)"', page).group(1)


def test_quiz_preview_shows_the_unsaved_quiz_as_a_learner_and_scores_nothing(tree, trainer, client):
    course = tree.courses[0]
    quiz = make_quiz(course, questions=6, kind="post", question_count=6)
    client.force_login(trainer)

    page = preview_quiz(client, quiz, title="Bài kiểm tra chưa lưu", question_count=4)
    assert "Xem trước: đây là những gì học viên nhìn thấy." in page
    assert "Bài kiểm tra chưa lưu" in page
    shown = set(re.findall(r'name="q_(\d+)"', page))
    assert len(shown) == 4
    assert {int(pk) for pk in shown} <= set(
        Question.objects.filter(course=course).values_list("pk", flat=True)
    )
    for question in Question.objects.filter(pk__in=shown):
        assert question.text in page
    assert Quiz.objects.get(pk=quiz.pk).title == quiz.title  # the preview saved nothing

    token = preview_token(page)
    right = client.post(
        reverse("quiz_preview_score"),
        {"preview_token": token, **preview_answers(page, correct=True)},
    )
    assert right.status_code == 200
    assert "Điểm: 100%" in html(right)
    assert "Xem trước: kết quả này không được lưu" in html(right)
    assert "Bài kiểm tra chưa lưu" in html(right)

    wrong = client.post(
        reverse("quiz_preview_score"),
        {"preview_token": token, **preview_answers(page, correct=False)},
    )
    assert "Điểm: 0%" in html(wrong)
    assert not QuizAttempt.objects.exists()
    assert not QuizResponse.objects.exists()


def test_quiz_preview_uses_an_unsaved_fixed_list(tree, trainer, client):
    course = tree.courses[0]
    quiz = make_quiz(course, questions=6, kind="post")
    chosen = list(Question.objects.filter(course=course).order_by("pk")[1:4:2])
    client.force_login(trainer)
    page = preview_quiz(
        client,
        quiz,
        selection=Quiz.Selection.FIXED,
        fixed_questions=[question.pk for question in chosen],
    )
    assert {int(pk) for pk in re.findall(r'name="q_(\d+)"', page)} == {q.pk for q in chosen}
    assert Quiz.objects.get(pk=quiz.pk).selection == Quiz.Selection.RANDOM
    assert not Quiz.objects.get(pk=quiz.pk).fixed_questions.exists()


def test_quiz_preview_score_is_refused_to_other_tracks_and_forged_tokens(
    tree, trainer, other_trainer, client
):
    quiz = make_quiz(tree.courses[0], questions=3, kind="post")
    client.force_login(trainer)
    page = preview_quiz(client, quiz)
    data = {"preview_token": preview_token(page), **preview_answers(page, correct=True)}
    assert client.post(reverse("quiz_preview_score"), data).status_code == 200

    client.force_login(other_trainer)
    assert refused(client.post(reverse("quiz_preview_score"), data))
    preview_url = reverse("wagtailsnippets_courses_quiz:preview_on_edit", args=[quiz.pk])
    assert refused(client.post(preview_url, quiz_form_data(quiz)))

    client.force_login(trainer)
    forged = {**data, "preview_token": data["preview_token"][:-2] + "xx"}
    assert client.post(reverse("quiz_preview_score"), forged).status_code == 404
    assert client.post(reverse("quiz_preview_score"), {}).status_code == 404
    assert not QuizAttempt.objects.exists()


def test_quiz_preview_context_draws_from_the_course_bank(tree, trainer, rf):
    from courses.quiz_views import preview_context

    quiz = make_quiz(tree.courses[0], questions=5, kind="pre", question_count=3)
    request = rf.get("/")
    request.user = trainer
    context = preview_context(request, quiz)
    assert len(context["questions"]) == 3
    assert context["preview"]["action"] == reverse("quiz_preview_score")
    assert context["attempt"].pk is None
    assert not QuizAttempt.objects.exists()


def course_preview(course, user, mode, rf):
    request = rf.get(course.url)
    request.user = user
    request.is_preview = True
    response = course.serve_preview(request, mode)
    if hasattr(response, "render"):
        response.render()
    return html(response)


def test_course_preview_as_an_enrolled_learner_stores_no_enrolment(tree, trainer, rf):
    course = tree.courses[0]
    page = course_preview(course, trainer, "enrolled", rf)
    assert "Bắt đầu bài học đầu tiên" in page
    assert '<progress max="2" value="0"' in page
    assert "Đăng ký học khóa này" not in page
    assert not Enrolment.objects.exists()


def test_course_preview_ignores_the_editors_own_enrolment(tree, trainer, rf):
    course = tree.courses[0]
    enrolment = services.enrolment_create(person=trainer.person, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=tree.lessons[0])

    enrolled = course_preview(course, trainer, "enrolled", rf)
    assert '<progress max="2" value="0"' in enrolled
    assert "Bắt đầu bài học đầu tiên" in enrolled
    visitor = course_preview(course, trainer, "visitor", rf)
    assert "Đăng ký học khóa này" in visitor
    assert "<progress" not in visitor
    assert Enrolment.objects.get() == enrolment


def test_course_preview_before_enrolling_offers_the_enrol_button(tree, trainer, rf):
    course = tree.courses[0]
    page = course_preview(course, trainer, "visitor", rf)
    assert "Đăng ký học khóa này" in page
    assert "Bắt đầu bài học đầu tiên" not in page
    assert not Enrolment.objects.exists()


def test_course_preview_modes_through_the_admin(tree, trainer, client):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    course = tree.courses[0]
    client.force_login(trainer)
    url = f"/admin/pages/{course.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Khóa học xem trước",
            "slug": course.slug,
            "summary": course.summary,
            "description": rich_text("<p>Mô tả.</p>"),
            "objectives": streamfield([]),
            "estimated_hours": "2.0",
            "comments": inline_formset([]),
        }
    )
    posted = client.post(url, data)
    assert posted.status_code == 200, html(posted)
    assert posted.json()["is_valid"] is True, posted.json()

    enrolled = html(client.get(url, {"mode": "enrolled"}))
    assert "Khóa học xem trước" in enrolled
    assert "Bắt đầu bài học đầu tiên" in enrolled
    visitor = html(client.get(url, {"mode": "visitor"}))
    assert "Đăng ký học khóa này" in visitor
    assert not Enrolment.objects.exists()


# ---------------------------------------------------------------------------
# Roles and tracks


def roles_url(user=None) -> str:
    return reverse("staff_edit", args=[user.pk]) if user else reverse("staff_index")


def access_logs(user):
    return ModelLogEntry.objects.filter(action="lms.access_changed", object_id=str(user.pk))


def group_names(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def test_department_assigns_a_trainer_to_a_track_and_takes_it_away(tree, department, client):
    own_lesson = LessonPage.objects.descendant_of(tree.tracks[0]).first()
    other_lesson = LessonPage.objects.descendant_of(tree.tracks[1]).first()
    account = make_learner("sap-lam-gv@example.org", full_name="Phạm Văn Tâm")
    client.force_login(department)

    response = client.post(
        roles_url(account), {"roles": [roles.TRAINER], "tracks": [tree.tracks[0].pk]}
    )
    assert response.status_code == 302
    assert response.url == roles_url()
    assert list(selectors.trainer_tracks(account)) == [tree.tracks[0]]
    assert tree.tracks[0].team.group.user_set.filter(pk=account.pk).exists()
    entry = access_logs(account).get()
    assert entry.user_id == department.pk
    assert entry.data == {"roles": [roles.TRAINER], "tracks": [tree.tracks[0].title]}

    client.force_login(account)
    assert client.get(f"/admin/pages/{own_lesson.pk}/edit/").status_code == 200
    assert refused(client.get(f"/admin/pages/{other_lesson.pk}/edit/"))

    client.force_login(department)
    response = client.post(roles_url(account), {"roles": [roles.TRAINER]})
    assert response.status_code == 302
    assert list(selectors.trainer_tracks(account)) == []
    assert roles.TRAINER in group_names(account)
    assert access_logs(account).count() == 2

    client.force_login(account)
    assert refused(client.get(f"/admin/pages/{own_lesson.pk}/edit/"))


def test_roles_page_is_only_for_the_department(tree, trainer, client):
    district_officer = make_staff("huyen@example.org", roles.DISTRICT_OFFICER)
    learner = make_learner("hv@example.org")

    def kept_out(response) -> bool:
        # A district officer has no admin access at all: sent to the admin's login page.
        return refused(response) or (
            response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
        )

    client.force_login(trainer)
    assert refused(client.get(roles_url()))
    assert refused(client.get(roles_url(learner)))
    for user in (trainer, district_officer):
        client.force_login(user)
        assert kept_out(client.get(roles_url())), user
        response = client.post(
            roles_url(learner), {"roles": [roles.TRAINER], "tracks": [tree.tracks[0].pk]}
        )
        assert kept_out(response), user
    assert group_names(learner) == set()
    assert not access_logs(learner).exists()


@pytest.mark.parametrize(
    ("setup", "posted", "message"),
    [
        (
            "learner",
            {"roles": [], "tracks": ["track"]},
            "Chỉ giảng viên mới được giao nhóm nội dung: hãy chọn cả vai trò Giảng viên.",
        ),
        (
            "no_district",
            {"roles": [roles.DISTRICT_OFFICER]},
            "Hãy chọn ít nhất một đơn vị hành chính mà cán bộ UBND huyện này được xem.",
        ),
        (
            "no_person",
            {"roles": [roles.DISTRICT_OFFICER]},
            "Hãy chọn ít nhất một đơn vị hành chính mà cán bộ UBND huyện này được xem.",
        ),
        (
            "self",
            {"roles": [roles.TRAINER], "tracks": ["track"]},
            "Bạn không thể tự bỏ vai trò cán bộ Sở của mình.",
        ),
    ],
)
def test_roles_page_refuses_inconsistent_changes(tree, department, client, setup, posted, message):
    if setup == "learner":
        account = make_learner("hv@example.org")
    elif setup == "no_district":
        account = make_learner("hv@example.org", complete=False)
        assert account.person.district_id is None
    elif setup == "no_person":
        account = User.objects.create_user(username="trong", email="trong@example.org")
    else:
        account = department
    before = group_names(account)
    posted = {
        key: [tree.tracks[0].pk if value == "track" else value for value in values]
        for key, values in posted.items()
    }
    client.force_login(department)
    response = client.post(roles_url(account), posted)
    assert response.status_code == 200
    assert message in html(response)
    assert group_names(account) == before
    assert not access_logs(account).exists()


def test_roles_page_leaves_superusers_alone(tree, department, client):
    admin = User.objects.create_superuser(username="root", email="root@example.org", password="x")
    client.force_login(department)
    assert refused(client.get(roles_url(admin)))
    assert refused(client.post(roles_url(admin), {"roles": [roles.LEARNER]}))
    assert group_names(admin) == set()
    assert not access_logs(admin).exists()


def test_roles_listing_queries_do_not_grow_with_accounts(tree, department, client):
    client.force_login(department)

    def add_accounts(start, stop):
        for n in range(start, stop):
            if n % 2 == 0:
                make_staff(
                    f"tai-khoan{n}@example.org", roles.TRAINER, tracks=tree.tracks[: n % 3 + 1]
                )
            else:
                make_staff(f"tai-khoan{n}@example.org", roles.DISTRICT_OFFICER)

    def count_queries():
        client.get(roles_url())
        with CaptureQueriesContext(connection) as queries:
            response = client.get(roles_url())
        assert response.status_code == 200
        return len(queries), html(response)

    add_accounts(0, 1)  # a trainer and the department officer: 2 accounts
    few, _page = count_queries()
    add_accounts(1, 19)
    many, page = count_queries()
    assert "tai-khoan17@example.org" in page
    assert tree.tracks[1].title in page
    assert many <= few, (few, many)


def test_roles_listing_searches_by_name(tree, department, client):
    make_staff("binh@example.org", roles.TRAINER)
    make_learner("cuc@example.org", full_name="Lê Thị Cúc")
    make_learner("binh2@example.org", full_name="Trần Văn Bình")
    client.force_login(department)

    page = html(client.get(roles_url(), {"q": "Văn Bình"}))
    assert "binh2@example.org" in page
    assert "cuc@example.org" not in page
    assert "binh@example.org" not in page

    page = html(client.get(roles_url(), {"q": "cúc"}))
    assert "cuc@example.org" in page
    assert "binh2@example.org" not in page

    page = html(client.get(roles_url(), {"role": roles.TRAINER}))
    assert "binh@example.org" in page
    assert "cuc@example.org" not in page


def test_roles_listing_search_ignores_the_case_of_vietnamese_letters(tree, department, client):
    make_learner("dang@example.org", full_name="Đặng Văn Nam")
    client.force_login(department)
    page = html(client.get(roles_url(), {"q": "đặng văn"}))
    assert "dang@example.org" in page


# ---------------------------------------------------------------------------
# Track teams


def new_track(tree, title="Nhóm nội dung mới", slug="nhom-moi"):
    return publish_child(
        tree.index,
        TrackPage(title=title, slug=slug, summary="Tóm tắt.", audience="<p>Mọi người.</p>"),
    )


def test_a_new_track_gets_its_trainer_group_with_page_permissions(tree):
    track = new_track(tree)
    team = TrackTeam.objects.get(track=track)
    assert team.group.name == roles.track_team_name("Nhóm nội dung mới", track.pk)
    granted = GroupPagePermission.objects.filter(group=team.group)
    assert {(p.page_id, p.permission.codename) for p in granted} == {
        (track.pk, "add_page"),
        (track.pk, "change_page"),
    }
    # Every track of the tree has its own group.
    assert len({TrackTeam.objects.get(track=t).group_id for t in [*tree.tracks, track]}) == 3


def test_publishing_a_new_title_renames_the_group(tree):
    track = new_track(tree)
    group_pk = track.team.group_id
    track.title = "Tên mới của nhóm"
    track.save_revision().publish()
    group = Group.objects.get(pk=group_pk)
    assert group.name == roles.track_team_name("Tên mới của nhóm", track.pk)
    assert TrackTeam.objects.filter(track=track).count() == 1


def test_a_draft_title_does_not_rename_the_group(tree):
    track = new_track(tree)
    track.title = "Tên chưa được duyệt"
    track.save_revision()
    track.team.group.refresh_from_db()
    assert track.team.group.name == roles.track_team_name("Nhóm nội dung mới", track.pk)


def test_deleting_a_track_deletes_its_group(tree):
    track = tree.tracks[1]  # with a course and lessons under it
    trainer = make_staff("gv-moi@example.org", roles.TRAINER, tracks=[track])
    group_pk = track.team.group_id
    Page.objects.get(pk=track.pk).delete()
    assert not CoursePage.objects.filter(pk=tree.courses[1].pk).exists()
    assert not Group.objects.filter(pk=group_pk).exists()
    assert not GroupPagePermission.objects.filter(group_id=group_pk).exists()
    assert list(selectors.trainer_tracks(trainer)) == []
    assert roles.TRAINER in group_names(trainer)


# ---------------------------------------------------------------------------
# Help texts on every field an author fills in

WAGTAIL_OWN_FIELDS = {"title", "slug", "seo_title", "search_description", "show_in_menus"}


def panel_field_names(panels) -> list[str]:
    names = []
    for panel in panels:
        children = getattr(panel, "children", None)
        if children:
            names += panel_field_names(children)
        elif getattr(panel, "field_name", None):
            names.append(panel.field_name)
    return names


def missing_help_texts(model, panels) -> list[str]:
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(model).get_form_class()
    skipped = WAGTAIL_OWN_FIELDS if issubclass(model, Page) else set()
    names = [name for name in panel_field_names(panels) if name not in skipped]
    assert names, model
    return [name for name in names if not str(form_class.base_fields[name].help_text).strip()]


@pytest.mark.parametrize(
    ("model", "panels"),
    [
        (TrackPage, TrackPage.content_panels),
        (CoursePage, CoursePage.content_panels),
        (LessonPage, LessonPage.content_panels),
        (Question, Question.panels),
    ],
    ids=["track", "course", "lesson", "question"],
)
def test_authoring_fields_have_help_texts(model, panels):
    assert missing_help_texts(model, panels) == []


def test_quiz_fields_have_help_texts():
    assert missing_help_texts(Quiz, Quiz.panels) == []


def test_quiz_fields_other_than_the_title_have_help_texts():
    assert [name for name in missing_help_texts(Quiz, Quiz.panels) if name != "title"] == []


def test_question_option_fields_have_help_texts():
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(Question).get_form_class()
    option_fields = form_class.formsets["options"].form.base_fields
    names = panel_field_names(QuestionOption.panels)
    assert names == ["text", "is_correct"]
    assert [name for name in names if not str(option_fields[name].help_text).strip()] == []


def test_training_form_fields_have_help_texts(db):
    from django.contrib.auth.models import AnonymousUser

    from courses.training_forms import TrainingForm

    form = TrainingForm(user=AnonymousUser())
    assert len(form.fields) == len(TrainingForm.Meta.fields) == 16
    assert [name for name, field in form.fields.items() if not str(field.help_text).strip()] == []


def test_help_texts_are_shown_in_vietnamese_in_the_lesson_editor(tree, trainer, client):
    client.force_login(trainer)
    response = client.get(f"/admin/pages/add/courses/lessonpage/{tree.courses[0].pk}/")
    assert response.status_code == 200
    page = html(response)
    assert "Một câu nêu bài học dạy gì; hiển thị trong danh sách bài học của khóa." in page
    assert "Đoạn văn ngắn dễ đọc trên điện thoại." in page


# ---------------------------------------------------------------------------
# Deleting a training entered by mistake


def make_training(tree, *, created_by=None, **fields):
    today = timezone.localdate()
    values = {
        "format": "tap_huan",
        "title": "Tập huấn nhập nhầm",
        "track": tree.tracks[0],
        "organiser": Organisation.objects.order_by("sort_order").first(),
        "district": AdministrativeUnit.objects.get(code="587"),
        "venue": "Hội trường UBND",
        "starts_on": today,
        "ends_on": today,
        "hours": Decimal("4"),
        "created_by": created_by,
    }
    values.update(fields)
    return Training.objects.create(**values)


def delete_url(training) -> str:
    return reverse("training_delete", args=[training.pk])


@pytest.mark.parametrize("editor", ["department", "own_trainer", "track_trainer"])
def test_an_editor_deletes_a_training_nobody_is_on(tree, client, editor):
    if editor == "department":
        user = make_staff("so2@example.org", roles.DEPARTMENT_OFFICER)
        training = make_training(tree)
    elif editor == "own_trainer":
        user = make_staff("gv-lop@example.org", roles.TRAINER)
        training = make_training(tree, track=tree.tracks[1])
        training.trainers.add(user)
    else:
        user = make_staff("gv-nhom@example.org", roles.TRAINER, tracks=[tree.tracks[0]])
        training = make_training(tree)
    client.force_login(user)

    confirm = client.get(delete_url(training))
    assert confirm.status_code == 200
    assert Training.objects.filter(pk=training.pk).exists()

    response = client.post(delete_url(training), follow=True)
    assert response.redirect_chain[-1][0] == reverse("training_manage_list")
    assert "Đã xóa lớp tập huấn." in html(response)
    assert not Training.objects.filter(pk=training.pk).exists()


def test_a_training_with_people_on_its_list_stays(tree, client, trainer):
    training = make_training(tree, created_by=trainer)
    person = Person.objects.create(full_name="Người tham dự", phone="0900000001")
    training_services.attendee_add(training=training, person=person, source="manual")
    client.force_login(trainer)

    response = client.post(delete_url(training), follow=True)
    assert response.redirect_chain[-1][0] == reverse("training_manage", args=[training.pk])
    assert (
        "Lớp tập huấn đã có người trong danh sách: lớp được tính trong báo cáo nên không thể xóa."
        in html(response)
    )
    assert Training.objects.filter(pk=training.pk).exists()
    assert Attendee.objects.filter(training=training).count() == 1


def test_others_cannot_delete_a_training(tree, client, other_trainer):
    training = make_training(tree)
    district_officer = make_staff("huyen-xoa@example.org", roles.DISTRICT_OFFICER, district="587")
    learner = make_learner("hv-xoa@example.org")

    client.force_login(district_officer)  # reads the trainings of their district, edits none
    assert client.post(delete_url(training)).status_code == 403
    client.force_login(other_trainer)  # another track, not on the training
    assert client.post(delete_url(training)).status_code == 404
    client.force_login(learner)
    assert client.post(delete_url(training)).status_code == 403
    client.logout()
    assert client.post(delete_url(training)).status_code == 302
    assert Training.objects.filter(pk=training.pk).exists()
