from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses import services
from courses.models import Enrolment, LessonCompletion, LessonPage
from people.models import TargetGroup
from tests.factories import add_content, make_learner, publish_child

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    return site_tree.courses[0]


@pytest.fixture
def learner(db):
    return make_learner()


def enrol(client, course):
    return client.post(course.url + "enrol/")


def test_anonymous_visitor_is_sent_to_log_in_for_a_lesson(client, site_tree):
    lesson = site_tree.lessons[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")
    assert lesson.url in response.url


def test_course_and_track_pages_stay_public(client, site_tree):
    assert client.get(site_tree.courses[0].url).status_code == 200
    assert client.get(site_tree.tracks[0].url).status_code == 200


def test_logged_in_learner_who_is_not_enrolled_is_sent_to_the_course(
    client, course, learner, site_tree
):
    client.force_login(learner)
    response = client.get(site_tree.lessons[0].url)
    assert response.status_code == 302
    assert response.url == course.url


def test_enrolling_leads_to_the_first_lesson_and_opens_the_lessons(
    client, course, learner, site_tree
):
    client.force_login(learner)
    response = enrol(client, course)
    assert response.status_code == 302
    assert client.get(response.url).url == site_tree.lessons[0].url
    assert client.get(site_tree.lessons[0].url).status_code == 200
    assert Enrolment.objects.filter(person=learner.person, course=course).count() == 1


def test_enrolling_twice_keeps_one_enrolment(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    enrol(client, course)
    assert Enrolment.objects.filter(person=learner.person).count() == 1


def test_enrol_needs_a_post(client, course, learner):
    client.force_login(learner)
    assert client.get(course.url + "enrol/").status_code == 405
    assert not Enrolment.objects.exists()


def test_incomplete_profile_is_asked_to_complete_it_before_enrolling(client, course):
    user = make_learner("moi@example.org", complete=False)
    client.force_login(user)
    response = enrol(client, course)
    assert response.status_code == 302
    assert response.url.startswith("/me/profile/?next=")
    assert not Enrolment.objects.exists()


def test_course_restricted_to_target_groups_tells_an_outsider_why(client, course):
    course.target_groups.set([TargetGroup.objects.get(code="nguoi-cung-cap-dich-vu")])
    course.save_revision().publish()
    outsider = make_learner(target_group="can-bo-binh-dang-gioi")
    client.force_login(outsider)
    html = client.get(course.url).content.decode()
    assert "Người cung cấp dịch vụ" in html
    assert "Enrol" not in html and "Đăng ký học" not in html
    enrol(client, course)
    assert not Enrolment.objects.exists()
    insider = make_learner("dv@example.org", target_group="nguoi-cung-cap-dich-vu")
    client.force_login(insider)
    enrol(client, course)
    assert Enrolment.objects.filter(person=insider.person).exists()


def test_public_course_is_read_without_account_and_records_nothing(
    client, course, site_tree, learner
):
    course.is_public = True
    course.save_revision().publish()
    assert client.get(site_tree.lessons[0].url).status_code == 200
    client.force_login(learner)
    html = client.get(site_tree.lessons[1].url).content.decode()
    assert "complete/" not in html
    assert not Enrolment.objects.exists()
    assert client.post(site_tree.lessons[1].url + "complete/").status_code == 302
    assert not LessonCompletion.objects.exists()


def test_marking_lessons_done_moves_progress_and_completes_the_course(
    client, course, learner, site_tree, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    enrol(client, course)
    first, second, third = site_tree.lessons
    assert 'value="0"' in client.get(course.url).content.decode()

    response = client.post(first.url + "complete/")
    assert response.url == second.url
    html = client.get(course.url).content.decode()
    assert '<progress max="3" value="1"' in html
    assert client.get(course.url + "resume/").url == second.url

    client.post(third.url + "complete/")
    client.post(third.url + "complete/")  # twice counts once
    assert LessonCompletion.objects.count() == 2
    assert client.get(course.url + "resume/").url == second.url

    completed = []
    services.course_completed.connect(
        lambda **kw: completed.append(kw["enrolment"].pk), weak=False, dispatch_uid="test"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(second.url + "complete/")
    finally:  # leave the certificates app's receiver connected
        services.course_completed.disconnect(dispatch_uid="test")
    assert response.url == course.url
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None
    assert completed == [enrolment.pk]


def test_completion_needs_every_live_lesson(course, learner, site_tree):
    enrolment = services.enrolment_create(person=learner.person, course=course)
    for lesson in site_tree.lessons[:2]:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert not services.course_is_complete(enrolment=enrolment)
    site_tree.lessons[2].unpublish()
    assert services.course_is_complete(enrolment=enrolment)


def test_lesson_and_course_pages_have_bounded_queries_for_an_enrolled_learner(
    client, course, learner, site_tree
):
    client.force_login(learner)
    enrol(client, course)
    client.post(site_tree.lessons[0].url + "complete/")

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    urls = {"lesson": site_tree.lessons[1].url, "course": course.url, "me": "/me/"}
    small = {name: count(url) for name, url in urls.items()}
    for n in range(12):
        publish_child(course, LessonPage(title=f"Bài thêm {n}", slug=f"bai-them-{n}", body=[]))
    add_content(site_tree, tracks=2, courses=3, lessons=4)
    for other in site_tree.courses[1:]:
        services.enrolment_create(person=learner.person, course=other)
    large = {name: count(url) for name, url in urls.items()}
    assert large == small
    assert all(queries <= 25 for queries in small.values()), small
