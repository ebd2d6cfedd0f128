"""Anonymous visitors get Wagtail pages from the cache; publishing empties it; nobody
logged in ever sees a cached page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import Quiz
from lms.models import SafetySettings
from tests.factories import make_learner


@pytest.fixture
def public_lesson(site_tree):
    course = site_tree.courses[0]
    course.is_public = True
    course.save_revision().publish()
    return site_tree.lessons[0]


def test_the_second_anonymous_visit_is_served_from_the_cache(client, public_lesson):
    first = client.get(public_lesson.url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(public_lesson.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0
    # The headers of every page are still there.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["Content-Language"] == "vi" and "Cookie" in second["Vary"]


def test_publishing_a_change_shows_at_once(client, public_lesson):
    client.get(public_lesson.url)
    public_lesson.title = "Tiêu đề vừa sửa"
    public_lesson.save_revision().publish()
    response = client.get(public_lesson.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tiêu đề vừa sửa" in response.content.decode()


def test_unpublishing_takes_the_page_away(client, public_lesson):
    client.get(public_lesson.url)
    public_lesson.unpublish()
    assert client.get(public_lesson.url).status_code == 404


def test_new_hotlines_and_quizzes_empty_the_cache(client, site_tree, public_lesson):
    client.get("/")
    from wagtail.models import Site

    SafetySettings.for_site(Site.objects.get(is_default_site=True)).save()
    assert client.get("/")["X-Page-Cache"] == "miss"
    client.get(site_tree.courses[0].url)
    Quiz.objects.create(course=site_tree.courses[0], title="Mới", kind="post")
    assert client.get(site_tree.courses[0].url)["X-Page-Cache"] == "miss"


def test_each_language_has_its_own_copy(client, public_lesson):
    client.get(public_lesson.url)
    client.cookies["django_language"] = "en"
    english = client.get(public_lesson.url)
    assert english["X-Page-Cache"] == "miss" and '<html lang="en">' in english.content.decode()


def test_logged_in_learners_and_other_urls_are_never_cached(client, public_lesson):
    client.force_login(make_learner())
    for _ in range(2):
        response = client.get(public_lesson.url)
        assert "X-Page-Cache" not in response
        assert "Đăng xuất" in response.content.decode()
    client.logout()
    for _ in range(2):
        assert "X-Page-Cache" not in client.get("/certificates/verify/")
        assert "X-Page-Cache" not in client.get(public_lesson.url + "?x=1")


def test_a_pending_message_is_shown_not_a_cached_page(client, site_tree, public_lesson):
    client.get(public_lesson.url)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(public_lesson.url)
