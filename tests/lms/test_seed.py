from django.contrib.auth import authenticate

from wagtail.models import Page, Site

import pytest

from demo.schema import check_track
from demo.seed import DEMO_ACCOUNTS, load_track_data, seed_demo
from lms.models import HomePage, SafetySettings
from people.models import Person, User

pytestmark = pytest.mark.django_db


def test_each_demo_track_module_is_well_formed():
    tracks = load_track_data()
    assert [track["number"] for track in tracks] == [1, 2, 3, 4, 5, 6]
    for track in tracks:
        assert check_track(track) == [], track["slug"]


def test_seed_builds_the_site_and_a_second_run_changes_nothing():
    first = seed_demo()
    assert first["pages_created"] >= 1 + 6 + 12 + 36
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    counts = (Page.objects.count(), User.objects.count(), Person.objects.count())

    second = seed_demo()
    assert second["pages_created"] == 0
    assert (Page.objects.count(), User.objects.count(), Person.objects.count()) == counts


def test_seed_keeps_an_editors_change(demo_site):
    home = HomePage.objects.get()
    home.title = "Tiêu đề do biên tập viên sửa"
    home.save_revision().publish()
    seed_demo()
    assert HomePage.objects.get().title == "Tiêu đề do biên tập viên sửa"


def test_demo_accounts_can_log_in_and_have_a_person_with_a_district(demo_site):
    for account in DEMO_ACCOUNTS:
        user = authenticate(username=account.email.split("@")[0], password=account.password)
        assert user is not None, account.email
        assert user.groups.filter(name=account.role).exists()
        assert user.person.full_name == account.full_name
        assert user.person.district.code == account.district_code


def test_seed_sets_the_confirmed_hotlines(demo_site):
    numbers = [
        block.value["number"]
        for block in SafetySettings.for_site(Site.objects.get(is_default_site=True)).hotlines
    ]
    assert numbers == ["113", "115", "111", "1900 969 680"]


def test_demo_accounts_are_not_django_admin_staff():
    """Seeding, again on a database seeded before, leaves no demo account with staff
    status (which opened /django-admin/ for them); superusers are left alone."""
    seed_demo()
    User.objects.filter(email__in=[a.email for a in DEMO_ACCOUNTS]).update(is_staff=True)
    owner = User.objects.create_superuser("quantri", "quantri@example.org", "Mat-khau-2026!")
    seed_demo()
    assert not User.objects.filter(
        email__in=[a.email for a in DEMO_ACCOUNTS], is_staff=True
    ).exists()
    owner.refresh_from_db()
    assert owner.is_staff and owner.is_superuser
