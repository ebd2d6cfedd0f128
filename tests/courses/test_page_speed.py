"""What keeps the most read pages light: one query per level to find a lesson, no
activity write on every view, no editing bar checks for learners."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services
from courses.models import Enrolment
from people import roles
from tests.factories import make_learner, make_staff


def test_lessons_courses_and_their_routes_are_found(client, site_tree):
    course, lesson = site_tree.courses[0], site_tree.lessons[0]
    user = make_learner()
    services.enrolment_create(person=user.person, course=course)
    client.force_login(user)
    assert client.get(lesson.url).status_code == 200
    assert client.get(course.url).status_code == 200
    assert client.get(f"{course.url}results/").status_code in (302, 403)  # a course route
    assert client.get(f"{course.url}khong-co-bai-nay/").status_code == 404
    assert client.get(f"{site_tree.tracks[0].url}khong-co/").status_code == 404
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_lesson_view_writes_activity_at_most_every_few_minutes(client, site_tree):
    course = site_tree.courses[0]
    user = make_learner()
    enrolment = services.enrolment_create(person=user.person, course=course)
    client.force_login(user)
    client.get(site_tree.lessons[0].url)
    first = Enrolment.objects.get(pk=enrolment.pk).last_activity_at
    with CaptureQueriesContext(connection) as queries:
        client.get(site_tree.lessons[1].url)
    assert not any(q["sql"].startswith("UPDATE") for q in queries.captured_queries)
    assert Enrolment.objects.get(pk=enrolment.pk).last_activity_at == first
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_activity_at=timezone.now() - timedelta(minutes=6)
    )
    client.get(site_tree.lessons[1].url)
    assert Enrolment.objects.get(pk=enrolment.pk).last_activity_at > first


def test_only_editors_get_wagtails_editing_bar(client, site_tree):
    lesson = site_tree.lessons[0]
    client.force_login(make_learner())
    assert "wagtail-userbar" not in client.get(site_tree.courses[0].url).content.decode()
    client.force_login(make_staff("gv@example.org", roles.TRAINER, tracks=site_tree.tracks))
    assert "wagtail-userbar" in client.get(lesson.url).content.decode()
