"""Rate limits answer 429 after N tries; with Redis down the site keeps serving and
logins keep working (limits are off until Redis is back, nobody is locked out)."""

import os
from unittest import mock

from django.core.cache import caches

import pytest

from common import cache as resilient
from common.ratelimit import over_limit
from courses import services
from courses.models import QuizAttempt
from tests.factories import answers_for, make_learner, make_quiz

PASSWORD = "Mat-khau-2026!"
REDIS_DOWN = {
    "default": {
        "BACKEND": "common.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.fixture(autouse=True)
def _fresh_outage_state():
    resilient._down_until.clear()
    yield
    resilient._down_until.clear()


def test_login_answers_429_after_the_limit(client, db, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    make_learner("hv@example.org")
    answers = [
        client.post("/accounts/login/", {"login": "hv@example.org", "password": "sai"}).status_code
        for _ in range(4)
    ]
    assert answers == [200, 200, 200, 429]


def test_signup_answers_429_after_the_limit(client, db, settings):
    settings.ACCOUNT_RATE_LIMITS = {"signup": "2/m/ip"}
    answers = [
        client.post("/accounts/signup/", {"email": f"moi{n}@example.org"}).status_code
        for n in range(3)
    ]
    assert answers[-1] == 429 and 429 not in answers[:-1]


def test_password_reset_answers_429_after_the_limit(client, db, settings):
    settings.ACCOUNT_RATE_LIMITS = {"reset_password": "2/m/ip"}
    answers = [
        client.post("/accounts/password/reset/", {"email": "ai@example.org"}).status_code
        for _ in range(3)
    ]
    assert answers[-1] == 429 and 429 not in answers[:-1]


def test_quiz_submits_answer_429_after_the_limit_and_count_nothing(client, site_tree, settings):
    settings.QUIZ_SUBMITS_PER_MINUTE = 2
    course = site_tree.courses[0]
    user = make_learner()
    services.enrolment_create(person=user.person, course=course)
    client.force_login(user)
    quiz = make_quiz(course, questions=3, max_attempts=0)
    statuses = []
    for _ in range(3):
        client.post(f"{course.url}quiz/{quiz.pk}/start/")
        attempt = QuizAttempt.objects.filter(quiz=quiz, submitted_at=None).latest("pk")
        url = f"{course.url}quiz/{quiz.pk}/attempt/{attempt.pk}/submit/"
        statuses.append(client.post(url, answers_for(attempt)).status_code)
    assert statuses == [302, 302, 429]
    assert QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False).count() == 2
    assert QuizAttempt.objects.filter(quiz=quiz, submitted_at=None).count() == 1  # kept open


def test_with_redis_down_pages_serve_and_logins_work(client, site_tree, settings):
    settings.CACHES = REDIS_DOWN
    make_learner("hv@example.org", password=PASSWORD)
    assert client.get("/").status_code == 200
    assert client.get("/certificates/verify/ABCD-EFGH-JKLM-NPQR/").status_code == 404
    # Failed logins are not counted (no 500, no 429 for everyone)...
    for _ in range(12):
        response = client.post("/accounts/login/", {"login": "hv@example.org", "password": "x"})
        assert response.status_code == 200
    # ...and the right password still gets in.
    response = client.post("/accounts/login/", {"login": "hv@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/me/").status_code == 200
    assert client.get("/healthz").status_code == 503  # the balancer is told


def test_an_outage_costs_one_connection_attempt_every_few_seconds(settings):
    settings.CACHES = REDIS_DOWN
    cache = caches.create_connection("default")
    with mock.patch.object(resilient.RedisCache, "get", autospec=True) as redis_get:
        redis_get.side_effect = resilient.RedisConnectionError("down")
        assert cache.get("a") is None
        assert cache.get("b", "default") == "default"
        assert cache.add("lock", True) is True  # never makes allauth wait for a lock
        assert redis_get.call_count == 1  # the second read did not try Redis again
    with pytest.raises(ValueError):
        cache.incr("counter")


@pytest.mark.skipif(
    not os.environ.get("CI") and not os.environ.get("REDIS_URL"),
    reason="needs the Redis server that CI starts (127.0.0.1:6379)",
)
def test_limits_count_across_processes_in_redis(settings, rf):
    settings.CACHES = {
        "default": {
            "BACKEND": "common.cache.ResilientRedisCache",
            "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
            "KEY_PREFIX": "lms-test",
        }
    }
    caches["default"].clear()
    request = rf.get("/", REMOTE_ADDR="203.0.113.9")
    outcome = [over_limit(request, "test", limit=3, window=60) for _ in range(5)]
    assert outcome == [False, False, False, True, True]
    caches["default"].clear()


# The settings' own limits (no override): a training room shares one address.
ROOM = 40


def test_a_training_room_behind_one_address_logs_in_together(client, db):
    """Forty people at one address each mistype once, then log in: nobody is locked out."""
    for n in range(ROOM):
        make_learner(f"hv{n}@example.org", password=PASSWORD)
    for n in range(ROOM):
        email = f"hv{n}@example.org"
        wrong = client.post("/accounts/login/", {"login": email, "password": "sai-mat-khau"})
        assert wrong.status_code == 200, n
        right = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
        assert right.status_code == 302, n
        client.logout()
    latecomer = make_learner("muon@example.org", password=PASSWORD)
    response = client.post("/accounts/login/", {"login": latecomer.email, "password": PASSWORD})
    assert response.status_code == 302


def test_a_training_room_signs_up_together(client, db):
    answers = [
        client.post("/accounts/signup/", {"email": f"moi{n}@example.org"}).status_code
        for n in range(ROOM)
    ]
    assert 429 not in answers


def test_hammering_one_account_is_still_stopped(client, db):
    make_learner("hv@example.org", password=PASSWORD)
    for _ in range(5):
        response = client.post("/accounts/login/", {"login": "hv@example.org", "password": "x"})
        assert response.status_code == 200
    # The sixth try is refused even with the right password.
    response = client.post("/accounts/login/", {"login": "hv@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
