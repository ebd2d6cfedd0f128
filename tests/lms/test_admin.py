from django.contrib.auth.models import Group, Permission

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


def test_django_admin_is_for_superusers_only(client, django_user_model):
    """Staff status alone (as the demo trainer and department accounts once had) opens
    nothing in /django-admin/: the Wagtail admin is where staff work."""
    staff = django_user_model.objects.create_user(
        "nhanvien", "nhanvien@example.org", "Mat-khau-2026!", is_staff=True
    )
    staff.user_permissions.add(*Permission.objects.all())  # even with every permission
    client.force_login(staff)
    for url in ["/django-admin/", "/django-admin/auth/group/", "/django-admin/auth/group/add/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"].startswith("/django-admin/login/"), url
    # Its login form refuses a staff account that is not a superuser, too.
    client.logout()
    response = client.post(
        "/django-admin/login/?next=/django-admin/",
        {"username": "nhanvien", "password": "Mat-khau-2026!", "next": "/django-admin/"},
    )
    assert response.status_code == 200 and "_auth_user_id" not in client.session

    admin = django_user_model.objects.create_superuser(
        "quantri", "quantri@example.org", "Mat-khau-2026!"
    )
    client.force_login(admin)
    assert client.get("/django-admin/").status_code == 200
    assert client.get("/django-admin/auth/group/").status_code == 200
