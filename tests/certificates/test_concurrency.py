"""Races only a real database shows: run on PostgreSQL (CI runs the suite there too)."""

from django.db import connection

import pytest

from certificates.models import Certificate, CertificateEvent
from certificates.services import issue_certificate
from courses import services as course_services
from tests.conftest import ensure_base_data
from tests.courses.test_quiz_concurrency import run_together
from tests.factories import build_site, make_learner

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


@pytest.fixture
def course():
    ensure_base_data()
    return build_site().courses[0]


def test_parallel_issues_for_one_person_and_course_create_one_certificate(course):
    person = make_learner().person
    course_services.enrolment_create(person=person, course=course)

    outcomes = run_together(lambda: issue_certificate(person, course, notify=False), 4)

    assert all(isinstance(outcome, Certificate) for outcome in outcomes), outcomes
    assert len({outcome.pk for outcome in outcomes}) == 1
    assert Certificate.objects.count() == 1
    assert CertificateEvent.objects.count() == 1


def test_parallel_issues_for_different_people_never_share_a_serial(course):
    people = [make_learner(f"p{n}@example.org").person for n in range(6)]
    queue = list(people)

    outcomes = run_together(
        lambda: issue_certificate(queue.pop(), course, notify=False), len(people)
    )

    assert all(isinstance(outcome, Certificate) for outcome in outcomes), outcomes
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert numbers == list(range(1, len(people) + 1))  # unique and without gaps
    assert Certificate.objects.values("serial").distinct().count() == len(people)
