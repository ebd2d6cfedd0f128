"""Races that only a real database shows: run on PostgreSQL (CI runs the suite there too)."""

import threading

from django.db import connection

import pytest

from courses import services
from courses.models import QuizAttempt, QuizResponse
from tests.conftest import ensure_base_data
from tests.factories import answers_for, build_site, make_learner, make_quiz

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


def run_together(target, count=2):
    barrier = threading.Barrier(count)
    outcomes = []

    def worker():
        barrier.wait()
        try:
            outcomes.append(target())
        except Exception as error:  # noqa: BLE001 - record what each racer saw
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.fixture
def setup():
    ensure_base_data()
    tree = build_site()
    course = tree.courses[0]
    person = make_learner().person
    services.enrolment_create(person=person, course=course)
    return course, person


def test_two_simultaneous_submissions_of_the_last_attempt_leave_one_scored_attempt(setup):
    course, person = setup
    quiz = make_quiz(course, questions=10, max_attempts=1)
    attempt = services.quiz_attempt_start(quiz=quiz, person=person)
    answers = {int(k[2:]): [int(v)] for k, v in answers_for(attempt).items()}

    outcomes = run_together(lambda: services.quiz_attempt_submit(attempt=attempt, answers=answers))

    assert all(isinstance(outcome, QuizAttempt) for outcome in outcomes), outcomes
    assert QuizAttempt.objects.filter(quiz=quiz, person=person).count() == 1
    assert QuizAttempt.objects.get(pk=attempt.pk).score == 100
    assert QuizResponse.objects.filter(attempt=attempt).count() == 10


def test_two_simultaneous_starts_of_the_last_allowed_attempt_create_one(setup):
    course, person = setup
    quiz = make_quiz(course, questions=3, max_attempts=1)

    outcomes = run_together(lambda: services.quiz_attempt_start(quiz=quiz, person=person), 3)

    assert QuizAttempt.objects.filter(quiz=quiz, person=person).count() == 1
    started = {outcome.pk for outcome in outcomes if isinstance(outcome, QuizAttempt)}
    assert len(started) == 1, outcomes
