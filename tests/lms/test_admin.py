from django.contrib.auth.models import Group

import pytest

from people import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(django_user_model, demo_site):
    return django_user_model.objects.get(email="giangvien@example.org")


def test_trainer_edits_lessons_of_their_tracks_only(client, trainer):
    from courses.models import LessonPage
    from courses.selectors import trainer_tracks

    client.force_login(trainer)
    tracks = list(trainer_tracks(trainer))
    assert tracks
    own = LessonPage.objects.descendant_of(tracks[0]).first()
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    other = LessonPage.objects.exclude(path__startswith=tracks[0].path)
    for track in tracks[1:]:
        other = other.exclude(path__startswith=track.path)
    refused = client.get(f"/admin/pages/{other.first().pk}/edit/")
    assert refused.status_code == 403 or refused.url == "/admin/"


def test_trainer_may_add_only_lessons_under_a_course(client, trainer):

    from courses.selectors import authored_courses

    client.force_login(trainer)
    course = authored_courses(trainer).first()
    response = client.get(f"/admin/pages/{course.pk}/add_subpage/")
    assert response.status_code in (200, 302)
    assert client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/").status_code == 200
    refused = client.get(f"/admin/pages/add/courses/trackpage/{course.pk}/")
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or refused.url == "/admin/"


def test_admin_offers_vietnamese_and_uses_it(client, trainer):
    client.force_login(trainer)
    html = client.get("/admin/account/").content.decode()
    assert '<option value="vi">' in html
    assert "Ngôn ngữ ưu tiên" in html


def test_learner_cannot_enter_the_admin(client, django_user_model, demo_site):
    learner = django_user_model.objects.get(email="hocvien@example.org")
    assert learner.groups.filter(name=roles.LEARNER).exists()
    client.force_login(learner)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert Group.objects.filter(name=roles.TRAINER).exists()
