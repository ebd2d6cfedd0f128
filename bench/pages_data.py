"""What the page benchmark runs against: a database of its own with the demo content, a
public course, a plain page (the floor), a 30-question quiz and learners to take it."""

import io
import os
import tempfile
import warnings
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "lms_bench_pages"
PORT = 8765


def database_urls() -> tuple[str, str]:
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    parts = urlsplit(base)
    return (
        urlunsplit(parts._replace(path="/postgres")),
        urlunsplit(parts._replace(path=f"/{DB_NAME}")),
    )


# Importing this module points Django at the benchmark's own database and cache.
ADMIN_URL, BENCH_URL = database_urls()
warnings.filterwarnings("ignore", "No directory at")
os.environ.update(
    DJANGO_SETTINGS_MODULE="bench.settings",
    DATABASE_URL=BENCH_URL,
    REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
    LMS_VAR_DIR=tempfile.mkdtemp(prefix="lms-bench-pages-"),
    SITE_URL=f"http://127.0.0.1:{PORT}",
)


def recreate_database() -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        name = sql.Identifier(DB_NAME)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


def drop_database() -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DB_NAME))
        )


# ---------------------------------------------------------------------------
# Data


def session_for(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def prepare(pool_size: int) -> dict:
    """The demo, a public course, a plain page, a 30-question quiz and learners for it."""
    from django.core.cache import cache
    from django.core.management import call_command

    from wagtail.models import Page

    from courses.models import CoursePage, LessonPage
    from demo.seed import DEMO_LEARNER_COURSE
    from people.models import User

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=io.StringIO())
    cache.clear()
    learner_course = CoursePage.objects.get(slug=DEMO_LEARNER_COURSE)
    public_course = CoursePage.objects.exclude(pk=learner_course.pk).live().first()
    public_course.is_public = True
    public_course.save_revision().publish()
    public_lesson = LessonPage.objects.child_of(public_course).live().first()
    enrolled_lesson = LessonPage.objects.child_of(learner_course).live().first()
    plain = _plain_page()
    quiz = _load_quiz(learner_course)
    submitters, taker = _quiz_takers(learner_course, quiz, pool_size)
    demo_learner = User.objects.get(email="hocvien@example.org")
    department = User.objects.get(email="so@example.org")
    certificate = demo_learner.person.certificates.first()
    return {
        "public_lesson": public_lesson.url,
        "enrolled_lesson": enrolled_lesson.url,
        "course": learner_course.url,
        "quiz": f"{learner_course.url}quiz/{quiz.pk}/",
        "plain": Page.objects.get(pk=plain.pk).url,
        "learner": session_for(demo_learner),
        "learner_user": demo_learner,
        "department": session_for(department),
        "department_user": department,
        "taker": session_for(taker),
        "taker_user": taker,
        "submitters": submitters,
        "certificate": f"/certificates/{certificate.serial}.pdf" if certificate else None,
        "quiz_obj": quiz,
        "course_obj": learner_course,
    }


def _plain_page():
    """The floor: a plain Wagtail page with one rich-text field, in the site's layout."""
    from bench.floor.models import PlainPage
    from lms.models import HomePage

    home = HomePage.objects.first()
    paragraphs = "".join(
        f"<p>Đoạn {n}: người cung cấp dịch vụ ở cấp xã tiếp nhận tin báo, đánh giá nguy "
        f"cơ, bảo đảm an toàn cho nạn nhân và kết nối các dịch vụ cần thiết.</p>"
        for n in range(8)
    )
    plain = PlainPage(title="Trang thuần", slug="trang-thuan", body=paragraphs)
    home.add_child(instance=plain)
    plain.save_revision().publish()
    return plain


def _load_quiz(course):
    from courses.models import Question, QuestionOption, Quiz

    quiz = Quiz.objects.create(
        course=course,
        title="Kiểm tra 30 câu",
        kind=Quiz.Kind.PRACTICE,
        question_count=30,
        max_attempts=0,
        review=Quiz.Review.AFTER_EACH,
    )
    for n in range(30):
        question = Question.objects.create(
            course=course, kind="single", text=f"Câu hỏi đo tải số {n + 1}?"
        )
        QuestionOption.objects.bulk_create(
            QuestionOption(
                question=question, text=f"Phương án {k}", is_correct=k == 0, sort_order=k
            )
            for k in range(4)
        )
    return quiz


def _quiz_takers(course, quiz, pool_size: int):
    """Learners with an open attempt each (to submit under load), and one to show the quiz."""
    from courses import services
    from tests.factories import make_learner

    def learner(n):
        user = make_learner(f"tai{n}@example.org", full_name=f"Học viên tải {n}")
        services.enrolment_create(person=user.person, course=course)
        return user

    submitters = []
    for n in range(pool_size):
        user = learner(n)
        attempt = services.quiz_attempt_start(quiz=quiz, person=user.person)
        submitters.append((session_for(user), attempt))
    taker = learner("quiz-page")
    services.quiz_attempt_start(quiz=quiz, person=taker.person)
    return submitters, taker
